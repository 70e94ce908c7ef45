import type { Nodes, Parent, RootContent, Html } from 'mdast';
import { parseBlocks, shiftNode, WHOLE, WINDOW } from './parse';
import { CODE_PLACEHOLDER, LineIndex } from './text';
import { neutraliseDelimiterRuns } from './limits';

/**
 * The memo as the rules see it: prose units (paragraphs, headings, table cells) with their text and an
 * offset map back to the original, plus the sections, the title and the `redflags-ack` comments.
 * Everything that is not the author's prose is left out here: front matter, code (fenced, indented and
 * inline), HTML and comments, link and image URLs, struck-out text.
 */

/** A prose unit: the text of one paragraph, heading or table cell. */
export interface Unit {
  kind: 'paragraph' | 'heading' | 'cell';
  /**
   * Prose text. Inline code becomes {@link CODE_PLACEHOLDER}, inline HTML a space, soft line breaks spaces, hard
   * breaks `\n`. Its other characters are slices of the memo, so the text is as wide as the memo's string.
   */
  text: string;
  /**
   * Where each character of `text` stands in the original text, read with {@link offsetAt}: `offsetAt(map, i)` for
   * `text[i]`, and `offsetAt(map, text.length)` is the unit's end.
   */
  map: OffsetMap;
  /** Offsets of the whole node in the original text. */
  start: number;
  end: number;
  /** Inside a block quote: somebody else's words. */
  quoted: boolean;
  /** Index into {@link MemoDocument.sections} of the section the unit is in (-1 before any heading). */
  section: number;
  /** The top-level block this unit belongs to (index into `root.children`). */
  top: number;
  /** For table cells: the row's cells joined, so gap rules can read "Revenue | US$4.2M" as one statement. */
  rowText?: string;
  /** For table cells: the header cell of the column, e.g. "Revenue". */
  header?: string;
  /**
   * For table cells, what the table is about when it is not this company now: `third-party` for a table of
   * competitors or comparables, `past` for a column of backgrounds or track records ("Prior role").
   */
  context?: 'third-party' | 'past';
  /** For table cells after the first: the row's first cell when it is a short label ("Data", "Sales cycle"). */
  rowLabel?: string;
}

// Headers of tables about other companies, and of columns about the past.
const THIRD_PARTY_TABLE = /\b(?:competitors?|competition|peers?|comparables?|comps|incumbents?|rivals?|alternatives?)\b|concorrentes?|comparáveis|竞品|竞争对手|可比公司|对标公司/iu;
const PAST_COLUMN = /\b(?:background|experience|prior|previous(?:ly)?|track record|history|career|bio)\b|histórico|experiência|trajetória|背景|经历|履历/iu;

/** A section: a heading and the span it governs, up to the next heading of the same or a higher level. */
export interface Section {
  title: string;
  depth: number;
  start: number;
  end: number;
  /** The section (or one of its ancestors) is an Open-questions section. */
  openQuestions: boolean;
}

/**
 * Offsets of a unit's characters in the original text, as runs: pairs of the index in the unit's text where a run
 * starts and the offset its first character stands at; the run's next characters stand at the next offsets. Most
 * of a paragraph is its source as written, so a unit has a few runs where it had an offset per character: a typed
 * array per unit took 17 MB of the 2 MB memo's 45 MB document (a third of it the arrays' own headers).
 */
export type OffsetMap = number[];

/** The offset in the original text of character `i` of a unit's text (`i` up to the text's length: its end). */
export function offsetAt(map: OffsetMap, i: number): number {
  // The last run that starts at or before i.
  let lo = 0;
  let hi = map.length >> 1;
  while (hi - lo > 1) {
    const mid = (lo + hi) >> 1;
    if (map[2 * mid] <= i) lo = mid;
    else hi = mid;
  }
  return map[2 * lo + 1] + (i - map[2 * lo]);
}

/** A `redflags-ack` or `redflags-ack-file` comment. */
export interface Directive {
  scope: 'block' | 'file';
  /** Rule ids as written. */
  rules: string[];
  rationale: string;
  start: number;
  end: number;
  /** For block directives: the span of the block it covers, or undefined when nothing follows. */
  covers?: { start: number; end: number };
}

export interface MemoDocument {
  text: string;
  lines: LineIndex;
  units: Unit[];
  sections: Section[];
  directives: Directive[];
  /** The first level-1 heading, or the first line with text when there is none. */
  title: { start: number; end: number };
  /** Tagged Open-questions entries: rule id → offsets of the entry. */
  tracked: Map<string, { start: number; end: number }>;
}

