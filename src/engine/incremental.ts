import type { RootContent } from 'mdast';
import type { Finding, LintOptions } from './types';
import { parseMarkdown, parseBlocks, shiftNode, referredTo, definitionLine, WHOLE, WINDOW } from './parse';
import { blockModel, shiftBlock, assembleDocument, buildDocument, type BlockModel, type MemoDocument, type Unit } from './document';
import { lintDocument, lintSession, unitWorkKey, type LintResult, type LintSession } from './lint';
import { resolveOptions } from './options';
import { rules as ALL_RULES } from '../rules/index';

/**
 * Incremental linting for editors: `lint(text)` returns exactly what `lint(text, options)` returns, and reuses
 * the previous call's work.
 *
 * It compares the new text with the last one (common prefix and suffix) and re-parses only the top-level
 * blocks the edit touches, with one unchanged block of context on each side; the blocks before keep their
 * parse, the blocks after keep it with shifted offsets, and the rules' work per unit is kept for every unit
 * that was not re-parsed. Sections, the title, directives between blocks and the gap rules' answers are worked
 * out again for the whole memo from the per-block and per-unit results.
 *
 * Markdown is not always local, so the re-parse is checked and falls back to a full parse when it cannot be
 * trusted: the region starts and ends at block boundaries that follow a blank line; the unchanged block after
 * the edit must parse exactly as before (an unclosed fence, an HTML block or a list that swallows it shows up
 * there); a region that does not start the memo must not start with a front matter fence; link and footnote
 * references in the region are resolved against the definitions kept elsewhere, and an edit that adds, removes or
 * renames a definition parses the memo whole. So does a memo with a byte-order mark, and one that opens with a
 * front matter fence that never closes (the parser then reads the whole memo another way).
 */
export interface IncrementalLinter {
  /** The findings of `text`, as `lint(text, options)` returns them. */
  lint(text: string): Finding[];
  /** Everything reports need, as `lintMemo(text, options)` returns it. */
  lintMemo(text: string): LintResult;
}

interface State {
  text: string;
  blocks: BlockModel[];
}

/** Creates an incremental linter for one document and one set of options (read once, here). */
export function createIncrementalLinter(options?: LintOptions): IncrementalLinter {
  let session: LintSession | undefined;
  let optionsError: unknown;
  try {
    session = lintSession(resolveOptions(options, ALL_RULES));
  } catch (e) {
    optionsError = e;
  }
  let state: State | undefined;

  const lintMemo = (text: string): LintResult => {
    if (typeof text !== 'string') throw new TypeError('lint: text must be a string');
    if (!session) throw optionsError;
    const next = update(state, text);
    state = next.state;
    // Re-parsed blocks often hold units that did not change (the context blocks, the other items of a list or
    // cells of a table): they keep their work.
    if (next.replaced && next.fresh) {
      const before = new Map<string, Unit>();
      for (const b of next.replaced) for (const u of b.units) before.set(unitWorkKey(u), u);
      for (const b of next.fresh) {
        for (const u of b.units) {
          const was = before.get(unitWorkKey(u));
          const w = was && session.work.get(was);
          if (w) session.work.set(u, w);
        }
      }
    }
    return lintDocument(next.doc, session);
  };
  return { lintMemo, lint: (text) => lintMemo(text).findings };
}

interface Update {
  state: State | undefined;
  doc: MemoDocument;
  /** The blocks re-parsed, as they were, and what they became. */
  replaced?: BlockModel[];
  fresh?: BlockModel[];
}

function update(prev: State | undefined, text: string): Update {
  const r = prev && reuse(prev, text);
  if (r) return { state: { text, blocks: r.blocks }, doc: assembleDocument(text, r.blocks), replaced: r.replaced, fresh: r.fresh };
  return full(text);
}

function full(text: string): Update {
  // A byte-order mark shifts every offset: such a memo is always parsed whole.
  if (text.charCodeAt(0) === 0xfeff) return { state: undefined, doc: buildDocument(text) };
  const blocks = parseBlocks(text, WINDOW, undefined, WHOLE).map((child) => blockModel(child, text));
  return { state: { text, blocks }, doc: assembleDocument(text, blocks) };
}

