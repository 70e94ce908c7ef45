import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';
import { api, closeAll, codeOf, diagnosticsWhere, openMemo, setSetting, waitFor, workspaceUri } from './helpers';

const write = (uri: vscode.Uri, text: string) => vscode.workspace.fs.writeFile(uri, new TextEncoder().encode(text));

describe('settings and .redflags.json in a real VS Code', () => {
  afterEach(async () => {
    for (const k of ['rules', 'showGaps', 'showGreen', 'maxFileSize']) await setSetting(k, undefined);
    await vscode.workspace.fs.delete(workspaceUri('.redflags.json')).then(undefined, () => undefined);
  });
  after(closeAll);

  it('Should apply rule severities and the green/gap switches live', async () => {
    const { doc } = await openMemo('memos', 'acme.md');
    await diagnosticsWhere(doc.uri, 'fomo warning', (d) => d.some((x) => codeOf(x) === 'zhu/fomo' && x.severity === vscode.DiagnosticSeverity.Warning));
    await setSetting('rules', { 'zhu/fomo': 'error', 'zhu/wrapper-on-domestic-model': 'off' });
    await diagnosticsWhere(doc.uri, 'fomo error, wrapper off', (d) =>
      d.some((x) => codeOf(x) === 'zhu/fomo' && x.severity === vscode.DiagnosticSeverity.Error) && !d.some((x) => codeOf(x) === 'zhu/wrapper-on-domestic-model'));
    await setSetting('showGaps', false);
    await diagnosticsWhere(doc.uri, 'no gaps', (d) => d.length > 0 && !d.some((x) => codeOf(x).startsWith('zhu/gap/')));
  });

  it('Should read .redflags.json, live, and keep the last good configuration when it breaks', async () => {
    const { doc } = await openMemo('memos', 'acme.md');
    const cfg = workspaceUri('.redflags.json');
    await diagnosticsWhere(doc.uri, 'fomo', (d) => d.some((x) => codeOf(x) === 'zhu/fomo'));
    await write(cfg, '{\n  // project policy\n  "rules": { "zhu/fomo": "off" }\n}\n');
    await diagnosticsWhere(doc.uri, 'fomo off by .redflags.json', (d) => d.length > 0 && !d.some((x) => codeOf(x) === 'zhu/fomo'));
    await write(cfg, '{\n  "rules": { "zhu/fomo": "loud" }\n}\n');
    const problems = await waitFor('a problem on .redflags.json', () => {
      const p = vscode.languages.getDiagnostics(cfg).filter((d) => d.source === 'Memo Red Flags' && /loud/.test(d.message));
      return p.length ? p : undefined;
    });
    assert.equal(problems[0].range.start.line, 1, 'located on the bad value');
    assert.match(problems[0].message, /loud/);
    await new Promise((r) => setTimeout(r, 500));
    assert.ok(!vscode.languages.getDiagnostics(doc.uri).some((x) => codeOf(x) === 'zhu/fomo'), 'the last good configuration still applies');
    await vscode.workspace.fs.delete(cfg);
    await diagnosticsWhere(doc.uri, 'fomo back without .redflags.json', (d) => d.some((x) => codeOf(x) === 'zhu/fomo'));
  });

  it('Should skip a memo larger than redflags.maxFileSize, with a clear message', async () => {
    const { doc } = await openMemo('memos', 'acme.md');
    await diagnosticsWhere(doc.uri, 'diagnostics', (d) => d.length > 0);
    await setSetting('maxFileSize', 0.001);
    const { editor } = await openMemo('memos', 'acme.md');
    await editor.edit((e) => e.insert(new vscode.Position(doc.lineCount - 1, 0), `${'More notes from the partner meeting. '.repeat(40)}\n`));
    await diagnosticsWhere(doc.uri, 'cleared', (d) => d.length === 0);
    await waitFor('status says skipped', async () => (await api()).statusText().includes('skipped'));
    await vscode.commands.executeCommand('workbench.action.files.revert');
  });
});
