#!/usr/bin/env node
// Precision, recall and F1 of the engine, per rule and micro-averaged, on labelled data:
//
//   catalogue  every "Fires on" / "Must not fire" example of the catalogue (test/fixtures/*/*/catalogue.json)
//   dev        labelled memo sentences used while writing the rules (test/eval/dev/*.jsonl)
//   holdout    labelled memo sentences written from the spec alone and never shown to rule authors (test/eval/holdout/*.jsonl)
//   memos      whole memos with `<!-- expect RULE -->` markers (test/eval/memos/*.md): same rule, same line
//
//   node scripts/eval.mjs [--set dev|holdout|catalogue|memos|all] [--rule ID] [--lang en|pt|zh] [--round f3] [--show] [--json]
//   node scripts/eval.mjs --file new-a.jsonl[,new-b.jsonl] [--show] [--json]   (labelled sentences not yet in a set)
//
// Sentence sets are judged on red and green rules (gaps are document-level, so they are off for single
// sentences); memos on every rule. "Hard negatives" are labelled sentences of a near-miss class that
// expect nothing; the rate is the share of them that fire anything.
import { readFileSync, readdirSync, existsSync } from 'node:fs';
import { join, dirname, resolve, basename } from 'node:path';
import { fileURLToPath } from 'node:url';
import { createRequire } from 'node:module';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const require = createRequire(import.meta.url);
// ENGINE points at another build of the engine (default dist/engine.js).
const engine = require(process.env.ENGINE ? resolve(process.env.ENGINE) : join(root, 'dist', 'engine.js'));

const argv = process.argv.slice(2);
const opt = (name, def) => {
  const i = argv.indexOf(`--${name}`);
  return i >= 0 ? argv[i + 1] : def;
};
const files = opt('file');
const setName = opt('set', files ? 'file' : 'all');
const onlyRule = opt('rule');
const onlyLang = opt('lang');
// --round f3: only the files of one writing round (file names start with the round, e.g. f3-en-a.jsonl).
const onlyRound = opt('round');
const show = argv.includes('--show');
const asJson = argv.includes('--json');

const jsonl = (dir, paths) =>
  paths || existsSync(dir)
    ? (paths ?? readdirSync(dir).map((f) => join(dir, f)))
        .filter((f) => f.endsWith('.jsonl') && (!onlyRound || basename(f).startsWith(`${onlyRound}-`)))
        .sort()
        .flatMap((f) =>
          readFileSync(f, 'utf8')
            .split('\n')
            .filter((l) => l.trim())
            .map((l, i) => {
              try {
                return { ...JSON.parse(l), file: basename(f) };
              } catch (e) {
                // A file still being written may end in a partial line: skip it with a warning.
                if (paths) {
                  console.error(`skipped ${f}:${i + 1}: ${e.message}`);
                  return undefined;
                }
                throw new Error(`${f}:${i + 1}: ${e.message}`);
              }
            })
            .filter(Boolean),
        )
    : [];

function catalogueSet() {
  const out = [];
  const base = join(root, 'test', 'fixtures');
  for (const kind of ['red', 'green', 'gap']) {
    const kdir = join(base, kind);
    if (!existsSync(kdir)) continue;
    for (const slug of readdirSync(kdir).sort()) {
      const p = join(kdir, slug, 'catalogue.json');
      if (!existsSync(p)) continue;
      const c = JSON.parse(readFileSync(p, 'utf8'));
      if (kind === 'gap') continue; // gaps are checked on memos and in the fixture tests
      c.fires.forEach((x, i) => out.push({ id: `${c.id}#fires${i + 1}`, lang: x.lang, text: x.text, expect: [c.id], only: c.id, class: 'pos', rule: c.id }));
      c.mustNot.forEach((x, i) => out.push({ id: `${c.id}#not${i + 1}`, lang: 'en', text: x.text, expect: [], only: c.id, class: 'near-miss', rule: c.id }));
    }
  }
  return out;
}

const redGreen = engine.rules.filter((r) => r.kind !== 'gap').map((r) => r.id);

function scoreSentences(items, name) {
  const per = new Map();
  const bump = (id, k) => {
    if (!per.has(id)) per.set(id, { tp: 0, fp: 0, fn: 0 });
    per.get(id)[k]++;
  };
  const errors = [];
  let hardNeg = 0;
  let hardNegFired = 0;
  for (const it of items) {
    if (onlyLang && it.lang !== onlyLang) continue;
    const found = new Set(
      engine
        .lint(it.text, { gaps: false })
        .filter((f) => f.kind === 'red' || f.kind === 'green')
        .map((f) => f.ruleId),
    );
    // Catalogue examples speak about one rule only.
    const universe = it.only ? [it.only] : redGreen;
    const expected = new Set(it.expect.filter((r) => universe.includes(r)));
    for (const r of universe) {
      if (onlyRule && r !== onlyRule) continue;
      const e = expected.has(r);
      const f = found.has(r);
      if (e && f) bump(r, 'tp');
      else if (f) {
        bump(r, 'fp');
        errors.push({ kind: 'FP', rule: r, it });
      } else if (e) {
        bump(r, 'fn');
        errors.push({ kind: 'FN', rule: r, it });
      }
    }
    if (!it.only && it.class && !['pos', 'neutral'].includes(it.class) && it.expect.length === 0) {
      hardNeg++;
      if (found.size) hardNegFired++;
    }
  }
  return { name, per, errors, hardNeg, hardNegFired };
}

