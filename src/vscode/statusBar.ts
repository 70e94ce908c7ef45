import * as vscode from 'vscode';
import { COMMANDS } from './constants';
import { isMemo, type MemoDiagnostics } from './diagnostics';
import { readSettings } from './settings';

/** The status bar item for the active memo ("3 red · 2 green · 1 gap"); it opens the memo report. */
export class MemoStatusBar implements vscode.Disposable {
  private readonly item = vscode.window.createStatusBarItem('redflags.status', vscode.StatusBarAlignment.Right, 100);
  private readonly disposables: vscode.Disposable[] = [this.item];

  constructor(private readonly diagnostics: MemoDiagnostics) {
    this.item.name = vscode.l10n.t('Memo Red Flags');
    this.item.command = COMMANDS.showReport;
    vscode.window.onDidChangeActiveTextEditor(() => this.update(), undefined, this.disposables);
    diagnostics.onDidUpdate((uri) => {
      if (vscode.window.activeTextEditor?.document.uri.toString() === uri.toString()) this.update();
    }, undefined, this.disposables);
    vscode.workspace.onDidChangeConfiguration((e) => e.affectsConfiguration('redflags') && this.update(), undefined, this.disposables);
    this.update();
  }

  /** The item's text, for tests. */
  get text(): string {
    return this.item.text;
  }

  update(): void {
    const doc = vscode.window.activeTextEditor?.document;
    if (!doc || !isMemo(doc)) {
      this.item.hide();
      return;
    }
    if (!readSettings(doc.uri).enable) {
      this.item.text = `$(circle-slash) ${vscode.l10n.t('Red flags off')}`;
      this.item.tooltip = vscode.l10n.t('Memo Red Flags is disabled for this workspace. Click to enable it.');
      this.item.command = COMMANDS.toggle;
      this.item.show();
      return;
    }
    this.item.command = COMMANDS.showReport;
    const state = this.diagnostics.current(doc);
    if (!state) {
      this.item.text = `$(sync~spin) ${vscode.l10n.t('Red flags')}`;
      this.item.tooltip = vscode.l10n.t('Memo Red Flags is reading this memo');
    } else if (state.skipped) {
      this.item.text = `$(circle-slash) ${vscode.l10n.t('Red flags skipped')}`;
      this.item.tooltip = state.skipped;
    } else {
      const live = state.result?.findings.filter((f) => !f.acknowledged) ?? [];
      const n = (k: string) => live.filter((f) => f.kind === k).length;
      this.item.text = vscode.l10n.t('{0} red · {1} green · {2} gap', n('red'), n('green'), n('gap'));
      const acknowledged = state.result?.findings.filter((f) => f.acknowledged).length ?? 0;
      this.item.tooltip = acknowledged
        ? vscode.l10n.t('Memo Red Flags: {0} acknowledged. Click for the memo report.', acknowledged)
        : vscode.l10n.t('Memo Red Flags: click for the memo report');
    }
    this.item.show();
  }

  dispose(): void {
    this.disposables.forEach((d) => d.dispose());
  }
}
