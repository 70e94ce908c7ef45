import * as assert from 'node:assert/strict';
import type { unified as Unified } from 'unified';
import { parseGfm, tableHeadRows } from '../../src/engine/syntax';
import { squeeze } from '../../src/engine/plain-lines';
import { prng, memos, edit, randomExcerpt } from './mutations';

/**
 * Differential test of the parser's shortcuts (`syntax.ts`): the engine skips GFM and front-matter attempts a
 * quick look at the text rules out, and must build exactly the tree the stock plugins build, positions and all.
 * The edits insert what each shortcut looks for, in the places it could be missed: addresses and URLs spelled
 * with character references, tables in block quotes and list items, delimiter rows without a leading pipe,
 * strikethrough next to emphasis, front matter after a byte order mark.
 */

/** A processor that parses. */
type Parser = { parse(text: string): unknown };
let withFrontMatter: Parser;
let body: Parser;

/**
 * The stock packages, as installed in node_modules and loaded at run time: the engine's bundles patch the parser
 * (see esbuild.mjs), so a copy bundled into this test would be patched the same way and prove nothing.
 */
async function loadStock(): Promise<void> {
  // A computed specifier: the bundler leaves the import to run time.
  const load = (name: string) => import(name) as Promise<{ default: unknown; unified?: typeof Unified }>;
  const { unified } = (await load('unified')) as { unified: typeof Unified };
  const [remarkParse, remarkGfm, remarkFrontmatter] = (await Promise.all(['remark-parse', 'remark-gfm', 'remark-frontmatter'].map(load))).map((m) => m.default as never);
  withFrontMatter = unified().use(remarkParse).use(remarkGfm).use(remarkFrontmatter, ['yaml', 'toml']);
  body = unified().use(remarkParse).use(remarkGfm);
}

function same(text: string, what: () => string): void {
  for (const frontMatter of [true, false]) {
    const want = JSON.stringify((frontMatter ? withFrontMatter : body).parse(text));
    const got = JSON.stringify(parseGfm(text, frontMatter));
    if (got !== want) assert.fail(`parse differs from remark-gfm${frontMatter ? ' + remark-frontmatter' : ''} ${what()}\n--- text ---\n${text}`);
  }
}

