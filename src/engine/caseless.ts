import { CASED, MULTI_FORM_SETS, PROPERTY_EXTRAS } from './case-table';

/**
 * Case-insensitive matching of the term lists without the `i` flag.
 *
 * Under `iu` V8 works out, for every letter and class of an expression, the characters that match it case
 * insensitively, asking ICU character by character as it compiles the expression. The term lists are large
 * alternations of phrases, and that was half of compiling them: a 20 KB memo's first lint compiles some 400.
 * Instead the text is folded once ({@link foldCase}: same length, same offsets) and each source rewritten once
 * ({@link caseless}) to match the folded text with `u` alone: `No` becomes `no`, `É` becomes `é`, and a class
 * takes the folded forms of the characters it holds.
 *
 * Under `iu` two characters match when they fold to the same character (Unicode simple case folding): they form
 * a case set (`Ssſ`, `KkK`, `Σσς`). Folding the text moves each character within its set, to its lower case, and
 * U+017F LONG S to `s`; an expression that takes, for each character and class of the source, the folded forms of
 * the sets they meet finds in the folded text exactly what the source finds under `iu` in the text. For nearly
 * every set the folded form is one character; `case-table.ts` (read off V8 by `scripts/case-table.mjs`) lists
 * the characters that have sets, the sets with several forms (`σ` and `ς`), and the forms `\p{…}` takes under
 * `iu` and not without it. `\w`, `\b`, `\d` and `\s` need nothing: under `iu` `\w` takes U+017F and U+212A
 * KELVIN SIGN, which folded are `s` and `k`.
 *
 * A source it cannot rewrite exactly (back references, `\P{…}`, `\c`, a property the table does not know) keeps
 * `iu`, and runs on the folded text just as well: under `iu` case does not matter.
 */

/** Text as the rewritten expressions read it: see above. */
export function foldCase(text: string): string {
  if (text === lastText) return lastFolded;
  let folded = text.toLowerCase();
  // U+0130 is the one character whose lower case is two: it matches only itself under `iu`, and stays.
  if (folded.length !== text.length) folded = text.replace(/[^\u0130]+/g, (s) => s.toLowerCase());
  if (folded.includes('\u017f')) folded = folded.replace(/\u017f/g, 's');
  lastText = text;
  lastFolded = folded;
  return folded;
}
let lastText = '';
let lastFolded = '';

/** How a character of any case reads once folded, as {@link foldCase} has it. */
function folded(c: number): number {
  return c === 0x17f ? 0x73 : c === 0x130 ? c : String.fromCodePoint(c).toLowerCase().codePointAt(0)!;
}

let multiForms: Map<number, number[]> | undefined;
/** Per member of a set with several folded forms (`Σ`, `σ`, `ς`): those forms (`σ`, `ς`). */
function multiFormSets(): Map<number, number[]> {
  if (!multiForms) {
    multiForms = new Map();
    for (const set of MULTI_FORM_SETS.split(' ')) {
      const codes = set.split(',').map((x) => parseInt(x, 16));
      const forms = [...new Set(codes.map(folded))];
      for (const c of codes) multiForms.set(c, forms);
    }
  }
  return multiForms;
}

/** Hexadecimal code points and ranges ("61,63-7a") as from, to, from, to… */
function hexRanges(list: string): number[] {
  const out: number[] = [];
  for (const item of list.split(',')) {
    if (!item) continue;
    const [a, b = a] = item.split('-');
    out.push(parseInt(a, 16), parseInt(b, 16));
  }
  return out;
}

let casedRanges: Int32Array | undefined;
/** The characters with other cases, as ranges: from, to, from, to… */
function cased(): Int32Array {
  return (casedRanges ??= Int32Array.from(hexRanges(CASED)));
}

/** The folded forms of every case set with a member in `[from, to]`: each member's, and all of a set with several. */
function formsIn(from: number, to: number, out: Set<number>): void {
  const ranges = cased();
  for (let k = 0; k < ranges.length; k += 2) {
    const a = Math.max(from, ranges[k]);
    const b = Math.min(to, ranges[k + 1]);
    for (let c = a; c <= b; c++) {
      const forms = multiFormSets().get(c);
      if (forms) for (const f of forms) out.add(f);
      else out.add(folded(c));
    }
  }
}

