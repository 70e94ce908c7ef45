/**
 * The lint worker: runs the engine off the extension host's main thread, so that linting never blocks other
 * extensions and a long lint of a huge memo can be stopped by ending the worker. No `vscode` here.
 */
import { parentPort } from 'node:worker_threads';
import { lintMemo } from '../engine/index';
import type { LintRequest, LintResponse } from './protocol';

parentPort?.on('message', (req: LintRequest) => {
  let res: LintResponse;
  try {
    res = { id: req.id, result: lintMemo(req.text, req.options) };
  } catch (e) {
    res = { id: req.id, error: e instanceof Error ? e.message : String(e) };
  }
  parentPort?.postMessage(res);
});
