import * as assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import type { Nodes, RootContent } from 'mdast';
import { parseBlocks, parseMarkdown, referredTo, WHOLE, LONG_TABLE, type Definition } from '../../src/engine/parse';
import { lint } from '../../src/engine/index';
import { prng, memos, edit, randomExcerpt } from './mutations';

/**
 * Differential test of windowed parsing: a long memo is parsed in windows (see `parseBlocks`), and the blocks
 * must be exactly those of parsing it whole. Small windows force a cut every few blocks, on real memos under
 * random structural edits: fences and HTML blocks with blank lines inside, lists that continue after blank
 * lines, tables, setext headings, front matter, link and footnote definitions referred to from other windows.
 */

/** A tree as JSON with offsets only (windows do not track lines and columns, and the engine does not use them). */
function shape(blocks: RootContent[]): string {
  return JSON.stringify(blocks, (k, v) => (k === 'position' && v ? [v.start?.offset, v.end?.offset] : v));
}

function same(text: string, window: number, what: () => string): void {
  let want: string;
  try {
    want = shape(parseMarkdown(text).children);
  } catch (e) {
    assert.throws(() => parseBlocks(text, window), (e as Error).constructor as new () => Error);
    return;
  }
  const got = shape(parseBlocks(text, window));
  if (got !== want) assert.fail(`windowed parse (window ${window}) differs from the whole parse ${what()}\n--- text ---\n${text}`);
  // Settled as the windows go (what the document does): the blocks settled last, in the order returned, are the same.
  const settled = new Map<RootContent, string>();
  const stubs = parseBlocks(text, window, (block) => {
    const stub = { type: block.type, position: block.position && { start: { ...block.position.start }, end: { ...block.position.end } } } as RootContent;
    settled.set(stub, shape([block]).slice(1, -1));
    return stub;
  });
  const joined = `[${stubs.map((b) => settled.get(b) ?? shape([b]).slice(1, -1)).join(',')}]`;
  if (joined !== want) assert.fail(`windowed parse (window ${window}), settled block by block, differs from the whole parse ${what()}\n--- text ---\n${text}`);
}

