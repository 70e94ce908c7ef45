import type { Finding, Severity } from '../engine/index';

/** One memo's results, as the formatters see them. */
export interface FileReport {
  /** Absolute path, or `<stdin>`. */
  filePath: string;
  /** The path as shown to the user: relative to the working folder when inside it. */
  shown: string;
  /** The memo's text, for fingerprints. */
  text: string;
  /** Findings to report (already filtered by --quiet), acknowledged ones included. */
  findings: Finding[];
  /** Why the memo was not checked (binary, too large, too deeply nested); it then has no findings. */
  skipped?: string;
}

export const REPOSITORY_URL = 'https://github.com/memo-redflags/memo-redflags';

/** The documentation URL of a rule page (docPath is relative to the repository). */
export function docUrl(docPath: string): string {
  return `${REPOSITORY_URL}/blob/main/${docPath}`;
}

export interface Totals {
  errors: number;
  warnings: number;
  infos: number;
  hints: number;
  red: number;
  green: number;
  gap: number;
  directive: number;
  acknowledged: number;
}

/** Counts findings that are not acknowledged, by severity and by kind, and the acknowledged ones apart. */
export function count(findings: readonly Finding[]): Totals {
  const t: Totals = { errors: 0, warnings: 0, infos: 0, hints: 0, red: 0, green: 0, gap: 0, directive: 0, acknowledged: 0 };
  for (const f of findings) {
    if (f.acknowledged) {
      t.acknowledged++;
      continue;
    }
    const sev: Record<Severity, keyof Totals> = { error: 'errors', warning: 'warnings', information: 'infos', hint: 'hints' };
    t[sev[f.severity]]++;
    t[f.kind]++;
  }
  return t;
}

export function plural(n: number, one: string, many = `${one}s`): string {
  return `${n} ${n === 1 ? one : many}`;
}

/** Display width in a terminal: wide (East Asian) characters take two columns. */
export function width(s: string): number {
  let w = 0;
  for (const ch of s) {
    const c = ch.codePointAt(0)!;
    if (c < 0x20 || (c >= 0x300 && c <= 0x36f) || c === 0x200b || c === 0xfeff) continue;
    const wide =
      (c >= 0x1100 && c <= 0x115f) ||
      (c >= 0x2e80 && c <= 0x303e) ||
      (c >= 0x3041 && c <= 0x33ff) ||
      (c >= 0x3400 && c <= 0x4dbf) ||
      (c >= 0x4e00 && c <= 0x9fff) ||
      (c >= 0xa000 && c <= 0xa4cf) ||
      (c >= 0xac00 && c <= 0xd7a3) ||
      (c >= 0xf900 && c <= 0xfaff) ||
      (c >= 0xfe30 && c <= 0xfe4f) ||
      (c >= 0xff00 && c <= 0xff60) ||
      (c >= 0xffe0 && c <= 0xffe6) ||
      (c >= 0x1f300 && c <= 0x1faff) ||
      (c >= 0x20000 && c <= 0x3fffd);
    w += wide ? 2 : 1;
  }
  return w;
}
