import type { CoreQuestion, FindingGroup, MemoReport, PortfolioReport, QuestionStatus, ReportFinding } from './types';
import { formatString, type ReportStringKey, type ReportStrings } from './strings';

/**
 * Exports of the reports: Markdown, a standalone HTML page (no script; a CSP forbids everything but its
 * inline style) and JSON. Every string that comes from a memo is escaped for the target format, so a memo
 * cannot inject markup into an export. Labels come from `REPORT_STRINGS`, overridable per call.
 */

type Strings = Partial<ReportStrings> | undefined;

/** The CSP of the HTML exports: nothing may load or run; only the inline stylesheet applies. */
export const EXPORT_CSP = "default-src 'none'; style-src 'unsafe-inline'";

const STATUS_MARK: Record<QuestionStatus, string> = {
  answered: '✓',
  tracked: '◐',
  unanswered: '✗',
  'not-applicable': '–',
  'not-checked': '?',
};

/**
 * Escapes text for HTML element content and quoted attribute values.
 *
 * @example
 * escapeHtml('<img src=x onerror=alert(1)>'); // "&lt;img src=x onerror=alert(1)&gt;"
 */
export function escapeHtml(s: string): string {
  return s.replace(/[&<>"']/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c]!);
}

/**
 * Escapes text for one line of Markdown (a heading, a list item or a table cell) so that it renders as the same
 * text and nothing else: no HTML, no links, images or link references, no emphasis, code, strikethrough, table
 * cells or block markers. Whitespace (newlines included) collapses to single spaces. Bare `http(s)://`, `www.`
 * and e-mail addresses stay plain text that GFM renderers may still autolink, as they would in the memo
 * itself (escapes cannot stop that); a `javascript:` URL is never a link.
 *
 * @example
 * escapeMarkdown('[x](javascript:alert(1)) **bold** | <b>'); // "\[x\](javascript:alert(1)) \*\*bold\*\* \| &lt;b&gt;"
 */
export function escapeMarkdown(s: string): string {
  let out = s
    .replace(/\s+/g, ' ')
    .trim()
    .replace(/[\\`*_[\]|~#!$^{}]/g, (c) => `\\${c}`)
    .replace(/[&<>]/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;' })[c]!);
  // Block markers at the start: list items, ordered items, setext underlines, thematic breaks.
  out = out.replace(/^([-+=])/, '\\$1').replace(/^(\d+)([.)])/, '$1\\$2');
  return out;
}

function t(strings: Strings, key: ReportStringKey, ...args: (string | number)[]): string {
  return formatString(strings, key, ...args);
}

function statusLabel(strings: Strings, s: QuestionStatus): string {
  return t(strings, `status.${s}` as ReportStringKey);
}

function kindLabel(strings: Strings, g: FindingGroup): string {
  return t(strings, `kind.${g.kind}` as ReportStringKey);
}

function findingWhere(strings: Strings, f: ReportFinding): string {
  return f.scope === 'document' ? t(strings, 'wholeMemo') : t(strings, 'line', f.line);
}

// ---------------------------------------------------------------------------------------------------------------
// Markdown

/**
 * The memo report as Markdown.
 *
 * @example
 * writeFileSync('acme.report.md', memoReportToMarkdown(buildMemoReport(text, lintMemo(text), { name: 'acme.md' })));
 */
export function memoReportToMarkdown(report: MemoReport, strings?: Partial<ReportStrings>): string {
  const md = escapeMarkdown;
  const c = report.counts;
  const out: string[] = [];
  out.push(`# ${md(t(strings, 'title.memo'))}: ${md(report.memo.title)}`, '');
  out.push(`${md(report.memo.name)} · ${md(t(strings, 'engine', report.engineVersion))}`, '');
  const heads = [t(strings, 'count.red'), t(strings, 'count.green'), t(strings, 'count.gap'), t(strings, 'count.acknowledged')];
  const values = [c.red, c.green, c.gap, c.acknowledged];
  if (c.directive) {
    heads.push(t(strings, 'count.directive'));
    values.push(c.directive);
  }
  out.push(`| ${heads.map(md).join(' | ')} |`, `|${heads.map(() => ' ---: ').join('|')}|`, `| ${values.join(' | ')} |`, '');

  out.push(`## ${md(t(strings, 'section.questions'))}`, '');
  for (const q of report.questions) out.push(`- ${questionMarkdown(strings, q)}`);
  out.push('');

  out.push(`## ${md(t(strings, 'section.findings'))}`, '');
  if (report.groups.length === 0) out.push(md(t(strings, 'noFindings')), '');
  for (const g of report.groups) {
    out.push(`### ${md(kindLabel(strings, g))}: ${md(g.title)} (${md(g.ruleId)})`, '');
    if (g.claim) out.push(md(g.claim), '');
    if (g.docPath) out.push(`${md(t(strings, 'ruleDocs'))}: ${md(g.docPath)}`, '');
    for (const f of g.findings) {
      out.push(`- **${md(findingWhere(strings, f))}** — ${md(f.message)}`);
      if (f.excerpt) out.push(`  - “${md(f.excerpt)}”`);
      if (f.acknowledged) out.push(`  - ${md(t(strings, 'acknowledgedAt', f.acknowledged.line))}. ${md(rationaleText(strings, f.acknowledged.rationale))}`);
    }
    if (g.questions.length) {
      out.push('', `${md(t(strings, 'zhuAsks'))}:`, '');
      for (const q of g.questions) out.push(`- ${md(q)}`);
    }
    out.push('');
  }

  out.push(`## ${md(t(strings, 'section.accepted'))}`, '');
  if (report.acknowledged.length === 0) out.push(md(t(strings, 'noAccepted')), '');
  for (const a of report.acknowledged) {
    const scope = t(strings, a.scope === 'file' ? 'scope.file' : 'scope.block');
    out.push(`- **${md(t(strings, 'line', a.line))}** — ${md(a.title)} (${md(a.ruleId)}, ${md(scope)}): ${md(rationaleText(strings, a.rationale))}`);
    if (a.excerpt) out.push(`  - “${md(a.excerpt)}”`);
  }
  if (report.acknowledged.length) out.push('');
  return `${out.join('\n').replace(/\n{3,}/g, '\n\n').trimEnd()}\n`;
}

function rationaleText(strings: Strings, rationale: string): string {
  return rationale ? t(strings, 'rationale', rationale) : t(strings, 'noRationale');
}

function questionMarkdown(strings: Strings, q: CoreQuestion): string {
  const md = escapeMarkdown;
  let s = `${STATUS_MARK[q.status]} **${md(statusLabel(strings, q.status))}** — ${md(q.question)}`;
  if (q.line !== undefined) {
    s += ` (${md(t(strings, 'line', q.line))}${q.excerpt ? `: “${md(q.excerpt)}”` : ''})`;
  }
  if (q.acknowledged) s += ` — ${md(t(strings, 'acknowledgedAt', q.acknowledged.line))}. ${md(rationaleText(strings, q.acknowledged.rationale))}`;
  return s;
}

/**
 * The portfolio report as Markdown: one table row per memo and a totals row.
 *
 * @example
 * writeFileSync('portfolio.md', portfolioReportToMarkdown(buildPortfolioReport(rows)));
 */
export function portfolioReportToMarkdown(report: PortfolioReport, strings?: Partial<ReportStrings>): string {
  const md = escapeMarkdown;
  const out: string[] = [`# ${md(t(strings, 'title.portfolio'))}`, '', md(t(strings, 'engine', report.engineVersion)), ''];
  if (report.incomplete) out.push(md(t(strings, 'incomplete', report.incomplete.done, report.incomplete.total)), '');
  const heads = ['column.name', 'column.title', 'column.red', 'column.green', 'column.gap', 'column.acknowledged'] as const;
  out.push(`| ${heads.map((h) => md(t(strings, h))).join(' | ')} |`, '| --- | --- | ---: | ---: | ---: | ---: |');
  for (const r of report.rows) {
    if (r.error !== undefined) out.push(`| ${md(r.path)} | ${md(t(strings, 'error', r.error))} | — | — | — | — |`);
    else out.push(`| ${md(r.path)} | ${md(r.title)} | ${r.red} | ${r.green} | ${r.gap} | ${r.acknowledged} |`);
  }
  const tt = report.totals;
  out.push(`| **${md(t(strings, 'totals', tt.memos))}** |  | **${tt.red}** | **${tt.green}** | **${tt.gap}** | **${tt.acknowledged}** |`);
  return `${out.join('\n')}\n`;
}

// ---------------------------------------------------------------------------------------------------------------
// HTML

const STYLE = `
:root { color-scheme: light dark; --red: #c62828; --green: #2e7d32; --gap: #8a6d00; --muted: #666; --line: #ddd; }
@media (prefers-color-scheme: dark) { :root { --red: #ef9a9a; --green: #a5d6a7; --gap: #ffe082; --muted: #aaa; --line: #444; } }
body { font: 15px/1.5 system-ui, -apple-system, "Segoe UI", sans-serif; max-width: 60rem; margin: 2rem auto; padding: 0 1rem; }
h1 { font-size: 1.6rem; margin-bottom: .25rem; } h2 { margin-top: 2rem; border-bottom: 1px solid var(--line); }
.meta, .claim, .muted { color: var(--muted); }
.counts { display: flex; flex-wrap: wrap; gap: 1rem; margin: 1rem 0; padding: 0; list-style: none; }
.counts li { border: 1px solid var(--line); border-radius: 6px; padding: .5rem 1rem; min-width: 7rem; }
.counts .n { display: block; font-size: 2rem; font-weight: 700; }
.red .n, .kind-red { color: var(--red); } .green .n, .kind-green { color: var(--green); } .gap .n, .kind-gap { color: var(--gap); }
ul.questions { list-style: none; padding: 0; } ul.questions li { margin: .4rem 0; }
.mark { display: inline-block; width: 1.5em; font-weight: 700; }
.answered .mark, .tracked .mark { color: var(--green); } .unanswered .mark { color: var(--red); }
blockquote { margin: .25rem 0 .25rem 0; padding-left: .75rem; border-left: 3px solid var(--line); }
table { border-collapse: collapse; width: 100%; } th, td { border-bottom: 1px solid var(--line); padding: .3rem .5rem; text-align: left; }
td.num, th.num { text-align: right; font-variant-numeric: tabular-nums; } tfoot td { font-weight: 700; }
.ack { font-style: italic; }
`;

function page(title: string, body: string): string {
  return [
    '<!DOCTYPE html>',
    '<html lang="en">',
    '<head>',
    '<meta charset="utf-8">',
    `<meta http-equiv="Content-Security-Policy" content="${EXPORT_CSP}">`,
    '<meta name="viewport" content="width=device-width, initial-scale=1">',
    `<title>${escapeHtml(title)}</title>`,
    `<style>${STYLE}</style>`,
    '</head>',
    '<body>',
    body,
    '</body>',
    '</html>',
    '',
  ].join('\n');
}

/**
 * The memo report as a standalone HTML page: inline stylesheet, no script, a CSP that blocks everything else,
 * every memo string escaped.
 *
 * @example
 * writeFileSync('acme.report.html', memoReportToHtml(report));
 */
export function memoReportToHtml(report: MemoReport, strings?: Partial<ReportStrings>): string {
  const h = escapeHtml;
  const c = report.counts;
  const b: string[] = [];
  b.push(`<header><h1>${h(report.memo.title)}</h1>`);
  b.push(`<p class="meta">${h(t(strings, 'title.memo'))} · ${h(report.memo.name)} · ${h(t(strings, 'engine', report.engineVersion))}</p></header>`);
  const counts: [string, string, number][] = [
    ['red', t(strings, 'count.red'), c.red],
    ['green', t(strings, 'count.green'), c.green],
    ['gap', t(strings, 'count.gap'), c.gap],
    ['acknowledged', t(strings, 'count.acknowledged'), c.acknowledged],
  ];
  if (c.directive) counts.push(['directive', t(strings, 'count.directive'), c.directive]);
  b.push(`<ul class="counts" aria-label="${h(t(strings, 'counts.label'))}">`);
  for (const [cls, label, n] of counts) b.push(`<li class="${cls}"><span class="n">${n}</span> ${h(label)}</li>`);
  b.push('</ul>');

  b.push(`<section><h2>${h(t(strings, 'section.questions'))}</h2><ul class="questions">`);
  for (const q of report.questions) {
    let li = `<li class="${q.status}"><span class="mark" aria-hidden="true">${STATUS_MARK[q.status]}</span><strong>${h(statusLabel(strings, q.status))}</strong> — ${h(q.question)}`;
    if (q.line !== undefined) li += ` <span class="muted">(${h(t(strings, 'line', q.line))})</span>`;
    if (q.excerpt) li += `<blockquote>${h(q.excerpt)}</blockquote>`;
    if (q.acknowledged) li += `<div class="ack">${h(t(strings, 'acknowledgedAt', q.acknowledged.line))}. ${h(rationaleText(strings, q.acknowledged.rationale))}</div>`;
    b.push(`${li}</li>`);
  }
  b.push('</ul></section>');

  b.push(`<section><h2>${h(t(strings, 'section.findings'))}</h2>`);
  if (report.groups.length === 0) b.push(`<p>${h(t(strings, 'noFindings'))}</p>`);
  for (const g of report.groups) {
    b.push(`<section class="group"><h3><span class="kind-${g.kind}">${h(kindLabel(strings, g))}</span>: ${h(g.title)} <span class="muted">(${h(g.ruleId)})</span></h3>`);
    if (g.claim) b.push(`<p class="claim">${h(g.claim)}</p>`);
    b.push('<ul>');
    for (const f of g.findings) {
      let li = `<li><strong>${h(findingWhere(strings, f))}</strong> — ${h(f.message)}`;
      if (f.excerpt) li += `<blockquote>${h(f.excerpt)}</blockquote>`;
      if (f.acknowledged) li += `<div class="ack">${h(t(strings, 'acknowledgedAt', f.acknowledged.line))}. ${h(rationaleText(strings, f.acknowledged.rationale))}</div>`;
      b.push(`${li}</li>`);
    }
    b.push('</ul>');
    if (g.questions.length) b.push(`<p>${h(t(strings, 'zhuAsks'))}:</p><ul>${g.questions.map((q) => `<li>${h(q)}</li>`).join('')}</ul>`);
    if (g.docPath) b.push(`<p class="muted">${h(t(strings, 'ruleDocs'))}: ${h(g.docPath)}</p>`);
    b.push('</section>');
  }
  b.push('</section>');

  b.push(`<section><h2>${h(t(strings, 'section.accepted'))}</h2>`);
  if (report.acknowledged.length === 0) b.push(`<p>${h(t(strings, 'noAccepted'))}</p>`);
  else {
    b.push('<ul>');
    for (const a of report.acknowledged) {
      const scope = t(strings, a.scope === 'file' ? 'scope.file' : 'scope.block');
      let li = `<li><strong>${h(t(strings, 'line', a.line))}</strong> — ${h(a.title)} <span class="muted">(${h(a.ruleId)}, ${h(scope)})</span><div class="ack">${h(rationaleText(strings, a.rationale))}</div>`;
      if (a.excerpt) li += `<blockquote>${h(a.excerpt)}</blockquote>`;
      b.push(`${li}</li>`);
    }
    b.push('</ul>');
  }
  b.push('</section>');
  return page(`${t(strings, 'title.memo')}: ${report.memo.title}`, b.join('\n'));
}

/**
 * The portfolio report as a standalone HTML page (same guarantees as {@link memoReportToHtml}).
 *
 * @example
 * writeFileSync('portfolio.html', portfolioReportToHtml(buildPortfolioReport(rows)));
 */
export function portfolioReportToHtml(report: PortfolioReport, strings?: Partial<ReportStrings>): string {
  const h = escapeHtml;
  const b: string[] = [`<header><h1>${h(t(strings, 'title.portfolio'))}</h1><p class="meta">${h(t(strings, 'engine', report.engineVersion))}</p></header>`];
  if (report.incomplete) b.push(`<p><strong>${h(t(strings, 'incomplete', report.incomplete.done, report.incomplete.total))}</strong></p>`);
  const heads = ['column.name', 'column.title', 'column.red', 'column.green', 'column.gap', 'column.acknowledged'] as const;
  b.push('<table><thead><tr>');
  b.push(heads.map((k, i) => `<th scope="col"${i >= 2 ? ' class="num"' : ''}>${h(t(strings, k))}</th>`).join(''));
  b.push('</tr></thead><tbody>');
  for (const r of report.rows) {
    if (r.error !== undefined) {
      b.push(`<tr><td>${h(r.path)}</td><td colspan="5">${h(t(strings, 'error', r.error))}</td></tr>`);
    } else {
      b.push(
        `<tr><td>${h(r.path)}</td><td>${h(r.title)}</td><td class="num">${r.red}</td><td class="num">${r.green}</td><td class="num">${r.gap}</td><td class="num">${r.acknowledged}</td></tr>`,
      );
    }
  }
  const tt = report.totals;
  b.push(
    `</tbody><tfoot><tr><td colspan="2">${h(t(strings, 'totals', tt.memos))}</td><td class="num">${tt.red}</td><td class="num">${tt.green}</td><td class="num">${tt.gap}</td><td class="num">${tt.acknowledged}</td></tr></tfoot></table>`,
  );
  return page(t(strings, 'title.portfolio'), b.join('\n'));
}

// ---------------------------------------------------------------------------------------------------------------
// JSON

/**
 * The memo report as pretty-printed JSON (the {@link MemoReport} object), with a final newline.
 *
 * @example
 * JSON.parse(memoReportToJson(report)).counts.red;
 */
export function memoReportToJson(report: MemoReport): string {
  return `${JSON.stringify(report, null, 2)}\n`;
}

/**
 * The portfolio report as pretty-printed JSON (the {@link PortfolioReport} object), with a final newline.
 *
 * @example
 * JSON.parse(portfolioReportToJson(report)).totals;
 */
export function portfolioReportToJson(report: PortfolioReport): string {
  return `${JSON.stringify(report, null, 2)}\n`;
}
