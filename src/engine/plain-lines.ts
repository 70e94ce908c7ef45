import type { Nodes, Root } from 'mdast';
import { AUTOLINK, buildBlocks, simpleBlocksAt } from './simple-blocks';

/**
 * Plain lines: runs of prose the parser reads as one character each, given back in the tree after.
 *
 * Most of a memo is prose, and the parser spends most of its time there, per character and per line, only to
 * find nothing: a line that starts with a letter and holds none of the characters Markdown gives a meaning to
 * inside a line is plain text in whatever holds it (a paragraph, a fence, an HTML block, front matter, a table
 * row). Such a line cannot start or end a block, so a run of them can be replaced by one character that is just
 * as plain (one of Unicode's private-use characters, unique per run): the parser builds the same tree around it,
 * and the run's text is put back wherever the character turns up in the tree, with every position moved back.
 * The same holds for a run of plain characters inside any other line (between emphasis marks, beside a link,
 * in a table cell or a heading), when it starts and ends with a letter or a digit (emphasis reads the
 * characters beside its marks, and those are the same kind), does not follow `&` or `#` (a character
 * reference), and does not start with an ordered list's number.
 *
 * What a plain run may not hold: `\`, `` ` ``, `*`, `_`, `[`, `]`, `<`, `>`, `&`, `~`, `|`, `@`, tabs, `www` or
 * `http` (the constructs inside a line: escapes, code, emphasis, links, HTML, character references,
 * strikethrough, table cells, autolinks), nor end a line in a space (a hard break). A whole line starts with a
 * letter, any non-ASCII character, or digits not followed by `.` or `)`, so it starts no block and continues
 * none but as text.
 *
 * Where the words of a run matter all the same, it is left as it is:
 * - inside brackets (the label of a reference or a footnote is matched by its words): the brackets before it
 *   since the last blank line must all be closed, counted without doubt (no `\`, code, autolinks among them);
 * - after `](` that is not a plain destination closed on its line, or `]:` (a link's destination or title may
 *   go on), or `<` (HTML whose attributes are read); on a line with an autolink, address or URL outside plain
 *   link destinations;
 * - in a table (a table row per line), and on a line that may be a table's head row, which is not run together
 *   with the lines before it.
 * Simple blocks (`simple-blocks.ts`: plain paragraphs, headings and tables between blank lines) after a blank
 * line are one run, whole: where its character turns up as a paragraph of its own at the top level, the blocks are
 * built in its place; as part of any other text of a paragraph, the memo is parsed as it is.
 * The private-use characters must not be in the memo already. Should any run still turn up anywhere but in
 * text (a label, an address, a fence's info string), the memo is parsed as it is: `test/engine/syntax.test.ts`
 * compares the trees with the stock parser's.
 */

