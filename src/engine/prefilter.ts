import { WORD, LEFT, RIGHT, type TermList } from './terms';
import { caseless, compileCaseless, foldCase } from './caseless';

/**
 * Literal prefilters for the compiled term lists.
 *
 * A term list compiles to one large case-insensitive Unicode alternation; running it over every sentence
 * for every rule is what made linting slow. Most sentences contain none of a list's words, and that can be
 * told without running the expression: every match of an alternative contains certain literal strings
 * ("needles"), read off the expression's source. One Aho–Corasick pass over a unit's text finds every
 * needle of every list at once; an alternative whose needles are absent from a sentence cannot match in it.
 * A sentence runs only the alternatives that may match, each as a small expression of its own, and combines
 * their matches exactly as the alternation would.
 *
 * The requirement of an alternative is a conjunction of clauses, each a disjunction of needles ("the", and
 * "llm" or "llms"); a needle may also require a word boundary before or after it, when the expression puts
 * one there. The analysis is conservative: where it does not understand a piece of an expression, that piece
 * requires nothing, and an alternative that requires nothing is always run. Needles hold only characters
 * that match nothing but themselves under the `iu` flags once lowered with {@link foldCode}: printable ASCII
 * (`foldCode` also folds U+017F and U+212A, which match `s` and `k` under `iu`), a few caseless symbols, and
 * the caseless CJK characters.
 */

/** A literal string every match holds, with the boundaries around it: 0 none, 1 no WORD character, 2 no `\w` character. */
interface Needle {
  text: string;
  left: number;
  right: number;
}
/** At least one of the needles occurs. */
type Clause = Needle[];
/** Every clause holds; an empty list requires nothing. */
type Cnf = Clause[];

/** Lowers a UTF-16 code unit the way the needles are written. */
export function foldCode(c: number): number {
  if (c < 128) return c >= 65 && c <= 90 ? c + 32 : c;
  if (c === 0x17f) return 115; // ſ matches s under `iu`
  if (c === 0x212a) return 107; // the Kelvin sign matches k under `iu`
  return c;
}

const SYMBOLS = new Set([0xa5, 0x20ac, 0xa3, 0xffe5, 0xd7, 0x2030]); // ¥ € £ ￥ × ‰

/** True for a code unit a needle may hold (after folding): printable ASCII, a few symbols, caseless CJK. */
function isNeedleCode(c: number): boolean {
  return (
    (c >= 0x20 && c <= 0x7e && !(c >= 65 && c <= 90)) ||
    SYMBOLS.has(c) ||
    (c >= 0x3040 && c <= 0x30ff) ||
    (c >= 0x3400 && c <= 0x4dbf) ||
    (c >= 0x4e00 && c <= 0x9fff) ||
    (c >= 0xac00 && c <= 0xd7af) ||
    (c >= 0xf900 && c <= 0xfaff)
  );
}

/** True for a folded code unit that `\w` matches. */
function isAsciiWord(c: number): boolean {
  return (c >= 97 && c <= 122) || (c >= 48 && c <= 57) || c === 95;
}

/** Characters with a meaning in a pattern, and the quantifier openers (by code unit, ASCII only). */
const SYNTAX = new Uint8Array(128);
for (const ch of '\\^$.*+?()[]{}|') SYNTAX[ch.charCodeAt(0)] = 1;
const QUANT = new Uint8Array(128);
for (const ch of '*+?{') QUANT[ch.charCodeAt(0)] = 1;
/** Escapes that stand for the character itself (`\.`, `\$`, `\/`…). */
const IDENTITY = new Set('^$\\.*+?()[]{}|/'.split(''));

/** A piece of a pattern: `chars` is one character of a small set, all of them needle characters. */
type ClassAtom = { kind: 'chars'; chars: string[] } | { kind: 'other' };
type Atom = ClassAtom | { kind: 'group'; cnf: Cnf } | { kind: 'left' | 'right' | 'b' };
const OTHER: ClassAtom = { kind: 'other' };
/** Classes read before, by source: the same few classes recur in every list. */
const classCache = new Map<string, ClassAtom>();
const BRACES = /\{(\d+)(,(\d*))?\}/y;
const DIGITS = ['0', '1', '2', '3', '4', '5', '6', '7', '8', '9'];
/** The largest class read as a set of needle characters, and the most alternatives a run may grow to. */
const MAX_CLASS = 26;
const MAX_RUN_ALTERNATIVES = 64;
/** The most clauses kept per alternative. */
const MAX_CLAUSES = 4;

// Words in most sentences of a memo: poor needles, whatever their length.
const COMMON = new Set(
  'the and for with that this our its are was were has have will not from into than then they their which about also more most such only been over what when while your you all any can per via and/or de da do das dos em no na nos nas um uma que com para por os as se ao the'.split(' '),
);

function needleScore(n: Needle): number {
  const t = n.text.trim();
  const length = COMMON.has(t) ? 1 : Math.min(t.length, 8);
  return length * 100 + (n.left ? 150 : 0) + (n.right ? 150 : 0);
}

/** Higher is more selective: the weakest needle, then fewer needles. */
function clauseScore(c: Clause): number {
  let min = Infinity;
  for (const n of c) min = Math.min(min, needleScore(n));
  return min * 100 - Math.min(c.length, 99);
}

/** Drops needles implied by others: wherever "ab" occurs, "a" does too, so a clause with "a" needs no "ab". */
function minimal(c: Clause): Clause {
  const seen = new Set<string>();
  const uniq = c.filter((n) => {
    const k = `${n.text}\u0000${n.left}${n.right}`;
    if (seen.has(k)) return false;
    seen.add(k);
    return true;
  });
  const sorted = uniq.sort((a, b) => a.text.length - b.text.length);
  const kept: Clause = [];
  for (const n of sorted) {
    const implied = kept.some(
      (k) => (k.left === 0 && k.right === 0 && n.text.includes(k.text)) || (k.text === n.text && (k.left === 0 || k.left === n.left) && (k.right === 0 || k.right === n.right)),
    );
    if (!implied) kept.push(n);
  }
  return kept;
}

/** The best clauses of a conjunction. */
function best(cnf: Cnf): Cnf {
  if (cnf.length <= 1) return cnf;
  // The best clause always, and up to three more without a needle of one character (it occurs in every sentence:
  // each occurrence would cost a look-up and rule nothing out). Common words ("no", "of", "is") still pay: a part
  // runs only in a sentence that has every clause, and a part that runs and finds nothing had its expression
  // compiled for nothing. With only clauses of longer, rarer words, 210 of the 318 parts the 20 KB memo's first
  // lint compiled found nothing; now 102 of 182, and warm lints run fewer parts.
  const sorted = [...cnf].sort((a, b) => clauseScore(b) - clauseScore(a));
  return [sorted[0], ...sorted.slice(1).filter(noSingleCharacter)].slice(0, MAX_CLAUSES);
}

