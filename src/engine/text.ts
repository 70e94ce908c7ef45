import type { Point, Range } from './types';

/**
 * Maps UTF-16 offsets to 1-based lines and columns. CRLF counts as one line break, and so do a lone
 * CR and a lone LF, as CommonMark says.
 */
export class LineIndex {
  private readonly starts: number[] = [0];

  constructor(readonly text: string) {
    for (let i = 0; i < text.length; i++) {
      const c = text.charCodeAt(i);
      if (c === 10) this.starts.push(i + 1);
      else if (c === 13) {
        if (text.charCodeAt(i + 1) === 10) i++;
        this.starts.push(i + 1);
      }
    }
  }

  get lineCount(): number {
    return this.starts.length;
  }

  /** Offset of the first character of a 1-based line. */
  lineStart(line: number): number {
    return this.starts[Math.max(0, Math.min(line, this.starts.length) - 1)];
  }

  /** Offset just past the last character of a 1-based line, before its line break. */
  lineEnd(line: number): number {
    const next = line < this.starts.length ? this.starts[line] : this.text.length;
    let end = next;
    if (line < this.starts.length) {
      end--;
      if (this.text.charCodeAt(end) === 10 && this.text.charCodeAt(end - 1) === 13) end--;
    }
    return end;
  }

  point(offset: number): Point {
    const o = Math.max(0, Math.min(offset, this.text.length));
    let lo = 0;
    let hi = this.starts.length - 1;
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if (this.starts[mid] <= o) lo = mid;
      else hi = mid - 1;
    }
    return { line: lo + 1, column: o - this.starts[lo] + 1, offset: o };
  }

  range(start: number, end: number): Range {
    return { start: this.point(start), end: this.point(end) };
  }
}

/**
 * What inline code becomes in a unit's text: U+001A SUBSTITUTE, a character no prose holds. It is one byte wide, like
 * Latin text: V8 keeps a string in one byte per character while it can, a regular expression is compiled once per
 * width of the strings it runs on, and the widths differ most in what they cost to compile (under `u`, a class such
 * as `\p{L}` has some 700 ranges for two-byte text and a few for one-byte text). With U+FFFC here, every paragraph
 * of an ASCII memo with inline code was two bytes wide, and a fresh process compiled a hundred expressions twice
 * (about 40 ms of the 20 KB memo's first lint).
 */
export const CODE_PLACEHOLDER = '\u001a';

/** A unit's words as findings show them: inline code as U+FFFC, the object replacement character. */
export function shownText(s: string): string {
  return s.includes(CODE_PLACEHOLDER) ? s.replaceAll(CODE_PLACEHOLDER, '\uFFFC') : s;
}

/** True for the high half of a surrogate pair. */
export function isHighSurrogate(code: number): boolean {
  return code >= 0xd800 && code <= 0xdbff;
}

/** True for the low half of a surrogate pair. */
export function isLowSurrogate(code: number): boolean {
  return code >= 0xdc00 && code <= 0xdfff;
}
