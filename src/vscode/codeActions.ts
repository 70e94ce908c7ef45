import * as vscode from 'vscode';
import { openQuestionEdit, rules, type Finding, type Insertion, type LintResult } from '../engine/index';
import { COMMANDS, SOURCE } from './constants';
import { findingFor } from './convert';
import { isMemo, type MemoDiagnostics } from './diagnostics';

/** Arguments of the acknowledge command, fixed when the quick fix was offered. */
export interface AcknowledgeArgs {
  uri: string;
  /** The document version the finding was computed for: the edit applies to that version only. */
  version: number;
  ruleId: string;
  /** Start offset of the finding. */
  offset: number;
  scope: 'block' | 'file';
}

/** Arguments of the add-open-questions command, fixed when the action was offered. */
export interface OpenQuestionsArgs {
  uri: string;
  /** The document version the questions were computed for: the edit applies to that version only. */
  version: number;
  items: { ruleId: string; question: string }[];
}

/** One insertion as a workspace edit: a single undo step. */
export function insertionEdit(doc: vscode.TextDocument, e: Insertion): vscode.WorkspaceEdit {
  const edit = new vscode.WorkspaceEdit();
  edit.insert(doc.uri, doc.positionAt(e.offset), e.text);
  return edit;
}

/** The Open-questions entries a memo's findings call for, one per rule, gaps first. */
export function openQuestionItems(result: LintResult): { ruleId: string; question: string }[] {
  const items = result.findings
    .filter((f) => !f.acknowledged && f.openQuestion)
    .sort((a, b) => Number(b.kind === 'gap') - Number(a.kind === 'gap'))
    .map((f) => ({ ruleId: f.ruleId, question: f.openQuestion! }));
  const seen = new Set<string>();
  return items.filter((i) => !seen.has(i.ruleId) && seen.add(i.ruleId));
}

/**
 * Quick fixes on Memo Red Flags diagnostics: add the diligence question to Open questions, acknowledge with a
 * rationale (this block or the whole memo), open the passage in the interview. A source action adds every open
 * question of the memo at once.
 */
export class MemoCodeActions implements vscode.CodeActionProvider {
  static readonly sourceKind = vscode.CodeActionKind.Source.append('redflags').append('addOpenQuestions');
  static readonly metadata: vscode.CodeActionProviderMetadata = {
    providedCodeActionKinds: [vscode.CodeActionKind.QuickFix, MemoCodeActions.sourceKind],
  };

  constructor(private readonly diagnostics: MemoDiagnostics) {}

  async provideCodeActions(
    doc: vscode.TextDocument,
    _range: vscode.Range,
    context: vscode.CodeActionContext,
    token: vscode.CancellationToken,
  ): Promise<vscode.CodeAction[]> {
    if (!isMemo(doc)) return [];
    const ours = context.diagnostics.filter((d) => d.source === SOURCE);
    const wantSource = context.only ? context.only.contains(MemoCodeActions.sourceKind) || MemoCodeActions.sourceKind.contains(context.only) : false;
    if (ours.length === 0 && !wantSource) return [];
    const state = await this.diagnostics.stateFor(doc);
    if (token.isCancellationRequested || !state?.result || state.version !== doc.version) return [];
    const text = doc.getText();
    const actions: vscode.CodeAction[] = [];
    const wantFix = !context.only || context.only.contains(vscode.CodeActionKind.QuickFix) || vscode.CodeActionKind.QuickFix.contains(context.only);
    if (wantFix) {
      for (const d of ours) {
        const f = findingFor(state.result.findings, d);
        if (f) actions.push(...this.fixesFor(doc, text, f, d));
      }
    }
    if (wantSource || (!context.only && ours.length > 0)) {
      const all = this.addAllQuestions(doc, text, state.result);
      if (all) actions.push(all);
    }
    return actions;
  }

  private fixesFor(doc: vscode.TextDocument, text: string, f: Finding, d: vscode.Diagnostic): vscode.CodeAction[] {
    const out: vscode.CodeAction[] = [];
    if (f.kind === 'directive') return out;
    if (f.openQuestion) {
      const items = [{ ruleId: f.ruleId, question: f.openQuestion }];
      if (openQuestionEdit(text, items)) {
        const title = vscode.l10n.t('Add diligence question to Open questions');
        const a = new vscode.CodeAction(title, vscode.CodeActionKind.QuickFix);
        const args: OpenQuestionsArgs = { uri: doc.uri.toString(), version: doc.version, items };
        a.command = { command: COMMANDS.addOpenQuestions, title, arguments: [args] };
        a.diagnostics = [d];
        a.isPreferred = true;
        out.push(a);
      }
    }
    const ack = (scope: 'block' | 'file', title: string) => {
      const a = new vscode.CodeAction(title, vscode.CodeActionKind.QuickFix);
      const args: AcknowledgeArgs = { uri: doc.uri.toString(), version: doc.version, ruleId: f.ruleId, offset: f.range.start.offset, scope };
      a.command = { command: COMMANDS.acknowledge, title, arguments: [args] };
      a.diagnostics = [d];
      return a;
    };
    if (f.scope === 'text') out.push(ack('block', vscode.l10n.t('Acknowledge with rationale…')));
    out.push(ack('file', vscode.l10n.t('Acknowledge for the whole memo…')));
    const passage = f.passages[0];
    if (passage) {
      const title = vscode.l10n.t('Open passage in interview');
      const a = new vscode.CodeAction(title, vscode.CodeActionKind.QuickFix);
      a.command = { command: COMMANDS.openInterview, title, arguments: [passage] };
      a.diagnostics = [d];
      out.push(a);
    }
    return out;
  }

  private addAllQuestions(doc: vscode.TextDocument, text: string, result: LintResult): vscode.CodeAction | undefined {
    const items = openQuestionItems(result);
    if (!items.length || !openQuestionEdit(text, items)) return undefined;
    const title = vscode.l10n.t('Add all open questions for this memo');
    const a = new vscode.CodeAction(title, MemoCodeActions.sourceKind);
    const args: OpenQuestionsArgs = { uri: doc.uri.toString(), version: doc.version, items };
    a.command = { command: COMMANDS.addOpenQuestions, title, arguments: [args] };
    return a;
  }
}

/** Rule ids as the catalogue spells them, for the acknowledge prompt. */
export const RULE_TITLES = new Map(rules.map((r) => [r.id, r.title]));