describe('engine: windowed parsing of long memos', () => {
  const all = memos();

  it('Should give the blocks of a whole parse for every memo, with windows from 40 characters up', function () {
    this.timeout(120_000);
    for (const memo of all) for (const w of [40, 150, 600]) same(memo.text, w, () => `(memo ${memo.name})`);
  });

  it('Should give the blocks of a whole parse under thousands of random structural edits', function () {
    this.timeout(300_000);
    const rnd = prng(20_261_129);
    let cases = 0;
    for (let k = 0; k < 1500; k++) {
      const { memo, from, end } = randomExcerpt(all, rnd, 300, 900);
      let text = memo.text.slice(from, end);
      const history: string[] = [];
      for (let e = 0, n = 2 + Math.floor(rnd() * 8); e < n; e++) {
        text = edit(text, rnd);
        history.push(text.length.toString());
      }
      const w = 30 + Math.floor(rnd() * 200);
      same(text, w, () => `(memo ${memo.name}, case ${k})`);
      cases++;
    }
    assert.equal(cases, 1500);
  });

  it('Should resolve references to definitions in other windows, and keep front matter whole', () => {
    const para = (i: number) => `Paragraph ${i} cites [the report][r${i % 7}] and a note[^n${i % 5}].\n\n`;
    let text = '---\ntitle: A memo\nnotes: |\n\n  a blank line inside front matter\n---\n\n';
    for (let i = 0; i < 60; i++) text += para(i);
    for (let i = 0; i < 7; i++) text += `[r${i}]: https://example.com/${i}\n\n`;
    for (let i = 0; i < 5; i++) text += `[^n${i}]: Note ${i}.\n\n`;
    for (const w of [20, 64, 300]) same(text, w, () => '(definitions after their references)');
    const blocks = parseBlocks(text, 20);
    assert.equal(blocks[0].type, 'yaml');
    const refs: string[] = [];
    const visit = (n: Nodes) => {
      if (n.type === 'linkReference' || n.type === 'footnoteReference') refs.push(n.type);
      if ('children' in n) for (const c of n.children as Nodes[]) visit(c);
    };
    for (const b of blocks) visit(b);
    assert.equal(refs.length, 120);
  });

  it('Should give a window only the definitions whose labels it brackets, however they are spelled', () => {
    // Footnotes labelled 1…999 once went with every window that held a digit: a 2 MB memo parsed each window
    // with about a thousand definitions appended.
    const notes: Definition[] = Array.from({ length: 999 }, (_, i) => ({ kind: 'footnote', label: String(i + 1), identifier: String(i + 1) }));
    const window = 'Revenue grew 12% in 2024 to US$1.2M.[^12] Churn was 3 percent.[^ 7 ] See [the data][Data  Room].';
    const links: Definition[] = [
      { kind: 'link', label: 'data room', identifier: 'data room' },
      { kind: 'link', label: 'Appendix', identifier: 'appendix' },
      { kind: 'link', label: 'Ünïcode', identifier: 'ünïcode' },
    ];
    const got = referredTo(window, [...notes, ...links]).map((d) => `${d.kind}:${d.identifier}`);
    // Labels beyond ASCII are always given: their case folding is left to the parser.
    assert.deepEqual(got, ['footnote:7', 'footnote:12', 'link:data room', 'link:ünïcode']);
  });

  it('Should tell definitions from look-alikes: in a fence, in a quote, in a list, with odd labels, and a fence left open', () => {
    const body = Array.from({ length: 40 }, (_, i) => `Claim ${i} rests on [the data][Data  Room] and [^a${i % 3}], see [Spaced Label].\n\n`).join('');
    const cases: [string, string][] = [
      ['a look-alike inside a fence', `${body}\`\`\`\n[data room]: https://fake\n[^a0]: fake\n\`\`\`\n\n[^a1]: real\n`],
      ['definitions inside a block quote and a list', `${body}> [data room]: https://quoted\n\n- [^a0]: in a list\n\n[^a2]: at the margin\n`],
      ['labels differing in case and white space', `${body}[DATA ROOM]: https://x\n\n[spaced   label]: https://y\n\n[^A1]: upper\n`],
      ['an indented look-alike (code)', `${body}    [data room]: https://code\n\n[^a0]: real\n`],
      ['a fence left open at the end', `[data room]: https://x\n\n${body}\`\`\`\n[^a0]: inside the open fence\n`],
      ['definitions first, references after', `[data room]: https://x\n\n[^a0]: first\n\n${body}`],
      // The definitions a window is parsed with fall into the fence it ends in: the blocks before it need them.
      ['a window ending inside a fence with blank lines', `${body}\`\`\`\n${'code line\n\n'.repeat(60)}\`\`\`\n\n[data room]: https://x\n\n[^a0]: real\n`],
    ];
    for (const [what, text] of cases) for (const w of [30, 200, 1000]) same(text, w, () => `(${what})`);
  });

  it('Should read a block longer than a window (a fence, a list, a table) whole', () => {
    const fence = '```\n' + 'code line\n\n'.repeat(200) + '```\n\n';
    const list = Array.from({ length: 200 }, (_, i) => `- item ${i}\n\n  continued ${i}\n`).join('\n') + '\n';
    const table = '| Company | Model |\n|---|---|\n' + Array.from({ length: 300 }, (_, i) => `| Co${i} | m${i} |`).join('\n') + '\n\n';
    const text = `# Memo\n\n${fence}Between.\n\n${list}After.\n\n${table}The end.\n`;
    for (const w of [16, 100, 1000]) same(text, w, () => '(long blocks)');
  });

  it('Should cut a long run of lines without a blank one at line breaks, to the blocks of a whole parse', function () {
    // 108 parses of memos of 300 notes and more, windows of 40 characters among them: about 28 s alone here, and it
    // ran over mocha's 30 s beside another build.
    this.timeout(120_000);
    // A memo's notes, one per line (1,000 of them in the benchmark's 2 MB memo): a window waiting for a blank line
    // would have to hold them all.
    const notes = Array.from({ length: 300 }, (_, i) => `[^${i}]: Source ${i}, *unaudited*; see [the data room][d${i % 9}].`).join('\n');
    const defs = Array.from({ length: 9 }, (_, i) => `[d${i}]: https://example.com/${i}`).join('\n');
    const lines = (n: number, line: (i: number) => string) => Array.from({ length: n }, (_, i) => line(i)).join('\n');
    const runs = [
      notes,
      defs + '\n' + notes,
      lines(200, (i) => `Line ${i} of a paragraph that never ends, cites [^${i % 300}]`),
      lines(200, (i) => (i % 7 === 3 ? '===' : i % 11 === 5 ? '| a | b |\n| --- | --- |' : `Line ${i} | cell`)),
      lines(200, (i) => (i % 5 === 0 ? `- item ${i}` : i % 5 === 1 ? `  continued ${i}` : i % 13 === 2 ? '```' : `> quoted ${i}`)),
      lines(120, (i) => (i % 4 === 0 ? '<div>' : i % 4 === 2 ? '</div>' : `Text ${i} <!-- c`)) + '\n-->',
    ];
    for (const [k, run] of runs.entries()) {
      const text = `# Memo\n\nIt cites [^1] and [^299].\n\n${run}\n\nThe end cites [^7].\n\n${k === 0 ? '' : notes}\n`;
      for (const w of [40, 256, 2000]) same(text, w, () => `(run ${k})`);
      // Line breaks of the other kinds: CRLF (a window size may land between its two characters) and a lone CR.
      for (const w of [41, 257]) same(text.replace(/\n/g, '\r\n'), w, () => `(run ${k}, CRLF)`);
      same(text.replace(/\n/g, '\r'), 97, () => `(run ${k}, CR)`);
    }
  });

  it('Should parse long tables in pieces to the same rows, and parse whole what only looks like one', function () {
    this.timeout(120_000);
    const rows = (n: number, cell: (i: number) => string) => Array.from({ length: n }, (_, i) => `| Co${i} | ${cell(i)} |`).join('\n');
    const n = LONG_TABLE * 2 + 37;
    const table = `| Company | Model |\n|:---|--:|\n${rows(n, (i) => (i % 3 ? `GPT-4 wrapper ${i}` : `a \\| pipe, *em* and \`code\` ${i}`))}`;
    const cases: [string, string][] = [
      ['at the start', `${table}\n\nAfter.\n`],
      ['between paragraphs', `# Memo\n\nBefore.\n\n${table}\n\nAfter.\n`],
      ['at the end, no final line break', `Before.\n\n${table}`],
      ['with CRLF', `Before.\r\n\r\n${table.replace(/\n/g, '\r\n')}\r\n\r\nAfter.\r\n`],
      ['ragged rows and a row without pipes', `Before.\n\n${table}\nlazy row\n| a | b | c |\n|\n\nAfter.\n`],
      ['ended by a heading (the pieces disagree)', `Before.\n\n| A | B |\n|---|---|\n${rows(LONG_TABLE + 10, String)}\n# Heading\n${rows(LONG_TABLE + 10, String)}\n\nAfter.\n`],
      ['ended by a block quote and a fence', `Before.\n\n| A | B |\n|---|---|\n${rows(LONG_TABLE + 50, String)}\n> quoted\n\`\`\`\ncode\n\`\`\`\n${rows(30, String)}\n`],
      ['right after a paragraph line', `Before.\n${table}\n\nAfter.\n`],
      ['inside a list item', `- item\n\n  ${table.replace(/\n/g, '\n  ')}\n\nAfter.\n`],
      ['inside a block quote', `> ${table.replace(/\n/g, '\n> ')}\n\nAfter.\n`],
      ['inside a fence', `\`\`\`\n${table}\n\`\`\`\n\nAfter.\n`],
      ['inside an HTML comment', `<!--\n\n${table}\n-->\n\nAfter.\n`],
      ['under front matter', `---\ntitle: x\n---\n${table}\n\nAfter.\n`],
      ['a delimiter row with no header', `Before.\n\n|---|---|\n${rows(n, String)}\n\nAfter.\n`],
      ['header and delimiter cell counts differ', `Before.\n\n| A | B | C |\n|---|---|\n${rows(n, String)}\n\nAfter.\n`],
    ];
    for (const [what, text] of cases) for (const w of [64, 4096]) same(text, w, () => `(long table ${what})`);
    // A real long table is read in pieces, and every one of its rows is there.
    const blocks = parseBlocks(`Before.\n\n${table}\n\nAfter.\n`, 64);
    const t = blocks.find((b) => b.type === 'table');
    assert.ok(t && t.type === 'table');
    assert.equal(t.children.length, n + 1);
  });

  it('Should lint the long benchmark-like memo to the same findings as its parts suggest (windows in lint)', () => {
    // Thirty copies of an example memo one after the other: long enough to be parsed in windows by lint itself.
    const memo = readFileSync('examples/acme-legal-copilot.md', 'utf8');
    const text = Array.from({ length: 30 }, () => memo).join('\n\n');
    assert.ok(text.length > WHOLE, `${text.length} characters`);
    const per = lint(memo).filter((f) => f.kind === 'red').length;
    const whole = lint(text).filter((f) => f.kind === 'red').length;
    assert.equal(whole, per * 30);
  });
});
