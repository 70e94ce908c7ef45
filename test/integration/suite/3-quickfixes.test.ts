import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';
import { getPassage } from '../../../src/knowledge/index';
import { closeAll, codeOf, diagnosticsWhere, findings, openMemo, waitFor } from './helpers';

const WRAPPER = 'zhu/wrapper-on-domestic-model';

async function actionsAt(doc: vscode.TextDocument, range: vscode.Range, kind?: vscode.CodeActionKind): Promise<vscode.CodeAction[]> {
  return vscode.commands.executeCommand<vscode.CodeAction[]>('vscode.executeCodeActionProvider', doc.uri, range, kind?.value);
}

async function wrapperDiagnostic(doc: vscode.TextDocument): Promise<vscode.Diagnostic> {
  const d = await diagnosticsWhere(doc.uri, 'wrapper finding', (x) => x.some((y) => codeOf(y) === WRAPPER));
  return d.find((y) => codeOf(y) === WRAPPER)!;
}

/** Runs an action as the light bulb does: its edit, then its command. */
async function apply(a: vscode.CodeAction): Promise<unknown> {
  if (a.edit) assert.ok(await vscode.workspace.applyEdit(a.edit), `${a.title}: edit applied`);
  if (a.command) return vscode.commands.executeCommand(a.command.command, ...(a.command.arguments ?? []));
  return undefined;
}

async function undo(doc: vscode.TextDocument, original: string): Promise<void> {
  await vscode.window.showTextDocument(doc);
  await vscode.commands.executeCommand('undo');
  await waitFor('undo restores the exact text', () => doc.getText() === original);
}