/** A code point as source, in a class or out of one: letters, digits and most of what is not ASCII as they are. */
function char(c: number): string {
  const plain = (c >= 97 && c <= 122) || (c >= 65 && c <= 90) || (c >= 48 && c <= 57) || (c >= 0xc0 && c !== 0x2028 && c !== 0x2029 && (c < 0xd800 || c > 0xdfff));
  return plain ? String.fromCodePoint(c) : `\\u{${c.toString(16)}}`;
}

/** Code points as class members, runs as ranges. */
function members(codes: number[]): string {
  codes.sort((a, b) => a - b);
  let out = '';
  for (let k = 0; k < codes.length; ) {
    let e = k;
    while (e + 1 < codes.length && codes[e + 1] === codes[e] + 1) e++;
    out += e > k + 1 ? `${char(codes[k])}-${char(codes[e])}` : codes.slice(k, e + 1).map(char).join('');
    k = e + 1;
  }
  return out;
}

const propertyForms = new Map<string, string | null>();
/**
 * The folded forms `\p{name}` takes under `iu` that it lacks without `i` (U+0345 for `\p{L}`), as class members;
 * null for a property the table does not know.
 */
function propertyExtras(name: string): string | null {
  let out = propertyForms.get(name);
  if (out === undefined) {
    const listed = PROPERTY_EXTRAS[name];
    if (listed === undefined) out = null;
    else {
      const ranges = hexRanges(listed);
      const codes: number[] = [];
      for (let k = 0; k < ranges.length; k += 2) for (let c = ranges[k]; c <= ranges[k + 1]; c++) codes.push(c);
      out = members(codes);
    }
    propertyForms.set(name, out);
  }
  return out;
}

/** A backslash escape: what it stands for. */
type Escape = { code: number } | { kind: 'class' } | { kind: 'property'; name: string } | null;

const SINGLE: Record<string, number> = { f: 0x0c, n: 0x0a, r: 0x0d, t: 0x09, v: 0x0b };

/**
 * The escape `e` (backslash included) as {@link caseless} reads it: a character, a class that folding does not
 * change (`\d`, `\s`, `\w`, `\b` and their negations), a property, or null for one it cannot rewrite.
 */
function readEscape(e: string): Escape {
  const ch = e[1];
  if ('dDsSwWbB'.includes(ch)) return { kind: 'class' };
  if (ch === 'p') return { kind: 'property', name: e.slice(3, -1) };
  if (ch === 'u') {
    if (e[2] === '{') return { code: parseInt(e.slice(3, -1), 16) };
    const hi = parseInt(e.slice(2, 6), 16);
    return { code: e.length > 6 ? (hi - 0xd800) * 0x400 + (parseInt(e.slice(8), 16) - 0xdc00) + 0x10000 : hi };
  }
  if (ch === 'x') return { code: parseInt(e.slice(2), 16) };
  if (ch in SINGLE) return { code: SINGLE[ch] };
  if (ch === '0' && e.length === 2) return { code: 0 };
  // Under `u` only syntax characters (and `-` in a class) may be escaped, none of them with cases; `\P`, `\c`
  // and back references are not rewritten.
  if (/[\\^$.*+?()[\]{}|/-]/.test(ch)) return { code: ch.charCodeAt(0) };
  return null;
}

/** One escape or character of a class body: an escape, or one code point. */
const CLASS_ATOM = /\\(?:[pP]\{[^}]*\}|u\{[0-9a-fA-F]+\}|u[dD][89abAB][0-9a-fA-F]{2}\\u[dD][c-fC-F][0-9a-fA-F]{2}|u[0-9a-fA-F]{4}|x[0-9a-fA-F]{2}|c[A-Za-z]|0(?![0-9])|[\s\S])|[\s\S]/uy;

const classes = new Map<string, string | null>();
/** The class `text` (brackets included) rewritten, or null. */
function caselessClass(text: string): string | null {
  let out = classes.get(text);
  if (out === undefined) {
    out = rewriteClass(text);
    classes.set(text, out);
  }
  return out;
}

