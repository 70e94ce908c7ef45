import type { Nodes, Root, RootContent, Table } from 'mdast';
import { checkNesting, MemoTooComplexError } from './limits';
import { parseGfm } from './syntax';
import { nextLine } from './lines';

/**
 * Parses Markdown (CommonMark + GFM + YAML/TOML front matter) into an mdast tree with offsets. Throws
 * {@link MemoTooComplexError} for a memo nested too deeply to parse, checked before parsing, and should the
 * parser still run out of stack.
 */
export function parseMarkdown(text: string): Root {
  checkNesting(text);
  return parseWith(text, true);
}

/** Parses with front matter only at the start of a memo: later on, a `---` line is a thematic break. */
function parseWith(text: string, frontMatter: boolean): Root {
  try {
    return parseGfm(text, frontMatter);
  } catch (e) {
    if (e instanceof RangeError) throw new MemoTooComplexError(`memo too complex to parse: ${e.message}`);
    throw e;
  }
}

/** Memos up to this size are parsed in one piece. */
export const WHOLE = 32 * 1024;
/**
 * Longer memos are parsed in windows of about this size. Small windows keep little of the parser's state alive at
 * a time, so less of it outlives a young-generation collection to be copied and promoted: on the 200 KB memo,
 * 4 KB windows lint about 15% faster than 16 KB ones, and the 2 MB memo's peak memory is about 25 MB lower. Memos
 * parsed whole are not cut up, as windows cost more than they save there (10% on the 20 KB memo).
 */
export const WINDOW = 4 * 1024;

/**
 * The top-level blocks of a memo, exactly as `parseMarkdown(text).children` gives them, with offsets in `text`.
 *
 * A memo longer than `whole` characters (callers pass {@link WHOLE}) is parsed in windows of about `window` characters
 * ({@link WINDOW}) instead of whole: the parser keeps every token of its input in memory and slows down more than
 * linearly on long inputs (a 2 MB memo took 20 times as long as ten 200 KB ones and 800 MB), while the windows
 * together take linear time and a window's memory.
 *
 * Why the pieces join up exactly: Markdown's block structure is read line by line, front to back. A window ends
 * after a blank line (or, in a long run of lines without one, after any line); of its top-level blocks, all but
 * the last are kept, and the next window starts at the line of that last block. That block started a new
 * top-level block after the same lines as in the whole memo, so everything before it was closed by then in the
 * whole memo too; the one line of look-ahead some blocks need (a table's delimiter row, a setext underline) lies
 * inside the window. A block longer than a window (a long fence,
 * list or table) grows the window until a block follows it. Only the memo's start can be front matter, so later
 * windows are parsed without it. What is not line by line are references: a link or footnote reference resolves
 * against a definition anywhere in the memo, so each window is parsed with the definitions it may refer to after
 * it (and they are dropped): those read off the lines that look like definitions first, and, should those not be
 * the memo's definitions, those found by parsing. Should that change the window's blocks in any other way, the
 * memo is parsed whole.
 *
 * With `settle`, each block a window keeps is handed to it as soon as it is known, and the block is kept as what
 * `settle` returns, which must have the block's type and position (offsets in `text`): a caller that reads what it
 * needs off each block lets the windows' trees go as it goes, instead of holding the whole memo's. A block may be
 * settled and then replaced (its window parsed again); the blocks returned are the memo's. Memos parsed whole are
 * returned as parsed, without `settle`.
 */
