/**
 * Public types of the Memo Red Flags engine. The engine is pure: text and options in, findings out.
 * No `vscode`, no file system, no process: it runs in Node, in a browser and in the CLI alike.
 */

/** What a rule reports: a red flag, a strength, a question the memo never answers, or a problem with a directive. */
export type RuleKind = 'red' | 'green' | 'gap' | 'directive';

/** Diagnostic severities, named as VS Code names them. */
export type Severity = 'hint' | 'information' | 'warning' | 'error';

/** A severity setting: a severity, or `off` to disable the rule. */
export type SeveritySetting = Severity | 'off';

/** Languages the engine segments and judges. */
export type Language = 'en' | 'pt' | 'zh';

/** A point in the memo: 1-based line and column (UTF-16 code units, as editors count) and a 0-based UTF-16 offset. */
export interface Point {
  line: number;
  column: number;
  offset: number;
}

/** A half-open range `[start, end)` in the original text. */
export interface Range {
  start: Point;
  end: Point;
}

/** An accepted risk: the directive that silenced a finding. */
export interface Acknowledgement {
  /** The rationale written after the colon, e.g. "vendor contract forbids copying". Empty when missing. */
  rationale: string;
  /** Where the directive is. */
  range: Range;
  /** `block` for `redflags-ack`, `file` for `redflags-ack-file`. */
  scope: 'block' | 'file';
}

/**
 * One finding: a claim in the memo that matches a rule, or a document-level gap.
 * Field names follow vfile-message where they overlap (`ruleId`, `message`).
 */
export interface Finding {
  /** Rule id as in the catalogue, e.g. `zhu/thin-wrapper`, `zhu/green/immediate-revenue`, `zhu/gap/revenue`. */
  ruleId: string;
  kind: RuleKind;
  severity: Severity;
  /** One sentence naming what was found. */
  message: string;
  /** The words of the claim (a sentence, a heading or a table cell); for gaps, the title. */
  range: Range;
  /** `text` for a claim in the prose, `document` for a gap about the whole memo. */
  scope: 'text' | 'document';
  /** Interview passage ids (see `passages.json`) behind the rule, Zhu's first. */
  passages: string[];
  /** Zhu's diligence questions for this finding. */
  questions: string[];
  /** More detail for hovers and reports; for gaps, what the engine looked for. */
  note?: string;
  /** The question the "Add to Open questions" quick fix inserts, without the rule tag. */
  openQuestion?: string;
  /** Set when a `redflags-ack` directive silenced this finding; the finding stays for reports (audit trail). */
  acknowledged?: Acknowledgement;
  /** Language of the sentence the finding is on. */
  language?: Language;
  /** The matched trigger words, in the order found, e.g. ["ERNIE Bot API", "built entirely on"]. */
  evidence?: string[];
}

/** Options of one lint run. Everything is optional; the defaults are the catalogue's. */
export interface LintOptions {
  /** Per-rule severity, by rule id or alias: `{"zhu/fomo": "error", "zhu/agi-thesis": "off"}`. */
  rules?: Record<string, SeveritySetting>;
  /** Report strengths (`zhu/green/*`). Default true. */
  green?: boolean;
  /** Report document-level gaps (`zhu/gap/*`). Default true. */
  gaps?: boolean;
  /** Language hint: `auto` (default) detects per sentence. */
  language?: Language | 'auto';
  /** Extra terms for a concept of the lexicon, e.g. `{"domesticModel": ["AcmeLM"]}`. */
  terms?: Record<string, string[]>;
  /** Include acknowledged findings in the result (marked `acknowledged`). Default true. */
  includeAcknowledged?: boolean;
}