/** Heading texts that open an Open-questions section (lower-cased, trailing punctuation removed). */
const OPEN_QUESTION_TITLES = new Set([
  'open questions',
  'open question',
  'questions',
  'outstanding questions',
  'diligence questions',
  'open items',
  'perguntas em aberto',
  'questões em aberto',
  'pendências',
  '待解决问题',
  '待确认问题',
  '待解决的问题',
  '开放问题',
  '尽调问题',
]);

const DIRECTIVE = /^<!--\s*(redflags-ack(?:-file)?)\b([\s\S]*?)-->$/;
const TAG = /\((zhu\/[a-z0-9/-]+)\)/g;

const TITLE_TRAILER = /[\s:：.。?？!！#*_`]/u;

export function normaliseTitle(s: string): string {
  // Trailing punctuation and white space are cut by a scan from the end: an unanchored `[…]+$` would retry
  // from every character of a long run of spaces (quadratic).
  let end = s.length;
  while (end > 0 && TITLE_TRAILER.test(s[end - 1])) end--;
  return s
    .slice(0, end)
    .toLowerCase()
    .replace(/^\s*(?:\d+[.)]\s*)?/, '')
    .trim();
}

/** Builds the document model of a memo. */
export function buildDocument(original: string): MemoDocument {
  // Absurdly long runs of * or _ are parsed as text (same length, same offsets): see neutraliseDelimiterRuns.
  const text = neutraliseDelimiterRuns(original);
  // A byte-order mark is not part of the memo; parse without it and shift offsets back.
  const bom = text.charCodeAt(0) === 0xfeff ? 1 : 0;
  // Blocks are read from the neutralised text (same length, same offsets); the document keeps the memo's own text.
  // A long memo's blocks are read as its windows are parsed, and each is kept only as its type and position: the
  // document needs no more of the tree, and the whole tree of a 2 MB memo took 43 MB.
  const models = new Map<RootContent, BlockModel>();
  const settle = (block: RootContent): RootContent => {
    const stub = { type: block.type, position: block.position && { start: { ...block.position.start }, end: { ...block.position.end } } } as RootContent;
    shiftNode(block, bom);
    const model = blockModel(block, text);
    model.node = stub.position ? ({ type: block.type, position: block.position } as RootContent) : block;
    models.set(stub, model);
    return stub;
  };
  const blocks = parseBlocks(bom ? text.slice(1) : text, WINDOW, settle, WHOLE);
  return assembleDocument(
    original,
    blocks.map((child) => {
      const settled = models.get(child);
      if (settled) return settled;
      shiftNode(child, bom);
      return blockModel(child, text);
    }),
  );
}

/**
 * What one top-level block contributes to the document model, read from the block alone: its prose units,
 * its headings (at any depth), and the directives inside it. Sections, the title and the directives between
 * top-level blocks need the whole document and are worked out by {@link assembleDocument}.
 */
export interface BlockModel {
  /** The parsed block; its positions are those of the text it was parsed from (see `shift`). */
  node: RootContent;
  /** What to add to the node's offsets to get offsets in the current text. */
  shift: number;
  start: number;
  end: number;
  /** Units in document order; `section` and `top` are set by {@link assembleDocument}. */
  units: Unit[];
  headings: { depth: number; title: string; start: number; end: number }[];
  /** Directives nested in the block, in the order the block's walk finds them. */
  directives: Directive[];
  /** For a top-level HTML block: the directives it holds (their `covers` are set by the assembly). */
  html?: { directives: Directive[]; isDirective: boolean };
  /** Link and footnote definitions in the block: they resolve references anywhere in the memo. */
  definitions: { kind: 'link' | 'footnote'; label: string; identifier: string }[];
}

