import * as vscode from 'vscode';
import { rules, type Finding, type RuleSpec } from '../engine/index';
import { getPassage, getPassageEnglish, type Passage } from '../knowledge/index';
import { COMMANDS } from './constants';
import { toRange, ruleDocUri } from './convert';
import { isMemo, type MemoDiagnostics } from './diagnostics';
import { readSettings, type QuoteLanguage } from './settings';

const byId = new Map<string, RuleSpec>(rules.map((r) => [r.id, r]));

/** Escapes text for a MarkdownString: memo text and passages are shown as text, never as Markdown or HTML. */
export function escapeMarkdown(s: string): string {
  return s.replace(/[\\`*_{}[\]()#+\-.!|<>&~=:"']/g, (c) => (c === '<' ? '&lt;' : c === '>' ? '&gt;' : c === '&' ? '&amp;' : `\\${c}`));
}

/** A block quote of escaped text, one `>` per line. */
function quote(text: string): string {
  return text
    .split(/\r?\n/)
    .map((l) => `> ${escapeMarkdown(l)}`)
    .join('\n>\n');
}

/** Who speaks in a passage, never mixed: Zhu, the interviewer, or the republisher's annotation. */
export function speakerLabel(p: Passage): string {
  switch (p.speaker) {
    case 'zhu':
      return vscode.l10n.t('Zhu Xiaohu (GSR Ventures)');
    case 'interviewer':
      return vscode.l10n.t('The interviewer, Zhang Xiaojun (Tencent News)');
    default:
      return vscode.l10n.t("The republisher's annotation, not Zhu's words");
  }
}

function lines(p: Passage): string {
  const [a, b] = p.seed_lines;
  return a === b ? vscode.l10n.t('interview, line {0}', a) : vscode.l10n.t('interview, lines {0}–{1}', a, b);
}

function commandLink(command: string, args: unknown[]): string {
  return `command:${command}?${encodeURIComponent(JSON.stringify(args))}`;
}

/** The passages a card quotes: the rule's chosen quotes, else its first Zhu passage. */
export function quotedPassages(rule: RuleSpec): Passage[] {
  const ids = rule.quote.passages.length ? rule.quote.passages : rule.passages.zhu.slice(0, 1);
  return ids.map((id) => getPassage(id)).filter((p): p is Passage => !!p);
}

/** The hover card of one finding. */
export function hoverCard(f: Finding, extensionUri: vscode.Uri, quoteLanguage: QuoteLanguage, maxPassages = 2): vscode.MarkdownString {
  const md = new vscode.MarkdownString(undefined, true);
  // Command links run only this extension's own commands; nothing else is trusted, and no HTML is rendered.
  md.isTrusted = { enabledCommands: [COMMANDS.openInterview, COMMANDS.openRuleDoc] };
  md.supportHtml = false;
  const rule = byId.get(f.ruleId);
  if (!rule) {
    md.appendMarkdown(`**${escapeMarkdown(f.ruleId)}** · `);
    md.appendText(f.message);
    return md;
  }
  const kind = rule.kind === 'red' ? vscode.l10n.t('Red flag') : rule.kind === 'green' ? vscode.l10n.t('Strength') : vscode.l10n.t('Unanswered question');
  md.appendMarkdown(`**${escapeMarkdown(rule.title)}** · ${kind} · \`${rule.id}\`\n\n`);
  md.appendMarkdown(`${escapeMarkdown(rule.claim)}\n\n`);
  if (f.evidence?.length) md.appendMarkdown(`${vscode.l10n.t('Matched')}: ${f.evidence.map((e) => `“${escapeMarkdown(e)}”`).join(', ')}\n\n`);
  if (f.scope === 'document' && f.note) md.appendMarkdown(`${escapeMarkdown(f.note)}\n\n`);

  for (const p of quotedPassages(rule).slice(0, maxPassages)) {
    md.appendMarkdown('---\n\n');
    md.appendMarkdown(`**${escapeMarkdown(speakerLabel(p))}** — ${escapeMarkdown(lines(p))} · [${vscode.l10n.t('Open in interview')}](${commandLink(COMMANDS.openInterview, [p.id])})\n\n`);
    if (quoteLanguage !== 'en') md.appendMarkdown(`${quote(p.text_pt)}\n\n`);
    const en = getPassageEnglish(p.id);
    if (en && quoteLanguage !== 'pt') {
      md.appendMarkdown(`*${escapeMarkdown(vscode.l10n.t('English translation of the Portuguese text, not a quotation:'))}*\n\n`);
      md.appendMarkdown(`${quote(en)}\n\n`);
    }
  }

  const questions = f.questions.length ? f.questions : rule.questions;
  if (questions.length) {
    md.appendMarkdown('---\n\n');
    md.appendMarkdown(`**${vscode.l10n.t("Zhu's diligence questions")}**\n\n`);
    for (const q of questions) md.appendMarkdown(`- ${escapeMarkdown(q)}\n`);
    md.appendMarkdown('\n');
  }
  const doc = ruleDocUri(extensionUri, rule.id);
  md.appendMarkdown(`[${vscode.l10n.t('Rule docs')}](${commandLink(COMMANDS.openRuleDoc, [rule.id])} "${escapeMarkdown(doc.path.split('/').slice(-2).join('/'))}")`);
  if (f.acknowledged) md.appendMarkdown(`\n\n${vscode.l10n.t('Acknowledged')}: ${escapeMarkdown(f.acknowledged.rationale)}`);
  return md;
}

/** Hover cards on findings: the rule, the interview passage behind it, and Zhu's questions. */
export class MemoHoverProvider implements vscode.HoverProvider {
  constructor(
    private readonly diagnostics: MemoDiagnostics,
    private readonly extensionUri: vscode.Uri,
  ) {}

  async provideHover(doc: vscode.TextDocument, pos: vscode.Position, token: vscode.CancellationToken): Promise<vscode.Hover | undefined> {
    if (!isMemo(doc)) return undefined;
    const state = await this.diagnostics.stateFor(doc);
    if (token.isCancellationRequested || !state?.result) return undefined;
    const here = state.result.findings.filter((f) => !f.acknowledged && toRange(f.range).contains(pos));
    if (here.length === 0) return undefined;
    const { quoteLanguage } = readSettings(doc.uri);
    const cards = here.slice(0, 3).map((f) => hoverCard(f, this.extensionUri, quoteLanguage, here.length > 1 ? 1 : 2));
    const range = here.map((f) => toRange(f.range)).reduce((a, b) => a.intersection(b) ?? a);
    return new vscode.Hover(cards, range);
  }
}
