import * as vscode from 'vscode';
import type { LintOptions, LintResult } from '../engine/index';
import { LintCancelled, type LintClient } from './lintClient';
import { type ProjectConfig } from './projectConfig';
import { readSettings, megabytes, type Settings } from './settings';
import { toDiagnostic } from './convert';
import { INTERVIEW_SCHEME, SECTION } from './constants';

/** What the extension knows about one memo. */
export interface MemoState {
  /** The document version the result was computed for. */
  version: number;
  result?: LintResult;
  /** Why the memo was not linted ("memo too large: 12 MB > redflags.maxFileSize 5 MB"). */
  skipped?: string;
  /** The options the result was computed with. */
  options?: LintOptions;
}

interface Pending {
  timer?: ReturnType<typeof setTimeout>;
  generation: number;
  waiters: { version: number; resolve: (s: MemoState | undefined) => void }[];
}

/** True for the documents the extension lints: Markdown in any scheme but its own interview and VS Code internals. */
export function isMemo(doc: vscode.TextDocument): boolean {
  return doc.languageId === 'markdown' && doc.uri.scheme !== INTERVIEW_SCHEME && doc.uri.scheme !== 'output' && doc.uri.scheme !== 'git';
}

/**
 * Lints open memos as they change (debounced, unsaved buffers too) and publishes diagnostics. Each lint carries a
 * generation number, so a slow result never overwrites a newer one; results are cached per document version for
 * hovers, quick fixes, the status bar and reports.
 */
export class MemoDiagnostics implements vscode.Disposable {
  private readonly collection = vscode.languages.createDiagnosticCollection(SECTION);
  private readonly states = new Map<string, MemoState>();
  private readonly pending = new Map<string, Pending>();
  private readonly updated = new vscode.EventEmitter<vscode.Uri>();
  private readonly disposables: vscode.Disposable[] = [this.collection, this.updated];
  /** Fires after a memo's findings (or its skip message) changed. */
  readonly onDidUpdate = this.updated.event;

  constructor(
    private readonly client: LintClient,
    private readonly config: ProjectConfig,
    private readonly extensionUri: vscode.Uri,
    private readonly log: vscode.LogOutputChannel,
  ) {
    const w = vscode.workspace;
    w.onDidOpenTextDocument((d) => this.schedule(d, 0), undefined, this.disposables);
    w.onDidChangeTextDocument((e) => e.contentChanges.length && this.schedule(e.document), undefined, this.disposables);
    w.onDidCloseTextDocument((d) => this.forget(d.uri), undefined, this.disposables);
    w.onDidChangeConfiguration((e) => e.affectsConfiguration(SECTION) && this.relintAll(), undefined, this.disposables);
    config.onDidChange(() => this.relintAll(), undefined, this.disposables);
    this.relintAll();
  }

  /** The cached state of a memo, when it is up to date with the document. */
  current(doc: vscode.TextDocument): MemoState | undefined {
    const s = this.states.get(doc.uri.toString());
    return s && s.version === doc.version ? s : undefined;
  }

  /** The state of a memo for its current version, linting now (no debounce) if needed. */
  async stateFor(doc: vscode.TextDocument): Promise<MemoState | undefined> {
    const s = this.current(doc);
    if (s) return s;
    if (!isMemo(doc)) return undefined;
    const key = doc.uri.toString();
    const p = this.pendingFor(key);
    const waiter = new Promise<MemoState | undefined>((resolve) => p.waiters.push({ version: doc.version, resolve }));
    this.schedule(doc, 0);
    return waiter;
  }

  /** Lints every open memo again (settings or `.redflags.json` changed). */
  relintAll(): void {
    for (const doc of vscode.workspace.textDocuments) this.schedule(doc, 0);
  }

  private pendingFor(key: string): Pending {
    let p = this.pending.get(key);
    if (!p) {
      p = { generation: 0, waiters: [] };
      this.pending.set(key, p);
    }
    return p;
  }