/** Reads one top-level block of `text`. */
export function blockModel(node: RootContent, text: string): BlockModel {
  const units: Unit[] = [];
  const directives: Directive[] = [];
  const headings: BlockModel['headings'] = [];
  const definitions: BlockModel['definitions'] = [];

  visit(node, (n) => {
    if (n.type === 'heading' && n.position) {
      headings.push({ depth: n.depth, title: inlineText(n, text).text.trim(), start: n.position.start.offset ?? 0, end: n.position.end.offset ?? 0 });
    } else if (n.type === 'definition' || n.type === 'footnoteDefinition') {
      definitions.push({ kind: n.type === 'definition' ? 'link' : 'footnote', label: n.label ?? n.identifier, identifier: n.identifier });
    }
  });

  function addUnit(n: Nodes, kind: Unit['kind'], quoted: boolean, extra?: Partial<Unit>): Unit | undefined {
    if (!n.position) return undefined;
    const { text: t, map } = inlineText(n as Parent, text);
    const start = n.position.start.offset ?? 0;
    const end = n.position.end.offset ?? 0;
    const unit: Unit = { kind, text: t, map, start, end, quoted, section: -1, top: -1, ...extra };
    units.push(unit);
    return unit;
  }

  function walkBlock(n: RootContent, quoted: boolean): void {
    switch (n.type) {
      case 'paragraph':
        addUnit(n, 'paragraph', quoted);
        collectInlineDirectives(n, n);
        return;
      case 'heading':
        addUnit(n, 'heading', quoted);
        collectInlineDirectives(n, n);
        return;
      case 'blockquote':
        blockDirectives(n, directives);
        for (const c of n.children) walkBlock(c, true);
        return;
      case 'list':
        for (const item of n.children) walkBlock(item, quoted);
        return;
      case 'listItem':
        blockDirectives(n, directives);
        for (const c of n.children) walkBlock(c, quoted);
        return;
      case 'footnoteDefinition':
        blockDirectives(n, directives);
        for (const c of n.children) walkBlock(c, quoted);
        return;
      case 'table': {
        const headerRow = n.children[0];
        const headers = headerRow ? headerRow.children.map((c) => inlineText(c, text).text.trim()) : [];
        const aboutOthers = headers.some((h) => THIRD_PARTY_TABLE.test(h));
        n.children.forEach((row, r) => {
          const cellTexts = row.children.map((c) => inlineText(c, text).text.trim());
          const rowText = cellTexts.filter(Boolean).join(' | ');
          row.children.forEach((cell, c) => {
            const context = aboutOthers ? 'third-party' : r > 0 && PAST_COLUMN.test(headers[c] ?? '') ? 'past' : undefined;
            const label = c > 0 && cellTexts[0] && cellTexts[0].length <= 40 ? cellTexts[0] : undefined;
            addUnit(cell, 'cell', quoted, { rowText, header: r > 0 ? headers[c] : undefined, context, rowLabel: label });
            collectInlineDirectives(cell, cell);
          });
        });
        return;
      }
      case 'html':
        // Top-level directive comments are handled by the assembly, with their siblings.
        return;
      default:
        // code, yaml, toml, definition, thematicBreak: not prose.
        return;
    }
  }

  function collectInlineDirectives(n: Nodes, container: Nodes): void {
    visit(n, (h) => {
      if (h.type === 'html' && h.position) {
        for (const d of parseDirectives(h)) {
          if (d.scope === 'block' && container.position) {
            d.covers = { start: container.position.start.offset ?? 0, end: container.position.end.offset ?? 0 };
          }
          directives.push(d);
        }
      }
    });
  }

  walkBlock(node, false);
  const html = node.type === 'html' && node.position ? { directives: parseDirectives(node), isDirective: isDirectiveHtml(node) } : undefined;
  return {
    node,
    shift: 0,
    start: node.position?.start.offset ?? 0,
    end: node.position?.end.offset ?? 0,
    units,
    headings,
    directives,
    html,
    definitions,
  };
}

/** Moves a block model by `by` characters (the text before it grew or shrank). */
export function shiftBlock(b: BlockModel, by: number): void {
  if (by === 0) return;
  b.shift += by;
  b.start += by;
  b.end += by;
  for (const u of b.units) {
    u.start += by;
    u.end += by;
    const m = u.map;
    for (let k = 1; k < m.length; k += 2) m[k] += by;
  }
  for (const h of b.headings) {
    h.start += by;
    h.end += by;
  }
  const moveDirective = (d: Directive) => {
    d.start += by;
    d.end += by;
    if (d.covers) d.covers = { start: d.covers.start + by, end: d.covers.end + by };
  };
  b.directives.forEach(moveDirective);
  // The covers of top-level directives are set by each assembly.
  b.html?.directives.forEach((d) => {
    d.start += by;
    d.end += by;
  });
}

