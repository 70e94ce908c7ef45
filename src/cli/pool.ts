import { Worker } from 'node:worker_threads';
import type { Finding, LintOptions } from '../engine/index';

/** What became of one memo's lint, wherever it ran. */
export type LintOutcome = { findings: Finding[] } | { tooComplex: string } | { failed: string };

/** The data every lint worker starts with: the distinct option sets, which requests name by index. */
export interface WorkerData {
  options: LintOptions[];
}
export interface WorkerRequest {
  id: number;
  text: string;
  options: number;
}
export type WorkerReply = { id: number; findings: Finding[] } | { id: number; error: string; tooComplex: boolean };

export interface LintJob {
  text: string;
  /** Index into the option sets given to the pool. */
  options: number;
}

/**
 * The young generation of each worker, in MB (V8's default is 3 x 16). Linting allocates fast and briefly: with
 * room for a few memos' garbage, far less of it lives long enough to be copied and promoted. Measured on 200
 * archive memos with two workers on two cores: 10-25% less wall time for about 130 MB more peak memory.
 */
const YOUNG_GENERATION_MB = 192;

/** Requests a worker holds at once: one running, one ready, so it never waits for the main thread. */
const IN_FLIGHT = 2;

interface Slot {
  worker: Worker;
  inFlight: number[];
  error?: Error;
}

/**
 * Lints memos in worker threads (dist/cli-worker.js): every worker takes the next memo in order, and
 * {@link results} holds one promise per job, in job order, so the caller reports in the order of the files
 * whatever order the workers finish in. A worker that dies fails the memo it was linting with the reason;
 * the memos it held but had not started go back to the queue for the other workers (or fail with the
 * same reason when none is left). Never rejects.
 */
export class LintPool {
  readonly results: Promise<LintOutcome>[];
  private readonly settle: ((o: LintOutcome) => void)[] = [];
  private readonly queue: number[];
  private readonly slots = new Set<Slot>();
  private closed = false;

  /** Throws when not even one worker can be created (the caller lints on its own thread then). */
  constructor(
    private readonly jobs: readonly LintJob[],
    options: LintOptions[],
    threads: number,
    workerFile: string,
  ) {
    this.results = jobs.map((_, i) => new Promise<LintOutcome>((resolve) => (this.settle[i] = resolve)));
    this.queue = jobs.map((_, i) => i);
    const data: WorkerData = { options };
    for (let t = 0; t < threads; t++) {
      let worker: Worker;
      try {
        worker = new Worker(workerFile, { workerData: data, resourceLimits: { maxYoungGenerationSizeMb: YOUNG_GENERATION_MB } });
      } catch (e) {
        if (this.slots.size === 0) throw e;
        break;
      }
      const slot: Slot = { worker, inFlight: [] };
      this.slots.add(slot);
      worker.on('message', (reply: WorkerReply) => this.onReply(slot, reply));
      worker.on('error', (e) => (slot.error ??= e));
      worker.on('exit', (code) => this.onExit(slot, code));
      this.pump(slot);
    }
  }

  /** Stops the workers; results not yet settled never will be. */
  async close(): Promise<void> {
    this.closed = true;
    await Promise.all([...this.slots].map((s) => s.worker.terminate()));
    this.slots.clear();
  }

  private pump(slot: Slot): void {
    while (!this.closed && slot.inFlight.length < IN_FLIGHT && this.queue.length) {
      const id = this.queue.shift()!;
      slot.inFlight.push(id);
      const job = this.jobs[id];
      slot.worker.postMessage({ id, text: job.text, options: job.options } satisfies WorkerRequest);
    }
  }

  private onReply(slot: Slot, reply: WorkerReply): void {
    slot.inFlight = slot.inFlight.filter((id) => id !== reply.id);
    this.settle[reply.id]('findings' in reply ? { findings: reply.findings } : reply.tooComplex ? { tooComplex: reply.error } : { failed: reply.error });
    this.pump(slot);
  }

  private onExit(slot: Slot, code: number): void {
    this.slots.delete(slot);
    if (this.closed) return;
    const reason = `lint worker stopped: ${slot.error ? slot.error.message : `exit code ${code}`}`;
    // Requests run in the order sent: the first one held is the one that was running.
    const [running, ...waiting] = slot.inFlight;
    slot.inFlight = [];
    if (running !== undefined) this.settle[running]({ failed: reason });
    this.queue.unshift(...waiting);
    if (this.slots.size === 0) {
      for (const id of this.queue.splice(0)) this.settle[id]({ failed: reason });
      return;
    }
    for (const other of this.slots) this.pump(other);
  }
}