// Syntax each shortcut must not miss, inserted whole.
const TRICKS = [
  'a@b.co ', 'ops@fund.com.br', 'a&#64;b.co', 'user\\@host.com', 'mailto:x@y.io', 'xmpp:a@b.c/d', '&#x40;',
  'www.example.com', 'WWW.Example.com/x?y', 'https://x.io/a_(b)', 'HTTP://X.IO', 'h&#116;tp://x.io', '&#119;ww.x.io', 'www&#46;x.io',
  '~~gone~~', '~one~', '~~', '*~~a~~*', '**a**~~b~~',
  '| a | b |\n| - | - |\n| 1 | 2 |\n', 'a | b\n--|--\n1 | 2\n', '| a |\n|:-:|\n', 'a\n-|-\n', '|a|\n|-|\n|b|\n', 'x\n| - |\n',
  '> | a | b |\n> | --- | --- |\n> | 1 | 2 |\n', '- | a |\n  | - |\n  | 1 |\n', '1. a | b\n   --- | ---\n', '>| a |\n>|---|\n',
  '\t| a |\n\t|---|\n', '    | a |\n    |---|\n', '| a |\r\n| - |\r\n| b |\r\n', '| a |\r| - |\r| b |\r', '-\n', '--\n', ':-\n', '|\n',
  '---\ntitle: x\n---\n', '+++\ntitle = "x"\n+++\n', '\uFEFF---\na: 1\n---\n', '--- \na: 1\n---\n',
  // Prose lines the parser reads as one character (plain-lines.ts), where their words still matter.
  '[multi\nplain words\nlabel]\n\n[multi plain words label]: /x\n', '[a \\]\nplain words\nb]\n\n[a \\] plain words b]: /u\n',
  'a | b\n--|--\nrow one\nrow two\n', '[^note\nlabel]\n\n[^note label]: n\n', '[text\nacross plain lines](https://x.io)',
  '[a](\nplain/dest)', '[a](/u "title\nplain line\nend")', '[a]: /u\n"title\nplain line"\n', '[a]:\nplain.example/dest\n',
  '[a](/u (title\nplain (x) line\n))', "[a](/u 'ti\nit's plain\n')", '(paren\nplain (x) line\n)', '`code\nplain line\nmore`',
  '<!--\n\nplain line\n\n-->\n', '```\nplain line\n\nplain after blank\n```\n', '<span\ntitle="plain"\nclass=x>', '<div>\nplain\nline\n',
  'Head row\n| - |\nplain row\nanother row\n', 'plain one\nplain two\n|---|---|\n', 'plain one\nplain two\n---\n', 'Setext plain\nsecond line\n===\n',
  '> quoted\nlazy plain line\nanother lazy\n', '- item\nlazy plain\nmore lazy\n', '*emph\nplain inside\nend*', '**a\nplain\nb**',
  'plain with trailing space \nnext plain\n', 'plain\\\nplain again\n', 'x\uE000y plain\nplain\n', 'plain\r\nplain crlf\r\nmore\r\n',
  '12) not plain\nplain\n', '2025 plain\n2026. list\n', '\\[escaped\nplain line\n]', '`]` [open\nplain line\nclose]', '[x] `[`\nplain\n]',
  'www.x.io [a\nplain\n]', '![alt\nplain line](/i.png)', '[^1]: note\nplain continuation\nmore\n', 'Plain: [a]\nplain\n\n[a]: /u\n',
  // Runs inside a line, next to what reads them.
  'Fees &amp; costs &#123; and &copy; stay', '- 12345. not a run\n', '> 12) quoted list\n', '1. item *emph* here\n', '```js title\ncode words here\n```\n',
  '~~~ruby\nmore code\n~~~\n', 'a*word*b and (*word*) and "*quoted*"', 'snake_case_name and _intra_word_', '**bold:** text, **bold**: text',
  'text `code span words` text', '[link words](https://x.io/a) after words', '[link words](/u "title words") after', '[ref words][ref] more\n\n[ref]: /u\n',
  'see [^note] then words\n\n[^note]: the note\n', '| cell words | more words |\n| --- | --- |\n| row words | x |\n', '## Heading words ##\n', 'Setext words\n---\n',
  'tab\there words and more', 'Mail ops@fund.com today', 'Visit www.site.com now', 'end words  \nnext words\\\nlast', '<span>html words</span> after words',
  'a\u00a0nbsp words\u00a0here', 'émigré café naïve *déjà* vu', '中文词语*强调*文字', 'x—dash words—y', '\\*escaped words\\*',
  // Tables built without the parser (simple-blocks.ts), and tables that look simple but are not.
  '| a | b |  \n| --- | :-: |  \n| 1 |  2 3  |   \n', '| a | b | |\n| --- | --- | --- |\n| c |\n| p | q | r | s |\n', '| a |\n| - |\n|  |\n| x| |',
  '|a|b|\n|:-|-:|\n|>5|$1.2M|\n', '| a | b |\n| --- |\n| 1 | 2 |\n', '| a | b |\n| --- | --- |\nplain row\n', '| a | b |\n| -- | -x- |\n| 1 | 2 |\n',
  '| a | b |\n| --- | --- |\n| 1 | 2 |\n> quote\n', '| a | b |\n| --- | --- |\n| 1 | 2 |\n# Heading\n', '| a | b |\n| --- | --- |\n| 1 | 2 |\n---\n',
  '| a \\| b |\n| --- |\n', '| `a` | b |\n| --- | --- |\n', '| a | www.x.io |\n| --- | --- |\n', '| a | b |\n| --- | --- |\n| *1* | 2 |\n', '| a |\n| --- |\n| \tb |\n',
  '| a | b |\r\n| --- | --- |\r\n| 1 | 2 |\r\n', '| a\u00a0| \u00a0b |\n| --- | --- |\n', '| 中文 | 收入 |\n| --- | --- |\n| 是 | 否 |\n', '| a |\n| - |',
  '```\n\n| a | b |\n| --- | --- |\n| 1 | 2 |\n\n```\n', '<!--\n\n| a | b |\n| --- | --- |\n\n-->\n', '---\ntitle: x\n\n| a |\n| - |\n\n---\n',
  '- item\n\n  | a | b |\n  | --- | --- |\n', '- item\n\n| a | b |\n| --- | --- |\n', '> quote\n\n| a |\n| - |\n', '    code\n\n| a |\n| - |\n',
  '[^1]: note\n\n| a |\n| - |\n', 'Term\n\n| a |\n| - |\n| b |\n\nAfter\n===\n', '| a |\n| - |\n| b |\n\n| c |\n| - |\n',
  // Headings and paragraphs built without the parser (simple-blocks.ts), and some that are not simple.
  '# Plain heading\n\nPlain para\n\n## Next #\n', '# C#\n\nx\n', '#Plain no space\n\nPara\n', '####### Seven\n\nPara\n', '# Heading\nPara right after\n',
  'Para\n# Heading\n', '# 2. Numbered\n\nPara\n', '## Two  spaces\n\nPara\n', '#  Lead space\n\nPara\n', 'Para one\n\nPara two\n===\n', 'Para one\n\nPara two\n---\n',
  'Para one\n\n    indented\n', '```\n\n# Heading\n\nPara\n\n```\n', '<!--\n\n# Heading\n\nPara\n\n-->\n', '- item\n\nPara after list\n\n# Heading\n',
  '> quote\n\nPara after quote\n', 'Para\n\n\n\nPara after blanks\n  \n', '# Heading\n\n| a |\n| - |\n| b |\n\nPara\n', '###### Six\n\nLine one\nline two\nline three\n',
  '---\ntitle: x\n\n# Heading\n\nPara\n\n---\n\nPara\n', 'Para ending www.x.io\n\nPara\n', '# Heading\r\n\r\nPara one\r\nline two\r\n\r\n| a |\r\n| - |\r\n',
];

