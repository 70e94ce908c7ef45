/**
 * Limits of what the engine parses. The Markdown parser recurses once per level of nesting: a memo with
 * thousands of nested lists or block quotes overflows the stack (after minutes of work). Such a memo is not
 * prose anyone wrote; the engine refuses it up front with a clear error instead.
 */

/** Deepest nesting of lists and block quotes the engine parses. Real memos stay under ten. */
export const MAX_NESTING = 256;

/** The memo is beyond what the engine parses (too deeply nested); `lint` throws it instead of crashing. */
export class MemoTooComplexError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'MemoTooComplexError';
  }
}

/**
 * An upper bound on the nesting depth of any line: its leading container markers (`>`, `-`, `*`, `+`, `1.`,
 * `1)`) plus half its indentation, since each level of a list nested by indentation indents by two or more.
 * Linear in the text; it may overestimate (a deeply indented code line), never underestimate.
 */
export function nestingDepth(text: string, stopAbove = Infinity): number {
  let max = 0;
  const n = text.length;
  let i = 0;
  while (i < n) {
    let markers = 0;
    let indent = 0;
    for (;;) {
      const c = text.charCodeAt(i);
      // Indentation before the first marker nests by position; spaces after a marker only separate.
      if (c === 32) {
        if (markers === 0) indent++;
        i++;
      } else if (c === 9) {
        if (markers === 0) indent += 4;
        i++;
      } else if (c === 62 /* > */) {
        markers++;
        i++;
      } else if ((c === 45 || c === 42 || c === 43) /* - * + */ && isGap(text.charCodeAt(i + 1))) {
        markers++;
        i++;
      } else if (c >= 48 && c <= 57) {
        let j = i;
        while (j < n && j - i < 9 && text.charCodeAt(j) >= 48 && text.charCodeAt(j) <= 57) j++;
        const d = text.charCodeAt(j);
        if ((d === 46 || d === 41) /* . ) */ && isGap(text.charCodeAt(j + 1))) {
          markers++;
          i = j + 1;
        } else break;
      } else break;
    }
    const depth = markers + (indent >> 1);
    if (depth > max) {
      max = depth;
      if (max > stopAbove) return max;
    }
    // Next line: LF, CR or CRLF.
    while (i < n) {
      const c = text.charCodeAt(i++);
      if (c === 10) break;
      if (c === 13) {
        if (text.charCodeAt(i) === 10) i++;
        break;
      }
    }
  }
  return max;
}

function isGap(c: number): boolean {
  // Space, tab, line end or the end of the text (NaN).
  return c === 32 || c === 9 || c === 10 || c === 13 || Number.isNaN(c);
}

/** Throws {@link MemoTooComplexError} for a memo nested deeper than {@link MAX_NESTING}. */
export function checkNesting(text: string): void {
  const depth = nestingDepth(text, MAX_NESTING);
  if (depth > MAX_NESTING) {
    throw new MemoTooComplexError(`memo nested too deeply: lists or block quotes more than ${MAX_NESTING} levels deep`);
  }
}

/** Runs of `*` or `_` longer than this are read as plain characters, not emphasis delimiters. */
export const MAX_DELIMITER_RUN = 256;

/**
 * The Markdown parser's emphasis matching is quadratic in the length of a delimiter run: 8,000 asterisks around a
 * word take it a minute and a half. Runs longer than {@link MAX_DELIMITER_RUN} (never emphasis anyone meant) are
 * replaced by look-alike characters of the same length (U+2217 ∗, U+FF3F ＿), so every offset is unchanged and the
 * run parses as text, in linear time. Shorter runs, and so every real memo, are returned as they are.
 */
export function neutraliseDelimiterRuns(text: string): string {
  if (text.length <= MAX_DELIMITER_RUN) return text;
  let out: string[] | undefined;
  let last = 0;
  const n = text.length;
  for (let i = 0; i < n; ) {
    const c = text.charCodeAt(i);
    if (c !== 42 && c !== 95) {
      i++;
      continue;
    }
    let j = i + 1;
    while (j < n && text.charCodeAt(j) === c) j++;
    if (j - i > MAX_DELIMITER_RUN) {
      out ??= [];
      out.push(text.slice(last, i), (c === 42 ? '\u2217' : '\uFF3F').repeat(j - i));
      last = j;
    }
    i = j;
  }
  if (!out) return text;
  out.push(text.slice(last));
  return out.join('');
}

/** The most repetitions a quantifier inside a lookbehind takes (see {@link boundLookbehinds}). */
export const LOOKBEHIND_REPEAT = 64;

/**
 * A lookbehind is tried at every position of a search, and an unbounded quantifier inside it (`(?<!\bsees\s+)`)
 * walks back over a whole run from each of them: quadratic in the run (a claim with 40,000 spaces before
 * "whether" took 18 s). This bounds every `+`, `*` and `{n,}` inside lookbehinds to {@link LOOKBEHIND_REPEAT}
 * repetitions, so each position costs a constant; what a lookbehind looks for (a word, a few spaces) is far
 * shorter. Character classes and escapes are left as they are.
 */
export function boundLookbehinds(source: string): string {
  if (!source.includes('(?<')) return source;
  let out = '';
  const depth: number[] = []; // parenthesis depth at which each open lookbehind started
  let parens = 0;
  let inClass = false;
  for (let i = 0; i < source.length; i++) {
    const c = source[i];
    if (c === '\\') {
      out += c + (source[i + 1] ?? '');
      i++;
      continue;
    }
    if (inClass) {
      if (c === ']') inClass = false;
      out += c;
      continue;
    }
    if (c === '[') {
      inClass = true;
      out += c;
      continue;
    }
    if (c === '(') {
      parens++;
      if (source.startsWith('(?<=', i) || source.startsWith('(?<!', i)) depth.push(parens);
      out += c;
      continue;
    }
    if (c === ')') {
      if (depth.length && depth[depth.length - 1] === parens) depth.pop();
      parens--;
      out += c;
      continue;
    }
    if (depth.length && (c === '+' || c === '*')) {
      out += c === '+' ? `{1,${LOOKBEHIND_REPEAT}}` : `{0,${LOOKBEHIND_REPEAT}}`;
      continue;
    }
    if (depth.length && c === '{') {
      const m = /^\{(\d+),\}/.exec(source.slice(i, i + 12));
      if (m) {
        out += `{${m[1]},${Math.max(LOOKBEHIND_REPEAT, Number(m[1]))}}`;
        i += m[0].length - 1;
        continue;
      }
    }
    out += c;
  }
  return out;
}