/** The document model from the text and its top-level blocks, in order. */
export function assembleDocument(text: string, blocks: readonly BlockModel[]): MemoDocument {
  const lines = new LineIndex(text);
  const units: Unit[] = [];
  const sections: Section[] = [];
  const directives: Directive[] = [];
  let title: { start: number; end: number } | undefined;

  // Sections from headings at any depth, in document order.
  const headings = blocks.flatMap((b) => b.headings);
  // Only Open-questions sections matter to the sections nested in them.
  const openSections: Section[] = [];
  for (let i = 0; i < headings.length; i++) {
    const h = headings[i];
    let end = text.length;
    for (let j = i + 1; j < headings.length; j++) {
      if (headings[j].depth <= h.depth) {
        end = headings[j].start;
        break;
      }
    }
    const t = h.title;
    const parentOpen = openSections.some((s) => s.start <= h.start && h.start < s.end);
    const section = { title: t, depth: h.depth, start: h.start, end, openQuestions: parentOpen || OPEN_QUESTION_TITLES.has(normaliseTitle(t)) };
    sections.push(section);
    if (section.openQuestions) openSections.push(section);
    if (!title && h.depth === 1) title = { start: h.start, end: h.end };
  }
  // The last section that starts at or before the offset and runs past it (sections are in document order).
  const sectionAt = (offset: number): number => {
    let lo = 0;
    let hi = sections.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (sections[mid].start <= offset) lo = mid + 1;
      else hi = mid;
    }
    for (let i = lo - 1; i >= 0; i--) if (offset < sections[i].end) return i;
    return -1;
  };

  blocks.forEach((b, top) => {
    for (const u of b.units) {
      u.section = sectionAt(u.start);
      u.top = top;
      units.push(u);
    }
    directives.push(...b.directives);
  });

  // Block-level directives: a comment on its own covers the next sibling block.
  for (let i = 0; i < blocks.length; i++) {
    const html = blocks[i].html;
    if (!html) continue;
    for (const d of html.directives) {
      if (d.scope === 'block') {
        let j = i + 1;
        while (j < blocks.length && blocks[j].html?.isDirective) j++;
        const next = blocks[j];
        d.covers = next && next.node.position ? { start: next.start, end: next.end } : undefined;
      }
      directives.push(d);
    }
  }

  const tracked = new Map<string, { start: number; end: number }>();
  // Tagged Open-questions entries, e.g. "- [ ] (zhu/gap/burn) Can the company…".
  for (const u of units) {
    if (u.section < 0 || !sections[u.section].openQuestions) continue;
    TAG.lastIndex = 0;
    for (let m = TAG.exec(u.text); m; m = TAG.exec(u.text)) {
      if (!tracked.has(m[1])) tracked.set(m[1], { start: u.start, end: u.end });
    }
  }

  if (!title) {
    const firstUnit = units.find((u) => u.text.trim().length > 0);
    if (firstUnit) {
      const line = lines.point(firstUnit.start).line;
      title = { start: firstUnit.start, end: Math.min(firstUnit.end, lines.lineEnd(line)) };
    } else {
      title = { start: 0, end: lines.lineEnd(1) };
    }
  }

  return { text, lines, units, sections, directives, title, tracked };
}

/** Directives of `redflags-ack` comments among a parent's children: a comment on its own covers the next sibling. */
function blockDirectives(parent: Parent, out: Directive[]): void {
  const kids = parent.children as RootContent[];
  for (let i = 0; i < kids.length; i++) {
    const k = kids[i];
    if (k.type !== 'html' || !k.position) continue;
    for (const d of parseDirectives(k)) {
      if (d.scope === 'block') {
        let j = i + 1;
        while (j < kids.length && kids[j].type === 'html' && isDirectiveHtml(kids[j] as Html)) j++;
        const next = kids[j];
        if (next?.position) d.covers = { start: next.position.start.offset ?? 0, end: next.position.end.offset ?? 0 };
      }
      out.push(d);
    }
  }
}

function parseDirectives(node: Html): Directive[] {
  const out: Directive[] = [];
  const start = node.position?.start.offset ?? 0;
  // A block of HTML may hold several comments; read each one.
  const re = /<!--[\s\S]*?-->/g;
  for (let m = re.exec(node.value); m; m = re.exec(node.value)) {
    const d = DIRECTIVE.exec(m[0]);
    if (!d) continue;
    const body = d[2];
    const colon = body.search(/[:：]/);
    const ids = (colon >= 0 ? body.slice(0, colon) : body).split(/[\s,，]+/).filter(Boolean);
    const rationale = colon >= 0 ? body.slice(colon + 1).trim() : '';
    // node.value is the source slice, so offsets inside it are offsets in the memo.
    out.push({
      scope: d[1] === 'redflags-ack-file' ? 'file' : 'block',
      rules: ids,
      rationale,
      start: start + m.index,
      end: start + m.index + m[0].length,
    });
  }
  return out;
}