export function parseBlocks(text: string, window = WINDOW, settle?: (block: RootContent) => RootContent, whole = 2 * window): RootContent[] {
  checkNesting(text);
  if (text.length <= whole) return parseWith(text, true).children;

  interface Window {
    from: number;
    to: number;
    /** Blocks kept from this window, with offsets in `text` (as `settle` returned them). */
    blocks: RootContent[];
    /** Keys (`kind:identifier`) of the definitions the window was parsed with. */
    given: Set<string>;
    /** The definitions in its blocks. */
    defined: Definition[];
  }
  const keep = (from: number, to: number, blocks: RootContent[], given: Set<string>): Window => ({
    from,
    to,
    defined: definitionsIn(blocks),
    blocks: settle ? blocks.map(settle) : blocks,
    given,
  });
  /**
   * Parses `text[from, to)` followed by the definitions that may be referred to there: the blocks of the text
   * (offsets relative to `from`), and whether its last block ran on into the definitions (an unclosed fence).
   */
  const parseWindow = (from: number, to: number, defs: readonly Definition[], given: Set<string>): { nodes: RootContent[]; ranOn: boolean } => {
    const region = text.slice(from, to);
    const tail = referredTo(region, defs);
    for (const d of tail) given.add(keyOf(d));
    const withTail = (part: string) => `${part}\n\n${tail.map(definitionLine).join('\n\n')}\n`;
    const nodes = parseWith(tail.length ? withTail(region) : region, from === 0).children;
    if (!tail.length) return { nodes, ranOn: false };
    const own = nodes.filter((n) => (n.position?.start.offset ?? 0) < region.length);
    const last = own[own.length - 1];
    const ranOn = last !== undefined && (last.position?.end.offset ?? 0) > region.length;
    if (!ranOn || own.length < 2) return { nodes: own, ranOn };
    // The last block runs on into the definitions (a fence the window ends in), which it reads as its own text,
    // so the blocks before it did not get them: those are parsed again up to its line, with the definitions after
    // them. The last block is not kept anyway.
    const cut = lineStart(text, from + (last.position?.start.offset ?? 0), from);
    const before = parseWith(withTail(region.slice(0, cut)), from === 0).children.filter((n) => (n.position?.start.offset ?? 0) < cut);
    return { nodes: [...before, last], ranOn };
  };

  // Definitions are read off the lines that look like one, so that windows before them are parsed with them.
  // Whether each is one (not inside a fence, say) is known after parsing: see below.
  const candidates = definitionLines(text);
  const windows: Window[] = [];
  const tables = longTables(text);
  let t = 0; // the next long table at or after pos
  let pos = 0;
  let size = window;
  while (pos < text.length) {
    while (t < tables.length && tables[t].start < pos) t++;
    const table = tables[t];
    if (table && isBlank(text, pos, table.start) && !(pos === 0 && FRONT_MATTER_OPEN.test(text))) {
      const node = parseLongTable(text, table);
      if (node) {
        windows.push(keep(pos, table.end, [node], new Set()));
        pos = table.end;
        size = window;
        continue;
      }
      tables.splice(t, 1); // not a table of its own after all: parsed like any other block
      continue;
    }
    let to = after(BLANK_LINE, text, pos + size);
    // A long run of lines without a blank one (a thousand footnote definitions at the end of a memo) is cut at a
    // line break instead: the window's last block is never kept, and every block before it has the line after
    // its own last line inside the window, so any line break can end a window. Blank lines are preferred, as the
    // block cut there is whole.
    if (to - pos > 2 * size) to = after(LINE_BREAK, text, pos + size);
    // A long table is never parsed whole by a window (the parser is quadratic in its rows): the window stops
    // before it.
    const cut = table !== undefined && table.start < to;
    if (cut) to = table.start;
    const given = new Set<string>();
    const { nodes, ranOn } = parseWindow(pos, to, candidates, given);
    // The last block, never kept, may run on into the definitions, except in the last window.
    if (ranOn && to >= text.length) return parseWith(text, true).children;
    // Front matter that does not close inside the window is read another way: the window must hold all of it.
    const frontMatterCut = pos === 0 && FRONT_MATTER_OPEN.test(text) && !['yaml', 'toml'].includes(nodes[0]?.type as string);
    if (to >= text.length) {
      for (const n of nodes) shiftNode(n, pos);
      windows.push(keep(pos, to, nodes, given));
      break;
    }
    if (cut) {
      // Every block before the table is closed when the last one ends before a blank line and the table's first
      // line is not indented enough to continue a list item (nor can anything else continue after a blank line).
      const last = nodes[nodes.length - 1];
      const end = last ? pos + (last.position?.end.offset ?? 0) : pos;
      if (!frontMatterCut && end < to && isBlank(text, end, to) && blankLineBetween(text, end, to) && indentOf(text, table.start) < 2) {
        for (const n of nodes) shiftNode(n, pos);
        windows.push(keep(pos, to, nodes, given));
        pos = to;
        size = window;
        continue;
      }
      if (frontMatterCut || nodes.length < 2) {
        tables.splice(t, 1); // the table may belong to the block before it: parsed like any other block
        continue;
      }
    } else if (nodes.length < 2 || frontMatterCut) {
      // One block (or none) so far: it may go on past the window.
      size *= 2;
      continue;
    }
    const last = nodes[nodes.length - 1];
    const next = pos + lineStart(text, pos + (last.position?.start.offset ?? 0), pos);
    const kept = nodes.slice(0, -1);
    for (const n of kept) shiftNode(n, pos);
    windows.push(keep(pos, next, kept, given));
    pos = next;
    size = window;
  }

  // The definitions there are: a window parsed with one that is not (a look-alike in a fence), or without one
  // it refers to that is (a definition in a block quote), is parsed again with the right ones.
  const defined = windows.map((w) => w.defined);
  const real = new Set(defined.flat().map(keyOf));
  const all = [...new Map(defined.flat().map((d) => [keyOf(d), d])).values()];
  if (real.size === 0 && candidates.length === 0) return windows.flatMap((w) => w.blocks);
  for (let k = 0; k < windows.length; k++) {
    const w = windows[k];
    const own = new Set(defined[k].map(keyOf));
    const needed = referredTo(text.slice(w.from, w.to), all).filter((d) => !own.has(keyOf(d)));
    if (needed.every((d) => w.given.has(keyOf(d))) && [...w.given].every((key) => real.has(key))) continue;
    const { nodes, ranOn } = parseWindow(w.from, w.to, needed, new Set());
    const same =
      !ranOn &&
      nodes.length === w.blocks.length &&
      nodes.every((n, i) => n.type === w.blocks[i].type && (n.position?.start.offset ?? 0) + w.from === w.blocks[i].position?.start.offset && (n.position?.end.offset ?? 0) + w.from === w.blocks[i].position?.end.offset);
    if (!same) return parseWith(text, true).children;
    for (const n of nodes) shiftNode(n, w.from);
    w.blocks = settle ? nodes.map(settle) : nodes;
  }
  return windows.flatMap((w) => w.blocks);
}

