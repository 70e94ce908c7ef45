#!/usr/bin/env node
// Checks rule fixtures: findings of the rule in not-ok.md are exactly on the `<!-- expect RULE -->` lines,
// and ok.md has none. The same check runs in the test suite (test/rules.test.ts).
//   node scripts/check-fixtures.mjs [kind/slug ...]
import { readFileSync, readdirSync, existsSync } from 'node:fs';
import { join, dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { createRequire } from 'node:module';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const engine = createRequire(import.meta.url)(process.env.ENGINE ? resolve(process.env.ENGINE) : join(root, 'dist', 'engine.js'));
const base = join(root, 'test', 'fixtures');
let targets = process.argv.slice(2);
if (!targets.length) targets = ['red', 'green', 'gap'].flatMap((k) => readdirSync(join(base, k)).map((s) => `${k}/${s}`));

export function expectedLines(text, id) {
  const lines = new Set();
  text.split(/\r?\n/).forEach((l, i) => {
    for (const m of l.matchAll(/<!--\s*expect\s+([^>]*?)\s*-->/g)) if (m[1].split(/[\s,]+/).includes(id)) lines.add(i + 1);
  });
  return lines;
}

let failures = 0;
for (const t of targets) {
  const [kind, slug] = t.split('/');
  const id = kind === 'red' ? `zhu/${slug}` : `zhu/${kind}/${slug}`;
  for (const name of ['not-ok.md', 'ok.md']) {
    const p = join(base, kind, slug, name);
    if (!existsSync(p)) {
      console.log(`MISSING ${t}/${name}`);
      failures++;
      continue;
    }
    const text = readFileSync(p, 'utf8');
    const lines = text.split(/\r?\n/);
    const want = name === 'ok.md' ? new Set() : expectedLines(text, id);
    const got = new Set(engine.lint(text).filter((f) => f.ruleId === id).map((f) => f.range.start.line));
    for (const l of want) if (!got.has(l)) { failures++; console.log(`FN ${t}/${name}:${l}  ${lines[l - 1]}`); }
    for (const l of got) if (!want.has(l)) { failures++; console.log(`FP ${t}/${name}:${l}  ${lines[l - 1]}`); }
  }
}
console.log(failures ? `${failures} problem(s)` : `fixtures ok (${targets.length} rule(s))`);
process.exit(failures ? 1 : 0);
