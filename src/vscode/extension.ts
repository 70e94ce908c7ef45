import * as vscode from 'vscode';
import { acknowledgeEdit, acknowledgeFileEdit, openQuestionEdit, rules } from '../engine/index';
import { COMMANDS, INTERVIEW_SCHEME, SECTION } from './constants';
import { MemoDiagnostics, isMemo } from './diagnostics';
import { LintClient } from './lintClient';
import { ProjectConfig } from './projectConfig';
import { MemoHoverProvider } from './hover';
import { MemoCodeActions, insertionEdit, openQuestionItems, type AcknowledgeArgs, type OpenQuestionsArgs } from './codeActions';
import { InterviewProvider, openInterview } from './interview';
import { MemoStatusBar } from './statusBar';
import { MemoReportPanel, WorkspaceReportPanel } from './reportPanel';
import { ruleDocUri } from './convert';

/** What the extension returns from `activate`, for its integration tests and for other extensions. */
export interface MemoRedFlagsApi {
  /** Milliseconds `activate` took. */
  activationMs: number;
  /** The status bar text of the active memo. */
  statusText(): string;
  /** The findings of a memo, linted now if needed. */
  findings(doc: vscode.TextDocument): Promise<import('../engine/index').Finding[] | undefined>;
  memoReport(): import('../report/index').MemoReport | undefined;
  workspaceReport(): import('../report/index').PortfolioReport | undefined;
}

const MARKDOWN: vscode.DocumentSelector = [{ language: 'markdown' }];

