import type { AlignType, Heading, Paragraph, RootContent, Table, TableCell, TableRow } from 'mdast';
import { blankLine, lineAfter, lineEnd, nextLine } from './lines';

/**
 * Simple blocks: plain paragraphs, headings and tables between blank lines, built straight into the tree.
 *
 * Once a memo's prose is squeezed (`plain-lines.ts`), what it still costs the parser is mostly per block: a
 * paragraph that is a single run of plain lines still gets tokenizers of its own for its content and its text,
 * and a heading its own. A series of simple blocks after a blank line (or at the start of the text), with blank
 * lines between them, is squeezed as one character, and built here where that character turns up as a paragraph
 * of its own at the top level. A simple block is one of:
 * - a plain paragraph: plain lines (a predicate of `plain-lines.ts`) up to a blank line or the end of the text;
 * - a heading: one to six `#`, a space and a plain line that does not end with `#` (which could close it), then
 *   a blank line or the end of the text;
 * - a simple table: a head row, a delimiter row with as many cells, and body rows up to a blank line or the end of
 *   the text, every line starting with `|` and ending with `|` (spaces after it aside), with at least two pipes,
 *   and no tab, no character that starts a construct inside a line (`\`, `` ` ``, `*`, `_`, `[`, `]`, `<`, `&`,
 *   `~`, `@`), no `www` or `http` (autolink literals). Its tree: a row per line, from its start to its end; a cell
 *   from its pipe to the next one, the last cell to the end of the line (closing pipe and spaces after it
 *   included); a cell's text is what lies between its pipes, trimmed of spaces (none when that is empty); the
 *   alignment read off the delimiter row. Tables took about a third of a typical memo's squeezed parse.
 * Each one starts in its line's first column after a blank line and ends before one, so that it continues
 * nothing and nothing continues it: at the top level the parser reads it as a block of its own, and in a fenced
 * code block, an HTML block or front matter it is text of that block (`plain-lines.ts` puts its lines back).
 * `test/engine/syntax.test.ts` compares the trees with the stock parser's.
 */

/** The extent of a series of simple blocks found by {@link simpleBlocksAt}. */
export interface SimpleBlocks {
  /** The end of its last line (before the line break). */
  end: number;
  /** The start of its last line. */
  lastStart: number;
  /** Its number of lines, blank lines between its blocks included. */
  lines: number;
  /** The start of the line after it, or -1 when it ends the text. */
  next: number;
}

/** Whether `[from, to)`, a whole line, is plain (see `plain-lines.ts`). */
export type PlainLine = (from: number, to: number) => boolean;

const PIPE = 124;
const HASH = 35;
const SPACE = 32;

/** The simple blocks from `start` (the start of a line after a blank line, or of the text) on, if any. */
export function simpleBlocksAt(text: string, start: number, plain: PlainLine): SimpleBlocks | undefined {
  let found: SimpleBlocks | undefined;
  let at = start;
  let lines = 0;
  for (;;) {
    const block = blockAt(text, at, plain);
    if (!block) return found;
    found = { ...block, lines: lines + block.lines };
    if (block.next < 0) return found;
    // The blank lines after it, and the next block, if the text goes on.
    let blanks = 0;
    let next = block.next;
    while (next >= 0 && blankLine(text, next)) {
      next = nextLine(text, next);
      blanks++;
    }
    if (next < 0) return found;
    lines += block.lines + blanks;
    at = next;
  }
}

/** The simple block at `at`, followed by a blank line or the end of the text. */
function blockAt(text: string, at: number, plain: PlainLine): SimpleBlocks | undefined {
  const c = text.charCodeAt(at);
  if (c === PIPE) return simpleTableAt(text, at);
  if (c === HASH) {
    const depth = headingDepth(text, at);
    const end = lineEnd(text, at);
    const next = nextLine(text, at);
    if (!depth || text.charCodeAt(end - 1) === HASH || !plain(at + depth + 1, end) || (next >= 0 && !blankLine(text, next))) return undefined;
    return { end, lastStart: at, lines: 1, next };
  }
  let lines = 0;
  let line = at;
  let block: SimpleBlocks | undefined;
  while (line >= 0 && !blankLine(text, line)) {
    const end = lineEnd(text, line);
    if (!plain(line, end)) return undefined;
    lines++;
    block = { end, lastStart: line, lines, next: nextLine(text, line) };
    line = block.next;
  }
  return block;
}

/** The number of `#` opening a heading at `at` (followed by a space), or 0. */
function headingDepth(text: string, at: number): number {
  let k = at;
  while (text.charCodeAt(k) === HASH) k++;
  const depth = k - at;
  return depth >= 1 && depth <= 6 && text.charCodeAt(k) === 32 ? depth : 0;
}

/**
 * The trees of the simple blocks `[from, to)` (found by {@link simpleBlocksAt}), whose first line is line `line`
 * of the text.
 */