function memoSet() {
  const dir = join(root, 'test', 'eval', 'memos');
  if (!existsSync(dir)) return [];
  return readdirSync(dir)
    .filter((f) => f.endsWith('.md') && f !== 'README.md')
    .sort()
    .map((f) => ({ file: f, text: readFileSync(join(dir, f), 'utf8') }));
}

function scoreMemos(memos) {
  const per = new Map();
  const bump = (id, k) => {
    if (!per.has(id)) per.set(id, { tp: 0, fp: 0, fn: 0 });
    per.get(id)[k]++;
  };
  const errors = [];
  for (const m of memos) {
    const expected = new Set();
    m.text.split(/\r?\n/).forEach((line, i) => {
      for (const mm of line.matchAll(/<!--\s*expect\s+([^>]*?)\s*-->/g)) {
        for (const id of mm[1].split(/[\s,]+/).filter(Boolean)) expected.add(`${id}@${i + 1}`);
      }
    });
    const found = new Set(
      engine
        .lint(m.text)
        .filter((f) => f.kind !== 'directive' && !f.acknowledged)
        .map((f) => `${f.ruleId}@${f.range.start.line}`),
    );
    for (const k of new Set([...expected, ...found])) {
      const [rule, line] = k.split('@');
      if (onlyRule && rule !== onlyRule) continue;
      const e = expected.has(k);
      const f = found.has(k);
      const lineText = m.text.split(/\r?\n/)[Number(line) - 1] ?? '';
      if (e && f) bump(rule, 'tp');
      else if (f) {
        bump(rule, 'fp');
        errors.push({ kind: 'FP', rule, it: { id: `${m.file}:${line}`, text: lineText } });
      } else {
        bump(rule, 'fn');
        errors.push({ kind: 'FN', rule, it: { id: `${m.file}:${line}`, text: lineText } });
      }
    }
  }
  return { name: 'memos', per, errors, hardNeg: 0, hardNegFired: 0 };
}

const f1 = (p, r) => (p + r ? (2 * p * r) / (p + r) : 0);
const ratio = (a, b) => (b ? a / b : 1);

function report(res) {
  const rows = [...res.per.entries()].sort(([a], [b]) => a.localeCompare(b));
  let TP = 0;
  let FP = 0;
  let FN = 0;
  const table = rows.map(([id, c]) => {
    TP += c.tp;
    FP += c.fp;
    FN += c.fn;
    const p = ratio(c.tp, c.tp + c.fp);
    const r = ratio(c.tp, c.tp + c.fn);
    return { id, ...c, p, r, f1: f1(p, r) };
  });
  const P = ratio(TP, TP + FP);
  const R = ratio(TP, TP + FN);
  const micro = { tp: TP, fp: FP, fn: FN, p: P, r: R, f1: f1(P, R) };
  if (asJson) return { set: res.name, rules: table, micro, hardNegatives: res.hardNeg, hardNegativesFiring: res.hardNegFired };
  const pct = (x) => x.toFixed(2).padStart(5);
  console.log(`\n== ${res.name} ==`);
  console.log(`${'rule'.padEnd(38)}   tp   fp   fn     P     R    F1`);
  for (const t of table) {
    console.log(`${t.id.padEnd(38)} ${String(t.tp).padStart(4)} ${String(t.fp).padStart(4)} ${String(t.fn).padStart(4)} ${pct(t.p)} ${pct(t.r)} ${pct(t.f1)}`);
  }
  console.log(`${'micro-average'.padEnd(38)} ${String(TP).padStart(4)} ${String(FP).padStart(4)} ${String(FN).padStart(4)} ${pct(P)} ${pct(R)} ${pct(micro.f1)}`);
  if (res.hardNeg) console.log(`hard negatives firing anything: ${res.hardNegFired}/${res.hardNeg} = ${((100 * res.hardNegFired) / res.hardNeg).toFixed(1)}%`);
  if (show) {
    for (const e of res.errors) {
      console.log(`  ${e.kind} ${e.rule}  [${e.it.id}] ${e.it.text}`);
      if (e.kind === 'FN' && engine.explainRule) {
        // Which term groups matched: a pattern with some groups matched names the concept list that is too narrow.
        const partial = engine.explainRule(e.it.text, e.rule).filter((p) => p.groups.some(Boolean));
        const verdict = engine.explain(e.it.text).flatMap((x) => x.verdicts).find((v) => v.ruleId === e.rule);
        if (verdict) console.log(`      matched but stopped by ${verdict.reason}: "${verdict.cue}"`);
        else for (const p of partial) console.log(`      pattern ${p.pattern}: ${p.groups.map((g) => (g ? JSON.stringify(g) : '∅')).join(' + ')}`);
      }
    }
  }
  return micro;
}

const sets = setName === 'all' ? ['catalogue', 'dev', 'holdout', 'memos'] : [setName];
const results = [];
for (const s of sets) {
  let res;
  if (s === 'catalogue') res = scoreSentences(catalogueSet(), 'catalogue examples (per rule)');
  else if (s === 'dev' || s === 'holdout') res = scoreSentences(jsonl(join(root, 'test', 'eval', s)), `${s} sentences`);
  else if (s === 'memos') res = scoreMemos(memoSet());
  else if (s === 'file' && files) res = scoreSentences(jsonl(undefined, files.split(',').map((f) => resolve(f))), `sentences of ${files}`);
  else {
    console.error(`unknown set ${s}`);
    process.exit(2);
  }
  results.push(report(res));
}
if (asJson) console.log(JSON.stringify(results, null, 2));
