// No catastrophic backtracking, shown statically: every regular expression the engine runs is analysed by
// scslre (a static checker: it reads the pattern, it never times a match). This covers the rules' own
// expressions, the compiled term lists (with and without user terms), the cue lists, and every regular
// expression literal in the engine, rule and CLI sources (segmentation, document model, quotes…).
import * as assert from 'node:assert/strict';
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, resolve, relative } from 'node:path';
import { analyse, type Report } from 'scslre';
import { RegExpParser, visitRegExpAST } from '@eslint-community/regexpp';
import * as ts from 'typescript';
import { rules, lint, type LintOptions } from '../../src/engine/index';
import { compileRule } from '../../src/engine/compile';
import { cues, leadingContrast } from '../../src/engine/cues';
import { concepts } from '../../src/rules/concepts';
import { compileTerms, literalSource, TermList } from '../../src/engine/terms';

const ROOT = resolve(__dirname, '../../..');

interface Found {
  source: string;
  flags: string;
  where: string;
}

function isTermPattern(v: object): v is { source: string; flags: string } {
  const keys = Object.keys(v);
  return keys.length === 2 && typeof (v as { source?: unknown }).source === 'string' && typeof (v as { flags?: unknown }).flags === 'string';
}

function collect(): Found[] {
  const out = new Map<string, Found>();
  const add = (re: { source: string; flags: string }, where: string) => {
    const key = `/${re.source}/${re.flags}`;
    if (!out.has(key)) out.set(key, { source: re.source, flags: re.flags, where });
  };
  const walk = (v: unknown, where: string, seen: Set<unknown>) => {
    if (v instanceof RegExp || v instanceof TermList) return add(v, where);
    if (!v || typeof v !== 'object' || seen.has(v)) return;
    // A rule file's regular expression term, as the bundle carries it (see `TermPattern`).
    if (isTermPattern(v)) return add(v, where);
    seen.add(v);
    for (const [k, x] of Object.entries(v)) walk(x, `${where}.${k}`, seen);
  };
  // User terms go into the compiled lists: compile once with a hostile term in every concept too.
  const hostile = Object.fromEntries(Object.keys(concepts).map((c) => [c, ['(a+)+$', '.*.*.*=', 'x\\s*\\s*y']]));
  for (const r of rules) {
    walk(r, r.id, new Set());
    walk(compileRule(r), `${r.id} (compiled)`, new Set());
    walk(compileRule(r, hostile), `${r.id} (compiled with user terms)`, new Set());
  }
  walk(concepts, 'concepts', new Set());
  walk(cues(), 'cues', new Set());
  walk(leadingContrast(), 'leading contrast', new Set());
  for (const { re, where } of sourceLiterals()) add(re, where);
  return [...out.values()];
}

/** Every regular expression literal in the engine, rule and CLI sources, found by the TypeScript parser. */
function sourceLiterals(): { re: RegExp; where: string }[] {
  const files: string[] = [];
  const walkDir = (d: string) => {
    for (const n of readdirSync(d)) {
      const p = join(d, n);
      if (statSync(p).isDirectory()) walkDir(p);
      else if (p.endsWith('.ts')) files.push(p);
    }
  };
  for (const d of ['src/engine', 'src/rules', 'src/cli']) walkDir(join(ROOT, d));
  const out: { re: RegExp; where: string }[] = [];
  for (const file of files) {
    const sf = ts.createSourceFile(file, readFileSync(file, 'utf8'), ts.ScriptTarget.Latest, true);
    const visit = (node: ts.Node) => {
      if (node.kind === ts.SyntaxKind.RegularExpressionLiteral) {
        const text = node.getText(sf);
        const slash = text.lastIndexOf('/');
        const { line } = sf.getLineAndCharacterOfPosition(node.getStart(sf));
        out.push({ re: new RegExp(text.slice(1, slash), text.slice(slash + 1)), where: `${relative(ROOT, file)}:${line + 1}` });
      }
      ts.forEachChild(node, visit);
    };
    visit(sf);
  }
  return out;
}

function describeReport(r: Report): string {
  const q = r.type === 'Trade' ? `${r.startQuant.raw} / ${r.endQuant.raw}` : r.quant.raw;
  return `${r.type}${r.exponential ? ' (exponential)' : ''}: ${q}`;
}