export function activate(context: vscode.ExtensionContext): MemoRedFlagsApi {
  const started = performance.now();
  const log = vscode.window.createOutputChannel('Memo Red Flags', { log: true });
  const client = new LintClient(vscode.Uri.joinPath(context.extensionUri, 'dist', 'worker.js').fsPath);
  const config = new ProjectConfig();
  const diagnostics = new MemoDiagnostics(client, config, context.extensionUri, log);
  const memoPanel = new MemoReportPanel(context.extensionUri, diagnostics);
  const workspacePanel = new WorkspaceReportPanel(context.extensionUri, diagnostics, client);
  const status = new MemoStatusBar(diagnostics);
  const ruleIds = new Set(rules.map((r) => r.id));

  context.subscriptions.push(
    log,
    { dispose: () => client.dispose() },
    config,
    diagnostics,
    memoPanel,
    workspacePanel,
    status,
    vscode.workspace.registerFileSystemProvider(INTERVIEW_SCHEME, new InterviewProvider(), { isReadonly: true, isCaseSensitive: true }),
    vscode.languages.registerHoverProvider(MARKDOWN, new MemoHoverProvider(diagnostics, context.extensionUri)),
    vscode.languages.registerCodeActionsProvider(MARKDOWN, new MemoCodeActions(diagnostics), MemoCodeActions.metadata),

    vscode.window.registerWebviewPanelSerializer(MemoReportPanel.viewType, { deserializeWebviewPanel: (panel, state) => memoPanel.revive(panel, state) }),
    vscode.window.registerWebviewPanelSerializer(WorkspaceReportPanel.viewType, { deserializeWebviewPanel: async (panel, state) => workspacePanel.revive(panel, state) }),
    vscode.commands.registerCommand(COMMANDS.showReport, async (uri?: vscode.Uri) => {
      const doc = uri instanceof vscode.Uri ? await vscode.workspace.openTextDocument(uri) : vscode.window.activeTextEditor?.document;
      if (!doc || !isMemo(doc)) {
        void vscode.window.showInformationMessage(vscode.l10n.t('Open a Markdown memo to see its Memo Red Flags report.'));
        return undefined;
      }
      return memoPanel.show(doc);
    }),
    vscode.commands.registerCommand(COMMANDS.showWorkspaceReport, () => workspacePanel.show()),
    vscode.commands.registerCommand(COMMANDS.openInterview, (passageId?: unknown) => openInterview(passageId)),
    vscode.commands.registerCommand(COMMANDS.toggle, async () => {
      const c = vscode.workspace.getConfiguration(SECTION);
      const enabled = c.get<boolean>('enable', true);
      const target = vscode.workspace.workspaceFolders?.length ? vscode.ConfigurationTarget.Workspace : vscode.ConfigurationTarget.Global;
      await c.update('enable', !enabled, target);
      void vscode.window.showInformationMessage(!enabled ? vscode.l10n.t('Memo Red Flags enabled for this workspace.') : vscode.l10n.t('Memo Red Flags disabled for this workspace.'));
      return !enabled;
    }),
    vscode.commands.registerCommand(COMMANDS.openRuleDoc, async (ruleId: unknown) => {
      if (typeof ruleId !== 'string' || !(ruleIds.has(ruleId) || ruleId.startsWith('redflags/'))) return;
      await vscode.commands.executeCommand('markdown.showPreview', ruleDocUri(context.extensionUri, ruleId));
    }),
    vscode.commands.registerCommand(COMMANDS.acknowledge, (args: AcknowledgeArgs, rationale?: string) => acknowledge(args, rationale)),
    vscode.commands.registerCommand(COMMANDS.addOpenQuestions, (args?: OpenQuestionsArgs | vscode.Uri) => addOpenQuestions(args)),
  );

  /**
   * Adds diligence questions to Open questions as one edit. From a quick fix it carries the questions and the
   * version they were computed for, and does nothing if the memo changed since; from the palette it adds every open
   * question of the active memo.
   */
  async function addOpenQuestions(args?: OpenQuestionsArgs | vscode.Uri): Promise<boolean> {
    if (args && !(args instanceof vscode.Uri)) {
      const doc = vscode.workspace.textDocuments.find((d) => d.uri.toString() === args.uri);
      if (!doc) return false;
      if (doc.version !== args.version) {
        void vscode.window.showWarningMessage(vscode.l10n.t('The memo changed since this quick fix was offered; run it again.'));
        return false;
      }
      const e = openQuestionEdit(doc.getText(), args.items);
      return e ? vscode.workspace.applyEdit(insertionEdit(doc, e)) : false;
    }
    const doc = args instanceof vscode.Uri ? await vscode.workspace.openTextDocument(args) : vscode.window.activeTextEditor?.document;
    if (!doc || !isMemo(doc)) return false;
    const state = await diagnostics.stateFor(doc);
    if (!state?.result || state.version !== doc.version) return false;
    const e = openQuestionEdit(doc.getText(), openQuestionItems(state.result));
    return e ? vscode.workspace.applyEdit(insertionEdit(doc, e)) : false;
  }

  /** Asks for a rationale, then inserts the directive, only into the version the quick fix was computed for. */
  async function acknowledge(args: AcknowledgeArgs, given?: string): Promise<boolean> {
    const doc = vscode.workspace.textDocuments.find((d) => d.uri.toString() === args.uri);
    if (!doc) return false;
    const rationale =
      given ??
      (await vscode.window.showInputBox({
        title: args.scope === 'file' ? vscode.l10n.t('Acknowledge {0} for the whole memo', args.ruleId) : vscode.l10n.t('Acknowledge {0}', args.ruleId),
        prompt: vscode.l10n.t('Why is this accepted? The rationale stays in the memo for the audit trail.'),
        placeHolder: vscode.l10n.t('e.g. the IC accepted the vendor risk on 12 March'),
        ignoreFocusOut: true,
        validateInput: (v) => (v.trim() ? undefined : vscode.l10n.t('A rationale is required.')),
      }));
    if (rationale === undefined || !rationale.trim()) return false;
    if (doc.version !== args.version) {
      void vscode.window.showWarningMessage(vscode.l10n.t('The memo changed since this quick fix was offered; run it again.'));
      return false;
    }
    const text = doc.getText();
    const e = args.scope === 'file' ? acknowledgeFileEdit(text, [args.ruleId], rationale) : acknowledgeEdit(text, args.offset, [args.ruleId], rationale);
    return vscode.workspace.applyEdit(insertionEdit(doc, e));
  }

  const activationMs = performance.now() - started;
  log.info(`activated in ${activationMs.toFixed(1)} ms`);
  return {
    activationMs,
    statusText: () => status.text,
    findings: async (doc) => (await diagnostics.stateFor(doc))?.result?.findings,
    memoReport: () => memoPanel.current,
    workspaceReport: () => workspacePanel.current,
  };
}

export function deactivate(): void {
  // Everything is disposed through context.subscriptions.
}
