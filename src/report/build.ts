import type { Finding, RuleKind, Severity } from '../engine/types';
import { DIRECTIVE_RULES, type LintResult } from '../engine/lint';
import { rules, docPath } from '../rules/index';
import type { RuleSpec } from '../rules/types';
import type {
  AcceptedRisk,
  CoreQuestion,
  FindingGroup,
  MemoReport,
  PortfolioReport,
  PortfolioRow,
  PortfolioTotals,
  ReportCounts,
  ReportFinding,
} from './types';

declare const __VERSION__: string;
/** The engine version recorded in reports (the package version). */
export const ENGINE_VERSION: string = typeof __VERSION__ === 'string' ? __VERSION__ : '0.0.0-dev';

/** Longest excerpt, in characters, before it is shortened with an ellipsis. */
export const EXCERPT_MAX = 200;

/** Titles of the engine's findings about its own directives (they are not catalogue rules). */
export const DIRECTIVE_TITLES: Record<string, string> = {
  [DIRECTIVE_RULES.unknownRule]: 'Acknowledgement names an unknown rule',
  [DIRECTIVE_RULES.missingRationale]: 'Acknowledgement without a rationale',
  [DIRECTIVE_RULES.unusedAck]: 'Acknowledgement that silences nothing',
};

const KIND_ORDER: Record<RuleKind, number> = { red: 0, gap: 1, green: 2, directive: 3 };
const SEVERITY_RANK: Record<Severity, number> = { hint: 0, information: 1, warning: 2, error: 3 };
const ruleMap = new Map<string, RuleSpec>(rules.map((r) => [r.id, r]));

/**
 * Collapses whitespace and shortens to about `max` characters, at a word boundary when one is near, with an
 * ellipsis. Never splits a surrogate pair.
 *
 * @example
 * excerptOf('All  top funds\nare in.'); // "All top funds are in."
 */
export function excerptOf(text: string, max = EXCERPT_MAX): string {
  const s = text.replace(/\s+/g, ' ').trim();
  if (s.length <= max) return s;
  let cut = max - 1;
  // Do not cut between a high and a low surrogate.
  if (/[\uD800-\uDBFF]/.test(s[cut - 1] ?? '')) cut--;
  const space = s.lastIndexOf(' ', cut);
  if (space > max * 0.7) cut = space;
  return `${s.slice(0, cut).trimEnd()}…`;
}

/** The memo's words inside a finding's range, as an excerpt. */
function sliceExcerpt(text: string, f: Finding): string {
  if (f.scope === 'document') return '';
  const start = Math.max(0, Math.min(text.length, f.range.start.offset));
  const end = Math.max(start, Math.min(text.length, f.range.end.offset));
  return excerptOf(text.slice(start, end));
}

/**
 * Counts findings by kind; acknowledged findings count only as `acknowledged`.
 *
 * @example
 * countFindings(lint(text)); // { red: 3, green: 1, gap: 2, acknowledged: 1, directive: 0 }
 */
export function countFindings(findings: readonly Finding[]): ReportCounts {
  const c: ReportCounts = { red: 0, green: 0, gap: 0, acknowledged: 0, directive: 0 };
  for (const f of findings) {
    if (f.acknowledged) c.acknowledged++;
    else c[f.kind]++;
  }
  return c;
}

/** The memo's title: the words of its title range, else the file name. */
function titleOf(text: string, result: LintResult, name: string): string {
  const { start, end } = result.title;
  const t = excerptOf(text.slice(start.offset, end.offset));
  return t || name;
}

function toReportFinding(text: string, f: Finding): ReportFinding {
  const rf: ReportFinding = {
    line: f.range.start.line,
    column: f.range.start.column,
    endLine: f.range.end.line,
    endColumn: f.range.end.column,
    severity: f.severity,
    scope: f.scope,
    message: f.message,
    excerpt: sliceExcerpt(text, f),
  };
  if (f.acknowledged) rf.acknowledged = { rationale: f.acknowledged.rationale, line: f.acknowledged.range.start.line };
  return rf;
}

function titleOfRule(ruleId: string): string {
  return ruleMap.get(ruleId)?.title ?? DIRECTIVE_TITLES[ruleId] ?? ruleId;
}

/**
 * Builds the scorecard of one memo from its text and its lint result (lint with `includeAcknowledged`, the
 * default, to keep the audit trail of accepted risks).
 *
 * @param text The memo's text, exactly as linted (ranges index into it).
 * @param result `lintMemo(text, options)`.
 * @param meta The file name and, in an editor, the document's URI.
 * @example
 * const report = buildMemoReport(text, lintMemo(text), { name: 'acme.md', uri: doc.uri.toString() });
 */