describe('regular expressions: no super-linear backtracking (static analysis)', function () {
  this.timeout(120000);
  let all: Found[] = [];
  before(() => {
    all = collect();
  });

  it("collects the engine's expressions: rules, compiled lists, cues and source literals", () => {
    assert.ok(all.length > 1000, `only ${all.length} expressions found`);
    assert.ok(all.some((f) => f.where.startsWith('src/engine/segment.ts')), 'segmentation literals are included');
    assert.ok(all.some((f) => f.where.includes('(compiled with user terms)')), 'compiled lists with user terms are included');
    assert.ok(all.some((f) => f.where.startsWith('zhu/') && !f.where.includes('(compiled')), "the rules' own regular expression terms are included");
  });

  // Trade and Self reports are backtracking inside one match attempt: two quantifiers sharing a run of
  // characters (\s+(?:the)?\s*), or a quantifier that can split its own run ((\p{L}+\s?)+). Move reports
  // (an unanchored search re-scanning the same run from every start position) are a property of searching
  // at all and are bounded by the sentence, so they are not counted here.
  it('no expression backtracks polynomially or exponentially within a match', () => {
    const bad: string[] = [];
    for (const f of all) {
      const { reports } = analyse({ source: f.source, flags: f.flags }, { reportTypes: { Move: false } });
      for (const r of reports) bad.push(`${f.where}: ${describeReport(r)}\n    /${f.source.length > 300 ? `${f.source.slice(0, 300)}…` : f.source}/${f.flags}`);
    }
    assert.deepEqual(bad, [], `${bad.length} report(s):\n${bad.join('\n')}`);
  });

  // A lookbehind is tried at every position of a search: an unbounded quantifier inside it ((?<!\bsees\s+)) walks
  // back over a whole run of spaces from each of them, quadratic in the run (40,000 spaces took 18 s). Lookbehinds
  // keep their quantifiers bounded.
  it('no lookbehind the engine runs holds an unbounded quantifier', () => {
    const bad: string[] = [];
    // As the engine runs them: rule files' and concepts' own expressions run only compiled (bounded there).
    for (const f of all.filter((x) => x.where.includes('(compiled') || /^(?:cues|leading contrast|src\/)/.test(x.where))) {
      let ast;
      try {
        ast = new RegExpParser({ ecmaVersion: 2024 }).parsePattern(f.source, 0, f.source.length, { unicode: f.flags.includes('u'), unicodeSets: f.flags.includes('v') });
      } catch {
        continue;
      }
      const unbounded: string[] = [];
      visitRegExpAST(ast, {
        onAssertionEnter(a) {
          if (a.kind !== 'lookbehind') return;
          visitRegExpAST(a as never, { onQuantifierEnter: (q) => void (q.max === Infinity && unbounded.push(q.raw)) });
        },
      });
      if (unbounded.length) bad.push(`${f.where}: ${unbounded.join(', ')}`);
    }
    assert.deepEqual([...new Set(bad)], []);
  });

  it('the checker does find the classic catastrophic patterns (it is not a no-op)', () => {
    for (const source of ['(a+)+$', '^(\\w+\\s?)*$', '\\s+(?:the)?\\s*x']) {
      assert.ok(analyse({ source, flags: 'u' }, { reportTypes: { Move: false } }).reports.length > 0, source);
    }
  });
});

describe('user terms from .redflags.json are literals', () => {
  const hostile = ['(a+)+$', '.*.*.*=', '[', '\\', 'a|b', '$&'];

  it('literalSource escapes every special character: the expression matches only the term itself', () => {
    for (const t of hostile) {
      const re = new RegExp(literalSource(t), 'giu');
      assert.ok(re.test(`x ${t} y`), `${t} matches itself`);
      re.lastIndex = 0;
      assert.ok(!re.test('aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa!'), `${t} does not match as a pattern`);
      assert.deepEqual(analyse({ source: re.source, flags: re.flags }).reports, [], t);
    }
    const combined = compileTerms(['ERNIE'], hostile);
    assert.deepEqual(analyse({ source: combined.source, flags: combined.flags }).reports, []);
  });

  it('a term like "(a+)+$" or ".*.*.*=" fires a rule where it is written, and nowhere else', () => {
    const options: LintOptions = { terms: { domesticModel: ['(a+)+$', '.*.*.*='] } };
    const hit = (text: string) => lint(text, options).filter((f) => f.ruleId === 'zhu/wrapper-on-domestic-model');
    const literal = hit('# Memo\n\nThe product is built entirely on the (a+)+$ API.\n');
    assert.equal(literal.length, 1);
    assert.deepEqual(literal[0].evidence, ['(a+)+$', 'API']);
    // ".*.*.*=" in prose is cut by sentence segmentation (". *" ends a sentence); its expression matches it literally.
    const re = compileTerms([], ['.*.*.*=']).regex;
    re.lastIndex = 0;
    assert.equal(re.exec('calls .*.*.*= daily')?.[0], '.*.*.*=');
    // As patterns these would match "aaaa…" and "x=y"; as literals they do not.
    assert.equal(hit(`# Memo\n\nThe product is built entirely on the ${'a'.repeat(40)}! API, and x=y.\n`).length, 0);
  });
});

describe('linear rewrites match what the old expressions matched', () => {
  // The wildcard before a space used to be [\p{L}\p{N}'’\-]*, which shares "-" with the separator.
  it('"figure* out": the rest of the word and the separator still share hyphens the same way', () => {
    const oldRe = /(?<![A-Za-z0-9_\u00C0-\u00D6\u00D8-\u00F6\u00F8-\u024F\u1E00-\u1EFF])figure[\p{L}\p{N}'’-]*[\s\u00a0\-–]+out(?![A-Za-z0-9_\u00C0-\u00D6\u00D8-\u00F6\u00F8-\u024F\u1E00-\u1EFF])/giu;
    const newRe = compileTerms(['figure* out']).regex;
    for (const s of ['figure out', 'figures out', 'figured-out', 'figuring--out', 'figure-ab out', 'figure--ab- -out', "figure's out", 'figure-out-x', 'figureout', 'figure - out', 'figures–out']) {
      oldRe.lastIndex = 0;
      newRe.lastIndex = 0;
      assert.deepEqual(newRe.exec(s)?.[0], oldRe.exec(s)?.[0], s);
    }
  });
});
