/**
 * Memo Red Flags reports: a plain data model built from a lint result, with Markdown, HTML and JSON exports.
 * Pure: no `vscode`, no file system. The VS Code webview (`media/report.js`) renders the same model.
 *
 * ```ts
 * import { lintMemo } from '../engine/index';
 * import { buildMemoReport, memoReportToHtml } from '../report/index';
 * const html = memoReportToHtml(buildMemoReport(text, lintMemo(text), { name: 'acme.md' }));
 * ```
 */
export type {
  MemoReport,
  CoreQuestion,
  QuestionStatus,
  FindingGroup,
  ReportFinding,
  AcceptedRisk,
  ReportCounts,
  PortfolioRow,
  PortfolioTotals,
  PortfolioReport,
} from './types';
export { buildMemoReport, buildPortfolioRow, buildPortfolioReport, countFindings, excerptOf, ENGINE_VERSION, EXCERPT_MAX, DIRECTIVE_TITLES } from './build';
export {
  memoReportToMarkdown,
  memoReportToHtml,
  memoReportToJson,
  portfolioReportToMarkdown,
  portfolioReportToHtml,
  portfolioReportToJson,
  escapeHtml,
  escapeMarkdown,
  EXPORT_CSP,
} from './export';
export { REPORT_STRINGS, formatString, type ReportStringKey, type ReportStrings } from './strings';
export type { WebviewToExtension, ExtensionToWebview } from './protocol';