function noSingleCharacter(c: Clause): boolean {
  return c.every((n) => n.text.trim().length >= 2);
}

/**
 * The requirement of a regular expression source under the `u` and `i` flags: clauses that every match
 * satisfies. An empty list when the analysis cannot tell.
 */
export function requirementOf(source: string): Cnf {
  let i = 0;
  const n = source.length;

  // Alternation := Sequence ('|' Sequence)*. Several branches make one clause: the best of each branch.
  function alternation(leftHint: number): Cnf {
    const branches: Cnf[] = [];
    for (;;) {
      branches.push(sequence(leftHint));
      if (i < n && source[i] === '|') {
        i++;
        continue;
      }
      break;
    }
    if (branches.length === 1) return branches[0];
    const clause: Clause = [];
    for (const b of branches) {
      if (b.length === 0) return [];
      let top = b[0];
      for (const c of b) if (clauseScore(c) > clauseScore(top)) top = c;
      clause.push(...top);
    }
    return [minimal(clause)];
  }

  // Sequence := (Atom Quantifier?)*, up to ')' or '|' or the end. Adjacent literal characters (and small
  // classes of them, such as `\d`) make a run; each run and each required group adds clauses.
  function sequence(leftHint: number): Cnf {
    const clauses: Cnf = [];
    let run: string[] = [''];
    let runLeft = 0;
    let pending = leftHint;
    const flush = (right: number) => {
      if (run[0] !== '') {
        const r = right === 2 && !run.every((s) => isAsciiWord(s.charCodeAt(s.length - 1))) ? 0 : right;
        clauses.push(minimal(run.map((text) => ({ text, left: runLeft, right: r }))));
      }
      run = [''];
      runLeft = 0;
    };
    const start = (chars: string[]) => {
      // The boundary before a run: "no WORD character" always holds; `\b` means "no \w" before a \w character.
      runLeft = pending === 2 && !chars.every((c) => isAsciiWord(c.charCodeAt(0))) ? 0 : pending;
    };
    const extend = (chars: string[]) => {
      if (run[0] === '') start(chars);
      if (run.length === 1 && chars.length === 1) {
        run[0] += chars[0];
        return;
      }
      if (run.length * chars.length > MAX_RUN_ALTERNATIVES) {
        flush(0);
        start(chars);
      }
      run = run.flatMap((r) => chars.map((c) => r + c));
    };
    while (i < n && source[i] !== '|' && source[i] !== ')') {
      // Fast path: a plain literal character not followed by a quantifier.
      const code = source.charCodeAt(i);
      if (code < 0xd800 && !SYNTAX[code] && (i + 1 >= n || !QUANT[source.charCodeAt(i + 1)])) {
        i++;
        const f = foldCode(code);
        if (isNeedleCode(f)) {
          const ch = String.fromCharCode(f);
          if (run[0] !== '' && run.length === 1) run[0] += ch;
          else extend([ch]);
        } else flush(0);
        pending = 0;
        continue;
      }
      const atom = parseAtom(pending);
      const q = quantifier();
      if (atom.kind === 'left' || atom.kind === 'right' || atom.kind === 'b') {
        flush(atom.kind === 'right' ? 1 : atom.kind === 'b' ? 2 : 0);
        pending = atom.kind === 'left' ? 1 : atom.kind === 'b' ? 2 : 0;
        continue;
      }
      pending = 0;
      if (atom.kind === 'chars') {
        if (q.min === 0) {
          flush(0);
        } else {
          extend(atom.chars);
          if (q.max !== 1) flush(0);
        }
      } else {
        flush(0);
        if (atom.kind === 'group' && q.min > 0) clauses.push(...atom.cnf);
      }
    }
    flush(0);
    return best(clauses);
  }

  function quantifier(): { min: number; max: number } {
    let min = 1;
    let max = 1;
    const c = source[i];
    if (c === '*') {
      min = 0;
      max = Infinity;
      i++;
    } else if (c === '+') {
      max = Infinity;
      i++;
    } else if (c === '?') {
      min = 0;
      i++;
    } else if (c === '{') {
      BRACES.lastIndex = i;
      const m = BRACES.exec(source);
      if (!m) throw new Error('bad quantifier');
      min = Number(m[1]);
      max = m[2] === undefined ? min : m[3] === '' ? Infinity : Number(m[3]);
      i += m[0].length;
    } else {
      return { min, max };
    }
    if (source[i] === '?') i++; // lazy
    return { min, max };
  }

  function parseAtom(pending: number): Atom {
    const c = source[i];
    if (c === '(') {
      // A lookaround consumes nothing: skip it whole (the engine's word boundaries are remembered).
      if (source.startsWith('(?=', i) || source.startsWith('(?!', i) || source.startsWith('(?<=', i) || source.startsWith('(?<!', i)) {
        const e = groupEnd(source, i);
        if (e < 0) throw new Error('unclosed group');
        const whole = source.slice(i, e);
        i = e;
        return whole === LEFT ? { kind: 'left' } : whole === RIGHT ? { kind: 'right' } : OTHER;
      }
      i++;
      if (source.startsWith('?:', i)) i += 2;
      else if (source.startsWith('?<', i)) {
        const close = source.indexOf('>', i);
        if (close < 0) throw new Error('bad group name');
        i = close + 1;
      } else if (source[i] === '?') {
        throw new Error('unknown group');
      }
      const cnf = alternation(pending);
      if (source[i] !== ')') throw new Error('unclosed group');
      i++;
      return { kind: 'group', cnf };
    }
    if (c === '[') {
      const from = i;
      let e = i + 1;
      while (e < n && source[e] !== ']') e += source[e] === '\\' ? 2 : 1;
      const key = source.slice(from, e + 1);
      const known = classCache.get(key);
      if (known) {
        i = e + 1;
        return known;
      }
      const atom = parseClass();
      classCache.set(key, atom);
      return atom;
    }
    if (c === '\\') {
      const e = source[i + 1];
      if (e === undefined) throw new Error('trailing backslash');
      if (e === 'p' || e === 'P') {
        const close = source.indexOf('}', i);
        if (source[i + 2] !== '{' || close < 0) throw new Error('bad property escape');
        i = close + 1;
        return OTHER;
      }
      if (e === 'u') {
        if (source[i + 2] === '{') {
          const close = source.indexOf('}', i);
          if (close < 0) throw new Error('bad code point escape');
          i = close + 1;
        } else i += 6;
        return OTHER;
      }
      if (e === 'x') {
        i += 4;
        return OTHER;
      }
      if (e === 'c') {
        i += 3;
        return OTHER;
      }
      if (e === 'k') {
        const close = source.indexOf('>', i);
        if (close < 0) throw new Error('bad back reference');
        i = close + 1;
        return OTHER;
      }
      if (/[1-9]/.test(e)) {
        i += 2;
        while (/[0-9]/.test(source[i] ?? '')) i++;
        return OTHER;
      }
      i += 2;
      if (e === 'd') return { kind: 'chars', chars: DIGITS };
      if (e === 'b') return { kind: 'b' };
      // An escaped syntax character is itself; \B \D \w \W \s \S \n \r \t \v \f \0 are not literals.
      if (IDENTITY.has(e)) return { kind: 'chars', chars: [e] };
      return OTHER;
    }
    if (c === '.' || c === '^' || c === '$') {
      i++;
      return OTHER;
    }
    if (c === '*' || c === '+' || c === '?' || c === '{' || c === '}' || c === ']' || c === ')' || c === '|') throw new Error(`unexpected ${c}`);
    // A literal character (a whole surrogate pair for astral characters).
    const code = source.charCodeAt(i);
    if (code >= 0xd800 && code <= 0xdbff) {
      i += 2;
      return OTHER;
    }
    i++;
    const f = foldCode(code);
    return isNeedleCode(f) ? { kind: 'chars', chars: [String.fromCharCode(f)] } : OTHER;
  }

  function parseClass(): ClassAtom {
    i++;
    const negated = source[i] === '^';
    if (negated) i++;
    // A `]` right after `[` closes an empty class in JavaScript.
    const chars = new Set<string>();
    let pure = !negated;
    while (i < n && source[i] !== ']') {
      if (source[i] === '\\') {
        const e = source[i + 1];
        i += 2;
        if (e === 'd') {
          for (const d of DIGITS) chars.add(d);
          continue;
        }
        pure = false;
        if (e === 'p' || e === 'P' || (e === 'u' && source[i] === '{')) {
          const close = source.indexOf('}', i);
          if (close < 0) throw new Error('bad escape in class');
          i = close + 1;
        }
        continue;
      }
      const lo = source.charCodeAt(i);
      i++;
      if (source[i] === '-' && source[i + 1] !== ']' && source[i + 1] !== '\\' && i + 1 < n) {
        const hi = source.charCodeAt(i + 1);
        i += 2;
        const ascii = (a: number, b: number) => a <= lo && hi <= b && lo <= hi;
        if (ascii(48, 57) || ascii(97, 122) || ascii(65, 90)) {
          for (let k = lo; k <= hi; k++) chars.add(String.fromCharCode(foldCode(k)));
        } else pure = false;
        continue;
      }
      const f = foldCode(lo);
      if (isNeedleCode(f)) chars.add(String.fromCharCode(f));
      else pure = false;
    }
    if (i >= n) throw new Error('unclosed class');
    i++;
    return pure && chars.size > 0 && chars.size <= MAX_CLASS ? { kind: 'chars', chars: [...chars] } : OTHER;
  }

  try {
    const r = alternation(0);
    if (i !== n) return [];
    return r.filter((c) => c.length > 0 && c.every((x) => x.text.length > 0)).length === r.length ? r : [];
  } catch {
    return [];
  }
}