const BASE = 0xe000;
/** Runs per text: the private-use characters U+E000 to U+F8FF. */
const MAX_RUNS = 0xf8ff - BASE + 1;
const PRIVATE = /[\uE000-\uF8FF]/;
const PRIVATE_ALL = /[\uE000-\uF8FF]/g;
/** A plain line: from its first character to the end of the line (before `\r\n` or `\n`). */
const PLAIN = /(?:[A-Za-z\u0080-\uDFFF\uF900-\uFEFE\uFF00-\uFFFF]|\d+(?![\d.)]))[^\\`*_[\]<>&~|@\t\r\n\0\uE000-\uF8FF\uFEFF]*(?<! )(?=\r?\n|$)/y;
/** Autolinks and addresses, whose extent reads the characters around them (and may hold a `]`). */
const AUTOLINK_OR_ADDRESS = /www|http|@/i;
/** A plain inline link destination, closed on its line. */
const PLAIN_RESOURCE = /\]\([^\s()<>"'\\[\]]*\)/g;
/** Percent-encoded private-use characters, as they would be in an address. */
const ENCODED = /%E[EF]%[89AB][0-9A-F]/i;

/** Runs of plain text squeezed out of a text, and how to put them back. */
export interface Squeezed {
  /** The text the parser reads, each run one character. */
  text: string;
  /** Per run: its offsets in the memo (from, to), its last line and the column after it. */
  from: number[];
  to: number[];
  endLine: number[];
  endColumn: number[];
  /** Per run: the offset, line and column of its character in the squeezed text. */
  at: number[];
  atLine: number[];
  atColumn: number[];
  /** Per run: lines squeezed out up to its end. */
  lines: number[];
  /** The runs of simple blocks (see `simple-blocks.ts`), with the line each starts on. */
  blocks: Map<number, number>;
}

/**
 * The text with runs of plain lines squeezed out, or undefined when there is nothing to squeeze (or it cannot
 * be done: private-use characters in the text, a byte order mark, lone carriage returns).
 */
export function squeeze(text: string): Squeezed | undefined {
  // The parser counts offsets after a byte order mark, and lines at lone carriage returns too.
  if (text.charCodeAt(0) === 0xfeff || PRIVATE.test(text) || /\r(?!\n)/.test(text)) return undefined;
  const s: Squeezed = { text: '', from: [], to: [], endLine: [], endColumn: [], at: [], atLine: [], atColumn: [], lines: [], blocks: new Map() };
  /** Whether the line `[from, to)` is plain: see {@link PLAIN}, and no autolink. */
  const plainLine = (from: number, to: number): boolean => {
    PLAIN.lastIndex = from;
    return PLAIN.test(text) && PLAIN.lastIndex === to && !AUTOLINK.test(text.slice(from, to));
  };
  const pieces: string[] = [];
  let copied = 0;
  let removedLines = 0;
  let removedChars = 0;
  /** Characters squeezed out of the current line before its last run (runs inside a line). */
  let removedInLine = 0;
  /** Squeezes `[from, to)`, from column `column` of line `line` to line `last` (starting at `lastStart`). */
  const squeezeRun = (from: number, to: number, line: number, column: number, last: number, lastStart: number, inLine: boolean) => {
    if (to - from < 2 || s.from.length >= MAX_RUNS) return;
    pieces.push(text.slice(copied, from), String.fromCharCode(BASE + s.from.length));
    copied = to;
    s.from.push(from);
    s.to.push(to);
    s.endLine.push(last);
    s.endColumn.push(to - lastStart + 1);
    s.at.push(from - removedChars);
    s.atLine.push(line - removedLines);
    s.atColumn.push(column - removedInLine);
    removedLines += last - line;
    removedChars += to - from - 1;
    // Runs of whole lines end lines of their own; a run inside a line moves the columns after it.
    if (inLine) removedInLine += to - from - 1;
    s.lines.push(removedLines);
  };
  // The run of whole lines being built: from, to, its first and last line, the start of its last line.
  let runFrom = -1;
  let runTo = 0;
  let runStart = 0;
  let runEnd = 0;
  let runLastLine = 0;
  const close = () => {
    if (runFrom >= 0) squeezeRun(runFrom, runTo, runStart, 1, runEnd, runLastLine, false);
    runFrom = -1;
  };

  // Since the last blank line: open brackets, whether a `]` was seen, whether brackets are uncertain, whether
  // nothing more is squeezed, whether a table's delimiter row was seen.
  let depth = 0;
  let closed = false;
  let unsure = false;
  let stop = false;
  let table = false;
  /** Whether the line follows a blank line or starts the text: where simple blocks may start. */
  let afterBlank = true;
  let line = 1;
  let start = 0;
  const n = text.length;
  while (start <= n) {
    let end = text.indexOf('\n', start);
    if (end < 0) end = n;
    const next = end + 1;
    const contentEnd = end > start && text.charCodeAt(end - 1) === 13 ? end - 1 : end;
    removedInLine = 0;
    if (isBlank(text, start, contentEnd)) {
      close();
      depth = 0;
      closed = unsure = stop = table = false;
      afterBlank = true;
    } else {
      // Simple blocks, one run up to the blank line after the last of them (or the end of the text).
      const simple = afterBlank && s.from.length < MAX_RUNS ? simpleBlocksAt(text, start, plainLine) : undefined;
      afterBlank = false;
      if (simple) {
        close();
        s.blocks.set(s.from.length, line);
        squeezeRun(start, simple.end, line, 1, line + simple.lines - 1, simple.lastStart, false);
        if (simple.next < 0) break;
        start = simple.next;
        line += simple.lines;
        continue;
      }
      const plain = !stop && depth === 0 && !(closed && unsure) && plainLine(start, contentEnd);
      const content = plain || !stop ? text.slice(start, contentEnd) : '';
      if (plain) {
        // A head row is not run together with the lines before it, nor any line in a table.
        const headRow = next <= n && isDelimiterRow(text, next);
        if (runFrom >= 0 && (headRow || table)) close();
        if (runFrom < 0) {
          runFrom = start;
          runStart = line;
        }
        runTo = contentEnd;
        runEnd = line;
        runLastLine = start;
      } else {
        close();
        if (!stop) {
          // Reads the line's brackets and links as it goes, and squeezes the runs inside it where it may.
          const runs = inlineRuns(content);
          if (!runs && AUTOLINK_OR_ADDRESS.test(content)) unsure = true;
          for (let k = start; k < contentEnd; ) {
            const c = text.charCodeAt(k);
            if (runs && !stop && depth === 0 && !(closed && unsure) && isWordCode(c) && (k === start || mayStartRun(text.charCodeAt(k - 1))) && !listMarkerAt(text, k)) {
              let e = k + 1;
              while (e < contentEnd && isPlainCode(text.charCodeAt(e))) e++;
              // It ends on a letter or digit, as it starts: emphasis next to it reads its ends.
              let last = e;
              while (last > k + 1 && !isWordCode(text.charCodeAt(last - 1))) last--;
              if (last - k >= MIN_RUN) squeezeRun(k, last, line, k - start + 1, line, start, true);
              k = e;
              continue;
            }
            if (c === 91) depth++;
            else if (c === 93) {
              closed = true;
              if (depth > 0) depth--;
              const after = text.charCodeAt(k + 1);
              if (after === 58) stop = true;
              else if (after === 40) {
                PLAIN_RESOURCE_AT.lastIndex = k;
                if (PLAIN_RESOURCE_AT.test(text) && PLAIN_RESOURCE_AT.lastIndex <= contentEnd) {
                  k = PLAIN_RESOURCE_AT.lastIndex;
                  continue;
                }
                stop = true;
              }
            } else if (c === 60) stop = true;
            else if (c === 92 || c === 96) unsure = true;
            k++;
          }
        }
        if (isDelimiterRow(text, start)) table = true;
      }
    }
    if (end >= n) break;
    start = next;
    line++;
  }
  close();
  if (!s.from.length) return undefined;
  pieces.push(text.slice(copied));
  s.text = pieces.join('');
  return s;
}

/** Runs inside a line shorter than this are left alone. */
const MIN_RUN = 3;
/** {@link PLAIN_RESOURCE} at a `]`. */
const PLAIN_RESOURCE_AT = new RegExp(PLAIN_RESOURCE.source, 'y');
/** Lines that open or close a fence: their info string is not text. */
const FENCE = /^[ >]*(?:`|~)/;

