import * as assert from 'node:assert/strict';
import { readFileSync, existsSync } from 'node:fs';
import { join } from 'node:path';
import { passages, getPassage } from '../src/knowledge/index';
import { rules } from '../src/rules/index';

const root = join(__dirname, '..', '..');
const interview = readFileSync(join(root, 'src', 'knowledge', 'interview.pt.txt'), 'utf8');
const shared = join(root, '..', 'shared');

describe('knowledge: the interview passages', () => {
  const lines = interview.split('\n');

  it('ships 169 passages in three voices with matching id prefixes', () => {
    assert.equal(passages.length, 169);
    const prefix = { zhu: 'p-', interviewer: 'q-', editor: 'e-' } as const;
    for (const p of passages) assert.ok(p.id.startsWith(prefix[p.speaker]), `${p.id} is ${p.speaker}`);
  });

  it('every passage is a verbatim substring of the shipped interview at its seed lines', () => {
    for (const p of passages) {
      const [a, b] = p.seed_lines;
      const at = lines.slice(a - 1, b).join('\n');
      assert.ok(at.includes(p.text_pt), `${p.id}: text not found at lines ${a}-${b}`);
    }
  });

  it('every passage a rule cites exists, and Zhu-voiced lists hold only Zhu passages', () => {
    for (const r of rules) {
      for (const id of r.passages.zhu) assert.equal(getPassage(id)?.speaker, 'zhu', `${r.id}: ${id}`);
      for (const id of r.passages.interviewer ?? []) assert.equal(getPassage(id)?.speaker, 'interviewer', `${r.id}: ${id}`);
      for (const id of r.passages.editor ?? []) assert.equal(getPassage(id)?.speaker, 'editor', `${r.id}: ${id}`);
      for (const id of r.quote.passages) assert.ok(getPassage(id), `${r.id} quote: ${id}`);
    }
  });

  it('the shipped copies equal the knowledge base they were taken from', function () {
    const json = join(shared, 'knowledge', 'interview-passages.json');
    const seed = join(shared, 'seed', '000_a85b794db029d353.txt');
    if (!existsSync(json) || !existsSync(seed)) this.skip();
    assert.deepEqual(passages, JSON.parse(readFileSync(json, 'utf8')));
    assert.equal(interview, readFileSync(seed, 'utf8'));
  });
});
