import type { LintOptions, LintResult } from '../engine/index';

/**
 * A message to the lint worker. `key` names an open document: its lints reuse the previous one's work
 * (the engine's incremental linter); without a key the memo is linted whole (reports over many files).
 */
export type LintRequest =
  | { type: 'lint'; id: number; key?: string; text: string; options: LintOptions }
  | { type: 'forget'; key: string };

/** The worker's answer to a lint request. */
export type LintResponse = { id: number; result: LintResult } | { id: number; error: string };
