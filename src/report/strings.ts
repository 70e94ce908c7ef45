/**
 * The user-visible strings of the reports (webview and exports), with their English defaults. The extension
 * localises them and posts `{ type: 'strings', strings }` to the webview before the first report; `media/report.js`
 * keeps its own copy of these defaults (a test checks that both lists agree). `{0}`, `{1}` are placeholders.
 *
 * @example
 * const strings = { ...REPORT_STRINGS, 'count.red': vscode.l10n.t('Red flags') };
 * panel.webview.postMessage({ type: 'strings', strings });
 */
export const REPORT_STRINGS = {
  'title.memo': 'Memo report',
  'title.portfolio': 'Workspace report',
  'waiting': 'Waiting for a report…',
  'count.red': 'Red flags',
  'count.green': 'Strengths',
  'count.gap': 'Gaps',
  'count.acknowledged': 'Accepted risks',
  'count.directive': 'Directive problems',
  'counts.label': 'Counts',
  'section.questions': "Zhu's core questions",
  'section.findings': 'Findings',
  'section.accepted': 'Accepted risks',
  'status.answered': 'Answered',
  'status.tracked': 'Tracked in Open questions',
  'status.unanswered': 'Unanswered',
  'status.not-applicable': 'Not applicable',
  'status.not-checked': 'Not checked',
  'kind.red': 'Red flag',
  'kind.green': 'Strength',
  'kind.gap': 'Gap',
  'kind.directive': 'Directive',
  'severity.error': 'Error',
  'severity.warning': 'Warning',
  'severity.information': 'Information',
  'severity.hint': 'Hint',
  'export': 'Export',
  'export.markdown': 'Markdown',
  'export.html': 'HTML',
  'export.json': 'JSON',
  'refresh': 'Refresh',
  'cancel': 'Cancel',
  'ruleDocs': 'Rule docs',
  'line': 'Line {0}',
  'goToLine': 'Go to line {0}',
  'wholeMemo': 'Whole memo',
  'findingsCount': '{0} findings',
  'findingsCount.one': '1 finding',
  'noFindings': 'No findings.',
  'noAccepted': 'No accepted risks.',
  'rationale': 'Rationale: {0}',
  'noRationale': 'No rationale given.',
  'acknowledgedAt': 'Accepted at line {0}',
  'scope.block': 'This block',
  'scope.file': 'Whole memo',
  'zhuAsks': 'Zhu asks',
  'column.name': 'Memo',
  'column.title': 'Title',
  'column.red': 'Red',
  'column.green': 'Green',
  'column.gap': 'Gaps',
  'column.acknowledged': 'Accepted',
  'totals': 'Total ({0} memos)',
  'progress': 'Scanned {0} of {1} memos',
  'scanning': 'Scanning the workspace…',
  'incomplete': 'Scan stopped after {0} of {1} memos.',
  'noMemos': 'No memos found.',
  'error': 'Error: {0}',
  'openMemo': 'Open {0}',
  'sortBy': 'Sort by {0}',
  'engine': 'Memo Red Flags {0}',
} as const satisfies Record<string, string>;

/** A key of {@link REPORT_STRINGS}. */
export type ReportStringKey = keyof typeof REPORT_STRINGS;

/** A full set of report strings, e.g. a localised copy of {@link REPORT_STRINGS}. */
export type ReportStrings = Record<ReportStringKey, string>;

/**
 * Looks up a string and fills its `{0}`, `{1}` placeholders.
 *
 * @example
 * formatString(REPORT_STRINGS, 'progress', 3, 10); // "Scanned 3 of 10 memos"
 */
export function formatString(strings: Partial<ReportStrings> | undefined, key: ReportStringKey, ...args: (string | number)[]): string {
  const template = strings?.[key] ?? REPORT_STRINGS[key];
  return template.replace(/\{(\d+)\}/g, (m, i: string) => (Number(i) < args.length ? String(args[Number(i)]) : m));
}
