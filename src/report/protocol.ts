import type { MemoReport, PortfolioReport } from './types';

/**
 * Messages between the extension and the report webview (`media/report.js`). Lines and columns are 1-based,
 * as in the report; the extension converts them to VS Code positions.
 */

/**
 * Extension → webview, through `webview.postMessage`. Send `strings` before the first report (optional: the
 * webview has English defaults). Each `portfolio` message carries the whole report so far; `final: false`
 * shows the progress bar and the Cancel button.
 *
 * @example
 * panel.webview.postMessage({ type: 'strings', strings: localisedStrings });
 * panel.webview.postMessage({ type: 'memo', report: buildMemoReport(text, lintMemo(text), { name, uri }) });
 * panel.webview.postMessage({ type: 'portfolio', report, progress: { done: 12, total: 40 }, final: false });
 */
export type ExtensionToWebview =
  | { type: 'strings'; strings: Record<string, string> }
  | { type: 'memo'; report: MemoReport }
  | { type: 'portfolio'; report: PortfolioReport; progress?: { done: number; total: number }; final: boolean };

/**
 * Webview → extension, through `acquireVsCodeApi().postMessage`. `ready` is sent once the script has loaded
 * (and again after the panel is revived); `export` and `refresh` name the view they come from.
 *
 * @example
 * panel.webview.onDidReceiveMessage((m: WebviewToExtension) => { if (m.type === 'reveal') reveal(m.line - 1, m.column - 1); });
 */
export type WebviewToExtension =
  | { type: 'ready' }
  | { type: 'reveal'; line: number; column: number; uri?: string }
  | { type: 'open'; uri: string }
  | { type: 'export'; format: 'markdown' | 'html' | 'json'; view: 'memo' | 'portfolio' }
  | { type: 'cancel' }
  | { type: 'openDoc'; ruleId: string }
  | { type: 'refresh'; view: 'memo' | 'portfolio' };
