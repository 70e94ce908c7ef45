import type { Nodes, Parent, Root, RootContent } from 'mdast';
import { buildDocument, type MemoDocument } from './document';
import { parseMarkdown } from './parse';

/** The memo's syntax tree with offsets into `text` itself (a byte-order mark is parsed away, then counted back). */
function parseTree(text: string): Root {
  const bom = text.charCodeAt(0) === 0xfeff ? 1 : 0;
  const root = parseMarkdown(bom ? text.slice(1) : text);
  if (bom) {
    const shift = (n: Nodes): void => {
      if (n.position) {
        if (n.position.start.offset !== undefined) n.position.start.offset += bom;
        if (n.position.end.offset !== undefined) n.position.end.offset += bom;
      }
      if ('children' in n) for (const c of n.children) shift(c as Nodes);
    };
    shift(root);
  }
  return root;
}

/**
 * Text edits the quick fixes apply, computed from the memo text alone so that the editor, the CLI and the
 * tests share them. An edit is an insertion at a UTF-16 offset; the caller applies it as one undo step.
 *
 * ```ts
 * const e = acknowledgeEdit(text, finding.range.start.offset, ['zhu/fomo'], 'IC accepted the timing risk');
 * // e = { offset: 120, text: '<!-- redflags-ack zhu/fomo: IC accepted the timing risk -->\n' }
 * ```
 */
export interface Insertion {
  /** Where to insert, a UTF-16 offset into the memo. */
  offset: number;
  /** What to insert, with the memo's own line ending. */
  text: string;
}

/** The memo's line ending: CRLF when its first line break is one, else LF. */
export function lineEnding(text: string): '\r\n' | '\n' {
  const i = text.indexOf('\n');
  return i > 0 && text.charCodeAt(i - 1) === 13 ? '\r\n' : '\n';
}

/** A rationale on one line, without anything that would end the comment early. */
export function cleanRationale(rationale: string): string {
  return rationale
    .replace(/\s+/g, ' ')
    .replace(/--+>?/g, '–')
    .trim();
}

/** The directive comment itself: `<!-- redflags-ack zhu/fomo, zhu/agi-thesis: why -->`. */
export function directiveComment(ruleIds: readonly string[], rationale: string, scope: 'block' | 'file' = 'block'): string {
  const name = scope === 'file' ? 'redflags-ack-file' : 'redflags-ack';
  const why = cleanRationale(rationale);
  return `<!-- ${name} ${ruleIds.join(', ')}${why ? `: ${why}` : ''} -->`;
}

/** Blocks a directive can sit above: the engine's units live in these. */
const BLOCKS = new Set(['paragraph', 'heading', 'table', 'code', 'html', 'thematicBreak', 'list', 'blockquote', 'listItem', 'footnoteDefinition']);

/** The innermost block-level node holding `offset` whose parent takes block directives (root, list item, block quote, footnote). */
function blockAt(root: Root, offset: number): { node: RootContent; parent: Parent } | undefined {
  let found: { node: RootContent; parent: Parent } | undefined;
  const walk = (parent: Parent): void => {
    for (const child of parent.children as RootContent[]) {
      const p = child.position;
      if (!p || p.start.offset === undefined || p.end.offset === undefined) continue;
      if (offset < p.start.offset || offset >= Math.max(p.end.offset, p.start.offset + 1)) continue;
      if (!BLOCKS.has(child.type)) return;
      if (child.type === 'list') {
        walk(child as Parent);
        return;
      }
      found = { node: child, parent };
      if (child.type === 'listItem' || child.type === 'blockquote' || child.type === 'footnoteDefinition') walk(child as Parent);
      return;
    }
  };
  walk(root);
  // A list item itself is not a block to put a directive above; its first child is.
  if (found && found.node.type === 'listItem') {
    const first = (found.node as Parent).children[0] as RootContent | undefined;
    if (first) found = { node: first, parent: found.node as Parent };
  }
  return found;
}

/** Replaces list markers and other non-container characters of a line prefix with spaces: `"> 1. "` → `">    "`. */
function continuationPrefix(prefix: string): string {
  return prefix.replace(/[^>\s]/g, ' ');
}

/**
 * Inserts `<!-- redflags-ack RULES: rationale -->` on its own line above the block holding `offset`, inside the
 * same list item or block quote and with the same indentation, so that the engine reads it as covering that block.
 * The first paragraph of a list item shares its line with the marker, so the comment takes the marker's line and
 * the paragraph moves to the next line, indented as the item's content.
 */
export function acknowledgeEdit(text: string, offset: number, ruleIds: readonly string[], rationale: string): Insertion {
  const doc = buildDocument(text);
  const eol = lineEnding(text);
  const comment = directiveComment(ruleIds, rationale, 'block');
  const block = blockAt(parseTree(text), offset);
  const start = block?.node.position?.start.offset ?? doc.lines.lineStart(doc.lines.point(offset).line);
  const line = doc.lines.point(start).line;
  const lineStart = doc.lines.lineStart(line);
  const prefix = text.slice(lineStart, start);
  if (/^[\s>]*$/.test(prefix)) {
    // The block starts its line (after indentation or `>` markers): a new line above, with the same prefix.
    return { offset: lineStart, text: `${prefix}${comment}${eol}` };
  }
  // The block shares its line with a list marker: the comment takes the marker's line.
  return { offset: start, text: `${comment}${eol}${continuationPrefix(prefix)}` };
}

