import * as vscode from 'vscode';
import {
  buildMemoReport,
  buildPortfolioReport,
  buildPortfolioRow,
  memoReportToHtml,
  memoReportToJson,
  memoReportToMarkdown,
  portfolioReportToHtml,
  portfolioReportToJson,
  portfolioReportToMarkdown,
  REPORT_STRINGS,
  type MemoReport,
  type PortfolioReport,
  type PortfolioRow,
  type WebviewToExtension,
  type ExtensionToWebview,
} from '../report/index';
import { COMMANDS } from './constants';
import { isMemo, type MemoDiagnostics } from './diagnostics';
import type { LintClient } from './lintClient';
import { readSettings, megabytes } from './settings';

/** A random nonce for the webview's script tag. */
function nonce(): string {
  const chars = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789';
  let s = '';
  for (let i = 0; i < 32; i++) s += chars.charAt(Math.floor(Math.random() * chars.length));
  return s;
}

/** The report strings in the display language (English defaults from the report module). */
function localisedStrings(): Record<string, string> {
  const out: Record<string, string> = {};
  for (const [key, value] of Object.entries(REPORT_STRINGS)) out[key] = vscode.l10n.t(value);
  return out;
}

/** The webview page: no inline script, a strict CSP with a nonce, assets only from `media/`. */
export function webviewHtml(webview: vscode.Webview, extensionUri: vscode.Uri, view: 'memo' | 'portfolio', title: string): string {
  const media = (f: string) => webview.asWebviewUri(vscode.Uri.joinPath(extensionUri, 'media', f));
  const n = nonce();
  const csp = [`default-src 'none'`, `style-src ${webview.cspSource}`, `img-src ${webview.cspSource}`, `script-src 'nonce-${n}'`, `font-src ${webview.cspSource}`].join('; ');
  const esc = (s: string) => s.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);
  return `<!DOCTYPE html>
<html lang="${esc(vscode.env.language)}">
<head>
<meta charset="UTF-8">
<meta http-equiv="Content-Security-Policy" content="${csp}">
<meta name="viewport" content="width=device-width, initial-scale=1.0">
<link rel="stylesheet" href="${media('report.css')}">
<title>${esc(title)}</title>
</head>
<body data-view="${view}">
<main id="app"></main>
<script nonce="${n}" src="${media('report.js')}"></script>
</body>
</html>`;
}

/** Gives a report panel its page, icon and listeners (new panels and panels restored after a reload alike). */
function setUpPanel(
  panel: vscode.WebviewPanel,
  extensionUri: vscode.Uri,
  view: 'memo' | 'portfolio',
  onMessage: (m: WebviewToExtension) => unknown,
  onDispose: () => void,
  disposables: vscode.Disposable[],
): void {
  panel.webview.options = { enableScripts: true, localResourceRoots: [vscode.Uri.joinPath(extensionUri, 'media')] };
  panel.iconPath = vscode.Uri.joinPath(extensionUri, 'media', 'icon.svg');
  panel.webview.html = webviewHtml(panel.webview, extensionUri, view, panel.title);
  panel.webview.onDidReceiveMessage(onMessage, undefined, disposables);
  panel.onDidDispose(onDispose, undefined, disposables);
}

type Format = 'markdown' | 'html' | 'json';
const EXTENSIONS: Record<Format, string> = { markdown: 'md', html: 'html', json: 'json' };

async function exportReport(format: Format, base: vscode.Uri | undefined, name: string, render: (f: Format) => string): Promise<vscode.Uri | undefined> {
  const stem = name.replace(/\.(md|markdown)$/i, '');
  const defaultUri = base ? vscode.Uri.joinPath(base, '..', `${stem}.redflags.${EXTENSIONS[format]}`) : undefined;
  const target = await vscode.window.showSaveDialog({
    defaultUri,
    filters: { [format.toUpperCase()]: [EXTENSIONS[format]] },
    saveLabel: vscode.l10n.t('Export report'),
  });
  if (!target) return undefined;
  await vscode.workspace.fs.writeFile(target, new TextEncoder().encode(render(format)));
  void vscode.window.showInformationMessage(vscode.l10n.t('Report exported to {0}', vscode.workspace.asRelativePath(target)));
  return target;
}

/** The memo scorecard: one panel that follows the memo it was opened for and updates as the memo changes. */
export class MemoReportPanel implements vscode.Disposable {
  static readonly viewType = 'redflags.report';
  private panel: vscode.WebviewPanel | undefined;
  private memo: vscode.Uri | undefined;
  private report: MemoReport | undefined;
  private readonly disposables: vscode.Disposable[] = [];

  constructor(
    private readonly extensionUri: vscode.Uri,
    private readonly diagnostics: MemoDiagnostics,
  ) {
    diagnostics.onDidUpdate((uri) => {
      if (this.panel && this.memo?.toString() === uri.toString()) void this.refresh();
    }, undefined, this.disposables);
  }

  /** The last report shown, for tests and exports. */
  get current(): MemoReport | undefined {
    return this.report;
  }

