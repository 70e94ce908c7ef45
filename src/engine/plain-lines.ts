import type { Nodes, Root } from 'mdast';

/**
 * Plain lines: runs of prose lines the parser reads as one character each, given back in the tree after.
 *
 * Most of a memo is prose, and the parser spends most of its time there, per character and per line, only to
 * find nothing: a line that starts with a letter and holds none of the characters Markdown gives a meaning to
 * inside a line is plain text in whatever holds it (a paragraph, a fence, an HTML block, front matter, a table
 * row). Such a line cannot start or end a block, so a run of them can be replaced by one character that is just
 * as plain (one of Unicode's private-use characters, unique per run): the parser builds the same tree around it,
 * and the run's text is put back wherever the character turns up in the tree, with every position moved back.
 *
 * What a plain line may not hold: `\`, `` ` ``, `*`, `_`, `[`, `]`, `<`, `>`, `&`, `~`, `|`, `@`, tabs, `www` or
 * `http` (the constructs inside a line: escapes, code, emphasis, links, HTML, character references,
 * strikethrough, table cells, autolinks), nor end in a space (a hard break). It starts with a letter, any
 * non-ASCII character, or digits not followed by `.` or `)` (an ordered list), so it starts no block and
 * continues none but as text.
 *
 * Where the words of a line matter all the same, it is left as it is:
 * - inside brackets (the label of a reference or a footnote is matched by its words): the brackets before it
 *   since the last blank line must all be closed, counted without doubt (no `\`, code, autolinks among them);
 * - after `](` that is not a plain destination closed on its line, or `]:` (a link's destination or title may
 *   go on in the next lines), or `<` (HTML whose attributes are read);
 * - in a table (a table row per line), and on a line that may be a table's head row, which is not run together
 *   with the lines before it.
 * The private-use characters must not be in the memo already. Should any run still turn up anywhere but in
 * text (a label, an address), the memo is parsed as it is: `test/engine/syntax.test.ts` compares the trees with
 * the stock parser's.
 */

