import { Worker } from 'node:worker_threads';
import * as path from 'node:path';
import { lintMemo, type LintOptions, type LintResult } from '../engine/index';
import type { LintRequest, LintResponse } from './protocol';

/** Thrown for a lint that was cancelled or superseded. */
export class LintCancelled extends Error {
  constructor() {
    super('lint cancelled');
  }
}

interface Job {
  id: number;
  key: string;
  /** Lint incrementally: the key names an open document whose previous lint can be reused. */
  incremental: boolean;
  text: string;
  options: LintOptions;
  resolve: (r: LintResult) => void;
  reject: (e: Error) => void;
  started?: number;
}

/** A running lint older than this is stopped (the worker ended and restarted) when it is superseded. */
const RESTART_AFTER_MS = 750;

/**
 * Runs lints one at a time in a worker thread. A newer lint of the same document replaces a queued one; a running
 * lint that was superseded or cancelled after {@link RESTART_AFTER_MS} is stopped by restarting the worker. Without
 * worker threads (or when the worker cannot start) it lints on the calling thread.
 */
export class LintClient {
  private worker: Worker | undefined;
  private workerFailed = false;
  private readonly queue: Job[] = [];
  private running: Job | undefined;
  private nextId = 1;

  constructor(private readonly workerFile: string) {}

  /**
   * Lints `text`; `key` names the document, so a newer request for it supersedes an older one. An `incremental`
   * lint reuses the previous lint of the same key (for open documents, on every keystroke).
   */
  lint(key: string, text: string, options: LintOptions, incremental = false): Promise<LintResult> {
    return new Promise<LintResult>((resolve, reject) => {
      for (let i = this.queue.length - 1; i >= 0; i--) {
        if (this.queue[i].key === key) this.queue.splice(i, 1)[0].reject(new LintCancelled());
      }
      if (this.running?.key === key) this.stopIfSlow();
      this.queue.push({ id: this.nextId++, key, incremental, text, options, resolve, reject });
      this.pump();
    });
  }

  /** Cancels every lint of a document, queued or running, and drops what the worker kept for it. */
  cancel(key: string): void {
    this.worker?.postMessage({ type: 'forget', key } satisfies LintRequest);
    for (let i = this.queue.length - 1; i >= 0; i--) {
      if (this.queue[i].key === key) this.queue.splice(i, 1)[0].reject(new LintCancelled());
    }
    if (this.running?.key === key) this.stopIfSlow(0);
  }

  private stopIfSlow(after = RESTART_AFTER_MS): void {
    const job = this.running;
    if (!job?.started || Date.now() - job.started < after || !this.worker) return;
    this.running = undefined;
    void this.worker.terminate();
    this.worker = undefined;
    job.reject(new LintCancelled());
  }

  private pump(): void {
    if (this.running || this.queue.length === 0) return;
    const job = this.queue.shift()!;
    this.running = job;
    job.started = Date.now();
    const worker = this.ensureWorker();
    if (!worker) {
      // In-process fallback: still async to the caller, so results arrive in order.
      setImmediate(() => {
        try {
          this.finish(job, { id: job.id, result: lintMemo(job.text, job.options) });
        } catch (e) {
          this.finish(job, { id: job.id, error: e instanceof Error ? e.message : String(e) });
        }
      });
      return;
    }
    const req: LintRequest = { type: 'lint', id: job.id, key: job.incremental ? job.key : undefined, text: job.text, options: job.options };
    worker.postMessage(req);
  }

  private finish(job: Job, res: LintResponse): void {
    if (this.running !== job) return;
    this.running = undefined;
    if ('error' in res) job.reject(new Error(res.error));
    else job.resolve(res.result);
    this.pump();
  }

  private ensureWorker(): Worker | undefined {
    if (this.worker || this.workerFailed) return this.worker;
    try {
      const w = new Worker(path.resolve(this.workerFile));
      w.on('message', (res: LintResponse) => {
        if (this.running && this.running.id === res.id && this.worker === w) this.finish(this.running, res);
      });
      w.on('error', (e) => {
        if (this.worker !== w) return;
        this.worker = undefined;
        const job = this.running;
        this.running = undefined;
        job?.reject(e instanceof Error ? e : new Error(String(e)));
        this.pump();
      });
      w.on('exit', (code) => {
        if (this.worker !== w) return;
        this.worker = undefined;
        const job = this.running;
        this.running = undefined;
        job?.reject(new Error(`the lint worker stopped (exit code ${code})`));
        this.pump();
      });
      w.unref();
      this.worker = w;
    } catch {
      this.workerFailed = true;
    }
    return this.worker;
  }

  dispose(): void {
    for (const job of this.queue.splice(0)) job.reject(new LintCancelled());
    this.running?.reject(new LintCancelled());
    this.running = undefined;
    void this.worker?.terminate();
    this.worker = undefined;
  }
}
