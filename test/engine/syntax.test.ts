import * as assert from 'node:assert/strict';
import type { unified as Unified } from 'unified';
import { parseGfm, tableHeadRows } from '../../src/engine/syntax';
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

  it('Should find head rows before delimiter rows only, across line endings and containers', () => {
    assert.deepEqual([...tableHeadRows('| a |\n| - |\n| b |')], [1]);
    assert.deepEqual([...tableHeadRows('x\r\n> | a |\r\n>   |:--|\r')], [2]);
    assert.deepEqual([...tableHeadRows('a\rb\r---\r')], [2]);
    assert.deepEqual([...tableHeadRows('- a\n- b\n| a | b |\n')], []);
    assert.deepEqual([...tableHeadRows('|---|\nx')], []);
  });
});
