// Properties of lint over arbitrary input: it never throws, its ranges are well formed and agree with the
// text, and it is deterministic. Seeded and bounded so the file runs in well under a minute.
import * as assert from 'node:assert/strict';
import fc from 'fast-check';
import { lint, lintMemo, OptionsError, CONCEPT_NAMES, type Finding, type LintOptions, type Point, type Range } from '../../src/engine/index';

const SEED = 20261129;
const RUNS = 150;

// Pieces a memo is made of, and the characters that break naive text handling.
const SYNTAX = [
  '# ', '## ', '### Open questions\n', '- ', '* ', '1. ', '- [ ] ', '> ', '>> ', '  ', '\t', '| a | b |\n|---|---|\n| c | d |\n',
  '```\n', '~~~', '    code\n', '`x`', '**', '_', '~~', '[link](http://x)', '![img](y.png)', '<div>', '</div>', '<!-- c -->',
  '<!-- redflags-ack zhu/fomo: x -->', '<!-- redflags-ack-file zhu/thin-wrapper -->', '<!-- redflags-ack zhu/nope -->',
  '---\ntitle: x\n---\n', '+++\na = 1\n+++\n', '[^1]', '[^1]: note\n', '&amp;', '&#x1F600;', '\\*', '***\n', '===\n',
  '(zhu/gap/burn) ', 'Open questions', '|', ':', '.', '。', '？', '!', '…', '"', '“', '”', '「', '」', ',', '，',
];
const WORDS = [
  "built entirely on Baidu's ERNIE Bot API", 'we will raise a big round to find product market fit', 'ARR reached RMB 30M',
  'our moat is the model', 'competitors', 'not', 'if', 'Zhu says', 'AGI', '朱啸虎', '我们基于文心一言API', '收入', '没有',
  'receita de R$ 4 milhões', 'não', 'Acme', 'revenue', 'burn', 'runway', 'GPT-4', '12,000', '4x', 'US$1.2M',
];
const ODD = [
  '\uD800', '\uDBFF', '\uDC00', '\uDFFF', '\u0000', '\u200F', '\u200E', '\u202E', '\u2066', '\uFEFF', '\uFFFC', '\uFFFD',
  '😀', '👩🏽‍💻', '🇧🇷', '\r\n', '\r', '\n', '\n\n', '\u2028', '\u2029', '\u00A0', '\u3000', '中文', '測試', 'ção', 'é',
  '\u0301', 'ﬀ', 'İ', 'ß', '\u000B', '\u000C',
];

const piece = fc.oneof(
  { weight: 3, arbitrary: fc.constantFrom(...SYNTAX) },
  { weight: 3, arbitrary: fc.constantFrom(...WORDS) },
  { weight: 2, arbitrary: fc.constantFrom(...ODD) },
  { weight: 2, arbitrary: fc.string({ unit: 'binary', maxLength: 12 }) },
  { weight: 1, arbitrary: fc.string({ unit: 'grapheme', maxLength: 12 }) },
  { weight: 2, arbitrary: fc.constantFrom(' ', ' ', '\n', '\n\n') },
);
const memo = fc.oneof(
  fc.array(piece, { maxLength: 60 }).map((a) => a.join('')),
  fc.string({ unit: 'binary', maxLength: 300 }),
  // A BOM first, then anything.
  fc.array(piece, { maxLength: 30 }).map((a) => `\uFEFF${a.join('')}`),
  // Line endings switched to CRLF or CR.
  fc.tuple(fc.array(piece, { maxLength: 40 }), fc.constantFrom('\r\n', '\r')).map(([a, eol]) => a.join('').replace(/\n/g, eol)),
);

/** Line and column of an offset, recomputed from the text: CRLF, CR and LF each end a line. */
function pointOf(text: string, offset: number): { line: number; column: number } {
  let line = 1;
  let start = 0;
  for (let i = 0; i < offset; i++) {
    const c = text.charCodeAt(i);
    if (c === 13 && text.charCodeAt(i + 1) === 10) {
      if (i + 1 < offset) {
        i++;
        line++;
        start = i + 1;
      }
    } else if (c === 10 || c === 13) {
      line++;
      start = i + 1;
    }
  }
  return { line, column: offset - start + 1 };
}

const isHigh = (c: number) => c >= 0xd800 && c <= 0xdbff;
const isLow = (c: number) => c >= 0xdc00 && c <= 0xdfff;
/** True when the offset falls between the two halves of a surrogate pair. */
function splitsPair(text: string, offset: number): boolean {
  return offset > 0 && offset < text.length && isHigh(text.charCodeAt(offset - 1)) && isLow(text.charCodeAt(offset));
}

function checkPoint(text: string, p: Point, what: string): void {
  assert.ok(Number.isInteger(p.offset) && p.offset >= 0 && p.offset <= text.length, `${what}: offset ${p.offset} outside [0, ${text.length}]`);
  assert.deepEqual({ line: p.line, column: p.column }, pointOf(text, p.offset), `${what}: line/column disagree with offset ${p.offset}`);
  assert.ok(!splitsPair(text, p.offset), `${what}: offset ${p.offset} splits a surrogate pair`);
}

function checkRange(text: string, r: Range, what: string): void {
  checkPoint(text, r.start, `${what} start`);
  checkPoint(text, r.end, `${what} end`);
  assert.ok(r.start.offset <= r.end.offset, `${what}: start ${r.start.offset} after end ${r.end.offset}`);
}

