/**
 * Term compilation: the lexicons of rules and cues are written as plain phrases and compiled here, once,
 * into Unicode-aware regular expressions. Knowledge about word boundaries (which `\b` gets wrong for
 * accented Portuguese and for Chinese) lives here and nowhere else.
 *
 * Phrase syntax (strings):
 * - matching is case-insensitive;
 * - a space matches any run of white space or hyphens ("product market fit" matches "product-market fit");
 * - a hyphen is optional ("pre-train" matches "pretrain", "pre-train" and "pre train");
 * - `*` at the end of a word matches the rest of the word ("subsidi*" matches "subsidies");
 * - `'` matches a straight or curly apostrophe;
 * - Latin edges get word boundaries; Chinese edges do not (Chinese has no spaces).
 * A regular expression term is used as written (its source: flags play no part, every list is compiled alike).
 * User-supplied terms (`.redflags.json`) are compiled with {@link literalSource}: every character is
 * literal, so they match in linear time.
 */
import { boundLookbehinds } from './limits';
import { compileCaseless, foldCase } from './caseless';

/** A lexicon term: a phrase in the syntax above, a regular expression, or `@concept` naming a shared list. */
export type Term = string | TermPattern;

/**
 * A regular expression term, as the engine reads it: only its source. Rule files write regular expression
 * literals; the bundles carry them as `{ source, flags }` records (see `rulePatternsAsSources` in esbuild.mjs),
 * which load several times faster than literals the engine would never run as they are.
 */
export interface TermPattern {
  readonly source: string;
  readonly flags: string;
}

// A letter or digit of a script written with spaces (Latin with its accents): Chinese characters next to a Latin
// name are a boundary ("调用GPT-4的API"). A plain class keeps the combined expressions fast to compile and run.
// The class takes all of IPA Extensions (U+0250-U+02AF) and U+2C65-U+2C66: among them are the lower cases of
// capitals in the Latin ranges (ɓ of Ɓ), which under `iu` it matched anyway. With the whole block in, the class
// is closed under case in a few ranges, and runs as written on folded text (`caseless.ts`).
export const WORD = '[A-Za-z0-9_\u00C0-\u00D6\u00D8-\u00F6\u00F8-\u02AF\u1E00-\u1EFF\u2C65\u2C66]';
export const LEFT = `(?<!${WORD})`;
const UNICODE_B = `(?:(?<=${WORD})(?!${WORD})|(?<!${WORD})(?=${WORD}))`;
export const RIGHT = `(?!${WORD})`;

const WORD_CHAR = new RegExp(`^${WORD}$`);
function isLatinWordChar(ch: string | undefined): boolean {
  return ch !== undefined && WORD_CHAR.test(ch);
}

/** True for Han ideographs, kana and Hangul: scripts written without spaces. */
export function isCjk(ch: string): boolean {
  return isCjkCode(ch.codePointAt(0) ?? 0);
}

/** {@link isCjk} of a code point. */
export function isCjkCode(c: number): boolean {
  return (
    (c >= 0x4e00 && c <= 0x9fff) ||
    (c >= 0x3400 && c <= 0x4dbf) ||
    (c >= 0x3040 && c <= 0x30ff) ||
    (c >= 0xac00 && c <= 0xd7af) ||
    (c >= 0xf900 && c <= 0xfaff) ||
    (c >= 0x20000 && c <= 0x2ffff)
  );
}

/** The character as a literal outside a class (under `u`, `-` needs no escape there, and may not have one). */
function escapeChar(ch: string): string {
  return /[\\^$.*+?()[\]{}|/]/.test(ch) ? `\\${ch}` : ch;
}

