import { unified } from 'unified';
import remarkParse from 'remark-parse';
import remarkGfm from 'remark-gfm';
import remarkFrontmatter from 'remark-frontmatter';
import type { Nodes, Root } from 'mdast';
import { isDelimiterRow, squeeze, unsqueeze } from './plain-lines';

/**
 * remark-parse with GFM and front matter, without the attempts that cannot succeed on a given text.
 *
 * The parser tries each syntax extension wherever it could start: GFM's email autolinks at every letter and
 * digit, its tables at the start of every line, strikethrough at every `~` and inside every span, front matter
 * at every `-` and `+` that starts a line. On a memo most of these attempts fail, and they cost more than the
 * CommonMark parse itself. Each of them needs something a quick look at the text can rule out:
 *
 * - an email autolink holds `@`; the tree transform that finds URLs and addresses in text needs `@`, `http`,
 *   `www` or a character reference (`&`) that could stand for one of them, and it runs on the top-level blocks
 *   whose text holds one (it walks the whole tree four times, and its matches depend only on a text node's
 *   value);
 * - strikethrough needs `~`;
 * - front matter starts at the first character, with `---` or `+++`;
 * - a table's head row is the line before its delimiter row, a line of only `|`, `:`, `-`, blanks (after the
 *   `>` and blanks of its containers) with a dash; a body row follows a row of a table.
 *
 * So each text is parsed with the extensions it may need, and the table construct is tried only on lines that
 * may start a head row or continue a table. Runs of plain prose lines are handed to the parser as one character
 * each and put back in the tree after (see `plain-lines.ts`): about a third less parsing on a typical memo. Everything else is remark-gfm's and remark-frontmatter's own
 * constructs and tree handlers, unchanged, so the tree is the one they build: `test/engine/syntax.test.ts`
 * compares the two (the stock packages as installed) on every memo and fixture and on thousands of edits made to
 * defeat these checks. The bundles also patch how mdast-util-from-markdown calls the tree handlers, not what they
 * build (see `esbuild.mjs`); the same test covers it.
 */

/** A micromark construct, as far as this module needs to know it. */
interface Construct {
  name?: string;
  tokenize: (this: TokenizeContext, effects: unknown, ok: State, nok: State) => State;
  resolveAll?: unknown;
}
type State = (code: number | null) => unknown;
interface TokenizeContext {
  events: [string, { type: string }, unknown][];
  now(): { line: number };
}
/** A micromark syntax extension: per hook (`flow`, `text`…), per character code, constructs (or other values). */
type Extension = Record<string, Record<string, unknown>>;
/** An mdast-util-from-markdown extension. */
interface TreeExtension {
  transforms?: unknown[];
  [key: string]: unknown;
}

// The extensions remark-gfm and remark-frontmatter register, read off a processor that uses them.
const stock = unified().use(remarkGfm).use(remarkFrontmatter, ['yaml', 'toml']).freeze().data();
const [GFM, FRONT_MATTER] = stock.micromarkExtensions as unknown as [Extension, Extension];
const [GFM_STOCK_TREE, FRONT_MATTER_TREE] = stock.fromMarkdownExtensions as unknown as [TreeExtension[], TreeExtension];
/** The tree transforms remark-gfm runs after parsing (the autolink literals'), run here block by block. */
type Transform = (tree: Nodes) => Nodes | undefined | void;
const GFM_TRANSFORMS = GFM_STOCK_TREE.flatMap((e) => (e.transforms ?? []) as Transform[]);
const GFM_TREE = GFM_STOCK_TREE.map((e) => (e.transforms ? { ...e, transforms: [] } : e));
/** What the transforms may change: text with `@`, `http`, `www`, or a character reference that could be one. */
const TRANSFORMABLE = /[@&]|http|www/i;

/** Head-row lines (1-based) of the text being parsed: the only lines where a table may start. */
let headRows: ReadonlySet<number> = new Set();

const TABLE = findConstruct(GFM, 'table');

/** The table construct, tried only where a table may start or go on. */
const GATED_TABLE: Construct = {
  name: TABLE.name,
  resolveAll: TABLE.resolveAll,
  tokenize(effects, ok, nok) {
    const self = this;
    return (code) => {
      if (!headRows.has(self.now().line) && !afterTableRow(self)) return nok(code);
      return TABLE.tokenize.call(self, effects, ok, nok)(code);
    };
  },
};

/** Whether the last event before the line (line endings and prefixes aside) is a table row: the table's own test. */
function afterTableRow(self: TokenizeContext): boolean {
  const events = self.events;
  let k = events.length - 1;
  while (k > -1 && (events[k][1].type === 'lineEnding' || events[k][1].type === 'linePrefix')) k--;
  const tail = k > -1 ? events[k][1].type : '';
  return tail === 'tableHead' || tail === 'tableRow';
}

