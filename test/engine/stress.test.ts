// Stress inputs for the engine: each gets a result or a clear error, never a crash. Time is not asserted;
// the inputs are built once and sized so the file stays quick (the 10 MB and binary cases are the CLI's).
import * as assert from 'node:assert/strict';
import { lint, lintMemo, MemoTooComplexError, MAX_NESTING, type Finding } from '../../src/engine/index';
import { nestingDepth, neutraliseDelimiterRuns, MAX_DELIMITER_RUN } from '../../src/engine/limits';

const FLAG = "The product is built entirely on Baidu's ERNIE Bot API.";
const wrapper = (fs: Finding[]) => fs.filter((f) => f.ruleId === 'zhu/wrapper-on-domestic-model');

describe('engine stress inputs', function () {
  this.timeout(120000);

  it('empty, BOM-only, blank and newline-only memos give results (gaps on an empty title)', () => {
    for (const text of ['', '\uFEFF', ' ', '\n', '\r\n', '\r', '\n'.repeat(100000), '\t \u00A0\u3000']) {
      const r = lintMemo(text);
      assert.ok(Array.isArray(r.findings), JSON.stringify(text.slice(0, 5)));
      for (const f of r.findings) assert.ok(f.range.start.offset >= 0 && f.range.end.offset <= text.length);
      assert.ok(r.title.end.offset <= text.length);
    }
  });

  // 256 KB keeps the suite quick; the full 1 MB line is linted the same way (it takes about half a minute here).
  it('a 256 KB single line: linted, and a red flag at its very end is found at the right column', () => {
    const filler = 'Alpha beta gamma delta epsilon zeta eta theta';
    const sentence = `${filler}. `;
    const line = `${sentence.repeat(Math.ceil(262_144 / sentence.length))}${FLAG}`;
    const findings = wrapper(lint(`# Memo\n\n${line}\n`));
    assert.equal(findings.length, 1);
    assert.equal(findings[0].range.start.line, 3);
    assert.equal(findings[0].range.start.column, line.length - FLAG.length + 1);
  });

  // Trailing white space used to be cut by unanchored `[ \t]+$` searches, retried from every space of a run:
  // 40,000 spaces took 16 s. A run of 200,000 now costs what any other 200,000 characters cost.
  // Runs inside a sentence: chunk and clause separators starting with white space, and lookbehinds walking back
  // over a run ("we check <run> whether"), were retried from every space of it: 100,000 spaces took 44 s.
  it('a sentence with runs of 100,000 spaces inside: linted, the claim found', () => {
    const run = ' '.repeat(100_000);
    const text = `# Memo\n\n${FLAG} We check${run}whether it works; as we grew${run}used to it${run}- and${run}because of${run}: it.\n`;
    const findings = wrapper(lint(text));
    assert.equal(findings.length, 1);
    assert.equal(findings[0].range.start.line, 3);
  });

  it('a title and a heading ending in 200,000 spaces: linted, the title range stops before the spaces', () => {
    const spaces = ' '.repeat(200_000);
    const title = 'Memo on a GPT wrapper';
    const findings = lint(`${title}${spaces}\n\n## Product${spaces}##\n\n${FLAG}${spaces}\n`);
    const gap = findings.find((f) => f.kind === 'gap');
    assert.ok(gap, 'a gap finding on the title');
    assert.deepEqual([gap.range.start.line, gap.range.start.column, gap.range.end.line, gap.range.end.column], [1, 1, 1, title.length + 1]);
    assert.equal(wrapper(findings).length, 1);
  });

  for (const [name, prefix] of [
    ['block quotes', '> '],
    ['bullet lists', '- '],
    ['ordered lists', '1. '],
    ['lists in quotes', '> - '],
  ] as const) {
    it(`${name} nested 10,000 deep: a clear MemoTooComplexError, not a stack overflow`, () => {
      const text = `# Memo\n\n${prefix.repeat(10_000)}${FLAG}\n`;
      assert.throws(
        () => lint(text),
        (e: unknown) => e instanceof MemoTooComplexError && /nested too deeply/.test(e.message) && e.message.includes(String(MAX_NESTING)),
      );
    });
  }

  it('lists nested by indentation 10,000 deep are refused the same way', () => {
    const lines = Array.from({ length: 10_000 }, (_, i) => `${'  '.repeat(i)}- item`);
    assert.throws(() => lint(lines.join('\n')), MemoTooComplexError);
  });

  it(`nesting up to the limit (${MAX_NESTING}) still lints, and finds a flag deep inside a list`, () => {
    const text = `# Memo\n\n${'- '.repeat(MAX_NESTING - 1)}${FLAG}\n`;
    assert.equal(wrapper(lint(text)).length, 1);
  });

  it('nestingDepth counts container markers and indentation, and ignores look-alikes', () => {
    assert.equal(nestingDepth(''), 0);
    assert.equal(nestingDepth('plain text'), 0);
    assert.equal(nestingDepth('> > - 1. x'), 4);
    assert.equal(nestingDepth('1) 2. - * + x'), 5);
    assert.equal(nestingDepth('    - x'), 3);
    assert.equal(nestingDepth('a\n> b\r\n> > c\r> > > d'), 3);
    // Not markers: no space after them, or a number too long to be a list number.
    assert.equal(nestingDepth('-x *y +z 1.5 1234567890. x'), 0);
    assert.equal(nestingDepth('**bold** and ---'), 0);
  });

  it('a table of 2,000 rows: every row is read, a flag in the last row is found in its cell', () => {
    const rows = Array.from({ length: 2000 }, (_, i) => `| Vendor ${i} | Office supplies |`);
    rows.push(`| Model | ${FLAG} |`);
    const text = `# Memo\n\n| Item | Detail |\n|---|---|\n${rows.join('\n')}\n`;
    const found = wrapper(lint(text));
    assert.equal(found.length, 1);
    assert.equal(found[0].range.start.line, 5 + 2000);
    assert.equal(found[0].range.start.column, '| Model | '.length + 1);
  });

  it('10,000 asterisks or underscores around a claim: linted (as text), the claim found at its column', () => {
    // The parser's emphasis matching is quadratic in a delimiter run: this took minutes before runs this long were read as text.
    for (const ch of ['*', '_']) {
      const run = ch.repeat(10_000);
      const line = `${run} ${FLAG} ${run}`;
      const found = wrapper(lint(`# Memo\n\n${line}\n`));
      assert.equal(found.length, 1, ch);
      assert.equal(found[0].range.start.line, 3);
      assert.ok(found[0].range.end.column <= line.length + 1);
    }
    assert.equal(neutraliseDelimiterRuns('**bold** and ___'), '**bold** and ___');
    const long = `a${'*'.repeat(MAX_DELIMITER_RUN + 1)}b`;
    assert.equal(neutraliseDelimiterRuns(long).length, long.length);
    assert.equal(neutraliseDelimiterRuns(long), `a${'\u2217'.repeat(MAX_DELIMITER_RUN + 1)}b`);
  });

  it('text decoded from invalid UTF-8 (U+FFFD), NUL and lone surrogates lints without throwing', () => {
    const invalid = Buffer.from([0x23, 0x20, 0x4d, 0x0a, 0x0a, 0xff, 0xfe, 0xc3, 0x28, 0xe2, 0x82, 0x0a]).toString('utf8');
    for (const text of [invalid, `# M\n\n\u0000${FLAG}\u0000\n`, `# M\n\n\uD800${FLAG}\uDFFF\n`, '\uDC00\uD800'.repeat(10000)]) {
      assert.doesNotThrow(() => lint(text));
    }
    assert.equal(wrapper(lint(`# M\n\n\uD800${FLAG}\uDFFF\n`)).length, 1);
  });
});