  async show(doc: vscode.TextDocument): Promise<MemoReport | undefined> {
    this.memo = doc.uri;
    const title = this.title(doc.uri);
    if (!this.panel) {
      this.attach(
        vscode.window.createWebviewPanel(MemoReportPanel.viewType, title, { viewColumn: vscode.ViewColumn.Beside, preserveFocus: true }, {
          enableScripts: true,
          retainContextWhenHidden: false,
          localResourceRoots: [vscode.Uri.joinPath(this.extensionUri, 'media')],
        }),
      );
    } else {
      this.panel.title = title;
      this.panel.reveal(undefined, true);
    }
    return this.refresh();
  }

  /** Brings back a panel VS Code restored after a reload; the webview redraws its saved report, then gets a fresh one. */
  async revive(panel: vscode.WebviewPanel, state: unknown): Promise<void> {
    const uri = (state as { report?: MemoReport } | undefined)?.report?.memo.uri;
    this.memo = uri ? vscode.Uri.parse(uri) : undefined;
    this.attach(panel);
    if (this.memo) {
      const doc = await vscode.workspace.openTextDocument(this.memo).then(undefined, () => undefined);
      if (doc) await this.refresh();
    }
  }

  private title(uri: vscode.Uri): string {
    return vscode.l10n.t('Memo Red Flags: {0}', uri.path.split('/').pop() ?? '');
  }

  private attach(panel: vscode.WebviewPanel): void {
    this.panel = panel;
    setUpPanel(panel, this.extensionUri, 'memo', (m) => this.onMessage(m), () => {
      if (this.panel === panel) this.panel = undefined;
    }, this.disposables);
  }

  private async refresh(): Promise<MemoReport | undefined> {
    if (!this.memo || !this.panel) return undefined;
    const doc = vscode.workspace.textDocuments.find((d) => d.uri.toString() === this.memo!.toString());
    if (!doc) return this.report;
    this.panel.title = this.title(doc.uri);
    const state = await this.diagnostics.stateFor(doc);
    if (!state?.result) return this.report;
    this.report = buildMemoReport(doc.getText(), state.result, { name: doc.uri.path.split('/').pop() ?? '', uri: doc.uri.toString() });
    this.post({ type: 'memo', report: this.report });
    return this.report;
  }

  private post(m: ExtensionToWebview): void {
    void this.panel?.webview.postMessage(m);
  }

  private async onMessage(m: WebviewToExtension): Promise<void> {
    switch (m.type) {
      case 'ready':
        this.post({ type: 'strings', strings: localisedStrings() });
        if (this.report) this.post({ type: 'memo', report: this.report });
        return;
      case 'reveal': {
        if (!this.memo) return;
        const doc = await vscode.workspace.openTextDocument(this.memo);
        const pos = new vscode.Position(Math.max(0, m.line - 1), Math.max(0, m.column - 1));
        await vscode.window.showTextDocument(doc, { viewColumn: vscode.ViewColumn.One, selection: new vscode.Range(pos, pos) });
        return;
      }
      case 'export':
        if (this.report) {
          const r = this.report;
          await exportReport(m.format, this.memo, r.memo.name, (f) => (f === 'markdown' ? memoReportToMarkdown(r, localisedStrings()) : f === 'html' ? memoReportToHtml(r, localisedStrings()) : memoReportToJson(r)));
        }
        return;
      case 'openDoc':
        await vscode.commands.executeCommand(COMMANDS.openRuleDoc, m.ruleId);
        return;
      case 'refresh':
        await this.refresh();
        return;
      default:
        return;
    }
  }

  dispose(): void {
    this.panel?.dispose();
    this.disposables.forEach((d) => d.dispose());
  }
}

/** The portfolio: every memo of the workspace with its counts, scanned with progress and cancel. */
export class WorkspaceReportPanel implements vscode.Disposable {
  static readonly viewType = 'redflags.workspaceReport';
  private panel: vscode.WebviewPanel | undefined;
  private report: PortfolioReport | undefined;
  private scan: vscode.CancellationTokenSource | undefined;
  private readonly disposables: vscode.Disposable[] = [];

  constructor(
    private readonly extensionUri: vscode.Uri,
    private readonly diagnostics: MemoDiagnostics,
    private readonly client: LintClient,
  ) {}

  get current(): PortfolioReport | undefined {
    return this.report;
  }

  async show(): Promise<PortfolioReport | undefined> {
    if (!this.panel) {
      this.attach(
        vscode.window.createWebviewPanel(WorkspaceReportPanel.viewType, vscode.l10n.t('Memo Red Flags: workspace'), vscode.ViewColumn.Active, {
          enableScripts: true,
          localResourceRoots: [vscode.Uri.joinPath(this.extensionUri, 'media')],
        }),
      );
    } else {
      this.panel.reveal();
    }
    return this.run();
  }

  /** Brings back a panel VS Code restored after a reload: it shows its saved table until a refresh. */
  revive(panel: vscode.WebviewPanel, state: unknown): void {
    this.report = (state as { report?: PortfolioReport } | undefined)?.report;
    this.attach(panel);
  }