/** The blocks of `text` from the previous state's, re-parsing only what the edit touches; undefined to parse whole. */
function reuse(prev: State, text: string): { blocks: BlockModel[]; replaced?: BlockModel[]; fresh?: BlockModel[] } | undefined {
  const old = prev.text;
  const blocks = prev.blocks;
  if (text === old) return { blocks };
  if (text.charCodeAt(0) === 0xfeff || blocks.length === 0) return undefined;
  if (!frontMatterClosed(old, blocks[0])) return undefined;

  // The edit: old[p, oldEnd) became text[p, newEnd).
  const max = Math.min(old.length, text.length);
  let p = 0;
  while (p < max && old.charCodeAt(p) === text.charCodeAt(p)) p++;
  let s = 0;
  while (s < max - p && old.charCodeAt(old.length - 1 - s) === text.charCodeAt(text.length - 1 - s)) s++;
  const oldEnd = old.length - s;
  const delta = text.length - old.length;

  // Blocks the edit touches: from the first that ends at or after p to the last that starts at or before oldEnd.
  let i = 0;
  let lo = 0;
  let hi = blocks.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (blocks[mid].end >= p) hi = mid;
    else lo = mid + 1;
  }
  i = lo;
  lo = 0;
  hi = blocks.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (blocks[mid].start <= oldEnd) lo = mid + 1;
    else hi = mid;
  }
  const j = lo - 1;

  const fenceAt = (k: number) => FENCE.test(old.slice(lineStart(old, blocks[k].start), blocks[k].start + 3));
  // Where the region starts. After a blank line, a block can only join the block before it when that one is a
  // list or a footnote definition (an item or an indented line continues them): otherwise the touched block
  // starts the region. Else one unchanged block of context before, itself after a blank line (or the start of
  // the memo). Front matter is read only at the start of a text: a region that is not the memo's start must not
  // open with a front matter fence, or its parse would differ.
  let first: number;
  let from: number;
  if (i > 0 && i <= j && p >= lineStart(old, blocks[i].start) && !JOINS.has(blocks[i - 1].node.type) && blankBetween(old, blocks[i - 1].end, blocks[i].start) && !fenceAt(i)) {
    first = i;
    from = lineStart(old, blocks[i].start);
  } else {
    first = i - 1;
    while (first > 0 && (!blankBetween(old, blocks[first - 1].end, blocks[first].start) || fenceAt(first))) first--;
    from = first <= 0 ? 0 : lineStart(old, blocks[first].start);
    if (first < 0) first = 0;
  }
  // Where it ends. When the edit stays inside the touched blocks and a blank line and a block at the margin that
  // is not a list follow, nothing the region becomes can take that block in, unless it runs on to the region's
  // end (an unclosed fence or HTML block): checked after parsing. Else one unchanged block of context after,
  // followed by a blank line (or the end of the memo), which must parse exactly as before.
  let last: number;
  let open = false;
  const k = j + 1;
  if (j >= i && k < blocks.length && oldEnd <= blocks[j].end && blankBetween(old, blocks[j].end, blocks[k].start) && lineStart(old, blocks[k].start) === blocks[k].start && !JOINS.has(blocks[k].node.type) && !/\s/.test(old[blocks[k].start] ?? ' ')) {
    last = j;
    open = true;
  } else {
    last = Math.max(j, i - 1) + 1;
    while (last + 1 < blocks.length && (!blankBetween(old, blocks[last].end, blocks[last + 1].start) || lineStart(old, blocks[last + 1].start) < oldEnd)) last++;
  }
  const to = last + 1 < blocks.length ? lineStart(old, blocks[last + 1].start) : old.length;
  if (from > p || to < oldEnd) return undefined;

  const region = text.slice(from, to + delta);
  // The touched block may now open with a front matter fence itself.
  if (from > 0 && FENCE.test(region)) return undefined;
  // References in the region resolve against definitions anywhere in the memo: parse it with the definitions
  // of the blocks kept, written after it, and drop those.
  const kept = [...blocks.slice(0, first), ...blocks.slice(last + 1)];
  // Only the definitions the region may refer to: those whose labels it brackets.
  const definitions = referredTo(region, kept.flatMap((b) => b.definitions));
  const tail = definitions.map(definitionLine).join('\n\n');
  const parsed = parseMarkdown(tail ? `${region}\n\n${tail}\n` : region).children;
  const nodes = parsed.filter((n) => (n.position?.start.offset ?? 0) < region.length);
  if (nodes.some((n) => (n.position?.end.offset ?? 0) > region.length)) return undefined;
  if (parsed.length - nodes.length !== definitions.length) return undefined;
  if (open) {
    // The region must end with a blank line outside its last block.
    const end = nodes.length ? (nodes[nodes.length - 1].position?.end.offset ?? region.length) : 0;
    if (!blankBetween(region, end, region.length) && !(nodes.length === 0 && /^\s*$/.test(region))) return undefined;
  } else if (to < old.length) {
    // The context block after the edit must come out exactly as before: then what follows it parses as before.
    const was = blocks[last];
    const now = nodes[nodes.length - 1];
    if (!now || !now.position || was.node.type !== now.type) return undefined;
    if ((now.position.start.offset ?? 0) + from !== was.start + delta || (now.position.end.offset ?? 0) + from !== was.end + delta) return undefined;
    if (signature(now) !== signature(was.node)) return undefined;
  }
  for (const n of nodes) shiftNode(n, from);
  const fresh = nodes.map((n) => blockModel(n, text));
  // A definition added, removed or renamed changes how references parse anywhere: parse whole.
  const labels = (bs: BlockModel[]) => [...new Set(bs.flatMap((b) => b.definitions.map((d) => `${d.kind}:${d.identifier}`)))].sort().join('\n');
  if (labels(blocks.slice(first, last + 1)) !== labels(fresh) && labels(blocks) !== labels([...kept, ...fresh])) return undefined;
  if (!frontMatterClosed(text, first === 0 ? fresh[0] : blocks[0])) return undefined;
  const after = blocks.slice(last + 1);
  for (const b of after) shiftBlock(b, delta);
  return { blocks: [...blocks.slice(0, first), ...fresh, ...after], replaced: blocks.slice(first, last + 1), fresh };
}

