import type { Nodes, Parent, Root, RootContent, Heading, Html } from 'mdast';
import { parseMarkdown } from './parse';
import { LineIndex } from './text';
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
  /** Prose text. Inline code becomes U+FFFC, inline HTML a space, soft line breaks spaces, hard breaks `\n`. */
  text: string;
  /** `map[i]` is the offset in the original text of `text[i]`; `map[text.length]` is the unit's end. */
  map: number[];
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
  root: Root;
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

export const OBJECT_REPLACEMENT = '\uFFFC';

export function normaliseTitle(s: string): string {
  return s
    .toLowerCase()
    .replace(/[\s:：.。?？!！#*_`]+$/u, '')
    .replace(/^\s*(?:\d+[.)]\s*)?/, '')
    .trim();
}

/** Builds the document model of a memo. */
export function buildDocument(original: string): MemoDocument {
  // Absurdly long runs of * or _ are parsed as text (same length, same offsets): see neutraliseDelimiterRuns.
  const text = neutraliseDelimiterRuns(original);
  // A byte-order mark is not part of the memo; parse without it and shift offsets back.
  const bom = text.charCodeAt(0) === 0xfeff ? 1 : 0;
  const root = parseMarkdown(bom ? text.slice(1) : text);
  if (bom) shiftOffsets(root, 1);
  const lines = new LineIndex(original);
  const units: Unit[] = [];
  const sections: Section[] = [];
  const directives: Directive[] = [];
  let title: { start: number; end: number } | undefined;

  // Sections from headings at any depth, in document order.
  const headings: { node: Heading; start: number; end: number }[] = [];
  visit(root, (node) => {
    if (node.type === 'heading' && node.position) {
      headings.push({ node, start: node.position.start.offset ?? 0, end: node.position.end.offset ?? 0 });
    }
  });
  for (let i = 0; i < headings.length; i++) {
    const h = headings[i];
    let end = text.length;
    for (let j = i + 1; j < headings.length; j++) {
      if (headings[j].node.depth <= h.node.depth) {
        end = headings[j].start;
        break;
      }
    }
    const t = inlineText(h.node, text).text.trim();
    const parentOpen = sections.some((s) => s.openQuestions && s.start <= h.start && h.start < s.end);
    sections.push({ title: t, depth: h.node.depth, start: h.start, end, openQuestions: parentOpen || OPEN_QUESTION_TITLES.has(normaliseTitle(t)) });
    if (!title && h.node.depth === 1) title = { start: h.start, end: h.end };
  }
  const sectionAt = (offset: number): number => {
    let best = -1;
    for (let i = 0; i < sections.length; i++) {
      if (sections[i].start <= offset && offset < sections[i].end) best = i;
    }
    return best;
  };

  const tracked = new Map<string, { start: number; end: number }>();

  root.children.forEach((child, top) => {
    walkBlock(child, top, false);
  });

  function addUnit(node: Nodes, kind: Unit['kind'], top: number, quoted: boolean, extra?: Partial<Unit>): Unit | undefined {
    if (!node.position) return undefined;
    const { text: t, map } = inlineText(node as Parent, text);
    const start = node.position.start.offset ?? 0;
    const end = node.position.end.offset ?? 0;
    const unit: Unit = { kind, text: t, map, start, end, quoted, section: sectionAt(start), top, ...extra };
    units.push(unit);
    return unit;
  }

  function walkBlock(node: RootContent, top: number, quoted: boolean): void {
    switch (node.type) {
      case 'paragraph':
        addUnit(node, 'paragraph', top, quoted);
        collectInlineDirectives(node, node);
        return;
      case 'heading':
        addUnit(node, 'heading', top, quoted);
        collectInlineDirectives(node, node);
        return;
      case 'blockquote':
        blockDirectives(node);
        for (const c of node.children) walkBlock(c, top, true);
        return;
      case 'list':
        for (const item of node.children) walkBlock(item, top, quoted);
        return;
      case 'listItem':
        blockDirectives(node);
        for (const c of node.children) walkBlock(c, top, quoted);
        return;
      case 'footnoteDefinition':
        blockDirectives(node);
        for (const c of node.children) walkBlock(c, top, quoted);
        return;
      case 'table': {
        const headerRow = node.children[0];
        const headers = headerRow ? headerRow.children.map((c) => inlineText(c, text).text.trim()) : [];
        const aboutOthers = headers.some((h) => THIRD_PARTY_TABLE.test(h));
        node.children.forEach((row, r) => {
          const cellTexts = row.children.map((c) => inlineText(c, text).text.trim());
          const rowText = cellTexts.filter(Boolean).join(' | ');
          row.children.forEach((cell, c) => {
            const context = aboutOthers ? 'third-party' : r > 0 && PAST_COLUMN.test(headers[c] ?? '') ? 'past' : undefined;
            const label = c > 0 && cellTexts[0] && cellTexts[0].length <= 40 ? cellTexts[0] : undefined;
            addUnit(cell, 'cell', top, quoted, { rowText, header: r > 0 ? headers[c] : undefined, context, rowLabel: label });
            collectInlineDirectives(cell, cell);
          });
        });
        return;
      }
      case 'html':
        // Top-level directive comments are handled below, with their siblings.
        return;
      default:
        // code, yaml, toml, definition, thematicBreak: not prose.
        return;
    }
  }

  // Block-level directives: a comment on its own covers the next sibling block.
  blockDirectives(root);

  function blockDirectives(parent: Parent): void {
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
        directives.push(d);
      }
    }
  }

  function collectInlineDirectives(node: Nodes, container: Nodes): void {
    visit(node, (n) => {
      if (n.type === 'html' && n.position) {
        for (const d of parseDirectives(n)) {
          if (d.scope === 'block' && container.position) {
            d.covers = { start: container.position.start.offset ?? 0, end: container.position.end.offset ?? 0 };
          }
          directives.push(d);
        }
      }
    });
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

  return { text: original, lines, root, units, sections, directives, title, tracked };
}