function checkFindings(text: string, findings: Finding[]): void {
  for (const f of findings) {
    checkRange(text, f.range, f.ruleId);
    if (f.acknowledged) checkRange(text, f.acknowledged.range, `${f.ruleId} acknowledgement`);
    assert.equal(typeof f.message, 'string');
  }
}

describe('engine properties (fast-check)', function () {
  this.timeout(120000);

  it('lint never throws, and every range lies inside the text, on character boundaries, agreeing with line/column', () => {
    fc.assert(
      fc.property(memo, (text) => {
        const r = lintMemo(text);
        checkFindings(text, r.findings);
        checkRange(text, r.title, 'title');
        for (const s of r.sections) checkRange(text, s.range, `section ${s.title}`);
        for (const [id, a] of Object.entries(r.answers)) if (a.range) checkRange(text, a.range, `answer ${id}`);
      }),
      { seed: SEED, numRuns: RUNS },
    );
  });

  it('lint is deterministic: the same memo twice gives deep-equal results', () => {
    fc.assert(
      fc.property(memo, (text) => {
        assert.deepEqual(lintMemo(text), lintMemo(text));
      }),
      { seed: SEED + 1, numRuns: 60 },
    );
  });

  // The characters most likely to trip a regular expression or an offset map, placed around a real red flag.
  it('a red flag is still found, in range, with odd characters around it', () => {
    fc.assert(
      fc.property(fc.constantFrom(...ODD), fc.constantFrom(...ODD), (a, b) => {
        const text = `# Memo\n\n${a}The product is built entirely on Baidu's ERNIE Bot API.${b}\n`;
        const findings = lint(text);
        checkFindings(text, findings);
        assert.ok(findings.some((f) => f.ruleId === 'zhu/wrapper-on-domestic-model'), JSON.stringify(text));
      }),
      { seed: SEED + 2, numRuns: 80 },
    );
  });

  // .redflags.json-like options: anything JSON can hold, at every key. lint works or throws OptionsError, nothing else.
  it('lint with arbitrary options either works or throws OptionsError (never a TypeError)', () => {
    const severity = fc.oneof(fc.constantFrom('off', 'hint', 'info', 'information', 'warn', 'warning', 'error', 'ERROR', ' warn ', 'bogus', ''), fc.jsonValue());
    const ruleId = fc.constantFrom('zhu/*', 'zhu/red/*', 'zhu/green/*', 'zhu/gap/*', 'zhu/fomo', 'zhu/thin-wrapper', 'zhu/gap/revenue', 'zhu/fomoo', '', '__proto__', 'constructor', 'toString');
    const concept = fc.constantFrom(...CONCEPT_NAMES, 'nope', '__proto__', 'constructor');
    const term = fc.oneof(fc.string({ maxLength: 10 }), fc.constantFrom('(a+)+$', '.*.*.*=', '[', '\\', '$&', 'AcmeLM', '  ', ''), fc.jsonValue());
    const options = fc.oneof(
      fc.record(
        {
          rules: fc.oneof(fc.dictionary(ruleId, severity, { maxKeys: 4 }), fc.jsonValue()),
          green: fc.oneof(fc.boolean(), fc.jsonValue()),
          gaps: fc.oneof(fc.boolean(), fc.jsonValue()),
          language: fc.oneof(fc.constantFrom('auto', 'en', 'pt', 'zh', 'fr', ''), fc.jsonValue()),
          terms: fc.oneof(fc.dictionary(concept, fc.oneof(fc.array(term, { maxLength: 3 }), fc.jsonValue()), { maxKeys: 3 }), fc.jsonValue()),
          includeAcknowledged: fc.oneof(fc.boolean(), fc.jsonValue()),
        },
        { requiredKeys: [] },
      ),
      fc.jsonValue(),
      fc.constantFrom(undefined, null, 0, '', [], 'rules'),
    );
    const text = "# Acme\n\nThe product is built entirely on Baidu's ERNIE Bot API. We feel FOMO.\n";
    fc.assert(
      fc.property(options, (opts) => {
        try {
          checkFindings(text, lint(text, opts as LintOptions));
        } catch (e) {
          if (!(e instanceof OptionsError)) throw new Error(`threw ${(e as Error)?.name}: ${(e as Error)?.message} for ${JSON.stringify(opts)}`);
        }
      }),
      { seed: SEED + 3, numRuns: 300 },
    );
  });
});

describe('engine options: keys that name Object.prototype members', () => {
  // Found by the property above: {"rules": {"__proto__": "off"}} threw "TypeError: group is not a function".
  for (const key of ['__proto__', 'constructor', 'toString', 'hasOwnProperty']) {
    it(`rules key "${key}" is an unknown rule id (OptionsError), not a crash`, () => {
      const rules = JSON.parse(`{"${key}": "off"}`) as Record<string, 'off'>;
      assert.throws(() => lint('# Memo\n', { rules }), (e: unknown) => e instanceof OptionsError && /unknown rule id/.test(e.message));
    });
  }
  it('"rules" and "terms" that are not objects are OptionsErrors naming the key', () => {
    for (const bad of ['zhu/fomo', 5, ['zhu/fomo'], true]) {
      assert.throws(() => lint('# Memo\n', { rules: bad } as unknown as LintOptions), (e: unknown) => e instanceof OptionsError && /"rules" must be an object/.test(e.message));
      assert.throws(() => lint('# Memo\n', { terms: bad } as unknown as LintOptions), (e: unknown) => e instanceof OptionsError && /"terms" must be an object/.test(e.message));
    }
  });
});