/**
 * Calls `visit` with each structural character of a regular expression source from `from` on (`(`, `)`, `|`,
 * the `[` opening a class), skipping escapes and the inside of classes; stops when `visit` returns true.
 */
function scanStructure(source: string, from: number, visit: (c: string, k: number) => boolean | void): void {
  let inClass = false;
  for (let k = from; k < source.length; k++) {
    const c = source[k];
    if (c === '\\') {
      k++;
      continue;
    }
    if (inClass) {
      if (c === ']') inClass = false;
      continue;
    }
    if (c === '[') inClass = true;
    if (visit(c, k)) return;
  }
}

/** `[start, end)` of each top-level alternative of a source (outside groups and classes). */
function topLevelAlternatives(source: string): [number, number][] {
  const out: [number, number][] = [];
  let depth = 0;
  let start = 0;
  scanStructure(source, 0, (c, k) => {
    if (c === '(') depth++;
    else if (c === ')') depth--;
    else if (c === '|' && depth === 0) {
      out.push([start, k]);
      start = k + 1;
    }
  });
  out.push([start, source.length]);
  return out;
}

/** Index just past the group that opens at `open` (a `(`), or -1. */
function groupEnd(source: string, open: number): number {
  let depth = 0;
  let end = -1;
  scanStructure(source, open, (c, k) => {
    if (c === '(') depth++;
    else if (c === ')' && --depth === 0) {
      end = k + 1;
      return true;
    }
    return false;
  });
  return end;
}

/**
 * A term list's expression taken apart: its top-level alternatives, where an alternative of the form
 * `(?<!…)(?:a|b|c)` (the shared left boundary of `compileTerms`) is taken apart once more, each part keeping
 * the prefix.
 */
interface Item {
  /** `prefix(?:parts)` when `grouped`, else the one part as written. */
  prefix: string;
  grouped: boolean;
  /** Indices into {@link Split.parts}. */
  parts: number[];
}

interface Split {
  items: Item[];
  parts: string[];
}

function split(re: TermList): Split {
  const source = re.source;
  const items: Item[] = [];
  const parts: Split['parts'] = [];
  const add = (src: string) => {
    parts.push(src);
    return parts.length - 1;
  };
  // Removing alternatives renumbers capturing groups: with a back reference, the expression stays whole.
  if (/\\[1-9]|\\k</.test(source)) {
    items.push({ prefix: '', grouped: false, parts: [add(source)] });
    return { items, parts };
  }
  for (const [a, b] of topLevelAlternatives(source)) {
    const alt = source.slice(a, b);
    let k = 0;
    // Zero-width lookbehinds first, then one non-capturing group that runs to the end.
    while (alt.startsWith('(?<!', k) || alt.startsWith('(?<=', k)) {
      const e = groupEnd(alt, k);
      if (e < 0) break;
      k = e;
    }
    if (alt.startsWith('(?:', k) && groupEnd(alt, k) === alt.length) {
      const inner = alt.slice(k + 3, alt.length - 1);
      const innerParts = topLevelAlternatives(inner).map(([x, y]) => add(inner.slice(x, y)));
      items.push({ prefix: alt.slice(0, k), grouped: true, parts: innerParts });
    } else {
      items.push({ prefix: '', grouped: false, parts: [add(alt)] });
    }
  }
  return { items, parts };
}

