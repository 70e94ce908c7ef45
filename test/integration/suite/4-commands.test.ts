import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';
import { lint } from '../../../src/engine/index';
import { api, closeAll, codeOf, diagnosticsWhere, openMemo, ours, waitFor } from './helpers';

describe('commands and reports in a real VS Code', () => {
  after(closeAll);

  it('Should contribute the four palette commands', async () => {
    await api();
    const all = await vscode.commands.getCommands(true);
    for (const c of ['redflags.showReport', 'redflags.showWorkspaceReport', 'redflags.openInterview', 'redflags.toggle']) assert.ok(all.includes(c), c);
  });

  it('Show Memo Report: a scorecard with the counts, the core questions and the findings by rule', async () => {
    const { doc } = await openMemo('memos', 'acme.md');
    await diagnosticsWhere(doc.uri, 'diagnostics', (d) => d.length > 0);
    const report = await vscode.commands.executeCommand<import('../../../src/report/index').MemoReport>('redflags.showReport');
    assert.ok(report, 'the command returns the report it shows');
    const f = lint(doc.getText()).filter((x) => !x.acknowledged);
    assert.equal(report.counts.red, f.filter((x) => x.kind === 'red').length);
    assert.equal(report.counts.gap, f.filter((x) => x.kind === 'gap').length);
    assert.equal(report.memo.title, 'Acme Copilot — Series A memo');
    assert.ok(report.questions.length >= 7, 'every core question');
    assert.ok(report.groups.some((g) => g.ruleId === 'zhu/wrapper-on-domestic-model' && g.findings[0].line === 10));
    const tab = await waitFor('report panel', () => vscode.window.tabGroups.all.flatMap((g) => g.tabs).find((t) => t.input instanceof vscode.TabInputWebview && t.input.viewType.endsWith('redflags.report')));
    assert.ok(tab.label.includes('acme.md'));
    assert.deepEqual((await api()).memoReport()?.counts, report.counts);
  });

  it('Show Workspace Report: every memo of the workspace with its counts', async () => {
    const report = await vscode.commands.executeCommand<import('../../../src/report/index').PortfolioReport>('redflags.showWorkspaceReport');
    assert.ok(report);
    const paths = report.rows.map((r) => r.path);
    for (const p of ['memos/acme.md', 'memos/hostile.md', 'memos/notes.md']) assert.ok(paths.includes(p), p);
    const acme = report.rows.find((r) => r.path === 'memos/acme.md')!;
    const text = new TextDecoder().decode(await vscode.workspace.fs.readFile(vscode.Uri.parse(acme.uri!)));
    assert.equal(acme.red, lint(text).filter((x) => x.kind === 'red' && !x.acknowledged).length);
    assert.equal(report.totals.memos, report.rows.length);
    assert.equal(report.incomplete, undefined);
  });

  it('Open Interview: the shipped interview, read-only', async () => {
    await vscode.commands.executeCommand('redflags.openInterview', 'p-not-recommend-domestic');
    const editor = await waitFor('interview', () => vscode.window.activeTextEditor?.document.uri.scheme === 'redflags-interview' && vscode.window.activeTextEditor);
    assert.ok(editor.document.lineCount > 100);
    assert.ok(!editor.selection.isEmpty, 'the passage is selected');
  });

  it('Toggle: disables for this workspace (diagnostics cleared) and enables again', async () => {
    const { doc } = await openMemo('memos', 'acme.md');
    await diagnosticsWhere(doc.uri, 'diagnostics', (d) => d.length > 0);
    assert.equal(await vscode.commands.executeCommand('redflags.toggle'), false);
    assert.equal(vscode.workspace.getConfiguration('redflags').inspect('enable')?.workspaceValue, false);
    await diagnosticsWhere(doc.uri, 'no diagnostics when disabled', (d) => d.length === 0);
    await waitFor('status says off', async () => (await api()).statusText().includes('off'));
    assert.equal(await vscode.commands.executeCommand('redflags.toggle'), true);
    const d = await diagnosticsWhere(doc.uri, 'diagnostics back', (x) => x.some((y) => codeOf(y) === 'zhu/fomo'));
    assert.ok(d.length > 0 && ours(doc.uri).length === d.length);
  });
});