function isDirectiveHtml(node: Html): boolean {
  return /<!--\s*redflags-ack/.test(node.value);
}

function visit(node: Nodes, fn: (n: Nodes) => void): void {
  fn(node);
  if ('children' in node) for (const c of node.children as Nodes[]) visit(c, fn);
}

function shiftOffsets(node: Nodes, by: number): void {
  visit(node, (n) => {
    if (n.position) {
      if (n.position.start.offset !== undefined) n.position.start.offset += by;
      if (n.position.end.offset !== undefined) n.position.end.offset += by;
    }
  });
}

/**
 * The prose text of a node's inline content, with a map from each character to its offset in the
 * original text. Text node values differ from their source where Markdown escapes, entities, container
 * prefixes (`> `, list indentation) and line endings were removed; the map follows the source anyway.
 */
export function inlineText(node: Parent, source: string): { text: string; map: number[] } {
  let out = '';
  const map: number[] = [];
  const push = (s: string, at: number) => {
    for (let i = 0; i < s.length; i++) map.push(at);
    out += s;
  };

  const walk = (n: Nodes): void => {
    const start = n.position?.start.offset ?? 0;
    const end = n.position?.end.offset ?? start;
    switch (n.type) {
      case 'text':
        alignText(n.value, source, start, end, (ch, at) => push(ch === '\n' || ch === '\r' ? ' ' : ch, at));
        return;
      case 'inlineCode':
        push(` ${OBJECT_REPLACEMENT} `, start);
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
  const nodeEnd = node.position?.end.offset ?? (map.length ? map[map.length - 1] + 1 : 0);
  map.push(nodeEnd);
  // Ensure every mapped offset of a character is strictly inside the node.
  return { text: out, map };
}

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