function isDirectiveHtml(node: Html): boolean {
  return /<!--\s*redflags-ack/.test(node.value);
}

function visit(node: Nodes, fn: (n: Nodes) => void): void {
  fn(node);
  if ('children' in node) for (const c of node.children as Nodes[]) visit(c, fn);
}

/**
 * The prose text of a node's inline content, with a map from each character to its offset in the
 * original text. Text node values differ from their source where Markdown escapes, entities, container
 * prefixes (`> `, list indentation) and line endings were removed; the map follows the source anyway.
 */
export function inlineText(node: Parent, source: string): { text: string; map: OffsetMap } {
  // The text is joined from pieces at the end, so it is one flat string: appended a character at a time it would
  // be a rope of one small string per character (for a 2 MB memo, 1.5 million of them, 49 MB).
  const pieces: string[] = [];
  const map: OffsetMap = [];
  let length = 0;
  let last = -2;
  // The next character stands at `offset`: a new run unless it stands right after the previous one.
  const at = (offset: number) => {
    if (offset !== last + 1 || length === 0) map.push(length, offset);
    last = offset;
    length++;
  };
  const push = (s: string, offset: number) => {
    pieces.push(s);
    for (let i = 0; i < s.length; i++) at(offset);
  };
  const pushText = (value: string, start: number, end: number) => {
    // Most text is its source as written: each character is where it stands.
    if (source.startsWith(value, start)) {
      // Taken from the memo's text, not the parser's: the value is a slice of the text the parser was given (a
      // window of a long memo), and a unit whose text is that one slice would keep the whole window alive.
      // A window of a one-byte memo is two bytes wide where plain runs were replaced (`plain-lines.ts`), so even a
      // line break is replaced in the memo's own slice.
      const slice = source.slice(start, start + value.length);
      pieces.push(LINE_BREAK.test(slice) ? slice.replace(LINE_BREAKS, ' ') : slice);
      for (let i = 0; i < value.length; i++) at(start + i);
      return;
    }
    let piece = '';
    alignText(value, source, start, end, (ch, offset) => {
      piece += ch === '\n' || ch === '\r' ? ' ' : ch;
      at(offset);
    });
    pieces.push(piece);
  };

  const walk = (n: Nodes): void => {
    const start = n.position?.start.offset ?? 0;
    const end = n.position?.end.offset ?? start;
    switch (n.type) {
      case 'text':
        pushText(n.value, start, end);
        return;
      case 'inlineCode':
        push(` ${CODE_PLACEHOLDER} `, start);
        return;
      case 'html':
        push(' ', start);
        return;
      case 'break':
        push('\n', start);
        return;
      case 'image':
      case 'imageReference':
      case 'footnoteReference':
        push(' ', start);
        return;
      case 'delete':
        // Struck-out words are withdrawn, not claimed.
        push(' ', start);
        return;
      default:
        if ('children' in n) for (const c of n.children as Nodes[]) walk(c);
    }
  };
  for (const c of node.children as Nodes[]) walk(c);
  at(node.position?.end.offset ?? (length ? last + 1 : 0));
  // Exactly sized: a grown array keeps room for more.
  return { text: pieces.join(''), map: map.slice() };
}

const LINE_BREAK = /[\r\n]/;
const LINE_BREAKS = /[\r\n]/g;

/** Aligns a text node's value with its source slice, calling `emit` for each value character. */
function alignText(value: string, source: string, start: number, end: number, emit: (ch: string, at: number) => void): void {
  let j = start;
  for (let i = 0; i < value.length; i++) {
    const ch = value[i];
    if (source[j] === ch) {
      emit(ch, j);
      j++;
      continue;
    }
    // Skip source characters that the parser removed (escapes, entity syntax, container prefixes, CR).
    let k = j;
    const limit = Math.min(end, j + 16);
    while (k < limit && source[k] !== ch) k++;
    if (k < limit) {
      emit(ch, k);
      j = k + 1;
    } else {
      // An entity or a normalised character: map it to where the source is now.
      emit(ch, Math.min(j, Math.max(start, end - 1)));
      // Move past the entity if it is one.
      if (source[j] === '&') {
        const semi = source.indexOf(';', j);
        if (semi > j && semi < end && semi - j <= 32) j = semi + 1;
      }
    }
  }
}
