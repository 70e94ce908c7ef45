/** Identifiers other parts of the product and users depend on. One place, so nothing drifts. */

/** The `source` of every diagnostic. */
export const SOURCE = 'Memo Red Flags';

/** The settings section: `redflags.enable`, `redflags.rules`, … */
export const SECTION = 'redflags';

/** Commands contributed in package.json (the manifest test checks both lists match). */
export const COMMANDS = {
  showReport: 'redflags.showReport',
  showWorkspaceReport: 'redflags.showWorkspaceReport',
  openInterview: 'redflags.openInterview',
  toggle: 'redflags.toggle',
  /** Internal: run by quick fixes, not listed in the palette. */
  acknowledge: 'redflags.acknowledge',
  addOpenQuestions: 'redflags.addOpenQuestions',
  openRuleDoc: 'redflags.openRuleDoc',
} as const;

/** The read-only document scheme of the shipped interview: `redflags-interview:/interview.pt.md`. */
export const INTERVIEW_SCHEME = 'redflags-interview';
export const INTERVIEW_PATH = '/Zhu Xiaohu interview (pt-BR).txt';

/** The code action kind of "Add all open questions for this memo". */
export const SOURCE_ACTION_KIND = 'source.addOpenQuestions.redflags';
