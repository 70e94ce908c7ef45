import * as vscode from 'vscode';
import { parseConfig, CONFIG_FILE_NAME, type ConfigProblem, type LintOptions } from '../engine/index';
import { SOURCE } from './constants';

interface Entry {
  /** The config file that applies, if any. */
  uri?: vscode.Uri;
  options: LintOptions;
}

/**
 * Finds and reads `.redflags.json`: the nearest one from the memo's folder up to its workspace folder.
 * Reads through `workspace.fs`, so virtual workspaces work too. A file with errors gets diagnostics of its own and
 * the memos keep the last good configuration of that file.
 */
export class ProjectConfig implements vscode.Disposable {
  private readonly cache = new Map<string, Promise<Entry>>();
  /** Last configuration of each file that had no errors, by path. */
  private readonly lastGood = new Map<string, LintOptions>();
  /** The number of the newest read of each file, by path. */
  private readonly loads = new Map<string, number>();
  private readonly problems = vscode.languages.createDiagnosticCollection('redflags-config');
  private readonly changed = new vscode.EventEmitter<void>();
  private readonly disposables: vscode.Disposable[] = [this.problems, this.changed];
  /** Fires when a `.redflags.json` changes on disk: memos must be linted again. */
  readonly onDidChange = this.changed.event;

  constructor() {
    const watcher = vscode.workspace.createFileSystemWatcher(`**/${CONFIG_FILE_NAME}`);
    const reset = (uri: vscode.Uri) => {
      this.cache.clear();
      void this.load(uri).finally(() => this.changed.fire());
    };
    watcher.onDidChange(reset, undefined, this.disposables);
    watcher.onDidCreate(reset, undefined, this.disposables);
    watcher.onDidDelete((uri) => {
      this.cache.clear();
      this.problems.delete(uri);
      this.lastGood.delete(uri.path);
      this.changed.fire();
    }, undefined, this.disposables);
    this.disposables.push(watcher);
    // Typing in an open .redflags.json shows its problems before it is saved.
    const validateOpen = (doc: vscode.TextDocument) => {
      if (isConfigDocument(doc)) this.report(doc.uri, parseConfig(doc.getText(), vscode.workspace.asRelativePath(doc.uri)).problems);
    };
    vscode.workspace.onDidOpenTextDocument(validateOpen, undefined, this.disposables);
    vscode.workspace.onDidChangeTextDocument((e) => validateOpen(e.document), undefined, this.disposables);
    vscode.workspace.onDidSaveTextDocument((doc) => {
      if (isConfigDocument(doc)) reset(doc.uri);
    }, undefined, this.disposables);
    vscode.workspace.textDocuments.forEach(validateOpen);
  }

  /** The options of the `.redflags.json` that applies to a memo, or `{}`. */
  async optionsFor(memo: vscode.Uri): Promise<{ options: LintOptions; file?: vscode.Uri }> {
    const folder = vscode.workspace.getWorkspaceFolder(memo);
    if (!folder) return { options: {} };
    const dir = vscode.Uri.joinPath(memo, '..');
    const key = dir.toString();
    let entry = this.cache.get(key);
    if (!entry) {
      entry = this.find(dir, folder.uri);
      this.cache.set(key, entry);
    }
    const e = await entry;
    return { options: e.options, file: e.uri };
  }

  private async find(dir: vscode.Uri, root: vscode.Uri): Promise<Entry> {
    for (let d = dir, depth = 0; depth < 64; depth++) {
      const candidate = vscode.Uri.joinPath(d, CONFIG_FILE_NAME);
      try {
        await vscode.workspace.fs.stat(candidate);
        return { uri: candidate, options: await this.load(candidate) };
      } catch {
        // Not here: look in the parent, up to the workspace folder.
      }
      if (d.path === root.path || d.path === '/' || !d.path.startsWith(root.path)) break;
      d = vscode.Uri.joinPath(d, '..');
    }
    return { options: {} };
  }

  private async load(uri: vscode.Uri): Promise<LintOptions> {
    const key = uri.path;
    // Reads can finish out of order while an editor or a tool rewrites the file: only the newest one counts.
    const seq = (this.loads.get(key) ?? 0) + 1;
    this.loads.set(key, seq);
    let text: string;
    try {
      text = new TextDecoder('utf-8').decode(await vscode.workspace.fs.readFile(uri));
    } catch {
      return this.lastGood.get(key) ?? {};
    }
    if (this.loads.get(key) !== seq) return this.lastGood.get(key) ?? {};
    const result = parseConfig(text, vscode.workspace.asRelativePath(uri));
    this.report(uri, result.problems);
    if (result.problems.some((p) => p.severity === 'error')) return this.lastGood.get(key) ?? result.options;
    // A file caught empty in the middle of a save is not a configuration to fall back to later.
    if (text.trim() !== '') this.lastGood.set(key, result.options);
    return result.options;
  }

  private report(uri: vscode.Uri, problems: readonly ConfigProblem[]): void {
    this.problems.set(
      uri,
      problems.map((p) => {
        const d = new vscode.Diagnostic(
          new vscode.Range(p.line - 1, p.column - 1, p.endLine - 1, p.endColumn - 1),
          p.message,
          p.severity === 'error' ? vscode.DiagnosticSeverity.Error : vscode.DiagnosticSeverity.Warning,
        );
        d.source = SOURCE;
        return d;
      }),
    );
  }

  dispose(): void {
    this.disposables.forEach((d) => d.dispose());
  }
}

export function isConfigDocument(doc: vscode.TextDocument): boolean {
  return doc.uri.path.endsWith(`/${CONFIG_FILE_NAME}`);
}
