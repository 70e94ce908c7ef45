import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';

export const EXTENSION_ID = 'memo-redflags.memo-redflags';
export const SOURCE = 'Memo Red Flags';

/** The workspace folder of the run (a fresh copy of test/integration/workspace). */
export function workspaceUri(...parts: string[]): vscode.Uri {
  const folder = vscode.workspace.workspaceFolders?.[0];
  assert.ok(folder, 'the test run opens a workspace folder');
  return vscode.Uri.joinPath(folder.uri, ...parts);
}

/** Polls until `check` returns a value (not undefined/false), or fails after `timeout` ms. */
export async function waitFor<T>(what: string, check: () => T | undefined | false | Promise<T | undefined | false>, timeout = 30000): Promise<T> {
  const started = Date.now();
  let last: unknown;
  for (;;) {
    try {
      const v = await check();
      if (v !== undefined && v !== false) return v as T;
    } catch (e) {
      last = e;
    }
    if (Date.now() - started > timeout) throw new Error(`timed out waiting for ${what}${last ? `: ${last}` : ''}`);
    await new Promise((r) => setTimeout(r, 100));
  }
}

/** Our diagnostics on a document. */
export function ours(uri: vscode.Uri): vscode.Diagnostic[] {
  return vscode.languages.getDiagnostics(uri).filter((d) => d.source === SOURCE);
}

export function codeOf(d: vscode.Diagnostic): string {
  return String(typeof d.code === 'object' ? d.code.value : d.code);
}

/** Opens a workspace memo in an editor and waits for its first diagnostics. */
export async function openMemo(...parts: string[]): Promise<{ doc: vscode.TextDocument; editor: vscode.TextEditor }> {
  const doc = await vscode.workspace.openTextDocument(workspaceUri(...parts));
  const editor = await vscode.window.showTextDocument(doc, { preview: false });
  return { doc, editor };
}

export interface Api {
  activationMs: number;
  statusText(): string;
  findings(doc: vscode.TextDocument): Promise<import('../../../src/engine/index').Finding[] | undefined>;
  memoReport(): import('../../../src/report/index').MemoReport | undefined;
  workspaceReport(): import('../../../src/report/index').PortfolioReport | undefined;
}

export async function api(): Promise<Api> {
  const ext = vscode.extensions.getExtension<Api>(EXTENSION_ID);
  assert.ok(ext, `extension ${EXTENSION_ID} is loaded`);
  return ext.isActive ? ext.exports : ext.activate();
}

/** The findings the extension computed for the document's current version. */
export async function findings(doc: vscode.TextDocument) {
  const f = await (await api()).findings(doc);
  assert.ok(f, 'the memo was linted');
  return f;
}

/** Waits until our diagnostics on `uri` satisfy `ok`. */
export function diagnosticsWhere(uri: vscode.Uri, what: string, ok: (d: vscode.Diagnostic[]) => boolean, timeout?: number): Promise<vscode.Diagnostic[]> {
  return waitFor(what, () => {
    const d = ours(uri);
    return ok(d) ? d : undefined;
  }, timeout);
}

/** Writes a workspace setting and waits a moment for listeners. */
export async function setSetting(key: string, value: unknown): Promise<void> {
  await vscode.workspace.getConfiguration('redflags').update(key, value, vscode.ConfigurationTarget.Workspace);
}

/** Closes every editor without saving. */
export async function closeAll(): Promise<void> {
  await vscode.commands.executeCommand('workbench.action.closeAllEditors');
}

/** Replaces a document's whole text (unsaved). */
export async function setText(doc: vscode.TextDocument, text: string): Promise<void> {
  const edit = new vscode.WorkspaceEdit();
  edit.replace(doc.uri, new vscode.Range(0, 0, doc.lineCount, 0), text);
  assert.ok(await vscode.workspace.applyEdit(edit));
}
