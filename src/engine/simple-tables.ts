import type { AlignType, Table, TableCell, TableRow } from 'mdast';

/**
 * Simple tables: tables whose cells hold only plain text, built here instead of parsed.
 *
 * A memo's tables are mostly names, figures and a few words a cell, yet the parser reads them cell by cell with
 * every inline construct of GFM, and they took about a third of the parse of a typical memo once its prose was
 * squeezed (see `plain-lines.ts`). A simple table is one that:
 * - follows a blank line or starts the text;
 * - is a head row, a delimiter row with as many cells, and body rows up to a blank line or the end of the text,
 *   every line starting with `|` in its first column and ending with `|` (spaces after it aside), with at least
 *   two pipes;
 * - holds no tab, none of the characters that start a construct inside a line (`\`, `` ` ``, `*`, `_`, `[`, `]`,
 *   `<`, `&`, `~`, `@`) and no `www` or `http` (autolink literals).
 * Its tree is then the one the parser builds: a row per line, from its start to its end; a cell from its pipe to
 * the next one, the last cell to the end of the line (the closing pipe and the spaces after it included); a cell's
 * text is what lies between its pipes, trimmed of spaces, and no text at all when that is empty; the alignment is
 * read off the delimiter row. `test/engine/syntax.test.ts` compares the trees with the stock parser's.
 *
 * Where such lines are not a table after all (inside a fenced code block or an HTML comment that a blank line
 * does not end, or in front matter), they are text of that block: `plain-lines.ts` hands the table to the parser as
 * one character, like a run of plain lines, puts the table in its place only where that character is a paragraph
 * of its own at the top level, and puts the lines back as text anywhere else.
 */

/** The extent of a simple table found by {@link simpleTableAt}. */
export interface SimpleTable {
  /** The end of its last line (before the line break). */
  end: number;
  /** The start of its last line. */
  lastStart: number;
  /** Its number of lines. */
  lines: number;
  /** The start of the line after it, or -1 when it ends the text. */
  next: number;
}

/** A line of a simple table: where its content ends, where the next line starts (-1: none), its cells. */
interface Line {
  contentEnd: number;
  next: number;
  cells: number;
}

const PIPE = 124;
const SPACE = 32;

/** Per ASCII code: 1 for a character no simple table may hold (see above), line breaks included. */
const NOT_IN_TABLE = new Uint8Array(128);
for (const c of '\\`*_[]<&~@\t\r\n') NOT_IN_TABLE[c.charCodeAt(0)] = 1;
const AUTOLINK = /www|http/i;
const DELIMITER_CELL = /^ *:?-+:? *$/;

/** The simple table whose head row starts at `start` (the start of a line after a blank line, or of the text), if any. */
export function simpleTableAt(text: string, start: number): SimpleTable | undefined {
  const head = rowAt(text, start);
  if (!head || head.next < 0) return undefined;
  const delimiter = rowAt(text, head.next);
  if (!delimiter || delimiter.cells !== head.cells || !alignOf(text, head.next, delimiter.contentEnd)) return undefined;
  const table: SimpleTable = { end: delimiter.contentEnd, lastStart: head.next, lines: 2, next: delimiter.next };
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
  const next = k >= n ? -1 : text.charCodeAt(k) === 13 ? (text.charCodeAt(k + 1) === 10 ? k + 2 : k + 1) : k + 1;
  return { contentEnd: k, next, cells: pipes - 1 };
}

/** Whether the line at `from` holds nothing but spaces and tabs. */
function blankLine(text: string, from: number): boolean {
  for (let k = from; k < text.length; k++) {
    const c = text.charCodeAt(k);
    if (c === 10 || c === 13) return true;
    if (c !== SPACE && c !== 9) return false;
  }
  return true;
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

/**
 * The tree of the simple table `[from, to)` (found by {@link simpleTableAt}), whose first line is line `line` of
 * the text.
 */
export function buildTable(text: string, from: number, to: number, line: number): Table {
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