describe('engine: GFM without the attempts that cannot succeed', () => {
  const all = memos();
  before(loadStock);

  it('Should build the stock tree for every memo and fixture', function () {
    this.timeout(120_000);
    for (const memo of all) same(memo.text, () => `(memo ${memo.name})`);
  });

  it('Should build the stock tree for each construct the shortcuts look for, alone and at the start of a memo', () => {
    for (const t of TRICKS) {
      same(t, () => `(${JSON.stringify(t)})`);
      same(`Intro.\n\n${t}\nAfter.`, () => `(in prose: ${JSON.stringify(t)})`);
      same(`Intro line\n${t}`, () => `(after a paragraph line: ${JSON.stringify(t)})`);
    }
  });

  it('Should build the stock tree under thousands of random edits that add and remove those constructs', function () {
    this.timeout(300_000);
    const rnd = prng(20_261_130);
    let cases = 0;
    for (let k = 0; k < 2000; k++) {
      const { memo, from, end } = randomExcerpt(all, rnd, 200, 1200);
      let text = memo.text.slice(k % 5 === 0 ? 0 : from, end);
      for (let e = 0, n = 1 + Math.floor(rnd() * 6); e < n; e++) {
        if (rnd() < 0.5) {
          let at = Math.floor(rnd() * (text.length + 1));
          if (rnd() < 0.5) at = text.lastIndexOf('\n', at - 1) + 1;
          text = text.slice(0, at) + TRICKS[Math.floor(rnd() * TRICKS.length)] + text.slice(at);
        } else text = edit(text, rnd);
      }
      same(text, () => `(memo ${memo.name}, case ${k})`);
      cases++;
    }
    assert.equal(cases, 2000);
  });

  it('Should build the stock tree for random tables, simple or nearly so, wherever they stand', function () {
    this.timeout(120_000);
    const rnd = prng(20_261_129);
    const pick = <T>(xs: readonly T[]): T => xs[Math.floor(rnd() * xs.length)];
    // Mostly what simple tables hold, now and then what they may not.
    const CELL = ['', ' ', 'a', 'Revenue', '$4.2M', '12%', '>3', 'x  y', 'ERNIE Bot', '收入', 'não', '-', ':', '!', '#', '"q"', '\u00a0', '*', '`c`', '[x]', 'www.x.io', '&amp;', '~', '\\|', '\t', '<b>'];
    const cell = () => (rnd() < 0.85 ? pick(CELL.slice(0, 15)) : pick(CELL));
    const row = (cells: number) => {
      const parts = Array.from({ length: cells }, () => `${pick(['', ' ', '  '])}${cell()}${pick(['', ' ', '  '])}`);
      return `${rnd() < 0.9 ? '|' : ''}${parts.join('|')}${rnd() < 0.9 ? '|' : ''}${pick(['', '', ' ', '  '])}`;
    };
    const delimiter = (cells: number) => `|${Array.from({ length: cells }, () => pick([' --- ', '---', ':--', '--:', ' :-: ', '-', ' -x- '])).join('|')}|`;
    const CONTEXT = [
      (t: string) => t,
      (t: string) => `Intro words.\n\n${t}\n\nAfter words.\n`,
      (t: string) => `Intro words.\n${t}\nafter\n`,
      (t: string) => `\`\`\`\n\n${t}\n\n\`\`\`\n`,
      (t: string) => `<!--\n\n${t}\n\n-->\n`,
      (t: string) => `---\ntitle: x\n\n${t}\n\n---\n`,
      (t: string) => `- item\n\n${t}\n`,
      (t: string) => `> quote\n\n${t}\n`,
      (t: string) => `${t}\n${t}`,
      (t: string) => `# Title words\n\nPlain words here\nand on\n\n${t}\n\n## More\n\nMore plain words\n`,
    ];
    let cases = 0;
    for (let k = 0; k < 3000; k++) {
      const cells = 1 + Math.floor(rnd() * 4);
      const lines = [row(cells), delimiter(rnd() < 0.9 ? cells : cells + 1)];
      for (let r = Math.floor(rnd() * 5); r > 0; r--) lines.push(row(rnd() < 0.8 ? cells : 1 + Math.floor(rnd() * 5)));
      let text = pick(CONTEXT)(lines.join('\n'));
      if (rnd() < 0.2) text = text.replace(/\n/g, '\r\n');
      same(text, () => `(random table, case ${k})`);
      cases++;
    }
    assert.equal(cases, 3000);
  });

  it('Should hand the parser most of a memo\'s prose as one character a run, and nothing it cannot put back', () => {
    // The shortcut must not silently stop: the examples are mostly prose.
    const examples = all.filter((m) => m.name.startsWith('examples'));
    assert.ok(examples.length >= 3);
    for (const memo of examples) {
      const s = squeeze(memo.text);
      assert.ok(s && s.text.length < memo.text.length * 0.6, `${memo.name}: ${memo.text.length} → ${s?.text.length}`);
    }
    assert.equal(squeeze('Plain prose line\nand more plain prose \uE000 here\n'), undefined, 'a private-use character of its own');
    assert.equal(squeeze('\uFEFFPlain prose line\nand more\n'), undefined, 'a byte order mark');
    assert.equal(squeeze('Plain prose line\rand more\n'), undefined, 'a lone carriage return');
    const s = squeeze('# Title\n\nFirst plain line\nsecond plain line\n\n| a |\n| - |\nrow one\nrow two\n');
    assert.equal(s?.text, '\uE000\n\n| a |\n| - |\n\uE001\n\uE002\n', 'simple blocks (a heading and a paragraph) as one run, one run per table row');
    const runs = squeeze('Intro *x*\nFirst plain line\nsecond plain line\n# Title\n');
    assert.equal(runs?.text, '\uE000 *x*\n\uE001\n# \uE002\n', 'one run per paragraph that is not a simple block');
    const tables = squeeze('Text *x*\n\nIntro words\n\n| a | b |\n| --- | --: |\n| 1 | 2 |\n\n| `a` |\n| - |\n');
    assert.equal(tables?.text, '\uE000 *x*\n\n\uE001\n\n| `a` |\n| - |\n', 'a paragraph and a simple table are one run; a table with code is not');
    assert.deepEqual([...tables!.blocks], [[1, 3]], 'the run of simple blocks and its first line');
    const inLine = squeeze('We met *twice* in [August][a] (see [notes](https://x.io/n)) &amp; 12. more.\n');
    assert.equal(inLine?.text, '\uE000 *\uE001* in [August][a] (\uE002 [notes](https://x.io/n)) &amp; 12. \uE003.\n', 'runs inside a line');
  });

  it('Should find head rows before delimiter rows only, across line endings and containers', () => {
    assert.deepEqual([...tableHeadRows('| a |\n| - |\n| b |')], [1]);
    assert.deepEqual([...tableHeadRows('x\r\n> | a |\r\n>   |:--|\r')], [2]);
    assert.deepEqual([...tableHeadRows('a\rb\r---\r')], [2]);
    assert.deepEqual([...tableHeadRows('- a\n- b\n| a | b |\n')], []);
    assert.deepEqual([...tableHeadRows('|---|\nx')], []);
  });
});