/** @internal A link or footnote definition as the windows see it (exported for tests). */
export interface Definition {
  kind: 'link' | 'footnote';
  label: string;
  identifier: string;
}

const keyOf = (d: Definition) => `${d.kind}:${d.identifier}`;
/** A definition written as a line the parser reads back as the same definition. */
export const definitionLine = (d: Definition) => (d.kind === 'link' ? `[${d.label}]: #` : `[^${d.label}]: .`);

/**
 * The definitions a text may refer to: a reference holds its label between brackets (`[label]`, `[text][label]`,
 * `[^label]`), so a definition whose label is not between brackets anywhere in the text is not referred to there.
 * Labels match case-insensitively with white space collapsed, as here; labels beyond ASCII, whose case folding is
 * subtler, are always kept.
 */
export function referredTo(text: string, defs: readonly Definition[]): Definition[] {
  if (defs.length === 0) return [];
  const labels = bracketed(text);
  const index = indexOf(defs);
  // The first definition of each key, in order: those always kept and those whose identifier is bracketed.
  const picked = index.always.slice();
  for (const label of labels) {
    const found = index.byIdentifier.get(label);
    if (found) for (const k of found) picked.push(k);
  }
  return picked.sort((a, b) => a - b).map((k) => defs[k]);
}

/** Of a list of definitions, the first of each key: those beyond ASCII, and the others by identifier. */
interface DefinitionIndex {
  always: number[];
  byIdentifier: Map<string, number[]>;
}
/**
 * Indexes of the lists `referredTo` was given: a long memo's windows each ask about the memo's definitions (a
 * thousand of them in a 2 MB memo), and a window brackets few labels.
 */
const definitionIndexes = new WeakMap<readonly Definition[], DefinitionIndex>();

function indexOf(defs: readonly Definition[]): DefinitionIndex {
  let index = definitionIndexes.get(defs);
  if (!index) {
    index = { always: [], byIdentifier: new Map() };
    const seen = new Set<string>();
    for (let k = 0; k < defs.length; k++) {
      const d = defs[k];
      const key = keyOf(d);
      if (seen.has(key)) continue;
      seen.add(key);
      if (!/^[\x20-\x7e]*$/.test(d.identifier)) index.always.push(k);
      else {
        const list = index.byIdentifier.get(d.identifier);
        if (list) list.push(k);
        else index.byIdentifier.set(d.identifier, [k]);
      }
    }
    definitionIndexes.set(defs, index);
  }
  return index;
}

