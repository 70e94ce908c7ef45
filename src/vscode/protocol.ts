import type { LintOptions, LintResult } from '../engine/index';

/** A message to the lint worker. */
export interface LintRequest {
  id: number;
  text: string;
  options: LintOptions;
}

/** The worker's answer to a {@link LintRequest}. */
export type LintResponse = { id: number; result: LintResult } | { id: number; error: string };
