// The CLI under faults: missing, special and looping paths, refused memos, thousands of memos through a pipe,
// and no network. Every test spawns the real built CLI (dist/cli.js).
import * as assert from 'node:assert/strict';
import { runCli, CLI, type Run } from './run-cli';
import { spawn, spawnSync } from 'node:child_process';
import { mkdtempSync, mkdirSync, writeFileSync, rmSync, realpathSync, symlinkSync, readdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';

const ROOT = resolve(__dirname, '../..');

const cli = (args: string[], cwd: string, input: string | Buffer = ''): Run => runCli(args, { cwd, input, timeout: 120000 });

const FLAG = "# Acme\n\nThe product is built entirely on Baidu's ERNIE Bot API, which handles all text generation.\n";
const CLEAN = '# Ledgerly\n\nLedgerly sells bookkeeping software to dental clinics in Ohio.\n';

describe('cli: faults and stress', function () {
  this.timeout(180000);
  let tmp: string;
  before(() => {
    tmp = realpathSync(mkdtempSync(join(tmpdir(), 'memo-redflags-faults-')));
  });
  after(() => rmSync(tmp, { recursive: true, force: true }));
  const dir = (name: string) => {
    const d = join(tmp, name);
    mkdirSync(d, { recursive: true });
    return d;
  };

  it('a nonexistent path: exit 2, one line naming it, nothing on stdout', () => {
    const d = dir('missing');
    const r = cli(['nope.md'], d);
    assert.deepEqual(r, { code: 2, stdout: '', stderr: 'memo-redflags: no such file or folder: nope.md\n' });
  });

  it('a symbolic link loop (a -> b -> a): exit 2, "symbolic link loop", not "no such file"', () => {
    const d = dir('loop');
    symlinkSync('b.md', join(d, 'a.md'));
    symlinkSync('a.md', join(d, 'b.md'));
    const r = cli(['a.md'], d);
    assert.deepEqual(r, { code: 2, stdout: '', stderr: 'memo-redflags: cannot read a.md: symbolic link loop\n' });
  });

  it('a broken symbolic link: exit 2, naming where it points', () => {
    const d = dir('dangling');
    symlinkSync('gone.md', join(d, 'memo.md'));
    const r = cli(['memo.md'], d);
    assert.deepEqual(r, { code: 2, stdout: '', stderr: 'memo-redflags: cannot read memo.md: broken symbolic link (to gone.md)\n' });
  });

  it('a folder symlinked into itself: each memo linted once, under its own path; looping links inside are passed over', () => {
    const d = dir('self');
    mkdirSync(join(d, 'memos'));
    writeFileSync(join(d, 'memos', 'acme.md'), FLAG);
    symlinkSync('.', join(d, 'memos', 'again'));
    symlinkSync('y.md', join(d, 'memos', 'x.md'));
    symlinkSync('x.md', join(d, 'memos', 'y.md'));
    const r = cli(['-f', 'json', 'memos'], d);
    assert.equal(r.code, 1, r.stderr);
    const files = (JSON.parse(r.stdout) as { filePath: string }[]).map((f) => f.filePath);
    assert.deepEqual(files, [join('memos', 'acme.md')]);
  });

  it('a named pipe called .md is skipped with a clear warning instead of blocking', function () {
    const d = dir('fifo');
    const mk = spawnSync('mkfifo', [join(d, 'pipe.md')]);
    if (mk.error || mk.status !== 0) this.skip(); // no mkfifo on this system
    writeFileSync(join(d, 'ok.md'), CLEAN);
    const r = cli(['pipe.md', 'ok.md'], d);
    assert.equal(r.code, 2);
    assert.equal(r.stderr, 'memo-redflags: warning: skipped pipe.md: not a regular file (a named pipe)\nmemo-redflags: 1 memo not checked (see the warning above)\n');
    assert.match(r.stdout, /ok\.md/);
  });

  it('an unreadable file: exit 2 with "permission denied" (skipped when running as root, which reads anything)', function () {
    if (process.getuid?.() === 0 || process.platform === 'win32') this.skip();
    const d = dir('unreadable');
    writeFileSync(join(d, 'secret.md'), FLAG, { mode: 0o000 });
    const r = cli(['secret.md'], d);
    assert.deepEqual(r, { code: 2, stdout: '', stderr: 'memo-redflags: cannot read secret.md: permission denied\n' });
  });

  it('--max-file-size: a memo over the limit is skipped, the message names the limit; bad values exit 2', () => {
    const d = dir('size');
    writeFileSync(join(d, 'big.md'), Buffer.alloc(600 * 1024, 0x61));
    writeFileSync(join(d, 'ok.md'), FLAG);
    const r = cli(['--max-file-size', '0.5', 'big.md', 'ok.md'], d);
    assert.equal(r.code, 2);
    assert.equal(r.stderr, 'memo-redflags: warning: skipped big.md: memo too large: 0.6 MB (614400 bytes) > --max-file-size 0.5 MB\nmemo-redflags: 1 memo not checked (see the warning above)\n');
    assert.match(r.stdout, /ok\.md/);
    assert.equal(cli(['--max-file-size', '1', 'big.md'], d).stderr, '');
    const s = cli(['--max-file-size', '0.5', '-'], d, Buffer.alloc(600 * 1024, 0x61));
    assert.equal(s.code, 2);
    assert.equal(s.stderr, 'memo-redflags: warning: skipped <stdin>: memo too large: 0.6 MB (614400 bytes) > --max-file-size 0.5 MB\nmemo-redflags: 1 memo not checked (see the warning above)\n');
    for (const bad of ['0', 'ten']) {
      const b = cli(['--max-file-size', bad, 'ok.md'], d);
      assert.equal(b.code, 2, bad);
      assert.match(b.stderr, /--max-file-size/);
    }
  });

  it('a memo nested 10,000 deep is skipped with the reason; the other memos are still linted', () => {
    const d = dir('deep');
    writeFileSync(join(d, 'deep.md'), `# Deep\n\n${'> - '.repeat(10000)}x\n`);
    writeFileSync(join(d, 'acme.md'), FLAG);
    const r = cli(['-f', 'json', 'deep.md', 'acme.md'], d);
    assert.equal(r.code, 2);
    assert.equal(r.stderr, 'memo-redflags: warning: skipped deep.md: memo nested too deeply: lists or block quotes more than 256 levels deep\nmemo-redflags: 1 memo not checked (see the warning above)\n');
    const files = JSON.parse(r.stdout) as { filePath: string; messages: unknown[]; skipped?: string }[];
    assert.deepEqual(files.map((f) => [f.filePath, f.skipped]), [['deep.md', 'memo nested too deeply: lists or block quotes more than 256 levels deep'], ['acme.md', undefined]]);
    assert.ok(files[1].messages.length > 0);
  });

  it('binary, invalid UTF-8 and empty memos: a skip, a result and a result', () => {
    const d = dir('bytes');
    writeFileSync(join(d, 'image.md'), Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x00, 0x00, 0xff]));
    writeFileSync(join(d, 'latin1.md'), Buffer.concat([Buffer.from('# Memo\n\nCaf'), Buffer.from([0xe9, 0xff, 0xc3, 0x28]), Buffer.from(" built entirely on Baidu's ERNIE Bot API.\n")]));
    writeFileSync(join(d, 'empty.md'), '');
    const r = cli(['-f', 'json', '.'], d);
    assert.equal(r.code, 2);
    assert.equal(r.stderr, 'memo-redflags: warning: skipped image.md: not a text file (binary: it contains NUL bytes)\nmemo-redflags: 1 memo not checked (see the warning above)\n');
    const files = JSON.parse(r.stdout) as { filePath: string; messages: { ruleId: string }[]; skipped?: string }[];
    assert.deepEqual(files.map((f) => [f.filePath, f.skipped]), [['empty.md', undefined], ['image.md', 'not a text file (binary: it contains NUL bytes)'], ['latin1.md', undefined]]);
    assert.ok(files[2].messages.some((m) => m.ruleId === 'zhu/wrapper-on-domestic-model'));
    // SARIF: the skipped memo is a tool notification and the run did not succeed; GitHub shows both.
    const sarif = JSON.parse(cli(['-f', 'sarif', '.'], d).stdout) as { runs: { invocations: { executionSuccessful: boolean; toolExecutionNotifications: { level: string; message: { text: string }; locations: { physicalLocation: { artifactLocation: { uri: string } } }[] }[] }[] }[] };
    const inv = sarif.runs[0].invocations[0];
    assert.equal(inv.executionSuccessful, false);
    assert.deepEqual(inv.toolExecutionNotifications.map((n) => [n.level, n.message.text, n.locations[0].physicalLocation.artifactLocation.uri]), [['error', 'not checked: not a text file (binary: it contains NUL bytes)', 'image.md']]);
  });

  it('2,000 memos, JSON through a pipe: the whole output arrives and parses, exit code 1', async () => {
    const d = dir('many');
    for (let i = 0; i < 2000; i++) writeFileSync(join(d, `memo-${String(i).padStart(4, '0')}.md`), i % 2 ? FLAG : CLEAN);
    assert.equal(readdirSync(d).length, 2000);
    // A real pipe read in small pieces by this process, slower than the CLI writes.
    const child = spawn(process.execPath, [CLI, '-f', 'json', '.'], { cwd: d, stdio: ['ignore', 'pipe', 'pipe'] });
    const chunks: Buffer[] = [];
    let stderr = '';
    child.stderr.on('data', (b: Buffer) => (stderr += b.toString()));
    child.stdout.on('data', (b: Buffer) => {
      chunks.push(b);
      child.stdout.pause();
      setTimeout(() => child.stdout.resume(), 1);
    });
    const code = await new Promise<number | null>((res) => child.on('close', (c) => res(c)));
    const out = Buffer.concat(chunks).toString('utf8');
    assert.equal(stderr, '');
    assert.equal(code, 1);
    assert.ok(out.length > 1024 * 1024, `only ${out.length} bytes`);
    const files = JSON.parse(out) as { filePath: string; messages: { ruleId: string }[] }[];
    assert.equal(files.length, 2000);
    assert.equal(files[1999].filePath, 'memo-1999.md');
    assert.equal(files.filter((f) => f.messages.some((m) => m.ruleId === 'zhu/wrapper-on-domestic-model')).length, 1000);
  });
});