function rewriteClass(text: string): string | null {
  const negated = text[1] === '^';
  const end = text.length - 1;
  CLASS_ATOM.lastIndex = negated ? 2 : 1;
  const ranges: number[] = [];
  let escapes = '';
  const properties: string[] = [];
  // One atom: its code point, -1 for an escape that stands for a class, null for one that cannot be rewritten.
  const atom = (): number | null => {
    const m = CLASS_ATOM.exec(text)!;
    if (m[0].length === 1 || (m[0].length === 2 && m[0].codePointAt(0)! > 0xffff)) return m[0].codePointAt(0)!;
    const e = readEscape(m[0]);
    if (e === null) return null;
    if ('code' in e) return e.code;
    escapes += m[0];
    if (e.kind === 'property') properties.push(e.name);
    return -1;
  };
  while (CLASS_ATOM.lastIndex < end) {
    const a = atom();
    if (a === null) return null;
    if (a < 0) continue;
    if (text[CLASS_ATOM.lastIndex] === '-' && CLASS_ATOM.lastIndex + 1 < end) {
      CLASS_ATOM.lastIndex++;
      const b = atom();
      if (b === null || b < 0) return null;
      ranges.push(a, b);
    } else ranges.push(a, a);
  }
  const forms = new Set<number>();
  for (let k = 0; k < ranges.length; k += 2) formsIn(ranges[k], ranges[k + 1], forms);
  const inRanges = (c: number) => {
    for (let k = 0; k < ranges.length; k += 2) if (c >= ranges[k] && c <= ranges[k + 1]) return true;
    return false;
  };
  const extra = [...forms].filter((c) => !inRanges(c));
  let fromProperties = '';
  for (const p of properties) {
    const e = propertyExtras(p);
    if (e === null) return null;
    fromProperties += e;
  }
  if (extra.length === 0 && !fromProperties) return text;
  // Written anew, so that nothing added can join a range of the source.
  const own: number[] = [];
  let body = '';
  for (let k = 0; k < ranges.length; k += 2) {
    if (ranges[k] === ranges[k + 1]) own.push(ranges[k]);
    else body += `${char(ranges[k])}-${char(ranges[k + 1])}`;
  }
  return `[${negated ? '^' : ''}${body}${members([...own, ...extra])}${escapes}${fromProperties}]`;
}

/** What the rewriting looks at: escapes, classes, named groups, upper-case ASCII letters, and non-ASCII characters. */
const TOKEN =
  /\\(?:[pP]\{[^}]*\}|u\{[0-9a-fA-F]+\}|u[dD][89abAB][0-9a-fA-F]{2}\\u[dD][c-fC-F][0-9a-fA-F]{2}|u[0-9a-fA-F]{4}|x[0-9a-fA-F]{2}|c[A-Za-z]|0(?![0-9])|[\s\S])|\[(?:\\[\s\S]|[^\]\\])*\]|\(\?<(?![=!])[^>]*>|[A-Z]|[^\0-\x7f]/gu;

/** Under `iu`, what the code point matches, as source for the folded text; `written` if that is itself. */
function caselessChar(c: number, written: string): string {
  const forms = multiFormSets().get(c);
  if (forms) return `[${members([...forms])}]`;
  const f = folded(c);
  return f === c ? written : char(f);
}

/**
 * The source, for the `u` flag and folded text ({@link foldCase}), of an expression that matches what `source`
 * matches under `iu`; undefined when it cannot be rewritten exactly.
 */
export function caseless(source: string): string | undefined {
  let failed = false;
  const out = source.replace(TOKEN, (t) => {
    const c0 = t.charCodeAt(0);
    if (c0 === 0x5c) {
      const e = readEscape(t);
      if (e === null) {
        failed = true;
        return t;
      }
      if ('code' in e) return caselessChar(e.code, t);
      if (e.kind === 'property') {
        const extra = propertyExtras(e.name);
        if (extra === null) failed = true;
        return extra ? `[${t}${extra}]` : t;
      }
      return t;
    }
    if (c0 === 0x5b) {
      const c = caselessClass(t);
      if (c === null) failed = true;
      return c ?? t;
    }
    if (c0 === 0x28) return t;
    return caselessChar(t.codePointAt(0)!, t);
  });
  return failed ? undefined : out;
}

/**
 * `source` (written for `iu`) compiled for folded text: {@link caseless} with `u` and `flags`, or where it cannot
 * be, `source` as it is with `iu` and `flags`.
 */
export function compileCaseless(source: string, flags = ''): RegExp {
  const s = caseless(source);
  if (s !== undefined) {
    try {
      return new RegExp(s, `${flags}u`);
    } catch {
      // A rewriting the expression does not accept (the tests see that none of the catalogue's is one): as written.
    }
  }
  return new RegExp(source, `${flags}iu`);
}
