// Nothing leaves the machine, on the extension's side: its real lint worker (dist/worker.js) is driven through its
// message protocol with every way to the network trapped, and again in a fresh process with no network at all;
// and the built bundles are read for any way out. The CLI's side is in cli-faults.test.ts; the extension host
// itself is covered by the integration suite (6-offline.test.ts).
import * as assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative, resolve } from 'node:path';
import * as ts from 'typescript';
import { lintMemo, type LintOptions, type LintResult } from '../src/engine/index';
import type { LintRequest, LintResponse } from '../src/vscode/protocol';

const ROOT = resolve(__dirname, '../..');
const WORKER = join(ROOT, 'dist', 'worker.js');
const TRAPS = join(ROOT, 'test', 'net-traps.cjs');

interface Trapped {
  name: string;
  stack: string;
}
// Loaded from its file, not bundled: a worker thread starts from that same file.
// eslint-disable-next-line @typescript-eslint/no-require-imports
const traps = require(TRAPS) as {
  play(workerFile: string, requests: LintRequest[]): Promise<{ replies: LintResponse[]; trapped: Trapped[] }>;
};

const WRAPPER = 'zhu/wrapper-on-domestic-model';
const FLAG = "The product is built entirely on Baidu's ERNIE Bot API, which handles all text generation.";

/**
 * What the extension sends for the example memos: for each, a first lint, two incremental edits (a red flag
 * pasted in, then a word typed mid-sentence), a whole-memo lint as the reports do, a forget as when the editor
 * closes, and a lint after it. Each lint comes with the text it was sent, to compare with the engine's.
 */
function scenario(): { requests: LintRequest[]; texts: Map<number, { text: string; options: LintOptions }> } {
  const requests: LintRequest[] = [];
  const texts = new Map<number, { text: string; options: LintOptions }>();
  let id = 1;
  const lint = (text: string, options: LintOptions, key?: string) => {
    texts.set(id, { text, options });
    requests.push({ type: 'lint', id: id++, key, text, options });
  };
  const memos = readdirSync(join(ROOT, 'examples')).filter((f) => f.endsWith('.md')).sort();
  assert.ok(memos.length >= 3, 'the example memos');
  memos.forEach((name, i) => {
    const key = `file:///memos/${name}`;
    // One memo with project options, as a .redflags.json would give.
    const options: LintOptions = i === 0 ? { rules: { 'zhu/fomo': 'error' }, green: false, terms: { domesticModel: ['AcmeLM'] } } : {};
    const t0 = readFileSync(join(ROOT, 'examples', name), 'utf8');
    const cut = t0.indexOf('\n\n', t0.indexOf('\n# ') + 1) + 2;
    const t1 = `${t0.slice(0, cut)}${FLAG}\n\n${t0.slice(cut)}`;
    const mid = Math.floor(t1.length * 0.6);
    const t2 = `${t1.slice(0, mid)}really ${t1.slice(mid)}`;
    lint(t0, options, key);
    lint(t1, options, key);
    lint(t2, options, key);
    lint(t0, options);
    requests.push({ type: 'forget', key });
    lint(t2, options, key);
  });
  return { requests, texts };
}

function checkReplies(replies: LintResponse[], texts: Map<number, { text: string; options: LintOptions }>): void {
  assert.equal(replies.length, texts.size, 'a reply to every lint');
  let findings = 0;
  for (const res of replies) {
    assert.ok(!('error' in res), `lint ${res.id}: ${'error' in res ? res.error : ''}`);
    const sent = texts.get(res.id)!;
    const expected: LintResult = JSON.parse(JSON.stringify(lintMemo(sent.text, sent.options)));
    assert.deepEqual(res.result, expected, `lint ${res.id}: the worker's result is the engine's`);
    findings += res.result.findings.length;
    if (sent.text.includes(FLAG)) assert.ok(res.result.findings.some((f) => f.ruleId === WRAPPER), `lint ${res.id}: the pasted red flag is found`);
  }
  assert.ok(findings > 0, 'real findings came back');
}

const describeTrapped = (calls: Trapped[]) => calls.map((c) => `${c.name}\n${c.stack}`).join('\n\n');

