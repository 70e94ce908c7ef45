/**
 * A lint worker of the CLI (dist/cli-worker.js): lints the memos the main thread sends, one at a time, and
 * answers with the findings or the error. Reading files, the cache and the output stay on the main thread.
 */
import { parentPort, workerData } from 'node:worker_threads';
import { engine } from './engine';
import type { WorkerData, WorkerReply, WorkerRequest } from './pool';

const { lint, MemoTooComplexError } = engine();

const { options } = workerData as WorkerData;

parentPort?.on('message', (req: WorkerRequest) => {
  let reply: WorkerReply;
  try {
    reply = { id: req.id, findings: lint(req.text, options[req.options]) };
  } catch (e) {
    reply = { id: req.id, error: e instanceof Error ? e.message : String(e), tooComplex: e instanceof MemoTooComplexError };
  }
  parentPort?.postMessage(reply);
});
