/**
 * The report model: plain, JSON-serialisable data built from a lint result. It feeds the webview
 * (`media/report.js`), the Markdown, HTML and JSON exports, and any other front end. Pure: no `vscode`,
 * no file system. Every string that comes from a memo is raw text here; the exports and the webview
 * escape it (or set it as text) where they render it.
 */

import type { RuleKind, Severity } from '../engine/types';

/**
 * Where the memo answers one of Zhu's core questions (a gap rule):
 * - `answered`: a sentence or table row of the memo answers it;
 * - `tracked`: it is listed, with the rule id, under Open questions;
 * - `unanswered`: nothing answers it (the gap rule fires);
 * - `not-applicable`: the question does not apply to this memo (e.g. no AI, so no data question);
 * - `not-checked`: gaps were turned off for this lint, so the memo was not checked.
 */
export type QuestionStatus = 'answered' | 'tracked' | 'unanswered' | 'not-applicable' | 'not-checked';

/**
 * One of Zhu's core questions and how the memo stands on it.
 *
 * @example
 * { ruleId: 'zhu/gap/revenue', title: 'The memo never states revenue', question: 'How much revenue do you have?',
 *   status: 'answered', line: 42, column: 1, excerpt: 'ARR reached RMB 30M, up 4x year on year.' }
 */
export interface CoreQuestion {
  /** The gap rule's id, e.g. `zhu/gap/revenue`. */
  ruleId: string;
  /** The gap rule's title. */
  title: string;
  /** Zhu's question: the rule's first diligence question, else its open question. */
  question: string;
  status: QuestionStatus;
  /** 1-based line of the answering sentence (answered) or of the Open-questions entry (tracked). */
  line?: number;
  /** 1-based column (UTF-16 code units) of that line. */
  column?: number;
  /** The answering words, whitespace-collapsed and shortened to about 200 characters. */
  excerpt?: string;
  /** Set when the unanswered question was accepted with a `redflags-ack` directive. */
  acknowledged?: { rationale: string; line: number };
}

/**
 * One finding as a report shows it.
 *
 * @example
 * { line: 6, column: 1, endLine: 6, endColumn: 75, severity: 'warning', scope: 'text',
 *   message: 'Urgency replaces diligence (“must move before the window closes”).',
 *   excerpt: 'All top funds are in this round, so we must move before the window closes.',
 *   acknowledged: { rationale: 'we accept the timing risk', line: 5 } }
 */
export interface ReportFinding {
  /** 1-based start line and column (UTF-16 code units); for a gap, the memo's title. */
  line: number;
  column: number;
  /** 1-based end line and column, exclusive (the column just past the last character). */
  endLine: number;
  endColumn: number;
  severity: Severity;
  /** `text` for a claim in the prose, `document` for a gap about the whole memo. */
  scope: 'text' | 'document';
  /** The engine's sentence about the finding (it may quote memo words). */
  message: string;
  /** The claim as written in the memo, whitespace-collapsed, at most about 200 characters; empty for a gap. */
  excerpt: string;
  /** Set when a `redflags-ack` directive accepted this risk: its rationale (may be empty) and 1-based line. */
  acknowledged?: { rationale: string; line: number };
}

/**
 * The findings of one rule.
 *
 * @example
 * { ruleId: 'zhu/fomo', kind: 'red', title: 'FOMO as a reason to invest', severity: 'warning',
 *   docPath: 'docs/rules/red/fomo.md', claim: '…', questions: ['…'], findings: [ … ] }
 */
export interface FindingGroup {
  ruleId: string;
  kind: RuleKind;
  /** The rule's title from the catalogue (for directive problems, a fixed title). */
  title: string;
  /** The most severe severity among the group's findings. */
  severity: Severity;
  /** The rule's documentation page relative to the repository, e.g. `docs/rules/red/fomo.md`; absent for directive problems. */
  docPath?: string;
  /** The rule's one-line claim; empty for directive problems. */
  claim: string;
  /** Zhu's diligence questions for the rule. */
  questions: string[];
  /** In memo order. */
  findings: ReportFinding[];
}

