import type { Finding, Severity } from '../engine/index';
import { count, plural, type FileReport } from './report';

/** ANSI styles; identity functions when colours are off. */
function palette(color: boolean) {
  const wrap = (open: number, close: number) => (s: string) => (color ? `\x1b[${open}m${s}\x1b[${close}m` : s);
  return {
    underline: wrap(4, 24),
    bold: wrap(1, 22),
    dim: wrap(2, 22),
    red: wrap(31, 39),
    yellow: wrap(33, 39),
    blue: wrap(34, 39),
    green: wrap(32, 39),
    gray: wrap(90, 39),
  };
}

const LABEL: Record<Severity, string> = { error: 'error', warning: 'warning', information: 'info', hint: 'hint' };

/**
 * ESLint-style text: each memo's path, then one aligned row per finding — `line:column  severity  rule
 * message` — and a summary. The message comes last because it is a whole sentence: long ones do not push
 * the rule ids off screen. Acknowledged findings are not listed, only counted.
 */
export function formatStylish(reports: readonly FileReport[], color: boolean): string {
  const c = palette(color);
  const paint: Record<Severity, (s: string) => string> = { error: c.red, warning: c.yellow, information: c.blue, hint: c.gray };
  const out: string[] = [];
  const all: Finding[] = [];
  for (const r of reports) {
    all.push(...r.findings);
    const shown = r.findings.filter((f) => !f.acknowledged);
    if (shown.length === 0) continue;
    const rows = shown.map((f) => ({
      line: String(f.range.start.line),
      col: String(f.range.start.column),
      sev: LABEL[f.severity],
      severity: f.severity,
      msg: f.message.replace(/\s+/g, ' ').trim(),
      rule: f.ruleId,
    }));
    const wLine = Math.max(...rows.map((r) => r.line.length));
    const wCol = Math.max(...rows.map((r) => r.col.length));
    const wSev = Math.max(...rows.map((r) => r.sev.length));
    const wRule = Math.max(...rows.map((r) => r.rule.length));
    out.push(c.underline(r.shown));
    for (const row of rows) {
      const pos = `${row.line.padStart(wLine)}:${row.col.padEnd(wCol)}`;
      const sev = paint[row.severity](row.sev) + ' '.repeat(wSev - row.sev.length);
      const rule = c.dim(row.rule) + ' '.repeat(wRule - row.rule.length);
      out.push(`  ${c.dim(pos)}  ${sev}  ${rule}  ${row.msg}`.trimEnd());
    }
    out.push('');
  }
  const t = count(all);
  const shownCount = t.errors + t.warnings + t.infos + t.hints;
  if (shownCount === 0 && t.acknowledged === 0) return '';
  const parts = [plural(t.red, 'red flag'), plural(t.green, 'strength'), plural(t.gap, 'gap')];
  if (t.directive) parts.push(plural(t.directive, 'directive problem'));
  let summary =
    shownCount === 0
      ? 'no findings'
      : `${plural(shownCount, 'finding')}: ${parts.join(', ')} (${plural(t.errors, 'error')}, ${plural(t.warnings, 'warning')})`;
  if (t.acknowledged) summary += ` · ${t.acknowledged} acknowledged`;
  const mark = t.errors ? c.red(c.bold(`✖ ${summary}`)) : t.warnings ? c.yellow(c.bold(`✖ ${summary}`)) : c.green(c.bold(`✔ ${summary}`));
  out.push(mark);
  return `${out.join('\n')}\n`;
}
