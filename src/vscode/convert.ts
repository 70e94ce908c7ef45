import * as vscode from 'vscode';
import { docPath, type Finding, type Range, type Severity } from '../engine/index';
import { SOURCE } from './constants';

/** Engine ranges are 1-based lines and UTF-16 columns, as VS Code counts them; this is the only conversion. */
export function toRange(r: Range): vscode.Range {
  return new vscode.Range(r.start.line - 1, r.start.column - 1, r.end.line - 1, r.end.column - 1);
}

export function toSeverity(s: Severity): vscode.DiagnosticSeverity {
  switch (s) {
    case 'error':
      return vscode.DiagnosticSeverity.Error;
    case 'warning':
      return vscode.DiagnosticSeverity.Warning;
    case 'information':
      return vscode.DiagnosticSeverity.Information;
    default:
      return vscode.DiagnosticSeverity.Hint;
  }
}

/** The shipped doc page of a rule (directive findings point at the rule index, which explains directives). */
export function ruleDocUri(extensionUri: vscode.Uri, ruleId: string): vscode.Uri {
  return vscode.Uri.joinPath(extensionUri, ruleId.startsWith('zhu/') ? docPath(ruleId) : 'docs/rules/README.md');
}

/** A finding as a diagnostic: source "Memo Red Flags", code = rule id linking to its doc page. */
export function toDiagnostic(f: Finding, extensionUri: vscode.Uri): vscode.Diagnostic {
  const d = new vscode.Diagnostic(toRange(f.range), f.message, toSeverity(f.severity));
  d.source = SOURCE;
  d.code = { value: f.ruleId, target: ruleDocUri(extensionUri, f.ruleId) };
  return d;
}

/** Same rule, same range: the finding a diagnostic was made from. */
export function findingFor(findings: readonly Finding[], d: vscode.Diagnostic): Finding | undefined {
  const code = typeof d.code === 'object' ? d.code.value : d.code;
  return findings.find((f) => f.ruleId === code && !f.acknowledged && toRange(f.range).isEqual(d.range));
}