/** Every text between `[` and the next `]` (escapes skipped, at most 999 characters), normalised like an identifier, also without a leading `^`. */
function bracketed(text: string): Set<string> {
  const out = new Set<string>();
  for (let i = text.indexOf('['); i >= 0; i = text.indexOf('[', i + 1)) {
    let j = i + 1;
    while (j < text.length && j - i <= 1000) {
      const c = text.charCodeAt(j);
      if (c === 92 /* \ */) j += 2;
      else if (c === 91 || c === 93) break;
      else j++;
    }
    if (text.charCodeAt(j) !== 93) continue;
    const label = identifierOf(text.slice(i + 1, j));
    out.add(label);
    if (label.startsWith('^')) out.add(identifierOf(label.slice(1)));
  }
  return out;
}

/** A label as the parser identifies it: white space collapsed and trimmed, case folded. */
function identifierOf(label: string): string {
  return label.replace(/[\t\n\r ]+/g, ' ').replace(/^ | $/g, '').toLowerCase().toUpperCase().toLowerCase();
}

/**
 * Lines that look like a link or footnote definition at the margin (`[label]: …`, `[^label]: …`), as the parser
 * would name them: labels with white space collapsed and trimmed, identifiers lower-cased.
 */
function definitionLines(text: string): Definition[] {
  const out: Definition[] = [];
  for (let i = 0; i < text.length; ) {
    let k = i;
    while (k - i < 3 && text.charCodeAt(k) === 32) k++;
    if (text.charCodeAt(k) === 91 /* [ */) {
      const footnote = text.charCodeAt(k + 1) === 94; /* ^ */
      let j = k + (footnote ? 2 : 1);
      const open = j;
      while (j < text.length && j - open < 1000) {
        const c = text.charCodeAt(j);
        if (c === 92 /* \ */) j += 2;
        else if (c === 91 || c === 93 || c === 10 || c === 13) break;
        else j++;
      }
      if (text.charCodeAt(j) === 93 && text.charCodeAt(j + 1) === 58 /* ]: */ && j > open) {
        const label = text.slice(open, j);
        const identifier = identifierOf(label);
        if (identifier) out.push({ kind: footnote ? 'footnote' : 'link', label, identifier });
      }
    }
    const nl = nextLine(text, i);
    if (nl < 0) break;
    i = nl;
  }
  return out;
}

/** Tables with more body rows than this are parsed in pieces of {@link TABLE_PIECE} rows. */
export const LONG_TABLE = 400;
const TABLE_PIECE = 200;

interface LongTable {
  /** Start of the header row's line. */
  start: number;
  /** Start of the first body row's line. */
  body: number;
  /** End of the last body row's line (before its line break). */
  end: number;
  /** Start of every body row's line. */
  rows: number[];
}

/**
 * Candidates for tables too long to parse whole: a line, then a delimiter row (only `|`, `:`, `-`, blanks, with
 * a pipe and a dash), then more than {@link LONG_TABLE} non-blank lines. Whether one is a table is for the parser
 * to say (see {@link parseLongTable}).
 */
function longTables(text: string): LongTable[] {
  const out: LongTable[] = [];
  const lines: number[] = [];
  for (let i = 0; i <= text.length; ) {
    lines.push(i);
    const nl = nextLine(text, i);
    if (nl < 0) break;
    i = nl;
  }
  const lineEnd = (k: number) => (k + 1 < lines.length ? trimBreak(text, lines[k + 1]) : text.length);
  for (let k = 1; k + 1 < lines.length; k++) {
    if (!isDelimiterRow(text, lines[k], lineEnd(k)) || isBlank(text, lines[k - 1], lineEnd(k - 1))) continue;
    let j = k + 1;
    while (j < lines.length && !isBlank(text, lines[j], lineEnd(j))) j++;
    if (j - (k + 1) > LONG_TABLE) out.push({ start: lines[k - 1], body: lines[k + 1], end: lineEnd(j - 1), rows: lines.slice(k + 1, j) });
    k = j;
  }
  return out;
}

/**
 * A long table parsed in pieces: its header and delimiter rows, then {@link TABLE_PIECE} body rows at a time.
 * A body row parses the same whatever rows surround it, so the pieces' rows, shifted back, are the table's rows.
 * Every piece must parse as exactly one table with one row per line (a line that would end the table, such as a
 * heading, shows up as another block): otherwise undefined, and the table is parsed whole.
 */