  private attach(panel: vscode.WebviewPanel): void {
    this.panel = panel;
    setUpPanel(panel, this.extensionUri, 'portfolio', (m) => this.onMessage(m), () => {
      if (this.panel !== panel) return;
      this.panel = undefined;
      this.scan?.cancel();
    }, this.disposables);
  }

  /** Scans the workspace; resolves with the final (or cancelled, partial) report. */
  async run(): Promise<PortfolioReport | undefined> {
    this.scan?.cancel();
    const source = new vscode.CancellationTokenSource();
    this.scan = source;
    const token = source.token;
    return vscode.window.withProgress(
      { location: vscode.ProgressLocation.Notification, title: vscode.l10n.t('Memo Red Flags: scanning memos'), cancellable: true },
      async (progress, progressToken) => {
        progressToken.onCancellationRequested(() => source.cancel());
        const files = await vscode.workspace.findFiles('**/*.{md,markdown}', '**/{node_modules,.git}/**', undefined, token);
        files.sort((a, b) => a.path.localeCompare(b.path));
        const rows: PortfolioRow[] = [];
        let lastPost = 0;
        for (const uri of files) {
          if (token.isCancellationRequested) break;
          rows.push(await this.row(uri));
          progress.report({ message: `${rows.length}/${files.length}`, increment: 100 / Math.max(1, files.length) });
          if (Date.now() - lastPost > 200) {
            lastPost = Date.now();
            this.report = buildPortfolioReport(rows, { done: rows.length, total: files.length });
            this.post({ type: 'portfolio', report: this.report, progress: { done: rows.length, total: files.length }, final: false });
          }
        }
        const cancelled = rows.length < files.length;
        this.report = buildPortfolioReport(rows, cancelled ? { done: rows.length, total: files.length } : undefined);
        this.post({ type: 'portfolio', report: this.report, progress: { done: rows.length, total: files.length }, final: true });
        if (this.scan === source) this.scan = undefined;
        return this.report;
      },
    );
  }

  private async row(uri: vscode.Uri): Promise<PortfolioRow> {
    const name = uri.path.split('/').pop() ?? uri.path;
    const meta = { name, path: vscode.workspace.asRelativePath(uri, false), uri: uri.toString() };
    const settings = readSettings(uri);
    // An open memo is reported as the analyst sees it, unsaved edits included.
    const open = vscode.workspace.textDocuments.find((d) => d.uri.toString() === uri.toString());
    let text: string;
    try {
      if (open) text = open.getText();
      else {
        const stat = await vscode.workspace.fs.stat(uri);
        if (stat.size > settings.maxFileSize) {
          return buildPortfolioRow(meta, { error: vscode.l10n.t('memo too large: {0} > redflags.maxFileSize {1}', megabytes(stat.size), megabytes(settings.maxFileSize)) });
        }
        const bytes = await vscode.workspace.fs.readFile(uri);
        if (bytes.includes(0)) return buildPortfolioRow(meta, { error: vscode.l10n.t('not a text file') });
        text = new TextDecoder('utf-8').decode(bytes);
      }
      if (text.length > settings.maxFileSize) {
        return buildPortfolioRow(meta, { error: vscode.l10n.t('memo too large: {0} > redflags.maxFileSize {1}', megabytes(text.length), megabytes(settings.maxFileSize)) });
      }
      const options = await this.diagnostics.optionsFor(uri, settings);
      const result = await this.client.lint(`report:${uri.toString()}`, text, options);
      return buildPortfolioRow(meta, { text, result });
    } catch (e) {
      return buildPortfolioRow(meta, { error: e instanceof Error ? e.message : String(e) });
    }
  }

  private post(m: ExtensionToWebview): void {
    void this.panel?.webview.postMessage(m);
  }

  private async onMessage(m: WebviewToExtension): Promise<void> {
    switch (m.type) {
      case 'ready':
        this.post({ type: 'strings', strings: localisedStrings() });
        if (this.report) this.post({ type: 'portfolio', report: this.report, final: !this.scan });
        return;
      case 'open': {
        const doc = await vscode.workspace.openTextDocument(vscode.Uri.parse(m.uri));
        if (isMemo(doc)) await vscode.window.showTextDocument(doc, { preview: false });
        return;
      }
      case 'cancel':
        this.scan?.cancel();
        return;
      case 'export':
        if (this.report) {
          const r = this.report;
          const folder = vscode.workspace.workspaceFolders?.[0]?.uri;
          await exportReport(m.format, folder ? vscode.Uri.joinPath(folder, 'portfolio.md') : undefined, 'portfolio', (f) =>
            f === 'markdown' ? portfolioReportToMarkdown(r, localisedStrings()) : f === 'html' ? portfolioReportToHtml(r, localisedStrings()) : portfolioReportToJson(r),
          );
        }
        return;
      case 'refresh':
        await this.run();
        return;
      default:
        return;
    }
  }

  dispose(): void {
    this.scan?.cancel();
    this.panel?.dispose();
    this.disposables.forEach((d) => d.dispose());
  }
}
