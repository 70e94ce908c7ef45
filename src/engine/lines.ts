/**
 * Lines of a text: where a line ends, where the next one starts, whether it is blank. `\r\n`, `\n` and a lone
 * `\r` end a line, as they do for the parser.
 */

/** Whether the line at `from` holds nothing but spaces and tabs. */
export function blankLine(text: string, from: number): boolean {
  for (let k = from; k < text.length; k++) {
    const c = text.charCodeAt(k);
    if (c === 10 || c === 13) return true;
    if (c !== 32 && c !== 9) return false;
  }
  return true;
}

/** The end of the line at `from`, before its line break. */
export function lineEnd(text: string, from: number): number {
  let k = from;
  while (k < text.length && text.charCodeAt(k) !== 10 && text.charCodeAt(k) !== 13) k++;
  return k;
}

/** The start of the line after the one at `from`, or -1 at the last line. */
export function nextLine(text: string, from: number): number {
  return lineAfter(text, lineEnd(text, from));
}

/** The start of the line after a line that ends at `end` (before its line break), or -1 at the last line. */
export function lineAfter(text: string, end: number): number {
  if (end >= text.length) return -1;
  return text.charCodeAt(end) === 13 && text.charCodeAt(end + 1) === 10 ? end + 2 : end + 1;
}