// What the lexicon syntax reads in a phrase: runs of spaces, hyphens, `*`, apostrophes, and the characters an
// expression would take for syntax. Everything else stands for itself.
const PHRASE_SYNTAX = /( +)|[-*'’\\^$.+?()[\]{}|/]/g;
export const SEPARATOR = '[\\s\\u00a0\\-–]+';
export const OPTIONAL_HYPHEN = '[\\s\\u00a0\\-–]?';
const APOSTROPHE = "['’]";
// Before a space of the phrase, the rest of the word leaves its trailing hyphens to the separator (which matches
// them as well: the same text), so a run of hyphens cannot be split between the two in many ways.
const WORD_REST_BEFORE_SPACE = "[\\p{L}\\p{N}'’]*(?:-+[\\p{L}\\p{N}'’]+)*";
const WORD_REST = "[\\p{L}\\p{N}'’\\-]*";

/** Regex source for a phrase in the lexicon syntax. */
export function phraseSource(phrase: string): string {
  const p = phrase.trim();
  // One replace, not a loop over characters: the catalogue's 12,000 phrases are compiled before the first lint,
  // while the engine's code is still cold.
  const out = p.replace(PHRASE_SYNTAX, (ch: string, spaces: string | undefined, at: number) => {
    if (spaces !== undefined) return SEPARATOR;
    if (ch === '-') return OPTIONAL_HYPHEN;
    if (ch === "'" || ch === '’') return APOSTROPHE;
    if (ch === '*' && isLatinWordChar(p[at - 1])) return p[at + 1] === ' ' ? WORD_REST_BEFORE_SPACE : WORD_REST;
    return `\\${ch}`;
  });
  return `${isLatinWordChar(p[0]) ? LEFT : ''}${out}${isLatinWordChar(p[p.length - 1]) ? RIGHT : ''}`;
}

/** Regex source for a user-supplied literal term: whitespace flexible, everything else literal. */
export function literalSource(term: string): string {
  const p = term.trim().replace(/\s+/g, ' ');
  let out = '';
  for (const ch of p) out += ch === ' ' ? '[\\s\\u00a0]+' : escapeChar(ch);
  const left = isLatinWordChar(p[0]) ? LEFT : '';
  const right = isLatinWordChar(p[p.length - 1]) ? RIGHT : '';
  return `${left}${out}${right}`;
}

/**
 * Regex source for one term. A regular expression's `\b` stays the engine's native boundary when the
 * expression is plain ASCII: it treats Chinese characters as non-word characters, as we want ("调用GPT-4"),
 * and runs far faster than a lookaround. An expression with accented letters gets a boundary that knows them.
 */
export function termSource(term: Term): string {
  if (typeof term === 'string') return phraseSource(term);
  // Quantifiers inside lookbehinds are bounded (see boundLookbehinds). With accented letters in the expression,
  // `\b` must know that "é" is a letter: use the slower lookaround.
  const source = boundLookbehinds(term.source);
  return /[\u00C0-\u024F\u1E00-\u1EFF]/.test(source) ? source.replace(/\\b/g, UNICODE_B) : source;
}

/**
 * Compiles a list of terms into one global, case-insensitive, Unicode regular expression. Alternatives that
 * open with a Latin word character share one left boundary, so the engine tests it once per position
 * instead of once per term.
 */
export function compileTerms(terms: readonly Term[], extraLiterals: readonly string[] = []): TermList {
  const sources: string[] = [];
  const strings = [...new Set(terms.filter((t): t is string => typeof t === 'string'))].sort((a, b) => b.length - a.length);
  for (const t of strings) sources.push(phraseSource(t));
  for (const t of terms) if (typeof t !== 'string') sources.push(termSource(t));
  for (const t of [...extraLiterals].sort((a, b) => b.length - a.length)) if (t.trim()) sources.push(literalSource(t));
  if (sources.length === 0) return NOTHING;
  const bounded: string[] = [];
  const other: string[] = [];
  for (const src of sources) {
    if (src.startsWith(LEFT)) bounded.push(src.slice(LEFT.length));
    else other.push(src);
  }
  const parts: string[] = [];
  if (bounded.length) parts.push(`${LEFT}(?:${bounded.join('|')})`);
  for (const o of other) parts.push(`(?:${o})`);
  const source = parts.join('|');
  // Rules share concept lists: one list per distinct source, so the engine compiles and optimises it once.
  let list = compiled.get(source);
  if (!list) {
    list = new TermList(source);
    compiled.set(source, list);
  }
  return list;
}

/**
 * A compiled term list: the source of one case-insensitive Unicode alternation, made a `RegExp` when first run
 * whole. Most lists never are: the prefilter runs their alternatives one by one (`prefilter.ts`). Making the
 * catalogue's 450 lists expressions up front (V8 parses each at once) took a fifth of the engine's start-up.
 * The source is written for `iu`; it runs rewritten, without `i`, on folded text (`caseless.ts`).
 */
export class TermList {
  private re: RegExp | undefined;
  constructor(readonly source: string) {}
  /** The flags of every list. */
  get flags(): string {
    return 'giu';
  }
  /** The list as one expression. */
  get regex(): RegExp {
    return (this.re ??= compileCaseless(this.source, 'g'));
  }
}

const compiled = new Map<string, TermList>();
const NOTHING = new TermList('(?!)');

/** A match of a compiled term list: `[start, end)` offsets in the searched string. */
export interface Hit {
  start: number;
  end: number;
  text: string;
}

/** All non-overlapping matches of `list` in `text[from, to)`. */
export function findAll(list: TermList | RegExp, text: string, from = 0, to = text.length): Hit[] {
  const re = list instanceof TermList ? list.regex : list;
  const searched = list instanceof TermList ? foldCase(text) : text;
  const hits: Hit[] = [];
  re.lastIndex = from;
  for (let m = re.exec(searched); m !== null; m = re.exec(searched)) {
    if (m.index >= to) break;
    const end = m.index + m[0].length;
    if (m[0].length === 0) {
      re.lastIndex = m.index + 1;
      continue;
    }
    if (end <= to) hits.push({ start: m.index, end, text: text.slice(m.index, end) });
    re.lastIndex = end;
  }
  return hits;
}

/** The first match of `list` in `text[from, to)`, or undefined. */
export function findFirst(list: TermList | RegExp, text: string, from = 0, to = text.length): Hit | undefined {
  const re = list instanceof TermList ? list.regex : list;
  const searched = list instanceof TermList ? foldCase(text) : text;
  re.lastIndex = from;
  for (let m = re.exec(searched); m !== null; m = re.exec(searched)) {
    if (m.index >= to) return undefined;
    if (m[0].length === 0) {
      re.lastIndex = m.index + 1;
      continue;
    }
    const end = m.index + m[0].length;
    if (end <= to) return { start: m.index, end, text: text.slice(m.index, end) };
    re.lastIndex = m.index + 1;
  }
  return undefined;
}
