/**
 * Memo Red Flags engine: `lint(text, options)` → findings. Pure: no `vscode`, no file system.
 *
 * ```ts
 * import { lint } from 'memo-redflags/dist/engine.js';
 * for (const f of lint(markdown)) console.log(f.range.start.line, f.ruleId, f.message);
 * ```
 */
export type { Finding, LintOptions, Severity, SeveritySetting, RuleKind, Language, Point, Range, Acknowledgement } from './types';
export { lint, lintMemo, DIRECTIVE_RULES, passageIds, type LintResult } from './lint';
export { createIncrementalLinter, type IncrementalLinter } from './incremental';
export { explain, explainRule, type Explanation } from './explain';
export { OptionsError, resolveOptions, coerceSeverity, SEVERITIES } from './options';
export { MemoTooComplexError, MAX_NESTING } from './limits';
export { rules, docPath } from '../rules/index';
export { CONCEPT_NAMES } from '../rules/concepts';
export type { RuleSpec } from '../rules/types';

declare const __VERSION__: string;
/** The engine's version (the package version). */
export const version: string = typeof __VERSION__ === 'string' ? __VERSION__ : '0.0.0-dev';
export { parseConfig, formatConfigProblem, CONFIG_FILE_NAME, CONFIG_KEYS, type ConfigResult, type ConfigProblem } from './config';
export { acknowledgeEdit, acknowledgeFileEdit, openQuestionEdit, openQuestionLine, applyInsertion, directiveComment, lineEnding, type Insertion } from './edits';