/**
 * Whether runs inside a line may be squeezed: no autolink, address or URL (but inside plain link destinations),
 * whose extent reads the characters around it; and no fence, whose info string would take a run (the memo
 * would then be parsed again as it is).
 */
function inlineRuns(content: string): boolean {
  if (FENCE.test(content)) return false;
  return !AUTOLINK_OR_ADDRESS.test(content.includes('](') ? content.replace(PLAIN_RESOURCE, '') : content);
}

/** A character a run may hold: none Markdown gives a meaning inside a line (see {@link PLAIN}). */
function isPlainCode(c: number): boolean {
  if (c < 128) return c > 13 ? !INLINE_SPECIAL[c] : c !== 0 && c !== 9 && c !== 10 && c !== 13;
  return !(c >= BASE && c <= 0xf8ff) && c !== 0xfeff;
}
const INLINE_SPECIAL = new Uint8Array(128);
for (const c of '\\`*_[]<>&~|@') INLINE_SPECIAL[c.charCodeAt(0)] = 1;

/**
 * A letter or digit as the parser classifies characters around emphasis: neither white space nor punctuation or
 * a symbol, as the private-use character that stands for the run is neither.
 */
function isWordCode(c: number): boolean {
  if (c < 128) return (c >= 48 && c <= 57) || ((c | 0x20) >= 97 && (c | 0x20) <= 122);
  if ((c >= 0xd800 && c <= 0xdfff) || (c >= BASE && c <= 0xf8ff) || c === 0xfeff) return false;
  return !NOT_WORD.test(String.fromCharCode(c));
}
const NOT_WORD = /[\p{P}\p{S}\s]/u;

/** A run may start after a character that is neither a letter or digit, nor one that opens a character reference. */
function mayStartRun(prev: number): boolean {
  return !isWordCode(prev) && prev !== 38 && prev !== 35;
}