/** The way to run a command with networking disabled here, or why there is none. */
function noNetworkPrefix(): { prefix?: string[]; why?: string } {
  // A new network namespace has only a downed loopback: any connection attempt fails.
  const probe = spawnSync('unshare', ['-rn', 'true']);
  if (probe.status === 0) return { prefix: ['unshare', '-rn'] };
  const asRoot = spawnSync('unshare', ['-n', 'true']);
  if (asRoot.status === 0) return { prefix: ['unshare', '-n'] };
  return { why: `unshare is not available or not permitted here (${probe.error?.message ?? probe.stderr.toString().trim()})` };
}

describe('nothing leaves the machine: the extension', function () {
  this.timeout(180000);

  it('the real lint worker, every way to the network trapped: real findings, incremental edits, forget, zero network calls', async () => {
    const { requests, texts } = scenario();
    const { replies, trapped } = await traps.play(WORKER, requests);
    assert.deepEqual(trapped, [], describeTrapped(trapped));
    checkReplies(replies, texts);
  });

  it('the traps catch a worker that does reach out (the check above can fail)', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'memo-redflags-net-'));
    try {
      const bad = join(dir, 'bad-worker.js');
      // A worker that answers like the real one but looks a name up and fetches first.
      writeFileSync(
        bad,
        `const { parentPort } = require('node:worker_threads');
         parentPort.on('message', (req) => {
           try { require('node:dns').lookup('example.com', () => {}); } catch {}
           try { fetch('https://example.com/'); } catch {}
           try { require('node:net').connect(443, 'example.com'); } catch {}
           parentPort.postMessage({ id: req.id, error: 'no' });
         });`,
      );
      const { trapped } = await traps.play(bad, [{ type: 'lint', id: 1, text: '# x', options: {} }]);
      assert.deepEqual(trapped.map((t) => t.name), ['dns.lookup', 'fetch', 'net.connect']);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  it('the real lint worker in a fresh process with networking disabled (unshare), with no socket syscall at all (strace, when present)', function () {
    const { prefix, why } = noNetworkPrefix();
    if (!prefix) {
      console.log(`      skipped: ${why}`);
      this.skip();
    }
    const { requests, texts } = scenario();
    const dir = mkdtempSync(join(tmpdir(), 'memo-redflags-net-'));
    try {
      // strace, where it runs, sees the system calls of the whole process, whatever made them: Node itself,
      // a native module, the worker thread. With it the check is that no socket was opened, connected, bound or
      // sent on (Node only asks what its inherited stdio is, with getsockname, which is left out).
      const strace = spawnSync('strace', ['-f', '-qq', '-o', '/dev/null', 'true']).status === 0;
      const traceFile = join(dir, 'trace.txt');
      const traced = strace ? ['strace', '-f', '-qq', '-e', 'trace=socket,socketpair,connect,bind,listen,accept,accept4,sendto,sendmsg,sendmmsg', '-o', traceFile] : [];
      const cmd = [...prefix!, ...traced, process.execPath, TRAPS, WORKER];
      const r = spawnSync(cmd[0], cmd.slice(1), { input: JSON.stringify(requests), encoding: 'utf8', maxBuffer: 256 * 1024 * 1024, timeout: 170000 });
      assert.equal(r.status, 0, `${cmd.join(' ')}: ${r.error?.message ?? r.stderr}`);
      const { replies, trapped } = JSON.parse(r.stdout) as { replies: LintResponse[]; trapped: Trapped[] };
      assert.deepEqual(trapped, [], describeTrapped(trapped));
      checkReplies(replies, texts);
      if (strace) assert.equal(readFileSync(traceFile, 'utf8'), '', 'network system calls');
      else console.log('      (strace is not available: the system-call check was left out)');
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});

/** Node's built-in modules that reach the network or start processes. */
const NETWORK_MODULES = /^(node:)?(net|http|https|http2|tls|dgram|dns|dns\/promises|child_process|cluster|inspector)$/;
/** Globals that reach the network. */
const NETWORK_GLOBALS = new Set(['fetch', 'XMLHttpRequest', 'WebSocket', 'EventSource', 'WebTransport']);

/**
 * The ways out in a built bundle, found on its syntax tree, so the words in the rules' patterns and messages
 * (the lexicon matches "fetches", say) are not taken for code: requires and imports of network modules, a
 * require or import of something not written out, and any mention of a network global as a name.
 */
function waysOut(file: string): string[] {
  const text = readFileSync(file, 'utf8');
  const source = ts.createSourceFile(file, text, ts.ScriptTarget.Latest, true, ts.ScriptKind.JS);
  const found: string[] = [];
  const where = (node: ts.Node) => {
    const { line } = source.getLineAndCharacterOfPosition(node.getStart(source));
    return `${relative(ROOT, file)}:${line + 1}: ${node.getText(source).slice(0, 80)}`;
  };
  const visit = (node: ts.Node): void => {
    if (ts.isCallExpression(node)) {
      const callee = node.expression;
      const isRequire = ts.isIdentifier(callee) && callee.text === 'require';
      const isImport = callee.kind === ts.SyntaxKind.ImportKeyword;
      if (isRequire || isImport) {
        const arg = node.arguments[0];
        if (!arg || !ts.isStringLiteralLike(arg)) found.push(`${where(node)} (a module named at run time)`);
        else if (NETWORK_MODULES.test(arg.text)) found.push(where(node));
      }
      // process.binding / process._linkedBinding: the sockets' native side.
      if (ts.isPropertyAccessExpression(callee) && /^(binding|_linkedBinding)$/.test(callee.name.text) && callee.expression.getText(source) === 'process') found.push(where(node));
    }
    if (ts.isIdentifier(node) && NETWORK_GLOBALS.has(node.text)) {
      const parent = node.parent;
      // A property named like one (obj.fetch, { fetch: … }) is not the global; globalThis.fetch is.
      const isPropertyName = (ts.isPropertyAccessExpression(parent) && parent.name === node && parent.expression.getText(source) !== 'globalThis') || (ts.isPropertyAssignment(parent) && parent.name === node) || (ts.isMethodDeclaration(parent) && parent.name === node);
      if (!isPropertyName) found.push(where(node));
    }
    if (ts.isImportDeclaration(node) && ts.isStringLiteral(node.moduleSpecifier) && NETWORK_MODULES.test(node.moduleSpecifier.text)) found.push(where(node));
    ts.forEachChild(node, visit);
  };
  visit(source);
  return found;
}

describe('nothing leaves the machine: the built bundles', function () {
  this.timeout(120000);

  for (const name of ['extension.js', 'worker.js', 'cli.js', 'engine.js']) {
    it(`dist/${name}: no network module, no child process, no module named at run time, no fetch/XMLHttpRequest/WebSocket`, () => {
      // The CLI reads files and hashes them for its cache (fs, crypto): nothing on the list above.
      assert.deepEqual(waysOut(join(ROOT, 'dist', name)), []);
    });
  }

  it('the check finds the ways out it looks for', () => {
    const dir = mkdtempSync(join(tmpdir(), 'memo-redflags-net-'));
    try {
      const file = join(dir, 'bundle.js');
      writeFileSync(
        file,
        [
          'var a = require("node:https"); var b = require("dgram"); var c = require(name);',
          'import("node:net"); fetch("https://x"); globalThis.fetch("y"); new WebSocket("wss://x"); new XMLHttpRequest();',
          'process.binding("tcp_wrap");',
          'var ok = { fetch: 1 }; ok.fetch(); var re = /fetch(?:es)?/; var s = "new WebSocket(";',
        ].join('\n'),
      );
      const found = waysOut(file).map((f) => f.replace(/^.*?:(\d+): /, '$1: '));
      assert.deepEqual(found, [
        '1: require("node:https")',
        '1: require("dgram")',
        '1: require(name) (a module named at run time)',
        '2: import("node:net")',
        '2: fetch',
        '2: fetch',
        '2: WebSocket',
        '2: XMLHttpRequest',
        '3: process.binding("tcp_wrap")',
      ]);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
