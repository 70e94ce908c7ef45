import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';
import { lint } from '../../../src/engine/index';
import { api, closeAll, codeOf, diagnosticsWhere, openMemo, ours, setText, waitFor } from './helpers';

describe('diagnostics in a real VS Code', () => {
  after(closeAll);

  it('Should activate for Markdown and report its activation time', async () => {
    const { doc } = await openMemo('memos', 'acme.md');
    const a = await api();
    assert.ok(a.activationMs >= 0 && a.activationMs < 5000, `activation took ${a.activationMs} ms`);
    console.log(`      activation: ${a.activationMs.toFixed(1)} ms`);
    await diagnosticsWhere(doc.uri, 'first diagnostics', (d) => d.length > 0);
  });

  it('Should publish the engine findings with rule ids, exact ranges, severities, source and doc links', async () => {
    const { doc } = await openMemo('memos', 'acme.md');
    const expected = lint(doc.getText()).filter((f) => !f.acknowledged);
    const diags = await diagnosticsWhere(doc.uri, 'all findings', (d) => d.length === expected.length);
    const key = (rule: string, r: vscode.Range) => `${rule}@${r.start.line}:${r.start.character}-${r.end.line}:${r.end.character}`;
    assert.deepEqual(
      diags.map((d) => key(codeOf(d), d.range)).sort(),
      expected.map((f) => key(f.ruleId, new vscode.Range(f.range.start.line - 1, f.range.start.column - 1, f.range.end.line - 1, f.range.end.column - 1))).sort(),
    );
    const wrapper = diags.find((d) => codeOf(d) === 'zhu/wrapper-on-domestic-model');
    assert.ok(wrapper, 'the wrapper claim is flagged');
    assert.equal(wrapper.severity, vscode.DiagnosticSeverity.Warning);
    assert.equal(wrapper.source, 'Memo Red Flags');
    assert.equal(doc.getText(wrapper.range), "The product is built entirely on Baidu's ERNIE Bot API.");
    assert.equal(wrapper.range.start.line, 9, 'the prose line, not the same sentence in the fenced code');
    const target = typeof wrapper.code === 'object' ? wrapper.code.target : undefined;
    assert.ok(target?.path.endsWith('/docs/rules/red/wrapper-on-domestic-model.md'), String(target));
    const gaps = diags.filter((d) => codeOf(d).startsWith('zhu/gap/'));
    assert.ok(gaps.length > 0 && gaps.every((d) => d.severity === vscode.DiagnosticSeverity.Information && d.range.start.line === 5));
    assert.ok(!diags.some((d) => d.range.start.line >= 16 && d.range.start.line <= 18), 'nothing in the fenced code');
    assert.ok(!diags.some((d) => d.range.start.line === 20), 'a competitor is not the company');
  });

  it('Should lint unsaved edits as the analyst types, and the last edit wins', async () => {
    const { doc, editor } = await openMemo('memos', 'notes.md');
    await diagnosticsWhere(doc.uri, 'gaps on notes.md', (d) => d.length > 0 && !d.some((x) => codeOf(x) === 'zhu/fomo'));
    const end = doc.lineAt(doc.lineCount - 1).range.end;
    // Several quick edits: only the final text's findings may remain.
    for (const piece of ['\nAll top funds ', 'are in this round, ', 'so we must move before the window closes.\n']) {
      await editor.edit((e) => e.insert(doc.lineAt(doc.lineCount - 1).range.end, piece));
    }
    assert.ok(doc.isDirty);
    const d = await diagnosticsWhere(doc.uri, 'zhu/fomo on the typed sentence', (x) => x.some((y) => codeOf(y) === 'zhu/fomo'));
    assert.equal(d.find((x) => codeOf(x) === 'zhu/fomo')!.range.start.line, end.line + 1);
    await vscode.commands.executeCommand('workbench.action.files.revert');
    await diagnosticsWhere(doc.uri, 'fomo gone after revert', (x) => x.length > 0 && !x.some((y) => codeOf(y) === 'zhu/fomo'));
  });

  it('Should end every burst of edits with exactly the findings of a full lint of the final text', async () => {
    const { doc, editor } = await openMemo('memos', 'acme.md');
    await diagnosticsWhere(doc.uri, 'first diagnostics', (d) => d.length > 0);
    // Edits that move blocks around: a new fence, a list item, a heading, a directive, deletions.
    const edits: ((e: vscode.TextEditorEdit) => void)[] = [
      (e) => e.insert(new vscode.Position(9, 0), '```\n'),
      (e) => e.insert(new vscode.Position(13, 0), '- The product is built entirely on Baidu\'s ERNIE Bot API.\n'),
      (e) => e.delete(new vscode.Range(9, 0, 10, 0)),
      (e) => e.insert(new vscode.Position(7, 0), '## Risks\n\nAll top funds are in this round, so we must move before the window closes.\n\n'),
      (e) => e.insert(new vscode.Position(11, 0), '<!-- redflags-ack zhu/fomo: accepted -->\n'),
      (e) => e.delete(new vscode.Range(4, 0, 6, 0)),
    ];
    for (const edit of edits) await editor.edit(edit);
    const key = (rule: string, r: vscode.Range) => `${rule}@${r.start.line}:${r.start.character}-${r.end.line}:${r.end.character}`;
    const expected = lint(doc.getText())
      .filter((f) => !f.acknowledged)
      .map((f) => key(f.ruleId, new vscode.Range(f.range.start.line - 1, f.range.start.column - 1, f.range.end.line - 1, f.range.end.column - 1)))
      .sort();
    await diagnosticsWhere(doc.uri, 'diagnostics of the final text', (d) => JSON.stringify(d.map((x) => key(codeOf(x), x.range)).sort()) === JSON.stringify(expected));
    await vscode.commands.executeCommand('workbench.action.files.revert');
  });

  it('Should lint an untitled Markdown buffer', async () => {
    const doc = await vscode.workspace.openTextDocument({ language: 'markdown', content: "# Deal\n\nThe product is built entirely on Baidu's ERNIE Bot API.\n" });
    await vscode.window.showTextDocument(doc);
    await diagnosticsWhere(doc.uri, 'wrapper in the untitled buffer', (d) => d.some((x) => codeOf(x) === 'zhu/wrapper-on-domestic-model'));
    await setText(doc, '# Deal\n\nNothing to see.\n');
    await diagnosticsWhere(doc.uri, 'wrapper gone', (d) => !d.some((x) => codeOf(x) === 'zhu/wrapper-on-domestic-model'));
    await vscode.commands.executeCommand('workbench.action.revertAndCloseActiveEditor');
  });

  it('Should leave other languages alone and clear a memo when it closes', async () => {
    const doc = await vscode.workspace.openTextDocument({ language: 'plaintext', content: "The product is built entirely on Baidu's ERNIE Bot API.\n" });
    await vscode.window.showTextDocument(doc);
    await new Promise((r) => setTimeout(r, 500));
    assert.deepEqual(ours(doc.uri), []);
    await vscode.commands.executeCommand('workbench.action.revertAndCloseActiveEditor');
  });

  it('Should show the counts of the active memo in the status bar', async () => {
    const { doc } = await openMemo('memos', 'acme.md');
    const f = lint(doc.getText()).filter((x) => !x.acknowledged);
    const n = (k: string) => f.filter((x) => x.kind === k).length;
    const text = await waitFor('status bar text', async () => {
      const t = (await api()).statusText();
      return t === `${n('red')} red · ${n('green')} green · ${n('gap')} gap` ? t : undefined;
    });
    assert.match(text, /^\d+ red · \d+ green · \d+ gap$/);
  });
});