/** Digits followed by `.` or `)`: an ordered list marker, perhaps. */
function listMarkerAt(text: string, k: number): boolean {
  let j = k;
  while (j < text.length && text.charCodeAt(j) >= 48 && text.charCodeAt(j) <= 57) j++;
  if (j === k) return false;
  const c = text.charCodeAt(j);
  return c === 46 || c === 41;
}

function isBlank(text: string, from: number, to: number): boolean {
  for (let k = from; k < to; k++) {
    const c = text.charCodeAt(k);
    if (c !== 32 && c !== 9) return false;
  }
  return true;
}

/**
 * Whether the line at `from` could be a table's delimiter row: after the `>` and blanks of its containers, only
 * `|`, `:`, `-`, spaces and tabs, with a dash (the line before it may then be a head row: see `tableHeadRows`).
 */
export function isDelimiterRow(text: string, from: number): boolean {
  const n = text.length;
  let k = from;
  while (k < n) {
    const c = text.charCodeAt(k);
    if (c !== 32 && c !== 9 && c !== 62) break;
    k++;
  }
  let dash = false;
  for (; k < n; k++) {
    const c = text.charCodeAt(k);
    if (c === 10 || c === 13) break;
    if (c === 45) dash = true;
    else if (c !== 124 && c !== 58 && c !== 32 && c !== 9) return false;
  }
  return dash;
}

interface Point {
  line: number;
  column: number;
  offset?: number;
}

/**
 * Puts the runs back into a tree parsed from `squeezed.text`: positions, and the runs' text where their
 * characters are (values, titles, alternative text). False when a run turned up anywhere else: the tree is then
 * not the memo's (it is left half restored) and the memo must be parsed as it is.
 */
export function unsqueeze(tree: Root, squeezed: Squeezed, original: string): boolean {
  const { from, to, endLine, endColumn, at, atLine, atColumn, lines, blocks } = squeezed;
  const last = at.length - 1;
  const move = (p: Point): boolean => {
    const o = p.offset;
    if (o === undefined) return false;
    // The last run whose character is before the point.
    if (o <= at[0]) return true;
    let lo = 0;
    let hi = last;
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if (at[mid] < o) lo = mid;
      else hi = mid - 1;
    }
    p.offset = o - at[lo] - 1 + to[lo];
    if (p.line === atLine[lo]) {
      // On the run's line, after it.
      p.column = endColumn[lo] + p.column - atColumn[lo] - 1;
      p.line = endLine[lo];
    } else p.line += lines[lo];
    return true;
  };
  const expand = (value: string) => value.replace(PRIVATE_ALL, (c) => original.slice(from[c.charCodeAt(0) - BASE], to[c.charCodeAt(0) - BASE]));
  const holdsBlocks = (value: string) => {
    if (blocks.size > 0) for (let k = 0; k < value.length; k++) if (blocks.has(value.charCodeAt(k) - BASE)) return true;
    return false;
  };
  /** The run of simple blocks a top-level block stands for: a paragraph of its character alone; -1 for none. */
  const blocksOf = (block: Nodes): number => {
    if (block.type !== 'paragraph' || block.children.length !== 1) return -1;
    const only = block.children[0];
    if (only.type !== 'text' || only.value.length !== 1) return -1;
    const run = only.value.charCodeAt(0) - BASE;
    return blocks.has(run) ? run : -1;
  };
  const visit = (node: Nodes): boolean => {
    const position = node.position;
    if (position && !(move(position.start) && move(position.end))) return false;
    const fields = node as unknown as Record<string, unknown>;
    for (const key in fields) {
      const value = fields[key];
      if (typeof value !== 'string') continue;
      if (key === 'url' && ENCODED.test(value)) return false;
      if (!PRIVATE.test(value)) continue;
      if (key !== 'value' && key !== 'title' && key !== 'alt') return false;
      // Simple blocks are text of a code block, HTML or front matter; of a paragraph, the tree is not the memo's.
      if (node.type === 'text' && holdsBlocks(value)) return false;
      fields[key] = expand(value);
    }
    if ('children' in node) {
      const children = node.children as Nodes[];
      for (let k = 0; k < children.length; k++) {
        const run = node.type === 'root' && blocks.size > 0 ? blocksOf(children[k]) : -1;
        if (run >= 0) {
          const built = buildBlocks(original, from[run], to[run], blocks.get(run)!);
          children.splice(k, 1, ...built);
          k += built.length - 1;
        } else if (!visit(children[k])) return false;
      }
    }
    return true;
  };
  return visit(tree);
}