export function buildMemoReport(text: string, result: LintResult, meta: { name: string; uri?: string }): MemoReport {
  const findings = result.findings;

  const questions: CoreQuestion[] = rules
    .filter((r) => r.kind === 'gap')
    .map((r) => {
      const answer = result.answers[r.id];
      const q: CoreQuestion = {
        ruleId: r.id,
        title: r.title,
        question: r.questions[0] ?? r.openQuestion ?? r.title,
        status: answer ? answer.status : 'not-checked',
      };
      if (answer?.range && (answer.status === 'answered' || answer.status === 'tracked')) {
        q.line = answer.range.start.line;
        q.column = answer.range.start.column;
        const words = answer.text ?? text.slice(answer.range.start.offset, answer.range.end.offset);
        const excerpt = excerptOf(words);
        if (excerpt) q.excerpt = excerpt;
      }
      const ack = findings.find((f) => f.ruleId === r.id && f.acknowledged)?.acknowledged;
      if (ack) q.acknowledged = { rationale: ack.rationale, line: ack.range.start.line };
      return q;
    });

  const byRule = new Map<string, Finding[]>();
  for (const f of findings) {
    const list = byRule.get(f.ruleId);
    if (list) list.push(f);
    else byRule.set(f.ruleId, [f]);
  }
  const groups: FindingGroup[] = [...byRule.entries()].map(([ruleId, list]) => {
    const spec = ruleMap.get(ruleId);
    const sorted = [...list].sort((a, b) => a.range.start.offset - b.range.start.offset);
    const severity = sorted.reduce<Severity>((s, f) => (SEVERITY_RANK[f.severity] > SEVERITY_RANK[s] ? f.severity : s), sorted[0].severity);
    const group: FindingGroup = {
      ruleId,
      kind: sorted[0].kind,
      title: titleOfRule(ruleId),
      severity,
      claim: spec?.claim ?? '',
      questions: spec ? [...spec.questions] : [],
      findings: sorted.map((f) => toReportFinding(text, f)),
    };
    if (spec) group.docPath = docPath(ruleId);
    return group;
  });
  groups.sort(
    (a, b) =>
      KIND_ORDER[a.kind] - KIND_ORDER[b.kind] ||
      a.findings[0].line - b.findings[0].line ||
      a.findings[0].column - b.findings[0].column ||
      a.ruleId.localeCompare(b.ruleId),
  );

  const acknowledged: AcceptedRisk[] = findings
    .filter((f) => f.acknowledged)
    .sort((a, b) => a.range.start.offset - b.range.start.offset)
    .map((f) => ({
      ruleId: f.ruleId,
      title: titleOfRule(f.ruleId),
      line: f.range.start.line,
      column: f.range.start.column,
      directiveLine: f.acknowledged!.range.start.line,
      rationale: f.acknowledged!.rationale,
      scope: f.acknowledged!.scope,
      excerpt: sliceExcerpt(text, f),
    }));

  const memo: MemoReport['memo'] = { name: meta.name, title: titleOf(text, result, meta.name) };
  if (meta.uri !== undefined) memo.uri = meta.uri;
  return { version: 1, memo, engineVersion: ENGINE_VERSION, counts: countFindings(findings), questions, groups, acknowledged };
}

/**
 * One portfolio row: a linted memo's counts, or the reason it could not be linted.
 *
 * @param meta The file name, its path relative to the workspace folder, and its URI.
 * @param outcome The memo's text and lint result, or an error message (e.g. "memo too large: 12 MB > 5 MB").
 * @example
 * buildPortfolioRow({ name: 'acme.md', path: 'memos/acme.md', uri }, { text, result: lintMemo(text) });
 * buildPortfolioRow({ name: 'bad.md', path: 'bad.md' }, { error: 'not UTF-8 text' });
 */
export function buildPortfolioRow(
  meta: { name: string; path: string; uri?: string },
  outcome: { text: string; result: LintResult } | { error: string },
): PortfolioRow {
  const row: PortfolioRow = { name: meta.name, path: meta.path, title: meta.name, red: 0, green: 0, gap: 0, acknowledged: 0 };
  if (meta.uri !== undefined) row.uri = meta.uri;
  if ('error' in outcome) {
    row.error = outcome.error;
    return row;
  }
  const c = countFindings(outcome.result.findings);
  row.title = titleOf(outcome.text, outcome.result, meta.name);
  row.red = c.red;
  row.green = c.green;
  row.gap = c.gap;
  row.acknowledged = c.acknowledged;
  return row;
}

/**
 * The portfolio report of a set of rows: sorted by path, with totals.
 *
 * @param rows One per memo, from {@link buildPortfolioRow}.
 * @param incomplete When the scan stopped early: how many memos of how many were scanned.
 * @example
 * const report = buildPortfolioReport(rows);
 * const partial = buildPortfolioReport(rows, { done: 12, total: 40 });
 */
export function buildPortfolioReport(rows: readonly PortfolioRow[], incomplete?: { done: number; total: number }): PortfolioReport {
  const sorted = [...rows].sort((a, b) => (a.path < b.path ? -1 : a.path > b.path ? 1 : 0));
  const totals: PortfolioTotals = { memos: sorted.length, red: 0, green: 0, gap: 0, acknowledged: 0, errors: 0 };
  for (const r of sorted) {
    totals.red += r.red;
    totals.green += r.green;
    totals.gap += r.gap;
    totals.acknowledged += r.acknowledged;
    if (r.error !== undefined) totals.errors++;
  }
  const report: PortfolioReport = { version: 1, engineVersion: ENGINE_VERSION, rows: sorted.map((r) => ({ ...r })), totals };
  if (incomplete) report.incomplete = { done: incomplete.done, total: incomplete.total };
  return report;
}