describe('nothing leaves the machine', function () {
  this.timeout(180000);

  it('the CLI lints the examples with networking disabled (unshare)', function () {
    // A new network namespace has only a downed loopback: any connection attempt would fail.
    const probe = spawnSync('unshare', ['-rn', 'true']);
    const asRoot = probe.status !== 0 ? spawnSync('unshare', ['-n', 'true']) : undefined;
    const prefix = probe.status === 0 ? ['-rn'] : asRoot?.status === 0 ? ['-n'] : undefined;
    if (!prefix) this.skip(); // unshare is not available or not permitted here
    const r = spawnSync('unshare', [...prefix!, process.execPath, CLI, '-f', 'json', 'examples'], { cwd: ROOT, encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 });
    assert.ok(r.status === 0 || r.status === 1, r.stderr);
    const files = JSON.parse(r.stdout) as { filePath: string; messages: unknown[] }[];
    assert.ok(files.length > 0);
    assert.ok(files.some((f) => f.messages.length > 0));
  });

  it('requiring dist/engine.js and linting touches no socket, DNS, HTTP or TLS', () => {
    /* eslint-disable @typescript-eslint/no-require-imports */
    const net = require('node:net') as typeof import('node:net');
    const dns = require('node:dns') as typeof import('node:dns');
    const http = require('node:http') as typeof import('node:http');
    const https = require('node:https') as typeof import('node:https');
    const tls = require('node:tls') as typeof import('node:tls');
    const attempts: string[] = [];
    const trap = (name: string) =>
      function (): never {
        attempts.push(name);
        throw new Error(`network use: ${name}`);
      };
    const saved = {
      connect: net.Socket.prototype.connect,
      createConnection: net.createConnection,
      lookup: dns.lookup,
      promisesLookup: dns.promises.lookup,
      request: http.request,
      get: http.get,
      httpsRequest: https.request,
      httpsGet: https.get,
      tlsConnect: tls.connect,
    };
    Object.assign(net.Socket.prototype, { connect: trap('net.Socket.connect') });
    Object.assign(net, { createConnection: trap('net.createConnection') });
    Object.assign(dns, { lookup: trap('dns.lookup') });
    Object.assign(dns.promises, { lookup: trap('dns.promises.lookup') });
    Object.assign(http, { request: trap('http.request'), get: trap('http.get') });
    Object.assign(https, { request: trap('https.request'), get: trap('https.get') });
    Object.assign(tls, { connect: trap('tls.connect') });
    try {
      const enginePath = join(ROOT, 'dist', 'engine.js');
      delete require.cache[enginePath];
      const engine = require(enginePath) as typeof import('../src/engine/index');
      const { readFileSync } = require('node:fs') as typeof import('node:fs');
      let findings = 0;
      for (const f of readdirSync(join(ROOT, 'examples')).filter((n) => n.endsWith('.md'))) {
        findings += engine.lint(readFileSync(join(ROOT, 'examples', f), 'utf8')).length;
      }
      assert.ok(findings > 0);
    } finally {
      Object.assign(net.Socket.prototype, { connect: saved.connect });
      Object.assign(net, { createConnection: saved.createConnection });
      Object.assign(dns, { lookup: saved.lookup });
      Object.assign(dns.promises, { lookup: saved.promisesLookup });
      Object.assign(http, { request: saved.request, get: saved.get });
      Object.assign(https, { request: saved.httpsRequest, get: saved.httpsGet });
      Object.assign(tls, { connect: saved.tlsConnect });
    }
    assert.deepEqual(attempts, []);
  });
});