export function buildBlocks(text: string, from: number, to: number, line: number): RootContent[] {
  const out: RootContent[] = [];
  let at = from;
  let ln = line;
  while (at >= 0 && at < to) {
    const c = text.charCodeAt(at);
    if (c === PIPE) {
      const table = simpleTableAt(text, at)!;
      out.push(buildTable(text, at, table.end, ln));
      ln += table.lines;
      at = table.next;
    } else if (c === HASH) {
      const depth = headingDepth(text, at);
      const end = lineEnd(text, at);
      const point = (offset: number) => ({ line: ln, column: offset - at + 1, offset });
      const heading: Heading = {
        type: 'heading',
        depth: depth as Heading['depth'],
        children: [{ type: 'text', value: text.slice(at + depth + 1, end), position: { start: point(at + depth + 1), end: point(end) } }],
        position: { start: point(at), end: point(end) },
      };
      out.push(heading);
      ln++;
      at = nextLine(text, at);
    } else {
      let last = at;
      let lines = 1;
      for (let k = nextLine(text, at); k >= 0 && k < to && !blankLine(text, k); k = nextLine(text, k)) {
        last = k;
        lines++;
      }
      const end = lineEnd(text, last);
      const position = () => ({ start: { line: ln, column: 1, offset: at }, end: { line: ln + lines - 1, column: end - last + 1, offset: end } });
      const paragraph: Paragraph = { type: 'paragraph', children: [{ type: 'text', value: text.slice(at, end), position: position() }], position: position() };
      out.push(paragraph);
      ln += lines;
      at = nextLine(text, last);
    }
    while (at >= 0 && at < to && blankLine(text, at)) {
      at = nextLine(text, at);
      ln++;
    }
  }
  return out;
}

// Tables.

/** A line of a simple table: where its content ends, where the next line starts (-1: none), its cells. */
interface Line {
  contentEnd: number;
  next: number;
  cells: number;
}


/** Per ASCII code: 1 for a character no simple table may hold, line breaks included. */
const NOT_IN_TABLE = new Uint8Array(128);
for (const c of '\\`*_[]<&~@\t\r\n') NOT_IN_TABLE[c.charCodeAt(0)] = 1;
/** Where GFM may find a URL autolink: text holding one is not plain (`plain-lines.ts` reads it the same way). */
export const AUTOLINK = /www|http/i;
const DELIMITER_CELL = /^ *:?-+:? *$/;

/** The simple table whose head row starts at `start` (the start of a line after a blank line, or of the text), if any. */
function simpleTableAt(text: string, start: number): SimpleBlocks | undefined {
  const head = rowAt(text, start);
  if (!head || head.next < 0) return undefined;
  const delimiter = rowAt(text, head.next);
  if (!delimiter || delimiter.cells !== head.cells || !alignOf(text, head.next, delimiter.contentEnd)) return undefined;
  const table: SimpleBlocks = { end: delimiter.contentEnd, lastStart: head.next, lines: 2, next: delimiter.next };
  while (table.next >= 0 && !blankLine(text, table.next)) {
    const row = rowAt(text, table.next);
    if (!row) return undefined;
    table.lastStart = table.next;
    table.end = row.contentEnd;
    table.next = row.next;
    table.lines++;
  }
  return table;
}

/** The line at `from` if it may be a row of a simple table. */
function rowAt(text: string, from: number): Line | undefined {
  if (text.charCodeAt(from) !== PIPE) return undefined;
  const n = text.length;
  let k = from;
  let pipes = 0;
  let last = from;
  for (; k < n; k++) {
    const c = text.charCodeAt(k);
    if (c === 10 || c === 13) break;
    if (c < 128 && NOT_IN_TABLE[c]) return undefined;
    if (c === PIPE) pipes++;
    if (c !== SPACE) last = k;
  }
  if (pipes < 2 || text.charCodeAt(last) !== PIPE || AUTOLINK.test(text.slice(from, k))) return undefined;
  return { contentEnd: k, next: lineAfter(text, k), cells: pipes - 1 };
}

/** The alignment of each cell of a delimiter row `[from, to)`, or undefined when it is not one. */
function alignOf(text: string, from: number, to: number): AlignType[] | undefined {
  const cells = text.slice(from, to).trimEnd().slice(1, -1).split('|');
  const align: AlignType[] = [];
  for (const cell of cells) {
    if (!DELIMITER_CELL.test(cell)) return undefined;
    const c = cell.trim();
    const left = c.startsWith(':');
    const right = c.endsWith(':');
    align.push(left && right ? 'center' : left ? 'left' : right ? 'right' : null);
  }
  return align;
}

/** The tree of the simple table `[from, to)`, whose first line is line `line` of the text. */
function buildTable(text: string, from: number, to: number, line: number): Table {
  const head = rowAt(text, from)!;
  const delimiter = rowAt(text, head.next)!;
  const rows = [buildRow(text, from, head.contentEnd, line)];
  let lastStart = head.next;
  let lastLine = line + 1;
  for (let at = delimiter.next; at >= 0 && at < to; ) {
    const row = rowAt(text, at)!;
    lastStart = at;
    lastLine++;
    rows.push(buildRow(text, at, row.contentEnd, lastLine));
    at = row.next;
  }
  return {
    type: 'table',
    align: alignOf(text, head.next, delimiter.contentEnd)!,
    children: rows,
    position: { start: { line, column: 1, offset: from }, end: { line: lastLine, column: to - lastStart + 1, offset: to } },
  };
}

/** A row `[from, to)` on line `line`: a cell from each pipe but the closing one. */
function buildRow(text: string, from: number, to: number, line: number): TableRow {
  const point = (offset: number) => ({ line, column: offset - from + 1, offset });
  const pipes: number[] = [];
  for (let k = from; k < to; k++) if (text.charCodeAt(k) === PIPE) pipes.push(k);
  const cells: TableCell[] = [];
  for (let c = 0; c + 1 < pipes.length; c++) {
    let start = pipes[c] + 1;
    let end = pipes[c + 1];
    while (start < end && text.charCodeAt(start) === SPACE) start++;
    while (end > start && text.charCodeAt(end - 1) === SPACE) end--;
    cells.push({
      type: 'tableCell',
      children: end > start ? [{ type: 'text', value: text.slice(start, end), position: { start: point(start), end: point(end) } }] : [],
      position: { start: point(pipes[c]), end: point(c + 2 < pipes.length ? pipes[c + 1] : to) },
    });
  }
  return { type: 'tableRow', children: cells, position: { start: point(from), end: point(to) } };
}