function findConstruct(ext: Extension, name: string): Construct {
  for (const hook of Object.values(ext)) {
    for (const value of Object.values(hook)) {
      for (const c of Array.isArray(value) ? value : [value]) if ((c as Construct | undefined)?.name === name) return c as Construct;
    }
  }
  throw new Error(`remark-gfm no longer has a construct named ${name}`);
}

/** `ext` with the constructs named in `drop` left out and the table construct replaced by `table` (or left out). */
function without(ext: Extension, drop: ReadonlySet<string>, table: Construct | undefined): Extension {
  const out: Extension = {};
  for (const [hook, byCode] of Object.entries(ext)) {
    const kept: Record<string, unknown> = {};
    for (const [code, value] of Object.entries(byCode)) {
      if (!Array.isArray(value)) {
        kept[code] = value;
        continue;
      }
      const list = value.flatMap((c: unknown) => {
        const name = (c as Construct | undefined)?.name;
        if (name === undefined) return [c];
        if (name === TABLE.name) return table ? [table] : [];
        return drop.has(name) ? [] : [c];
      });
      if (list.length) kept[code] = list;
    }
    out[hook] = kept;
  }
  return out;
}

/** What a text may need, as bits: 1 email autolinks, 2 the autolink transform, 4 strikethrough, 8 front matter, 16 tables. */
function needs(text: string, frontMatter: boolean, tables: boolean): number {
  let bits = tables ? 16 : 0;
  if (text.includes('@')) bits |= 1;
  if (bits & 1 || text.includes('&') || /http|www/i.test(text)) bits |= 2;
  if (text.includes('~')) bits |= 4;
  if (frontMatter && /^\uFEFF?(?:---|\+\+\+)/.test(text)) bits |= 8;
  return bits;
}

type Parser = { parse(text: string): unknown };
const processors = new Map<number, Parser>();

function processorFor(bits: number): Parser {
  let p = processors.get(bits);
  if (!p) {
    const drop = new Set<string>();
    if (!(bits & 1)) drop.add('emailAutolink');
    if (!(bits & 4)) drop.add('strikethrough');
    const micromark = [without(GFM, drop, bits & 16 ? GATED_TABLE : undefined)];
    const tree: (TreeExtension | TreeExtension[])[] = [GFM_TREE];
    if (bits & 8) {
      micromark.push(FRONT_MATTER);
      tree.push(FRONT_MATTER_TREE);
    }
    p = unified()
      .use(remarkParse)
      .use(function () {
        const data = this.data() as Record<string, unknown[]>;
        (data.micromarkExtensions ??= []).push(...micromark);
        (data.fromMarkdownExtensions ??= []).push(...tree);
      })
      .freeze();
    processors.set(bits, p);
  }
  return p;
}

/**
 * Lines (1-based) that may be a table's head row: those before a line that, after the `>` and blanks of block
 * quotes and list items, holds only `|`, `:`, `-`, spaces and tabs, with a dash.
 */
export function tableHeadRows(text: string): Set<number> {
  const rows = new Set<number>();
  let line = 1;
  let i = 0;
  const n = text.length;
  while (i <= n) {
    if (line > 1 && isDelimiterRow(text, i)) rows.add(line - 1);
    let k = i;
    while (k < n && text.charCodeAt(k) !== 10 && text.charCodeAt(k) !== 13) k++;
    if (k >= n) break;
    i = text.charCodeAt(k) === 13 && text.charCodeAt(k + 1) === 10 ? k + 2 : k + 1;
    line++;
  }
  return rows;
}

/**
 * Parses `text` into the tree remark-parse + remark-gfm (+ remark-frontmatter with YAML and TOML, when
 * `frontMatter`) give for it.
 */
export function parseGfm(text: string, frontMatter: boolean): Root {
  const squeezed = squeeze(text);
  const bits = needs(text, frontMatter, false);
  let root = squeezed && parseWithBits(squeezed.text, bits);
  if (!root || !unsqueeze(root, squeezed!, text)) root = parseWithBits(text, bits);
  if (bits & 2) {
    for (const block of root.children) {
      const from = block.position?.start.offset;
      const to = block.position?.end.offset;
      if (from !== undefined && to !== undefined && !TRANSFORMABLE.test(text.slice(from, to))) continue;
      for (const transform of GFM_TRANSFORMS) transform(block);
    }
  }
  return root;
}

/** Parses `text` with the extensions `bits` asks for (tables aside: those are looked for in `text`). */
function parseWithBits(text: string, bits: number): Root {
  headRows = tableHeadRows(text);
  try {
    return processorFor(headRows.size > 0 ? bits | 16 : bits).parse(text) as Root;
  } finally {
    headRows = new Set();
  }
}