/**
 * An accepted risk: a finding a `redflags-ack` directive silenced, kept for the audit trail.
 *
 * @example
 * { ruleId: 'zhu/fomo', title: 'FOMO as a reason to invest', line: 6, column: 1, directiveLine: 5,
 *   rationale: 'we accept the timing risk', scope: 'block', excerpt: 'All top funds are in this round, …' }
 */
export interface AcceptedRisk {
  ruleId: string;
  /** The rule's title. */
  title: string;
  /** 1-based line and column of the accepted finding. */
  line: number;
  column: number;
  /** 1-based line of the directive. */
  directiveLine: number;
  /** Why the risk is accepted, as written after the colon; empty when the directive gives none. */
  rationale: string;
  /** `block` for `redflags-ack` (the block that follows), `file` for `redflags-ack-file` (the whole memo). */
  scope: 'block' | 'file';
  /** The accepted claim, as in {@link ReportFinding.excerpt}. */
  excerpt: string;
}

/**
 * Counts of a memo's findings. Acknowledged findings are counted only under `acknowledged`.
 *
 * @example
 * { red: 3, green: 1, gap: 2, acknowledged: 1, directive: 0 }
 */
export interface ReportCounts {
  red: number;
  green: number;
  gap: number;
  acknowledged: number;
  /** Problems with `redflags-ack` directives themselves (unknown rule, missing rationale, unused). */
  directive: number;
}

/**
 * The scorecard of one memo.
 *
 * @example
 * const report = buildMemoReport(text, lintMemo(text), { name: 'acme.md' });
 * report.counts; // { red: 5, green: 1, gap: 2, acknowledged: 0, directive: 0 }
 */
export interface MemoReport {
  version: 1;
  memo: {
    /** The file name, e.g. `acme.md`. */
    name: string;
    /** The document's URI, when the host has one (the webview sends it back in `open`). */
    uri?: string;
    /** The memo's title (its first heading), else the name. */
    title: string;
  };
  /** The engine version that produced the findings. */
  engineVersion: string;
  counts: ReportCounts;
  /** One per gap rule of the catalogue, in catalogue order. */
  questions: CoreQuestion[];
  /** By rule: red, gap, green, directive; within a kind by first line. */
  groups: FindingGroup[];
  /** Every accepted risk, in memo order. */
  acknowledged: AcceptedRisk[];
}

/**
 * One memo of a portfolio (workspace) report.
 *
 * @example
 * { name: 'acme.md', path: 'memos/acme.md', uri: 'file:///…/memos/acme.md', title: 'Acme — Series A',
 *   red: 5, green: 1, gap: 2, acknowledged: 0 }
 * { name: 'huge.md', path: 'huge.md', title: 'huge.md', red: 0, green: 0, gap: 0, acknowledged: 0,
 *   error: 'memo too large: 12 MB > redflags.maxFileSize 5 MB' }
 */
export interface PortfolioRow {
  name: string;
  /** Path relative to the workspace folder, with `/` separators. */
  path: string;
  uri?: string;
  title: string;
  red: number;
  green: number;
  gap: number;
  acknowledged: number;
  /** Why the memo could not be linted; the counts are then 0. */
  error?: string;
}

/**
 * Sums over the rows of a portfolio report; `memos` counts every row, `errors` the rows with an error.
 *
 * @example
 * { memos: 4, red: 11, green: 3, gap: 6, acknowledged: 1, errors: 0 }
 */
export interface PortfolioTotals {
  memos: number;
  red: number;
  green: number;
  gap: number;
  acknowledged: number;
  errors: number;
}

/**
 * Every memo of a workspace with its counts.
 *
 * @example
 * const report = buildPortfolioReport(rows);
 * report.totals.red; // 11
 */
export interface PortfolioReport {
  version: 1;
  engineVersion: string;
  /** Sorted by path. */
  rows: PortfolioRow[];
  totals: PortfolioTotals;
  /** Present when the scan stopped early (cancelled): how many memos of how many were scanned. */
  incomplete?: { done: number; total: number };
}