describe('quick fixes in a real VS Code', () => {
  afterEach(async () => {
    await vscode.commands.executeCommand('workbench.action.files.revert');
  });
  after(closeAll);

  it('Should offer the four quick fixes on a red flag', async () => {
    const { doc } = await openMemo('memos', 'acme.md');
    const d = await wrapperDiagnostic(doc);
    const titles = (await actionsAt(doc, d.range, vscode.CodeActionKind.QuickFix)).map((a) => a.title);
    assert.deepEqual(titles, ['Add diligence question to Open questions', 'Acknowledge with rationale…', 'Acknowledge for the whole memo…', 'Open passage in interview']);
  });

  it('Should add the diligence question, creating Open questions, and undo in one step', async () => {
    const { doc } = await openMemo('memos', 'acme.md');
    const original = doc.getText();
    const d = await wrapperDiagnostic(doc);
    const add = (await actionsAt(doc, d.range, vscode.CodeActionKind.QuickFix)).find((a) => a.title === 'Add diligence question to Open questions')!;
    await apply(add);
    const f = (await findings(doc)).find((x) => x.ruleId === WRAPPER);
    assert.ok(doc.getText().includes(`## Open questions\n\n- [ ] (${WRAPPER}) `));
    assert.ok(f?.openQuestion && doc.getText().includes(f.openQuestion));
    // Never duplicates: the same fix is not offered again.
    const again = (await actionsAt(doc, (await wrapperDiagnostic(doc)).range, vscode.CodeActionKind.QuickFix)).map((a) => a.title);
    assert.ok(!again.includes('Add diligence question to Open questions'));
    await undo(doc, original);
  });

  it('Should acknowledge with a rationale (finding gone, kept for the audit trail), undo, and come back when the comment is removed', async () => {
    const { doc, editor } = await openMemo('memos', 'acme.md');
    const original = doc.getText();
    const d = await wrapperDiagnostic(doc);
    const ack = (await actionsAt(doc, d.range, vscode.CodeActionKind.QuickFix)).find((a) => a.title === 'Acknowledge with rationale…')!;
    // The command asks for the rationale; the test passes it as the prompt's answer.
    assert.equal(await vscode.commands.executeCommand(ack.command!.command, ...ack.command!.arguments!, 'vendor contract forbids copying'), true);
    assert.ok(doc.getText().includes(`<!-- redflags-ack ${WRAPPER}: vendor contract forbids copying -->\nThe product is built entirely`));
    await diagnosticsWhere(doc.uri, 'wrapper acknowledged', (x) => x.length > 0 && !x.some((y) => codeOf(y) === WRAPPER));
    const kept = (await findings(doc)).find((x) => x.ruleId === WRAPPER);
    assert.equal(kept?.acknowledged?.rationale, 'vendor contract forbids copying');
    await undo(doc, original);
    await wrapperDiagnostic(doc);
    // Acknowledge again, then delete the comment by hand: the flag is back.
    const d2 = await wrapperDiagnostic(doc);
    const ack2 = (await actionsAt(doc, d2.range, vscode.CodeActionKind.QuickFix)).find((a) => a.title === 'Acknowledge with rationale…')!;
    await vscode.commands.executeCommand(ack2.command!.command, ...ack2.command!.arguments!, 'accepted');
    await diagnosticsWhere(doc.uri, 'wrapper acknowledged', (x) => x.length > 0 && !x.some((y) => codeOf(y) === WRAPPER));
    const line = doc.getText().split('\n').findIndex((l) => l.startsWith('<!-- redflags-ack'));
    await editor.edit((e) => e.delete(doc.lineAt(line).rangeIncludingLineBreak));
    await wrapperDiagnostic(doc);
  });

  it('Should acknowledge for the whole memo, after the front matter', async () => {
    const { doc } = await openMemo('memos', 'acme.md');
    const original = doc.getText();
    const d = await wrapperDiagnostic(doc);
    const ack = (await actionsAt(doc, d.range, vscode.CodeActionKind.QuickFix)).find((a) => a.title === 'Acknowledge for the whole memo…')!;
    await vscode.commands.executeCommand(ack.command!.command, ...ack.command!.arguments!, 'accepted at IC');
    assert.ok(doc.getText().startsWith(`---\ncompany: Acme Copilot\nstage: Series A\n---\n<!-- redflags-ack-file ${WRAPPER}: accepted at IC -->\n`));
    await diagnosticsWhere(doc.uri, 'wrapper acknowledged', (x) => x.length > 0 && !x.some((y) => codeOf(y) === WRAPPER));
    await undo(doc, original);
  });

  it('Should apply a quick fix only to the version it was computed for', async () => {
    const { doc, editor } = await openMemo('memos', 'acme.md');
    const d = await wrapperDiagnostic(doc);
    const actions = await actionsAt(doc, d.range, vscode.CodeActionKind.QuickFix);
    const ack = actions.find((a) => a.title === 'Acknowledge with rationale…')!;
    const add = actions.find((a) => a.title === 'Add diligence question to Open questions')!;
    await editor.edit((e) => e.insert(new vscode.Position(doc.lineCount - 1, 0), 'Typed meanwhile.\n'));
    const before = doc.getText();
    assert.equal(await vscode.commands.executeCommand(ack.command!.command, ...ack.command!.arguments!, 'late'), false);
    assert.equal(await vscode.commands.executeCommand(add.command!.command, ...add.command!.arguments!), false);
    assert.equal(doc.getText(), before, 'the memo is untouched');
  });

  it('Should add every open question at once with the source action', async () => {
    const { doc } = await openMemo('memos', 'notes.md');
    const original = doc.getText();
    await diagnosticsWhere(doc.uri, 'gaps', (x) => x.some((y) => codeOf(y).startsWith('zhu/gap/')));
    const [action] = await actionsAt(doc, new vscode.Range(0, 0, 0, 0), vscode.CodeActionKind.Source.append('redflags'));
    assert.equal(action?.title, 'Add all open questions for this memo');
    await apply(action);
    await diagnosticsWhere(doc.uri, 'every gap tracked', (x) => !x.some((y) => codeOf(y).startsWith('zhu/gap/')));
    await undo(doc, original);
  });

  it('Should open the passage in the shipped interview, read-only, at its lines', async () => {
    const { doc } = await openMemo('memos', 'acme.md');
    const d = await wrapperDiagnostic(doc);
    const open = (await actionsAt(doc, d.range, vscode.CodeActionKind.QuickFix)).find((a) => a.title === 'Open passage in interview')!;
    const passage = getPassage(open.command!.arguments![0] as string)!;
    await apply(open);
    const editor = await waitFor('interview editor', () => vscode.window.activeTextEditor?.document.uri.scheme === 'redflags-interview' && vscode.window.activeTextEditor);
    assert.equal(editor.selection.start.line, passage.seed_lines[0] - 1);
    assert.ok(editor.document.getText(editor.selection).includes(passage.text_pt.split(/\r?\n/)[0].slice(0, 80)));
    assert.equal(vscode.workspace.fs.isWritableFileSystem('redflags-interview'), false, 'the interview is read-only');
    await assert.rejects(Promise.resolve(vscode.workspace.fs.writeFile(editor.document.uri, new TextEncoder().encode('x'))));
    await vscode.commands.executeCommand('workbench.action.closeActiveEditor');
  });
});