const BASE = 0xe000;
/** Runs per text: the private-use characters U+E000 to U+F8FF. */
const MAX_RUNS = 0xf8ff - BASE + 1;
const PRIVATE = /[\uE000-\uF8FF]/;
const PRIVATE_ALL = /[\uE000-\uF8FF]/g;
/** A plain line: from its first character to the end of the line (before `\r\n` or `\n`). */
const PLAIN = /(?:[A-Za-z\u0080-\uDFFF\uF900-\uFEFE\uFF00-\uFFFF]|\d+(?![\d.)]))[^\\`*_[\]<>&~|@\t\r\n\0\uE000-\uF8FF\uFEFF]*(?<! )(?=\r?\n|$)/y;
const AUTOLINK = /www|http/i;
/** What makes the brackets of a line uncertain: escapes, code, autolinks. */
const UNSURE = /[\\`@]|www|http/i;
/** A plain inline link destination, closed on its line. */
const PLAIN_RESOURCE = /\]\([^\s()<>"'\\[\]]*\)/g;
/** Percent-encoded private-use characters, as they would be in an address. */
const ENCODED = /%E[EF]%[89AB][0-9A-F]/i;

/** Runs of plain lines squeezed out of a text, and how to put them back. */
export interface Squeezed {
  /** The text the parser reads, each run one character. */
  text: string;
  /** Per run: its offsets in the memo (from, to), its first and last line, and the column after it. */
  from: number[];
  to: number[];
  startLine: number[];
  endLine: number[];
  endColumn: number[];
  /** Per run: its line in the squeezed text. */
  at: number[];
  /** Per run: lines and characters squeezed out up to its end. */
  lines: number[];
  chars: number[];
}

/**
 * The text with runs of plain lines squeezed out, or undefined when there is nothing to squeeze (or it cannot
 * be done: private-use characters in the text, a byte order mark, lone carriage returns).
 */
export function squeeze(text: string): Squeezed | undefined {
  // The parser counts offsets after a byte order mark, and lines at lone carriage returns too.
  if (text.charCodeAt(0) === 0xfeff || PRIVATE.test(text) || /\r(?!\n)/.test(text)) return undefined;
  const s: Squeezed = { text: '', from: [], to: [], startLine: [], endLine: [], endColumn: [], at: [], lines: [], chars: [] };
  const pieces: string[] = [];
  let copied = 0;
  let removedLines = 0;
  let removedChars = 0;
  // The run being built: from, to, its first and last line, the start of its last line.
  let runFrom = -1;
  let runTo = 0;
  let runStart = 0;
  let runEnd = 0;
  let runLastLine = 0;
  const close = () => {
    if (runFrom < 0) return;
    if (runTo - runFrom > 1 && s.from.length < MAX_RUNS) {
      pieces.push(text.slice(copied, runFrom), String.fromCharCode(BASE + s.from.length));
      copied = runTo;
      s.from.push(runFrom);
      s.to.push(runTo);
      s.startLine.push(runStart);
      s.endLine.push(runEnd);
      s.endColumn.push(runTo - runLastLine + 1);
      s.at.push(runStart - removedLines);
      removedLines += runEnd - runStart;
      removedChars += runTo - runFrom - 1;
      s.lines.push(removedLines);
      s.chars.push(removedChars);
    }
    runFrom = -1;
  };

  // Since the last blank line: open brackets, whether a `]` was seen, whether brackets are uncertain, whether
  // nothing more is squeezed, whether a table's delimiter row was seen.
  let depth = 0;
  let closed = false;
  let unsure = false;
  let stop = false;
  let table = false;
  let line = 1;
  let start = 0;
  const n = text.length;
  while (start <= n) {
    let end = text.indexOf('\n', start);
    if (end < 0) end = n;
    const next = end + 1;
    const contentEnd = end > start && text.charCodeAt(end - 1) === 13 ? end - 1 : end;
    if (isBlank(text, start, contentEnd)) {
      close();
      depth = 0;
      closed = unsure = stop = table = false;
    } else {
      PLAIN.lastIndex = start;
      let plain = !stop && depth === 0 && !(closed && unsure) && PLAIN.test(text) && PLAIN.lastIndex === contentEnd;
      const content = plain || !stop ? text.slice(start, contentEnd) : '';
      if (plain && AUTOLINK.test(content)) plain = false;
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
          if (content.includes('<') || content.includes(']:')) stop = true;
          const opened = content.split('](').length - 1;
          if (opened && opened !== (content.match(PLAIN_RESOURCE)?.length ?? 0)) stop = true;
          if (UNSURE.test(content)) unsure = true;
          if (content.includes('[') || content.includes(']')) {
            for (let k = 0; k < content.length; k++) {
              const c = content.charCodeAt(k);
              if (c === 91) depth++;
              else if (c === 93) {
                closed = true;
                if (depth > 0) depth--;
              }
            }
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

function isBlank(text: string, from: number, to: number): boolean {
  for (let k = from; k < to; k++) {
    const c = text.charCodeAt(k);
    if (c !== 32 && c !== 9) return false;
  }
  return true;
}

/**
 * Whether the line at `from` could be a table's delimiter row: after the `>` and blanks of its containers, only
 * `|`, `:`, `-`, spaces and tabs, with a dash (as `tableHeadRows` in `syntax.ts` reads it).
 */
function isDelimiterRow(text: string, from: number): boolean {
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
  const { from, to, startLine, endLine, endColumn, at, lines, chars } = squeezed;
  const last = at.length - 1;
  const move = (p: Point) => {
    // The last run on or before the point's line.
    let lo = 0;
    let hi = last;
    if (p.line < at[0]) return;
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if (at[mid] <= p.line) lo = mid;
      else hi = mid - 1;
    }
    if (at[lo] === p.line) {
      // On the run's own line: at its start, or right after its one character.
      if (p.column > 1) {
        p.line = endLine[lo];
        p.column = endColumn[lo];
        p.offset = to[lo];
      } else {
        p.line = startLine[lo];
        p.offset = from[lo];
      }
      return;
    }
    p.line += lines[lo];
    if (p.offset !== undefined) p.offset += chars[lo];
  };
  const expand = (value: string) => value.replace(PRIVATE_ALL, (c) => original.slice(from[c.charCodeAt(0) - BASE], to[c.charCodeAt(0) - BASE]));
  const visit = (node: Nodes): boolean => {
    const position = node.position;
    if (position) {
      move(position.start);
      move(position.end);
    }
    const fields = node as unknown as Record<string, unknown>;
    for (const key in fields) {
      const value = fields[key];
      if (typeof value !== 'string') continue;
      if (key === 'url' && ENCODED.test(value)) return false;
      if (!PRIVATE.test(value)) continue;
      if (key !== 'value' && key !== 'title' && key !== 'alt') return false;
      fields[key] = expand(value);
    }
    if ('children' in node) for (const child of node.children) if (!visit(child)) return false;
    return true;
  };
  return visit(tree);
}