const FENCE = /^[ \t]*(?:---|\+\+\+)/;
/** Blocks that a later block can continue after a blank line. */
const JOINS = new Set(['list', 'footnoteDefinition']);
const FRONT_MATTER_OPEN = /^(?:---|\+\+\+)[ \t]*(?:\r\n|\r|\n|$)/;

/**
 * False when the text opens with a front matter fence that does not close: the parser then reads the whole memo
 * differently (no lists anywhere), so no part of it can be parsed alone.
 */
function frontMatterClosed(text: string, firstBlock: BlockModel | undefined): boolean {
  if (!FRONT_MATTER_OPEN.test(text)) return true;
  const type = firstBlock?.node.type as string | undefined;
  return type === 'yaml' || type === 'toml';
}

/** True when a blank line separates `[a, b)` of the text: the blocks on either side stand alone. */
function blankBetween(text: string, a: number, b: number): boolean {
  return /(?:\r\n|\r|\n)[ \t]*(?:\r\n|\r|\n)/.test(text.slice(a, b));
}

/** Offset of the start of the line holding `offset`. */
function lineStart(text: string, offset: number): number {
  let k = offset;
  while (k > 0) {
    const c = text.charCodeAt(k - 1);
    if (c === 10 || c === 13) break;
    k--;
  }
  return k;
}

/** A block's parse, with offsets relative to its start: equal signatures, equal parses. */
function signature(node: RootContent): string {
  const base = node.position?.start.offset ?? 0;
  return JSON.stringify(node, (k, v) => (k === 'position' && v ? [(v.start?.offset ?? 0) - base, (v.end?.offset ?? 0) - base] : v));
}
