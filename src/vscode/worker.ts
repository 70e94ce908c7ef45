/**
 * The lint worker: runs the engine off the extension host's main thread, so that linting never blocks other
 * extensions and a long lint of a huge memo can be stopped by ending the worker. No `vscode` here.
 *
 * Each open document keeps an incremental linter, so a keystroke re-judges only the blocks it touched; the
 * results are the same as a full lint of the text.
 */
import { parentPort } from 'node:worker_threads';
import { createIncrementalLinter, lintMemo, type IncrementalLinter } from '../engine/index';
import type { LintRequest, LintResponse } from './protocol';

/** Open documents kept, most recently used last; a few are enough for the editors on screen. */
const MAX_DOCUMENTS = 16;
const linters = new Map<string, { options: string; linter: IncrementalLinter }>();

function linterFor(key: string, options: LintRequest & { type: 'lint' }): IncrementalLinter {
  const optionsKey = JSON.stringify(options.options);
  let entry = linters.get(key);
  if (entry && entry.options !== optionsKey) entry = undefined;
  if (!entry) entry = { options: optionsKey, linter: createIncrementalLinter(options.options) };
  linters.delete(key);
  linters.set(key, entry);
  while (linters.size > MAX_DOCUMENTS) linters.delete(linters.keys().next().value as string);
  return entry.linter;
}

parentPort?.on('message', (req: LintRequest) => {
  if (req.type === 'forget') {
    linters.delete(req.key);
    return;
  }
  let res: LintResponse;
  try {
    res = { id: req.id, result: req.key ? linterFor(req.key, req).lintMemo(req.text) : lintMemo(req.text, req.options) };
  } catch (e) {
    if (req.key) linters.delete(req.key);
    res = { id: req.id, error: e instanceof Error ? e.message : String(e) };
  }
  parentPort?.postMessage(res);
});
