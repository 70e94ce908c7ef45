import type { Finding, RuleKind, Severity } from '../engine/index';
import { count, type FileReport } from './report';

export interface JsonMessage {
  ruleId: string;
  kind: RuleKind;
  severity: Severity;
  message: string;
  /** 1-based; the end is exclusive (the column just past the last character). */
  line: number;
  column: number;
  endLine: number;
  endColumn: number;
  passages: string[];
  questions: string[];
  acknowledged: false | { rationale: string };
  /** Present for document-level findings (gaps). */
  scope?: 'document';
  evidence?: string[];
}

export interface JsonFileResult {
  filePath: string;
  errorCount: number;
  warningCount: number;
  acknowledgedCount: number;
  messages: JsonMessage[];
  /** Why the memo was not checked (it then has no messages). */
  skipped?: string;
}

export function toJsonMessage(f: Finding): JsonMessage {
  const m: JsonMessage = {
    ruleId: f.ruleId,
    kind: f.kind,
    severity: f.severity,
    message: f.message,
    line: f.range.start.line,
    column: f.range.start.column,
    endLine: f.range.end.line,
    endColumn: f.range.end.column,
    passages: f.passages,
    questions: f.questions,
    acknowledged: f.acknowledged ? { rationale: f.acknowledged.rationale } : false,
  };
  if (f.scope === 'document') m.scope = 'document';
  if (f.evidence?.length) m.evidence = f.evidence;
  return m;
}

/** An array with one entry per memo, ESLint's JSON formatter's shape plus the memo-specific fields. */
export function formatJson(reports: readonly FileReport[]): string {
  const out: JsonFileResult[] = reports.map((r) => {
    const t = count(r.findings);
    const entry: JsonFileResult = {
      filePath: r.shown,
      errorCount: t.errors,
      warningCount: t.warnings,
      acknowledgedCount: t.acknowledged,
      messages: r.findings.map(toJsonMessage),
    };
    if (r.skipped !== undefined) entry.skipped = r.skipped;
    return entry;
  });
  return `${JSON.stringify(out, null, 2)}\n`;
}