  private schedule(doc: vscode.TextDocument, delay?: number): void {
    if (!isMemo(doc)) return;
    const key = doc.uri.toString();
    const p = this.pendingFor(key);
    const settings = readSettings(doc.uri);
    if (p.timer) clearTimeout(p.timer);
    const generation = ++p.generation;
    p.timer = setTimeout(() => {
      p.timer = undefined;
      void this.run(doc, generation, settings);
    }, delay ?? settings.debounce);
  }

  private async run(doc: vscode.TextDocument, generation: number, settings: Settings): Promise<void> {
    const key = doc.uri.toString();
    const p = this.pendingFor(key);
    const version = doc.version;
    const text = doc.getText();
    if (!settings.enable) return this.publish(doc, { version }, generation);
    if (text.length > settings.maxFileSize) {
      const skipped = vscode.l10n.t('memo too large: {0} > redflags.maxFileSize {1}', megabytes(text.length), megabytes(settings.maxFileSize));
      this.log.info(`${vscode.workspace.asRelativePath(doc.uri)}: ${skipped}`);
      return this.publish(doc, { version, skipped }, generation);
    }
    const options = await this.optionsFor(doc, settings);
    if (p.generation !== generation) return;
    const started = Date.now();
    try {
      const result = await this.client.lint(key, text, options, true);
      this.log.trace(`${vscode.workspace.asRelativePath(doc.uri)} v${version}: ${result.findings.length} findings in ${Date.now() - started} ms`);
      this.publish(doc, { version, result, options }, generation);
    } catch (e) {
      if (e instanceof LintCancelled) return;
      const message = e instanceof Error ? e.message : String(e);
      this.log.error(`${vscode.workspace.asRelativePath(doc.uri)}: ${message}`);
      this.publish(doc, { version, skipped: vscode.l10n.t('could not lint this memo: {0}', message) }, generation);
    }
  }

  /** `redflags.*` settings, then the `.redflags.json` that applies (the project file wins). */
  async optionsFor(doc: vscode.TextDocument | vscode.Uri, settings?: Settings): Promise<LintOptions> {
    const uri = doc instanceof vscode.Uri ? doc : doc.uri;
    const s = settings ?? readSettings(uri);
    const project = (await this.config.optionsFor(uri)).options;
    return {
      ...project,
      rules: { ...s.rules, ...(project.rules ?? {}) },
      green: project.green ?? s.showGreen,
      gaps: project.gaps ?? s.showGaps,
      language: project.language ?? s.language,
    };
  }

  private publish(doc: vscode.TextDocument, state: MemoState, generation: number): void {
    const key = doc.uri.toString();
    const p = this.pendingFor(key);
    // A slow result never overwrites a newer one: a later lint was scheduled, or the text moved on.
    if (p.generation !== generation) return;
    if (state.version !== doc.version || doc.isClosed) return;
    this.states.set(key, state);
    const findings = state.result?.findings.filter((f) => !f.acknowledged) ?? [];
    this.collection.set(doc.uri, findings.map((f) => toDiagnostic(f, this.extensionUri)));
    for (const w of p.waiters.splice(0)) w.resolve(w.version === state.version ? state : this.current(doc));
    this.updated.fire(doc.uri);
  }

  private forget(uri: vscode.Uri): void {
    const key = uri.toString();
    const p = this.pending.get(key);
    if (p?.timer) clearTimeout(p.timer);
    p?.waiters.splice(0).forEach((w) => w.resolve(undefined));
    this.pending.delete(key);
    this.states.delete(key);
    this.client.cancel(key);
    this.collection.delete(uri);
    this.updated.fire(uri);
  }

  dispose(): void {
    for (const p of this.pending.values()) if (p.timer) clearTimeout(p.timer);
    this.disposables.forEach((d) => d.dispose());
  }
}
