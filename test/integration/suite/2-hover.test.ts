import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';
import { getPassage, getPassageEnglish } from '../../../src/knowledge/index';
import { rules } from '../../../src/engine/index';
import { closeAll, codeOf, diagnosticsWhere, openMemo, setSetting } from './helpers';

async function hoverText(doc: vscode.TextDocument, pos: vscode.Position): Promise<{ text: string; hovers: vscode.Hover[] }> {
  const hovers = await vscode.commands.executeCommand<vscode.Hover[]>('vscode.executeHoverProvider', doc.uri, pos);
  const text = hovers
    .flatMap((h) => h.contents)
    .map((c) => (typeof c === 'string' ? c : 'value' in c ? c.value : ''))
    .join('\n');
  return { text, hovers };
}

/** Markdown escapes removed: what the reader sees. */
const visible = (md: string) => md.replace(/\\([\\`*_{}[\]()#+\-.!|~=:"'])/g, '$1').replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&amp;/g, '&');

describe('hover cards in a real VS Code', () => {
  after(async () => {
    await setSetting('quoteLanguage', undefined);
    await closeAll();
  });

  it('Should quote the interview verbatim, say who speaks and where, translate, and ask the questions', async () => {
    const { doc } = await openMemo('memos', 'acme.md');
    const diags = await diagnosticsWhere(doc.uri, 'wrapper finding', (d) => d.some((x) => codeOf(x) === 'zhu/wrapper-on-domestic-model'));
    const d = diags.find((x) => codeOf(x) === 'zhu/wrapper-on-domestic-model')!;
    const { text, hovers } = await hoverText(doc, d.range.start.translate(0, 5));
    const ours = visible(text);
    const rule = rules.find((r) => r.id === 'zhu/wrapper-on-domestic-model')!;
    assert.ok(ours.includes(rule.title), 'rule title');
    assert.ok(ours.includes(rule.claim), 'one-line claim');
    const p = getPassage(rule.quote.passages[0])!;
    assert.equal(p.speaker, 'zhu');
    for (const para of p.text_pt.split(/\r?\n/).filter(Boolean)) assert.ok(ours.includes(para), `verbatim passage: ${para.slice(0, 60)}…`);
    assert.ok(ours.includes('Zhu Xiaohu (GSR Ventures)'), 'speaker');
    assert.ok(!ours.includes("republisher's annotation") || rule.quote.passages.some((id) => getPassage(id)?.speaker === 'editor'), 'no other voice mixed in');
    assert.ok(ours.includes(`interview, line${p.seed_lines[0] === p.seed_lines[1] ? '' : 's'} ${p.seed_lines[0]}`), 'where it sits');
    assert.ok(ours.includes('English translation of the Portuguese text, not a quotation'), 'the translation is labelled');
    assert.ok(ours.includes(getPassageEnglish(p.id)!.split(/\r?\n/)[0]), 'English rendering');
    for (const q of rule.questions) assert.ok(ours.includes(q), `question: ${q}`);
    assert.ok(text.includes('command:redflags.openInterview?'), 'Open in interview link');
    assert.ok(text.includes('command:redflags.openRuleDoc?'), 'Rule docs link');
    const md = hovers[0].contents[0] as vscode.MarkdownString;
    assert.deepEqual(md.isTrusted, { enabledCommands: ['redflags.openInterview', 'redflags.openRuleDoc'] }, 'only our own commands run from the card');
    assert.ok(!md.supportHtml);
  });

  it('Should follow redflags.quoteLanguage', async () => {
    const { doc } = await openMemo('memos', 'acme.md');
    const d = (await diagnosticsWhere(doc.uri, 'wrapper finding', (x) => x.some((y) => codeOf(y) === 'zhu/wrapper-on-domestic-model'))).find((y) => codeOf(y) === 'zhu/wrapper-on-domestic-model')!;
    const p = getPassage(rules.find((r) => r.id === 'zhu/wrapper-on-domestic-model')!.quote.passages[0])!;
    await setSetting('quoteLanguage', 'pt');
    let t = visible((await hoverText(doc, d.range.start)).text);
    assert.ok(t.includes(p.text_pt.split(/\r?\n/)[0]) && !t.includes('English translation'));
    await setSetting('quoteLanguage', 'en');
    t = visible((await hoverText(doc, d.range.start)).text);
    assert.ok(!t.includes(p.text_pt.split(/\r?\n/)[0]) && t.includes('English translation'));
  });

  it('Should escape memo text in the card: markup in the memo stays text', async () => {
    const { doc } = await openMemo('memos', 'hostile.md');
    const d = (await diagnosticsWhere(doc.uri, 'wrapper finding', (x) => x.some((y) => codeOf(y) === 'zhu/wrapper-on-domestic-model'))).find((y) => codeOf(y) === 'zhu/wrapper-on-domestic-model')!;
    const { text } = await hoverText(doc, d.range.start);
    assert.ok(!/<script|<img|javascript:alert/i.test(text.replace(/&lt;/g, '')), 'no raw markup from the memo');
  });

  it('Should explain a gap on the title with where it looked', async () => {
    const { doc } = await openMemo('memos', 'notes.md');
    const d = (await diagnosticsWhere(doc.uri, 'gap finding', (x) => x.some((y) => codeOf(y) === 'zhu/gap/revenue'))).find((y) => codeOf(y) === 'zhu/gap/revenue')!;
    const t = visible((await hoverText(doc, d.range.start)).text);
    assert.ok(t.includes(rules.find((r) => r.id === 'zhu/gap/revenue')!.title));
    assert.match(t, /Looked for/);
  });
});