/** Where a file-level directive goes: after the front matter and a leading BOM, before the first block. */
export function acknowledgeFileEdit(text: string, ruleIds: readonly string[], rationale: string): Insertion {
  const doc = buildDocument(text);
  const eol = lineEnding(text);
  const comment = directiveComment(ruleIds, rationale, 'file');
  const front = (parseTree(text).children as RootContent[]).find((c) => c.type === ('yaml' as string) || c.type === ('toml' as string));
  if (front?.position?.end.offset !== undefined) {
    const line = doc.lines.point(front.position.end.offset).line;
    const next = line < doc.lines.lineCount ? doc.lines.lineStart(line + 1) : text.length;
    const needsBreak = next === text.length && !/[\r\n]$/.test(text);
    return { offset: next, text: `${needsBreak ? eol : ''}${comment}${eol}` };
  }
  const bom = text.charCodeAt(0) === 0xfeff ? 1 : 0;
  return { offset: bom, text: `${comment}${eol}` };
}

/** Localised titles for a new Open-questions section, by the memo's main language. */
const OPEN_QUESTIONS_TITLE = { en: 'Open questions', pt: 'Perguntas em aberto', zh: '待解决问题' } as const;

function memoLanguage(doc: MemoDocument): keyof typeof OPEN_QUESTIONS_TITLE {
  const prose = doc.units.map((u) => u.text).join(' ');
  const han = (prose.match(/\p{Script=Han}/gu) ?? []).length;
  const latin = (prose.match(/[A-Za-zÀ-ÿ]+/g) ?? []).length;
  if (han > latin) return 'zh';
  const pt = (prose.match(/\b(?:não|são|empresa|receita|clientes|dados|para|com|uma|está|também)\b/giu) ?? []).length;
  const en = (prose.match(/\b(?:the|and|with|company|revenue|customers|data|for|is|are)\b/gi) ?? []).length;
  return pt > en ? 'pt' : 'en';
}

/** The Open-questions entry for a rule: `- [ ] (zhu/gap/burn) Can the company…`. */
export function openQuestionLine(ruleId: string, question: string, marker = '- [ ] '): string {
  return `${marker}(${ruleId}) ${question.replace(/\s+/g, ' ').trim()}`;
}

/**
 * Adds a rule's diligence question to the memo's Open-questions section, creating the section at the end when the
 * memo has none. Returns undefined when the rule is already tracked there (tagged with its id) or the same question is
 * already listed: the fix never duplicates.
 */
export function openQuestionEdit(text: string, items: readonly { ruleId: string; question: string }[]): Insertion | undefined {
  const doc = buildDocument(text);
  const eol = lineEnding(text);
  const section = doc.sections.find((s) => s.openQuestions);
  const sectionText = section ? text.slice(section.start, section.end) : '';
  const norm = (s: string) => s.replace(/\s+/g, ' ').trim().toLowerCase();
  const existing = norm(sectionText);
  const seen = new Set<string>();
  const todo = items.filter((i) => {
    if (seen.has(i.ruleId)) return false;
    seen.add(i.ruleId);
    return !doc.tracked.has(i.ruleId) && !existing.includes(norm(i.question));
  });
  if (todo.length === 0) return undefined;

  if (section) {
    // Follow the section's own list style, and append after its last non-blank line.
    const marker = /^(\s*(?:[-*+]|\d+[.)])\s+(?:\[[ xX]\]\s+)?)/m.exec(sectionText.split(/\r?\n|\r/).slice(1).find((l) => /^\s*(?:[-*+]|\d+[.)])\s/.test(l)) ?? '')?.[1];
    const bullet = marker ? marker.replace(/\[[xX]\]/, '[ ]') : '- [ ] ';
    let end = section.end;
    while (end > section.start && /\s/.test(text[end - 1])) end--;
    const lines = todo.map((i) => openQuestionLine(i.ruleId, i.question, bullet));
    const headingOnly = !/\r?\n|\r/.test(text.slice(section.start, end));
    const lead = headingOnly ? `${eol}${eol}` : eol;
    const trail = end === text.length ? eol : '';
    return { offset: end, text: `${lead}${lines.join(eol)}${trail}` };
  }

  const depth = doc.sections.some((s) => s.depth === 1) ? 2 : Math.min(2, doc.sections[0]?.depth ?? 2);
  const title = OPEN_QUESTIONS_TITLE[memoLanguage(doc)];
  const lead = text.trim() === '' ? '' : /(?:\r\n|\n|\r)$/.test(text) ? eol : `${eol}${eol}`;
  const lines = todo.map((i) => openQuestionLine(i.ruleId, i.question));
  return { offset: text.length, text: `${lead}${'#'.repeat(depth)} ${title}${eol}${eol}${lines.join(eol)}${eol}` };
}

/** Applies an insertion to a text (for tests and the CLI). */
export function applyInsertion(text: string, e: Insertion): string {
  return text.slice(0, e.offset) + e.text + text.slice(e.offset);
}
