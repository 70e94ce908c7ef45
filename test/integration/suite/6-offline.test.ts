// Nothing leaves the machine, inside the real extension host: while a memo is opened and linted, hovered, quick
// fixed, edited and reported on, the extension opens no connection, looks no name up and fetches nothing.
import * as assert from 'node:assert/strict';
import * as path from 'node:path';
import * as vscode from 'vscode';
import { EXTENSION_ID, api, closeAll, codeOf, diagnosticsWhere, findings, openMemo, waitFor } from './helpers';

type Worker = import('node:worker_threads').Worker;
interface Trapped {
  name: string;
  stack: string;
}
interface NetTraps {
  install(onCall: (name: string, stack: string) => void, options?: { passThrough?: boolean }): () => void;
  trappedWorker(file: string, options?: object): { worker: Worker; calls(): Trapped[]; close(): void };
}

const WRAPPER = 'zhu/wrapper-on-domestic-model';
const FLAG = "The product is built entirely on Baidu's ERNIE Bot API, which handles all text generation.";

describe('nothing leaves the machine, in a real VS Code', () => {
  const edited: vscode.TextDocument[] = [];
  after(async () => {
    for (const doc of edited.splice(0)) {
      await vscode.window.showTextDocument(doc);
      await vscode.commands.executeCommand('workbench.action.files.revert');
    }
    await closeAll();
  });

  it('Should open no connection while a memo is linted, hovered, quick fixed, edited and reported on', async () => {
    await api();
    const ext = vscode.extensions.getExtension(EXTENSION_ID)!;
    const dist = path.join(ext.extensionPath, 'dist') + path.sep;
    const workerFile = path.join(dist, 'worker.js');
    // Loaded from its file, not bundled: the trapped worker thread starts from that same file.
    // eslint-disable-next-line @typescript-eslint/no-require-imports
    const traps = require(path.join(ext.extensionPath, 'test', 'net-traps.cjs')) as NetTraps;
    // eslint-disable-next-line @typescript-eslint/no-require-imports
    const threads = require('node:worker_threads') as typeof import('node:worker_threads');

    // The lint worker is a thread of its own, with its own copies of net, dns, http…: traps set here would not
    // reach it. So the extension's worker is swapped for one whose first code sets the traps and then loads the
    // same dist/worker.js: Worker is patched to build that one for dist/worker.js, and the running worker is
    // ended while idle, which the extension's client handles as it does a worker it stopped itself (it starts a
    // new one on the next lint). Requests posted to workers are watched, to be sure the window's lints went
    // through a trapped one.
    const OriginalWorker = threads.Worker;
    const originalPost = OriginalWorker.prototype.postMessage;
    const trappedWorkers: { worker: Worker; calls(): Trapped[]; close(): void }[] = [];
    const lintsTo = new Map<Worker, number>();
    function TrappedWorker(file: string | URL, options?: object): Worker {
      if (path.resolve(String(file)) === workerFile) {
        const t = traps.trappedWorker(workerFile, options);
        trappedWorkers.push(t);
        return t.worker;
      }
      return new OriginalWorker(file, options);
    }
    TrappedWorker.prototype = OriginalWorker.prototype;
    Object.assign(threads, { Worker: TrappedWorker });
    OriginalWorker.prototype.postMessage = function (this: Worker, value: unknown, transfer?: readonly import('node:worker_threads').TransferListItem[]) {
      const req = value as { type?: unknown; text?: unknown };
      if (req && req.type === 'lint' && typeof req.text === 'string') lintsTo.set(this, (lintsTo.get(this) ?? 0) + 1);
      return originalPost.call(this, value, transfer);
    };

    // Calls in this thread (the extension host), passed through. Only new calls are seen: the host's own IPC
    // sockets to the editor were connected before the traps and go on working untouched. The host is shared with
    // VS Code's own code and the built-in extensions, which may reach out on their own (extension queries, a
    // built-in's telemetry), so a call counts as the extension's when a frame of its stack is in the extension's
    // dist/ folder; the others are only counted in the log. (A call the extension caused through VS Code's API,
    // by asking the editor to open a URL say, would carry VS Code's frames only: this extension asks for none.
    // The report panel's page is drawn by the workbench, under a policy that loads only the extension's files.)
    const hostCalls: Trapped[] = [];
    const show = (calls: Trapped[]) => calls.map((c) => c.stack.split('\n').slice(0, 8).join('\n')).join('\n\n');
    let restoreHost: (() => void) | undefined;
    let swapped = 0;
    try {
      await closeAll();
      // Find the extension's current lint worker: make it lint once.
      const { doc: notes } = await openMemo('memos', 'notes.md');
      edited.push(notes);
      const edit = new vscode.WorkspaceEdit();
      edit.insert(notes.uri, new vscode.Position(notes.lineCount, 0), '\n');
      assert.ok(await vscode.workspace.applyEdit(edit));
      await findings(notes);
      const before = [...lintsTo.keys()];
      assert.ok(before.length > 0, 'the extension lints in a worker thread');
      for (const w of before) {
        if (trappedWorkers.some((t) => t.worker === w)) continue;
        swapped++;
        await new Promise<void>((resolve) => {
          w.once('exit', () => resolve());
          void w.terminate();
        });
      }
      await vscode.commands.executeCommand('workbench.action.files.revert');
      await closeAll();
      lintsTo.clear();

      restoreHost = traps.install((name, stack) => hostCalls.push({ name, stack }), { passThrough: true });

      // The window: what an analyst does with a memo.
      const { doc } = await openMemo('memos', 'acme.md');
      edited.push(doc);
      const diags = await diagnosticsWhere(doc.uri, 'the wrapper finding', (d) => d.some((x) => codeOf(x) === WRAPPER));
      const wrapper = diags.find((x) => codeOf(x) === WRAPPER)!;
      const hovers = await vscode.commands.executeCommand<vscode.Hover[]>('vscode.executeHoverProvider', doc.uri, wrapper.range.start.translate(0, 5));
      assert.ok(hovers.length > 0, 'a hover card');
      const actions = await vscode.commands.executeCommand<vscode.CodeAction[]>('vscode.executeCodeActionProvider', doc.uri, wrapper.range, vscode.CodeActionKind.QuickFix.value);
      const add = actions.find((a) => a.title === 'Add diligence question to Open questions');
      assert.ok(add, 'the quick fix');
      // As the light bulb runs it: its edit, then its command.
      if (add.edit) assert.ok(await vscode.workspace.applyEdit(add.edit));
      if (add.command) await vscode.commands.executeCommand(add.command.command, ...(add.command.arguments ?? []));
      assert.ok(doc.getText().includes('## Open questions'), 'the quick fix added the question');
      assert.ok((await findings(doc)).some((f) => f.ruleId === WRAPPER), 'the lint after the quick fix');
      const typed = new vscode.WorkspaceEdit();
      const line = wrapper.range.start.line;
      typed.insert(doc.uri, new vscode.Position(line, 0), `${FLAG}\n\n`);
      assert.ok(await vscode.workspace.applyEdit(typed));
      const atLine = (d: vscode.Diagnostic[], l: number) => d.some((x) => codeOf(x) === WRAPPER && x.range.start.line === l);
      await diagnosticsWhere(doc.uri, 'the pasted red flag', (d) => atLine(d, line) && atLine(d, line + 2));
      const report = await vscode.commands.executeCommand<import('../../../src/report/index').MemoReport>('redflags.showReport');
      assert.ok(report && report.counts.red > 0, 'the memo report, with its red flags');
      await waitFor('the report panel', () => vscode.window.tabGroups.all.flatMap((g) => g.tabs).some((t) => t.input instanceof vscode.TabInputWebview && t.input.viewType.endsWith('redflags.report')));
    } catch (e) {
      // A trap in the worker throws, so a worker reaching out fails its lint first: say why.
      const calls = trappedWorkers.flatMap((t) => t.calls());
      if (calls.length) assert.fail(`the lint worker reached out:\n${show(calls)}`);
      throw e;
    } finally {
      restoreHost?.();
      Object.assign(threads, { Worker: OriginalWorker });
      OriginalWorker.prototype.postMessage = originalPost;
    }

    const workerCalls = trappedWorkers.flatMap((t) => t.calls());
    for (const t of trappedWorkers) t.close();
    const linted = [...lintsTo].filter(([w]) => trappedWorkers.some((t) => t.worker === w)).reduce((n, [, c]) => n + c, 0);
    const elsewhere = [...lintsTo].filter(([w]) => !trappedWorkers.some((t) => t.worker === w)).length;
    // The quick fix and the pasted red flag each make a new version to lint (the memo's first lint may come from
    // an earlier test's, kept by the extension while the document stays loaded).
    assert.ok(linted >= 2, `the window's lints ran in the trapped worker (${linted})`);
    assert.equal(elsewhere, 0, 'no lint ran in a worker without traps');
    assert.equal(workerCalls.length, 0, `the lint worker reached out:\n${show(workerCalls)}`);
    const fromUs = hostCalls.filter((c) => c.stack.includes(dist));
    assert.equal(fromUs.length, 0, `the extension reached out:\n${show(fromUs)}`);
    const others = hostCalls.length - fromUs.length;
    console.log(`      lint workers swapped for a trapped one: ${swapped}; lints in the trapped worker: ${linted}; network calls by the extension: 0; by other code in the host: ${others}${others ? ` (${[...new Set(hostCalls.map((c) => c.name))].join(', ')})` : ''}`);
  });
});
