import * as assert from 'node:assert/strict';
import { readFileSync, existsSync } from 'node:fs';
import { join } from 'node:path';
import { passages, getPassage, getPassageEnglish } from '../src/knowledge/index';
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

describe('knowledge: the English renderings of the passages', () => {
  const english = JSON.parse(readFileSync(join(root, 'src', 'knowledge', 'passages.en.json'), 'utf8')) as Record<string, unknown>;
  // Tell-tale Portuguese words that an English rendering should never contain.
  const portuguese = /(^|[^\p{L}])(não|você|vocês|que|uma|para|com|isso|está|também|muito)(?=$|[^\p{L}])/iu;

  it('has exactly the ids of passages.json, in the same order', () => {
    assert.deepEqual(Object.keys(english), passages.map((p) => p.id));
  });

  it('each rendering is a non-empty English string of a sane length', () => {
    for (const p of passages) {
      const en = english[p.id];
      assert.equal(typeof en, 'string', p.id);
      const text = en as string;
      assert.ok(text.trim().length > 0, `${p.id}: empty`);
      assert.ok(!portuguese.test(text), `${p.id}: Portuguese left over: ${portuguese.exec(text)?.[2]}`);
      const ratio = text.length / p.text_pt.length;
      assert.ok(ratio >= 0.5 && ratio <= 1.6, `${p.id}: length ratio ${ratio.toFixed(2)}`);
    }
  });

  it('getPassageEnglish returns the rendering, and undefined for an unknown id', () => {
    for (const p of passages) assert.equal(getPassageEnglish(p.id), english[p.id]);
    assert.equal(getPassageEnglish('p-no-such-passage'), undefined);
    assert.equal(getPassageEnglish('constructor'), undefined);
  });
});
