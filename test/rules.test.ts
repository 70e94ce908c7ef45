import * as assert from 'node:assert/strict';
import { readFileSync, existsSync, readdirSync } from 'node:fs';
import { execFileSync } from 'node:child_process';
import { join } from 'node:path';
import { lint, rules, docPath, type Finding } from '../src/engine/index';

const root = join(__dirname, '..', '..');
const fixtures = join(root, 'test', 'fixtures');
const SEVERITIES = ['hint', 'information', 'warning', 'error'];

function slugOf(id: string): { kind: string; slug: string } {
  const parts = id.split('/');
  return { kind: parts.length === 3 ? parts[1] : 'red', slug: parts[parts.length - 1] };
}

/** Lines carrying `<!-- expect RULE -->` for the rule. */
function expectedLines(text: string, id: string): number[] {
  const out: number[] = [];
  text.split(/\r?\n/).forEach((l, i) => {
    for (const m of l.matchAll(/<!--\s*expect\s+([^>]*?)\s*-->/g)) if (m[1].split(/[\s,]+/).includes(id)) out.push(i + 1);
  });
  return out;
}

function assertContract(f: Finding): void {
  assert.ok(SEVERITIES.includes(f.severity), `${f.ruleId}: severity ${f.severity}`);
  assert.ok(f.message.length > 10 && !f.message.includes('{evidence}'), `${f.ruleId}: message "${f.message}"`);
  assert.ok(f.range.start.offset <= f.range.end.offset);
  assert.ok(f.range.start.line >= 1 && f.range.start.column >= 1);
}

describe('rules: one slug everywhere', () => {
  it('has the 37 rules of the catalogue: 24 red flags, 6 strengths, 7 gaps', () => {
    assert.equal(rules.length, 37);
    assert.equal(rules.filter((r) => r.kind === 'red').length, 24);
    assert.equal(rules.filter((r) => r.kind === 'green').length, 6);
    assert.equal(rules.filter((r) => r.kind === 'gap').length, 7);
    assert.equal(new Set(rules.map((r) => r.id)).size, 37);
  });

  for (const r of rules) {
    const { kind, slug } = slugOf(r.id);
    it(`${r.id} → src/rules/${kind}/${slug}.ts, ${docPath(r.id)}, test/fixtures/${kind}/${slug}/`, () => {
      assert.equal(r.kind, kind);
      assert.ok(existsSync(join(root, 'src', 'rules', kind, `${slug}.ts`)));
      assert.ok(existsSync(join(root, docPath(r.id))), `missing ${docPath(r.id)}`);
      assert.ok(existsSync(join(fixtures, kind, slug, 'not-ok.md')), 'missing not-ok.md');
      assert.ok(existsSync(join(fixtures, kind, slug, 'ok.md')), 'missing ok.md');
      assert.ok(r.message.length > 0, 'empty message');
      assert.ok(r.questions.length > 0, 'no diligence questions');
      assert.ok(r.passages.zhu.length + (r.passages.editor?.length ?? 0) > 0, 'no passages');
    });
  }
});

// Gap examples are lines of an AI company's memo (data and app-layer-barrier apply only to those); the
// preamble answers none of the gap questions.
const GAP_PREAMBLE = '# Memo\n\nThe company sells an AI product built on a large language model.\n\n';

describe('rules: the catalogue examples', () => {
  for (const r of rules) {
    const { kind, slug } = slugOf(r.id);
    const p = join(fixtures, kind, slug, 'catalogue.json');
    if (!existsSync(p)) continue;
    const c = JSON.parse(readFileSync(p, 'utf8')) as { fires: { lang: string; text: string }[]; mustNot: { text: string; note: string }[] };
    describe(r.id, () => {
      for (const ex of c.fires) {
        it(`fires on (${ex.lang}) "${ex.text}"`, () => {
          const text = kind === 'gap' ? `${GAP_PREAMBLE}${ex.text}\n` : ex.text;
          const found = lint(text, { gaps: kind === 'gap' }).filter((f) => f.ruleId === r.id);
          assert.equal(found.length, 1, `expected ${r.id}`);
          assertContract(found[0]);
        });
      }
      for (const ex of c.mustNot) {
        it(`does not fire on "${ex.text}"`, () => {
          const text = kind === 'gap' ? `${GAP_PREAMBLE}${ex.text}\n` : ex.text;
          const found = lint(text, { gaps: kind === 'gap' }).filter((f) => f.ruleId === r.id);
          assert.deepEqual(found.map((f) => f.ruleId), []);
        });
      }
    });
  }
});

describe('rules: fixtures (not-ok.md fires on the marked lines only, ok.md never)', () => {
  for (const r of rules) {
    const { kind, slug } = slugOf(r.id);
    const dir = join(fixtures, kind, slug);
    for (const name of ['not-ok.md', 'ok.md']) {
      const p = join(dir, name);
      if (!existsSync(p)) continue;
      it(`${kind}/${slug}/${name}`, () => {
        const text = readFileSync(p, 'utf8');
        const want = name === 'ok.md' ? [] : expectedLines(text, r.id);
        if (name === 'not-ok.md') assert.ok(want.length > 0, 'not-ok.md marks no expected finding');
        const got = lint(text).filter((f) => f.ruleId === r.id);
        got.forEach(assertContract);
        // Two claims in one line (two sentences) are two findings on the same line: compare lines.
        assert.deepEqual([...new Set(got.map((f) => f.range.start.line))].sort((a, b) => a - b), want);
      });
    }
  }
});

describe('rules: the catalogue copy is in sync', () => {
  it('test/fixtures/*/*/catalogue.json match the catalogue', function () {
    const md = join(root, '..', 'shared', 'knowledge', 'red-flags.md');
    if (!existsSync(md)) this.skip();
    const parsed = JSON.parse(execFileSync(process.execPath, [join(root, 'scripts', 'catalogue.mjs'), md, '--json'], { encoding: 'utf8' })) as {
      id: string;
      fires: unknown[];
      mustNot: unknown[];
    }[];
    assert.equal(parsed.length, 37);
    for (const c of parsed) {
      const { kind, slug } = slugOf(c.id);
      const copy = JSON.parse(readFileSync(join(fixtures, kind, slug, 'catalogue.json'), 'utf8'));
      assert.deepEqual(copy, { id: c.id, fires: c.fires, mustNot: c.mustNot }, c.id);
    }
    assert.deepEqual(readdirSync(join(fixtures, 'red')).length, 24);
  });
});

describe('rules: generated docs', () => {
  it('docs/rules/** are up to date with the rules (npm run docs)', () => {
    execFileSync(process.execPath, [join(root, 'scripts', 'build-docs.mjs'), '--check'], { encoding: 'utf8', stdio: 'pipe' });
  });
});