/** The alternatives of an expression, each as an expression of its own (exported for the tests). */
export function splitParts(re: TermList): Part[] {
  const sp = split(re);
  const parts: Part[] = [];
  for (const it of sp.items) {
    for (const pi of it.parts) parts[pi] = new Part(it.grouped ? `${it.prefix}(?:${sp.parts[pi]})` : sp.parts[pi]);
  }
  return parts;
}

/** Occurrences of needle texts in a text: the text's index, `[start, end)`, and the boundaries around it. */
export interface Occurrences {
  text: Int32Array;
  start: Int32Array;
  end: Int32Array;
  /** Bit 1: no WORD character before; bit 2: no `\w` character before. */
  left: Uint8Array;
  /** The same after. */
  right: Uint8Array;
  length: number;
}

/** A match, as `terms.ts` reports them. */
export interface Found {
  start: number;
  end: number;
  text: string;
}

/** Occurrences are in order of their ends: the index of the first that ends after `from` (inside a span from there). */
function firstEndingAfter(occ: Occurrences, from: number): number {
  let lo = 0;
  let hi = occ.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (occ.end[mid] <= from) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/**
 * One alternative of a term list, as an expression of its own (compiled on first use). `asWritten`: its source
 * already matches folded text as written under `iu` (the packed prefilter knows, see {@link layoutOf}), so it
 * needs no rewriting.
 */
export class Part {
  private re: RegExp | undefined;
  constructor(
    readonly source: string,
    private readonly asWritten = false,
  ) {}
  get regex(): RegExp {
    return (this.re ??= this.asWritten ? new RegExp(this.source, 'gu') : compileCaseless(this.source, 'g'));
  }
}

/**
 * How {@link split} takes an expression apart, as integers, for the packed prefilter: per item, `0` and the
 * part's length for an alternative run as written; for a grouped one, 1 + the length of its prefix, the number
 * of its parts, and each part's length. The alternatives, and the parts inside a group, follow each other with
 * one `|` between them. Each length is doubled, plus one when the part's source needs no rewriting for folded
 * text (its {@link caseless} rewriting is itself).
 */
function layoutOf(re: TermList): number[] {
  const sp = split(re);
  const out: number[] = [];
  const length = (src: string) => src.length * 2 + (caseless(src) === src ? 1 : 0);
  for (const it of sp.items) {
    if (!it.grouped) out.push(0, length(sp.parts[it.parts[0]]));
    else {
      out.push(it.prefix.length + 1, it.parts.length);
      for (const pi of it.parts) out.push(length(`${it.prefix}(?:${sp.parts[pi]})`) - (it.prefix.length + 4) * 2);
    }
  }
  return out;
}

/** The parts of `source` from its {@link layoutOf} `layout[from…to)`; undefined if the layout does not fit it. */
function partsFromLayout(source: string, layout: Int32Array, from: number, to: number): Part[] | undefined {
  const parts: Part[] = [];
  let at = 0;
  for (let p = from; p < to; ) {
    const code = layout[p++];
    if (code === 0) {
      const v = layout[p++];
      const end = at + (v >>> 1);
      parts.push(new Part(source.slice(at, end), (v & 1) === 1));
      at = end + 1;
      continue;
    }
    const prefix = source.slice(at, at + code - 1);
    if (!source.startsWith('(?:', at + code - 1)) return undefined;
    let q = at + code + 2;
    for (let n = layout[p++]; n > 0; n--) {
      const v = layout[p++];
      const end = q + (v >>> 1);
      parts.push(new Part(`${prefix}(?:${source.slice(q, end)})`, (v & 1) === 1));
      q = end + 1;
    }
    if (source[q - 1] !== ')') return undefined;
    at = q + 1;
  }
  return at === source.length + 1 ? parts : undefined;
}

let boundaryTable: Uint8Array | undefined;
/** @internal Per BMP code unit, bit 1: a WORD character (as `terms.ts` has it, under `iu`); bit 2: a `\w` character under `iu`. */
export function boundaries(): Uint8Array {
  if (!boundaryTable) {
    const t = new Uint8Array(0x10000);
    // Every BMP code unit but the surrogates (neither class holds one, and left out no two can pair into an
    // astral character): one global search per class finds its members, where testing each code unit on its own
    // took 130,000 calls of cold code at start-up.
    const codes: number[] = [];
    for (let c = 0; c < 0x10000; c++) if (c < 0xd800 || c > 0xdfff) codes.push(c);
    let all = '';
    for (let k = 0; k < codes.length; k += 4096) all += String.fromCharCode(...codes.slice(k, k + 4096));
    const mark = (re: RegExp, bit: number) => {
      for (let m = re.exec(all); m !== null; m = re.exec(all)) t[m[0].charCodeAt(0)] |= bit;
    };
    mark(new RegExp(WORD, 'giu'), 1);
    mark(/\w/giu, 2);
    boundaryTable = t;
  }
  return boundaryTable;
}

/**
 * A set of term-list expressions with their needles, and an Aho–Corasick automaton over all needle texts.
 * {@link Possible} answers, for one sentence, which lists may match there, and searches a list by running only
 * the alternatives that may, each as a small expression of its own.
 */
export class Prefilter {
  private readonly index = new Map<TermList, number>();
  /** The expressions, by id. */
  private readonly exprs: TermList[] = [];
  /** Per expression: its parts in order, split off its source when first searched. */
  private readonly parts: (Part[] | undefined)[] = [];
  /** Per expression: the global id of its first part; per part: its expression. */
  private partBase: Int32Array = new Int32Array(1);
  private partExpr: Int32Array = new Int32Array(0);
  /**
   * Per part, `rest[restAt[p]…restAt[p + 1])`: the variants of each clause after the first, each clause as its
   * length then its variants. The first clause's variants own the part: an occurrence of one of them makes it a
   * candidate.
   */
  private restAt: Int32Array = new Int32Array(1);
  private rest: Int32Array = new Int32Array(0);
  /**
   * Per expression, when restored from its packed form: how its source splits into parts, `layout[layoutAt[id]…
   * layoutAt[id + 1])` (see {@link layoutOf}), so that a first search need not take the source apart.
   */
  private layoutAt: Int32Array | undefined;
  private layout: Int32Array = new Int32Array(0);
  /** Per expression: parts that require nothing (always run), by index among the expression's parts. */
  private alwaysParts: number[][] = [];
  /**
   * The expressions with a part that requires nothing, as a set of expression ids (see {@link BITS}): copied once
   * per sentence, so it stays a small plain array of small integers, cheap to copy and kept on the heap.
   */
  private always: number[] = [];
  /** Per needle text: its length and its variants (boundaries); per variant: boundaries and the parts it owns. */
  private textLength: Int32Array = new Int32Array(0);
  private variantsAt: Int32Array = new Int32Array(1);
  private variants: Int32Array = new Int32Array(0);
  private variantLeft: Int32Array = new Int32Array(0);
  private variantRight: Int32Array = new Int32Array(0);
  private ownerAt: Int32Array = new Int32Array(1);
  private owners: Int32Array = new Int32Array(0);
  // The automaton: per state, its failure link, its outputs (needle text ids) and its transitions as pairs of
  // (code unit, state). `goto` has the non-ASCII transitions for searching (all of them while building).
  private fail: Int32Array = new Int32Array(1);
  private outAt: Int32Array = new Int32Array(2);
  private outs: Int32Array = new Int32Array(0);
  private edgeAt: Int32Array = new Int32Array(2);
  private edges: Int32Array = new Int32Array(0);
  private goto: Map<number, number>[] = [new Map()];
  /** Index of an ASCII code unit among those in needles (-1 for none), and the table of ASCII transitions. */
  private readonly alpha = new Int32Array(128).fill(-1);
  private width = 0;
  private dfa: Uint16Array | Int32Array = new Uint16Array(0);
  // Scratch space of `possible`, stamped with a generation number per call.
  private generation = 0;
  private variantStamp: Int32Array = new Int32Array(0);
  private partStamp: Int32Array = new Int32Array(0);

  /**
   * The prefilter of `expressions`. With `packed` (see {@link pack}) made from the same expressions, it is
   * restored from there instead of analysing them; made from others, it is ignored. `packedFromThese` says the
   * expressions are those `packed` was made from, restored with it (the packed catalogue's own lists), so that
   * their sources need not be compared with it again.
   */
  constructor(expressions: Iterable<TermList>, packed?: string, packedFromThese = false) {
    for (const re of expressions) {
      if (this.index.has(re)) continue;
      this.index.set(re, this.exprs.length);
      this.exprs.push(re);
    }
    if (!packed || !this.unpack(packed, packedFromThese)) this.build();
    this.alwaysParts = this.exprs.map(() => []);
    for (let p = 0; p < this.partExpr.length; p++) {
      // A part's rest may be empty (one clause): the value at its start is then the next part's.
      if (this.restAt[p + 1] > this.restAt[p] && this.rest[this.restAt[p]] === ALWAYS) this.alwaysParts[this.partExpr[p]].push(p - this.partBase[this.partExpr[p]]);
    }
    this.always = new Array<number>(Math.ceil(this.exprs.length / BITS)).fill(0);
    this.alwaysParts.forEach((a, ex) => {
      if (a.length) this.always[(ex / BITS) | 0] |= 1 << ex % BITS;
    });
    this.table();
    this.variantStamp = new Int32Array(this.variantLeft.length);
    this.partStamp = new Int32Array(this.partExpr.length);
  }

  private build(): void {
    const textIds = new Map<string, number>();
    const variantIds = new Map<string, number>();
    const texts: number[] = [];
    const variantsOf: number[][] = [];
    const left: number[] = [];
    const right: number[] = [];
    const owners: number[][] = [];
    const variantOf = (nd: Needle): number => {
      let tid = textIds.get(nd.text);
      if (tid === undefined) {
        tid = texts.length;
        textIds.set(nd.text, tid);
        variantsOf.push([]);
        texts.push(nd.text.length);
        this.insert(nd.text, tid);
      }
      const vkey = `${nd.text}\u0000${nd.left}${nd.right}`;
      let vid = variantIds.get(vkey);
      if (vid === undefined) {
        vid = owners.length;
        variantIds.set(vkey, vid);
        owners.push([]);
        left.push(nd.left);
        right.push(nd.right);
        variantsOf[tid].push(vid);
      }
      return vid;
    };
    const base: number[] = [];
    const partExpr: number[] = [];
    const rests: number[][] = [];
    this.exprs.forEach((re, id) => {
      const parts = splitParts(re);
      this.parts[id] = parts;
      base.push(partExpr.length);
      for (const part of parts) {
        const gp = partExpr.length;
        partExpr.push(id);
        const cnf = requirementOf(part.source);
        if (cnf.length === 0) {
          rests.push([ALWAYS]);
          continue;
        }
        // The most selective clause owns the part: common words then rarely make parts candidates.
        const [head, ...rest] = [...cnf].sort((a, b) => clauseScore(b) - clauseScore(a));
        for (const nd of head) {
          const o = owners[variantOf(nd)];
          if (o[o.length - 1] !== gp) o.push(gp);
        }
        rests.push(rest.flatMap((clause) => {
          const vs = [...new Set(clause.map(variantOf))];
          return [vs.length, ...vs];
        }));
      }
    });
    base.push(partExpr.length);
    this.partBase = Int32Array.from(base);
    this.partExpr = Int32Array.from(partExpr);
    [this.restAt, this.rest] = flat(rests);
    this.textLength = Int32Array.from(texts);
    [this.variantsAt, this.variants] = flat(variantsOf);
    this.variantLeft = Int32Array.from(left);
    this.variantRight = Int32Array.from(right);
    [this.ownerAt, this.owners] = flat(owners);
    this.link();
  }

  private insert(s: string, tid: number): void {
    let state = 0;
    for (let k = 0; k < s.length; k++) {
      const c = s.charCodeAt(k);
      let next = this.goto[state].get(c);
      if (next === undefined) {
        next = this.goto.length;
        this.goto.push(new Map());
        this.goto[state].set(c, next);
      }
      state = next;
    }
    ((this.building ??= [])[state] ??= []).push(tid);
  }
  /** While building: the needle texts that end at each state. */
  private building: number[][] | undefined;

  /** The failure links and outputs of the states `insert` made. */
  private link(): void {
    const { goto } = this;
    const fail = new Int32Array(goto.length);
    const out: number[][] = goto.map((_, s) => this.building?.[s] ?? []);
    this.building = undefined;
    const queue: number[] = [...goto[0].values()];
    for (let q = 0; q < queue.length; q++) {
      const r = queue[q];
      for (const [c, s] of goto[r]) {
        queue.push(s);
        let f = fail[r];
        while (f !== 0 && !goto[f].has(c)) f = fail[f];
        const g = goto[f].get(c);
        fail[s] = g !== undefined && g !== s ? g : 0;
        if (out[fail[s]].length) out[s] = out[s].concat(out[fail[s]]);
      }
    }
    this.fail = fail;
    [this.outAt, this.outs] = flat(out);
    [this.edgeAt, this.edges] = flat(goto.map((m) => [...m].flat()));
  }

  /**
   * The non-ASCII transitions by state, and the ASCII ones as a table with the failure links resolved (each
   * state's row is its failure state's row, overwritten by its own transitions), over the ASCII characters
   * that occur in needles.
   */
  private table(): void {
    const { alpha, fail, edgeAt, edges } = this;
    const states = fail.length;
    const none = new Map<number, number>();
    const goto: Map<number, number>[] = new Array(states);
    for (let s = 0; s < states; s++) {
      let high: Map<number, number> | undefined;
      for (let e = edgeAt[s]; e < edgeAt[s + 1]; e += 2) {
        const c = edges[e];
        if (c >= 128) (high ??= new Map()).set(c, edges[e + 1]);
        else if (alpha[c] < 0) alpha[c] = this.width++;
      }
      goto[s] = high ?? none;
    }
    this.goto = goto;
    const width = this.width;
    // The catalogue's automaton has about 22,000 states: two bytes a cell, half the table (2 MB of 4), and the scan
    // touches half the memory.
    const dfa = states <= 0x10000 ? new Uint16Array(states * width) : new Int32Array(states * width);
    // Breadth first: a state's failure state is nearer the root, its row already filled.
    const queue = [0];
    for (let q = 0; q < queue.length; q++) {
      const s = queue[q];
      if (s !== 0) dfa.copyWithin(s * width, fail[s] * width, fail[s] * width + width);
      for (let e = edgeAt[s]; e < edgeAt[s + 1]; e += 2) {
        const c = edges[e];
        if (c < 128) dfa[s * width + alpha[c]] = edges[e + 1];
        queue.push(edges[e + 1]);
      }
    }
    this.dfa = dfa;
  }

  /**
   * @internal The analysis of the expressions, packed in a string: what `new Prefilter(expressions, packed)`
   * restores without analysing them again. The build packs the catalogue's prefilter into the engine (see
   * `prefilter-data.ts`): analysing its 12,000 alternatives is most of the engine's start-up.
   */
  pack(): string {
    const w: number[] = [PACK_VERSION, this.exprs.length];
    this.exprs.forEach((re, id) => {
      const h = fingerprint(`${re.flags}/${re.source}`);
      w.push(re.source.length, h >>> 16, h & 0xffff, this.partBase[id + 1] - this.partBase[id]);
    });
    const [layoutAt, layout] = flat(this.exprs.map(layoutOf));
    for (const [a, starts] of [...this.packed(), [layoutAt, true], [layout, false]] as [Int32Array, boolean][]) {
      // Where each list starts, as the lists' lengths: small numbers, short to write.
      const values = starts ? a.subarray(1).map((v, k) => v - a[k]) : a;
      w.push(values.length);
      for (const v of values) w.push(v);
    }
    return encodeInts(w);
  }

  /** The arrays {@link pack} packs after the expressions, in order, and whether each holds where lists start. */
  private packed(): [Int32Array, boolean][] {
    return [
      [this.restAt, true],
      [this.rest, false],
      [this.textLength, false],
      [this.variantsAt, true],
      [this.variants, false],
      [this.variantLeft, false],
      [this.variantRight, false],
      [this.ownerAt, true],
      [this.owners, false],
      [this.fail, false],
      [this.outAt, true],
      [this.outs, false],
      [this.edgeAt, true],
      [this.edges, false],
    ];
  }

  /** Restores what {@link pack} packed, if it was packed from the same expressions; false if not. */
  private unpack(packed: string, packedFromThese: boolean): boolean {
    const r = decodeInts(packed);
    const exprs = this.exprs.length;
    if (r[0] !== PACK_VERSION || r[1] !== exprs) return false;
    let p = 2;
    const base = new Int32Array(exprs + 1);
    for (let id = 0; id < exprs; id++) {
      const re = this.exprs[id];
      if (r[p] !== re.source.length) return false;
      if (!packedFromThese) {
        const h = fingerprint(`${re.flags}/${re.source}`);
        if (r[p + 1] !== h >>> 16 || r[p + 2] !== (h & 0xffff)) return false;
      }
      base[id + 1] = base[id] + r[p + 3];
      p += 4;
    }
    const partExpr = new Int32Array(base[exprs]);
    for (let id = 0; id < exprs; id++) partExpr.fill(id, base[id], base[id + 1]);
    const arrays: Int32Array[] = [];
    // The arrays of `packed()`, then the layout of the parts (where each expression's starts, and the layouts).
    for (const starts of [...this.packed().map(([, st]) => st), true, false]) {
      const n = r[p++];
      if (n === undefined || p + n > r.length) throw new Error('prefilter: the packed prefilter is damaged');
      const values = r.subarray(p, p + n);
      p += n;
      if (!starts) arrays.push(values);
      else {
        const at = new Int32Array(n + 1);
        for (let k = 0; k < n; k++) at[k + 1] = at[k] + values[k];
        arrays.push(at);
      }
    }
    if (p !== r.length) throw new Error('prefilter: the packed prefilter is damaged');
    this.partBase = base;
    this.partExpr = partExpr;
    [this.restAt, this.rest, this.textLength, this.variantsAt, this.variants, this.variantLeft, this.variantRight, this.ownerAt, this.owners, this.fail, this.outAt, this.outs, this.edgeAt, this.edges, this.layoutAt, this.layout] = arrays;
    return true;
  }

  /** The parts of expression `id`, split off its source when first needed. */
  private partsOf(id: number): Part[] {
    let parts = this.parts[id];
    if (!parts) {
      const at = this.layoutAt;
      const made = at ? partsFromLayout(this.exprs[id].source, this.layout, at[id], at[id + 1]) : splitParts(this.exprs[id]);
      if (!made || made.length !== this.partBase[id + 1] - this.partBase[id]) throw new Error('prefilter: the packed prefilter does not match its expressions');
      parts = made;
      this.parts[id] = parts;
    }
    return parts;
  }

  /** Every needle text occurrence in `text`, in order of their ends, with the boundaries around it. */
  scan(text: string): Occurrences {
    // Prose holds about two occurrences for every three characters: room for one a character seldom grows.
    let cap = Math.max(16, text.length);
    let tids = new Int32Array(cap);
    let start = new Int32Array(cap);
    let end = new Int32Array(cap);
    let left = new Uint8Array(cap);
    let right = new Uint8Array(cap);
    let length = 0;
    let state = 0;
    const { goto, fail, outAt, outs, textLength, alpha, width, dfa } = this;
    const table = boundaries();
    const n = text.length;
    for (let k = 0; k < n; k++) {
      const c = foldCode(text.charCodeAt(k));
      if (c < 128) {
        const a = alpha[c];
        state = a < 0 ? 0 : dfa[state * width + a];
      } else {
        let next = goto[state].get(c);
        while (next === undefined && state !== 0) {
          state = fail[state];
          next = goto[state].get(c);
        }
        state = next ?? 0;
      }
      const oe = outAt[state + 1];
      for (let j = outAt[state]; j < oe; j++) {
        if (length === cap) {
          cap *= 2;
          const grow32 = (a: Int32Array) => {
            const b = new Int32Array(cap);
            b.set(a);
            return b;
          };
          const grow8 = (a: Uint8Array) => {
            const b = new Uint8Array(cap);
            b.set(a);
            return b;
          };
          tids = grow32(tids);
          start = grow32(start);
          end = grow32(end);
          left = grow8(left);
          right = grow8(right);
        }
        const tid = outs[j];
        const s = k + 1 - textLength[tid];
        tids[length] = tid;
        start[length] = s;
        end[length] = k + 1;
        left[length] = s === 0 ? 3 : 3 & ~table[text.charCodeAt(s - 1)];
        right[length] = k + 1 === n ? 3 : 3 & ~table[text.charCodeAt(k + 1)];
        length++;
      }
    }
    return { text: tids, start, end, left, right, length };
  }

  /**
   * What may match in a sentence `[from, to)` of a scanned text whose matches may run on to `textEnd` (the
   * end of the text searched, which may go on past the sentence).
   */
  possible(occ: Occurrences, from: number, to: number, textEnd: number = to): Possible {
    // Which lists may match needs only the sentence's own needles; which alternatives to run (from the sentence
    // on to the end of the text searched) is worked out when a list is searched, from the same needles when the
    // text searched ends with the sentence.
    const found = this.present(occ, from, to);
    const within = this.withinOf(found);
    return new Possible(this, from, within, (end) => this.runnable(end === to ? this.restamp(found) : this.present(occ, from, end)), textEnd);
  }

  /** Stamps `found` (variant ids) with a new generation, as {@link present} found them. */
  private restamp(found: number[]): number[] {
    const gen = ++this.generation;
    const { variantStamp } = this;
    for (let a = 0; a < found.length; a++) variantStamp[found[a]] = gen;
    return found;
  }

  /**
   * The needle variants that occur inside `[from, to)` with the boundaries they need (the text searched ends at
   * `to`: nothing follows there), each stamped with a new generation.
   */
  private present(occ: Occurrences, from: number, to: number): number[] {
    const gen = ++this.generation;
    const { variantStamp, variantsAt, variants, variantLeft, variantRight } = this;
    const found: number[] = [];
    for (let k = firstEndingAfter(occ, from); k < occ.length; k++) {
      const e = occ.end[k];
      if (e > to) break;
      if (occ.start[k] < from) continue;
      const lb = occ.left[k];
      const rb = e === to ? 3 : occ.right[k];
      const t = occ.text[k];
      const ve = variantsAt[t + 1];
      for (let j = variantsAt[t]; j < ve; j++) {
        const v = variants[j];
        const l = variantLeft[v];
        const r = variantRight[v];
        if ((l && !(lb & l)) || (r && !(rb & r))) continue;
        if (variantStamp[v] !== gen) {
          variantStamp[v] = gen;
          found.push(v);
        }
      }
    }
    return found;
  }

  /**
   * The lists (a set of ids, see {@link BITS}) with an alternative whose clauses' needles are all among `found`,
   * the variants {@link present} just found.
   */
  private withinOf(found: number[]): number[] {
    const gen = this.generation;
    const { partStamp, ownerAt, owners, partExpr } = this;
    const within = this.always.slice();
    for (let a = 0; a < found.length; a++) {
      const v = found[a];
      const oe = ownerAt[v + 1];
      for (let j = ownerAt[v]; j < oe; j++) {
        const gp = owners[j];
        const ex = partExpr[gp];
        const w = (ex / BITS) | 0;
        const bit = 1 << ex % BITS;
        if (within[w] & bit || partStamp[gp] === gen) continue;
        partStamp[gp] = gen;
        if (this.restPresent(gp, gen)) within[w] |= bit;
      }
    }
    return within;
  }

  /**
   * The alternatives that may match, of every list, as global part ids: owned by a variant of `found` (the
   * variants {@link present} or {@link restamp} just stamped), with one for every other clause. One flat list: a
   * sentence has alternatives of some fifty lists that may match, and runs a handful of those lists.
   */
  private runnable(found: number[]): number[] {
    const gen = this.generation;
    const { partStamp, ownerAt, owners } = this;
    const out: number[] = [];
    for (let a = 0; a < found.length; a++) {
      const v = found[a];
      const oe = ownerAt[v + 1];
      for (let j = ownerAt[v]; j < oe; j++) {
        const gp = owners[j];
        if (partStamp[gp] === gen) continue;
        partStamp[gp] = gen;
        if (this.restPresent(gp, gen)) out.push(gp);
      }
    }
    return out;
  }

  /** Whether every clause of part `gp` after the first has a variant stamped with `gen`. */
  private restPresent(gp: number, gen: number): boolean {
    const { variantStamp, rest } = this;
    const end = this.restAt[gp + 1];
    for (let c = this.restAt[gp]; c < end; ) {
      const n = rest[c++];
      const clauseEnd = c + n;
      let any = false;
      for (; c < clauseEnd; c++) {
        if (variantStamp[rest[c]] === gen) {
          any = true;
          break;
        }
      }
      if (!any) return false;
      c = clauseEnd;
    }
    return true;
  }

  /** What may match anywhere in `text`. */
  possibleIn(text: string): Possible {
    return this.possible(this.scan(text), 0, text.length);
  }

  /** @internal */
  idOf(re: TermList): number | undefined {
    return this.index.get(re);
  }

  /**
   * @internal The parts of expression `id` to run, in order: those that require nothing, and those among
   * `runnable` (the parts of every list that may match, as global part ids, see {@link runnable}).
   */
  partsToRun(id: number, runnable: readonly number[]): RegExp[] {
    const base = this.partBase[id];
    const end = this.partBase[id + 1];
    const picked = this.alwaysParts[id].slice();
    for (let k = 0; k < runnable.length; k++) if (runnable[k] >= base && runnable[k] < end) picked.push(runnable[k] - base);
    if (picked.length > 1) picked.sort((x, y) => x - y);
    const all = this.partsOf(id);
    return picked.map((pi) => all[pi].regex);
  }
}

/**
 * Sets of expression ids are arrays of 30-bit words, so that every word is a small integer (a bit 31 would make
 * V8 store the word as a heap number).
 */
const BITS = 30;

/**
 * The answer of a prefilter for one sentence: which term lists may match in it, and searches that run only
 * the alternatives of a list that may match from the sentence's start on.
 */
export class Possible {
  private readonly running = new Map<number, RegExp[]>();
  private parts: number[] | undefined;

  constructor(
    private readonly prefilter: Prefilter,
    private readonly from: number,
    private readonly within: number[],
    private readonly runnable: (textEnd: number) => number[],
    private readonly textEnd: number,
  ) {}

  /** The same sentence searched in a text that goes on to `textEnd` (which lists may match does not change). */
  reaching(textEnd: number): Possible {
    return textEnd === this.textEnd ? this : new Possible(this.prefilter, this.from, this.within, this.runnable, textEnd);
  }

  /** False only when `re` is a known list and cannot match inside the sentence. */
  may(re: TermList): boolean {
    const id = this.prefilter.idOf(re);
    return id === undefined || this.has(id);
  }

  /** `may` by the list's index in the prefilter (see {@link Prefilter.idOf}); -1 for a list it does not know. */
  mayId(id: number): boolean {
    return id < 0 || this.has(id);
  }

  private has(id: number): boolean {
    return (this.within[(id / BITS) | 0] & (1 << id % BITS)) !== 0;
  }

  private alternatives(re: TermList): RegExp[] | undefined {
    const id = this.prefilter.idOf(re);
    if (id === undefined) return undefined;
    let r = this.running.get(id);
    if (!r) {
      this.parts ??= this.runnable(this.textEnd);
      r = this.prefilter.partsToRun(id, this.parts);
      this.running.set(id, r);
    }
    return r;
  }

  /** The same as `findFirst(re, text, from, to)` of `terms.ts`, for `from` at or after the sentence's start. */
  findFirst(re: TermList, text: string, from: number, to: number): Found | undefined {
    const alts = this.alternatives(re);
    const exec = !alts || from < this.from ? execOf(re.regex) : execAlternatives(alts);
    const found = findFirstWith(exec, foldCase(text), from, to);
    if (found) found.text = text.slice(found.start, found.end);
    return found;
  }

  /** The same as `findAll(re, text, from, to)` of `terms.ts`, for `from` at or after the sentence's start. */
  findAll(re: TermList, text: string, from: number, to: number): Found[] {
    const alts = this.alternatives(re);
    const exec = !alts || from < this.from ? execOf(re.regex) : execAlternatives(alts);
    const found = findAllWith(exec, foldCase(text), from, to);
    for (const f of found) f.text = text.slice(f.start, f.end);
    return found;
  }
}

/** `exec` from a position: the first match at or after `at`, as a global expression finds it. */
type Exec = (text: string, at: number) => { index: number; text: string } | null;

function execOf(re: RegExp): Exec {
  return (text, at) => {
    re.lastIndex = at;
    const m = re.exec(text);
    return m ? { index: m.index, text: m[0] } : null;
  };
}

/**
 * `exec` of an alternation `a|b|c` by its alternatives: the leftmost match of any, and at that position the
 * first alternative in order, which is what the alternation itself finds. Each alternative's next match is
 * remembered while the search moves on, so a scan over a sentence runs each one a few times at most.
 */
function execAlternatives(alts: RegExp[]): Exec {
  const next: ({ index: number; text: string } | null | undefined)[] = new Array(alts.length);
  const from: number[] = new Array(alts.length).fill(-1);
  return (text, at) => {
    let best: { index: number; text: string } | null = null;
    for (let k = 0; k < alts.length; k++) {
      let m = next[k];
      // A remembered match still holds if it was searched from at most `at` and starts at or after it.
      if (m === undefined || from[k] > at || (m !== null && m.index < at)) {
        const re = alts[k];
        re.lastIndex = at;
        const r = re.exec(text);
        m = r ? { index: r.index, text: r[0] } : null;
        next[k] = m;
        from[k] = at;
      }
      if (m && (!best || m.index < best.index)) best = m;
    }
    return best;
  };
}

function findFirstWith(exec: Exec, text: string, from: number, to: number): Found | undefined {
  let at = from;
  for (let m = exec(text, at); m !== null; m = exec(text, at)) {
    if (m.index >= to) return undefined;
    if (m.text.length === 0) {
      at = m.index + 1;
      continue;
    }
    const end = m.index + m.text.length;
    if (end <= to) return { start: m.index, end, text: m.text };
    at = m.index + 1;
  }
  return undefined;
}

function findAllWith(exec: Exec, text: string, from: number, to: number): Found[] {
  const hits: Found[] = [];
  let at = from;
  for (let m = exec(text, at); m !== null; m = exec(text, at)) {
    if (m.index >= to) break;
    const end = m.index + m.text.length;
    if (m.text.length === 0) {
      at = m.index + 1;
      continue;
    }
    if (end <= to) hits.push({ start: m.index, end, text: m.text });
    at = end;
  }
  return hits;
}

/** The version of {@link Prefilter.pack}'s format. */
const PACK_VERSION = 2;
/** A part's rest when it requires nothing (a clause of 2^31 - 1 variants is never written). */
const ALWAYS = 0x7fffffff;

/** Lists of integers as one array, and where each starts (with the end of the last). */
function flat(lists: readonly (readonly number[])[]): [Int32Array, Int32Array] {
  const at = new Int32Array(lists.length + 1);
  let n = 0;
  lists.forEach((l, k) => {
    at[k] = n;
    n += l.length;
  });
  at[lists.length] = n;
  const all = new Int32Array(n);
  lists.forEach((l, k) => all.set(l, at[k]));
  return [at, all];
}

/** FNV-1a over the code units of `s`. */
function fingerprint(s: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < s.length; i++) h = Math.imul(h ^ s.charCodeAt(i), 0x01000193);
  return h >>> 0;
}

/** @internal Non-negative integers below 2^31 as base64 of their LEB128 bytes. */
export function encodeInts(ints: readonly number[]): string {
  const bytes: number[] = [];
  for (let v of ints) {
    if (!Number.isInteger(v) || v < 0 || v > 0x7fffffff) throw new RangeError(`prefilter: cannot pack ${v}`);
    while (v >= 0x80) {
      bytes.push((v & 0x7f) | 0x80);
      v >>>= 7;
    }
    bytes.push(v);
  }
  let binary = '';
  for (let k = 0; k < bytes.length; k += 0x8000) binary += String.fromCharCode(...bytes.slice(k, k + 0x8000));
  return btoa(binary);
}

/** @internal The integers {@link encodeInts} encoded. */
export function decodeInts(packed: string): Int32Array {
  const binary = atob(packed);
  const out = new Int32Array(binary.length);
  let n = 0;
  for (let k = 0; k < binary.length; ) {
    let v = 0;
    let shift = 0;
    let b: number;
    do {
      b = binary.charCodeAt(k++);
      v |= (b & 0x7f) << shift;
      shift += 7;
    } while (b & 0x80);
    out[n++] = v;
  }
  return out.slice(0, n);
}