function parseLongTable(text: string, table: LongTable): RootContent | undefined {
  const head = text.slice(table.start, table.body);
  const headBreak = /(?:\r\n|\r|\n)$/.test(head) ? '' : '\n';
  let whole: Table | undefined;
  for (let k = 0; k < table.rows.length; k += TABLE_PIECE) {
    const from = table.rows[k];
    const to = k + TABLE_PIECE < table.rows.length ? trimBreak(text, table.rows[k + TABLE_PIECE]) : table.end;
    const rows = Math.min(TABLE_PIECE, table.rows.length - k);
    const piece = `${head}${headBreak}${text.slice(from, to)}`;
    const nodes = parseWith(piece, false).children;
    const node = nodes[0];
    if (nodes.length !== 1 || node.type !== 'table' || node.children.length !== rows + 1) return undefined;
    if ((node.position?.start.offset ?? -1) !== 0 || (node.position?.end.offset ?? -1) !== piece.length) return undefined;
    const body = node.children.slice(1);
    for (const row of body) shiftNode(row, from - head.length - headBreak.length);
    if (!whole) {
      shiftNode(node.children[0], table.start);
      whole = { ...node, children: [node.children[0]] };
    }
    whole.children.push(...body);
  }
  if (!whole?.position) return undefined;
  whole.position = { start: { ...whole.position.start, offset: table.start }, end: { ...whole.position.end, offset: table.end } };
  return whole;
}

function isDelimiterRow(text: string, from: number, to: number): boolean {
  let pipe = false;
  let dash = false;
  for (let i = from; i < to; i++) {
    const c = text.charCodeAt(i);
    if (c === 124) pipe = true;
    else if (c === 45) dash = true;
    else if (c !== 58 && c !== 32 && c !== 9) return false;
  }
  return pipe && dash;
}

/** True when `[from, to)` holds only spaces, tabs and line breaks. */
function isBlank(text: string, from: number, to: number): boolean {
  for (let i = from; i < to; i++) {
    const c = text.charCodeAt(i);
    if (c !== 32 && c !== 9 && c !== 10 && c !== 13) return false;
  }
  return true;
}

/** True when a blank line lies inside `[from, to)`. */
function blankLineBetween(text: string, from: number, to: number): boolean {
  return /(?:\r\n|\r|\n)[ \t]*(?:\r\n|\r|\n)/.test(text.slice(from, to));
}

function indentOf(text: string, at: number): number {
  let n = 0;
  while (text.charCodeAt(at + n) === 32) n++;
  return text.charCodeAt(at + n) === 9 ? 4 : n;
}

/** The end of the line before the line starting at `lineStart`, without its line break. */
function trimBreak(text: string, lineStart: number): number {
  let k = lineStart;
  if (text.charCodeAt(k - 1) === 10) k--;
  if (text.charCodeAt(k - 1) === 13) k--;
  return k;
}

const FRONT_MATTER_OPEN = /^(?:---|\+\+\+)[ \t]*(?:\r\n|\r|\n|$)/;

const BLANK_LINE = /(?:\r\n|\r|\n)[ \t]*(?:\r\n|\r|\n)/g;
const LINE_BREAK = /\r\n|\r|\n/g;

/** The offset just after the first match of `re` (global) at or after `from`; the end of the text when there is none. */
function after(re: RegExp, text: string, from: number): number {
  if (from >= text.length) return text.length;
  re.lastIndex = from;
  const m = re.exec(text);
  return m ? m.index + m[0].length : text.length;
}

/** Offset of the start of the line holding `offset`, not before `floor`. */
function lineStart(text: string, offset: number, floor: number): number {
  let k = offset;
  while (k > floor) {
    const c = text.charCodeAt(k - 1);
    if (c === 10 || c === 13) break;
    k--;
  }
  return k - floor;
}

function definitionsIn(blocks: RootContent[]): Definition[] {
  const out: Definition[] = [];
  const visit = (n: Nodes) => {
    if (n.type === 'definition' || n.type === 'footnoteDefinition') out.push({ kind: n.type === 'definition' ? 'link' : 'footnote', label: n.label ?? n.identifier, identifier: n.identifier });
    if ('children' in n) for (const c of n.children as Nodes[]) visit(c);
  };
  for (const b of blocks) visit(b);
  return out;
}

/** Adds `by` to every offset in a tree (line and column are not used by the engine). */
export function shiftNode(node: Nodes, by: number): void {
  if (by === 0) return;
  if (node.position) {
    if (node.position.start.offset !== undefined) node.position.start.offset += by;
    if (node.position.end.offset !== undefined) node.position.end.offset += by;
  }
  if ('children' in node) for (const c of node.children as Nodes[]) shiftNode(c, by);
}
