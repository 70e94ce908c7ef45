// The CLI's worker threads (--concurrency) and what it loads before the first result. Every test spawns the
// real built CLI (dist/cli.js, dist/cli-worker.js, dist/engine.js) on real memos in temporary folders.
import * as assert from 'node:assert/strict';
import { runCli, type Run } from './run-cli';
import { spawnSync } from 'node:child_process';
import { mkdtempSync, mkdirSync, writeFileSync, rmSync, realpathSync, readdirSync, readFileSync, copyFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { CONFIG_FILE_NAME as ENGINE_CONFIG_FILE_NAME } from '../src/engine/index';
import { CONFIG_FILE_NAME } from '../src/cli/files';
import { CODE_CACHE, type CodeCacheUse } from '../src/cli/engine';
import { lint, type Finding } from '../src/engine/index';

const ROOT = resolve(__dirname, '../..');
const DIST = join(ROOT, 'dist');

const cli = (args: string[], cwd: string, cliFile = join(DIST, 'cli.js')): Run => runCli(args, { cwd, cliFile, timeout: 240000 });

describe('cli: worker threads and lazy loading', function () {
  this.timeout(600000);
  let tmp: string;
  let memos: string;
  before(() => {
    tmp = realpathSync(mkdtempSync(join(tmpdir(), 'memo-redflags-threads-')));
    // Many memos: the examples and every rule's fixtures, a memo the engine refuses, a binary file, and a
    // configuration that changes severities for one folder, so workers get more than one option set.
    memos = join(tmp, 'memos');
    mkdirSync(join(memos, 'strict'), { recursive: true });
    for (const f of readdirSync(join(ROOT, 'examples')).filter((f) => f.endsWith('.md'))) copyFileSync(join(ROOT, 'examples', f), join(memos, f));
    let n = 0;
    for (const kind of ['red', 'green', 'gap']) {
      for (const slug of readdirSync(join(ROOT, 'test', 'fixtures', kind)).slice(0, 4)) {
        for (const f of ['not-ok.md', 'ok.md']) {
          const text = readFileSync(join(ROOT, 'test', 'fixtures', kind, slug, f), 'utf8');
          writeFileSync(join(memos, n % 3 === 0 ? 'strict' : '.', `${kind}-${slug}-${f}`), text);
          n++;
        }
      }
    }
    writeFileSync(join(memos, 'strict', CONFIG_FILE_NAME), '{ "rules": { "zhu/*": "error" }, "gaps": false }\n');
    writeFileSync(join(memos, 'deep.md'), `# Deep\n\n${'> - '.repeat(10000)}x\n`);
    writeFileSync(join(memos, 'image.md'), Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x00, 0x00, 0xff]));
  });
  after(() => rmSync(tmp, { recursive: true, force: true }));

  it('the CLI looks for the configuration file the engine names', () => {
    assert.equal(CONFIG_FILE_NAME, ENGINE_CONFIG_FILE_NAME);
  });

  it('one thread and several give the same bytes, in file order, with the same warnings and exit code', () => {
    const one = cli(['-f', 'json', '--concurrency', '1', '.'], memos);
    assert.equal(one.code, 2, one.stderr);
    const files = JSON.parse(one.stdout) as { filePath: string }[];
    assert.ok(files.length >= 20, `${files.length} memos`);
    assert.deepEqual(
      one.stderr.split('\n').filter(Boolean),
      [
        'memo-redflags: warning: skipped deep.md: memo nested too deeply: lists or block quotes more than 256 levels deep',
        'memo-redflags: warning: skipped image.md: not a text file (binary: it contains NUL bytes)',
        'memo-redflags: 2 memos not checked (see the warnings above)',
      ],
    );
    for (const args of [['--concurrency', '3'], ['--concurrency', 'auto'], []]) {
      const many = cli(['-f', 'json', ...args, '.'], memos);
      assert.equal(many.stdout, one.stdout, args.join(' '));
      assert.equal(many.stderr, one.stderr, args.join(' '));
      assert.equal(many.code, one.code, args.join(' '));
    }
    assert.equal(cli(['--concurrency', '2', '.'], memos).stdout, cli(['--concurrency', '1', '.'], memos).stdout, 'stylish');
  });

  it('findings linted in workers go to the cache, and a warm run reads them back', () => {
    const cold = cli(['-f', 'json', '--concurrency', '2', '--cache-location', join(tmp, 'cache'), '.'], memos);
    assert.ok(readdirSync(join(tmp, 'cache')).length >= 20);
    const warm = cli(['-f', 'json', '--concurrency', '2', '--cache-location', join(tmp, 'cache'), '.'], memos);
    assert.equal(warm.stdout, cold.stdout);
    assert.equal(warm.stderr, cold.stderr);
  });

  it('a worker that dies fails the memo it was linting, as a lint error on the main thread would: exit 2, one line', () => {
    // A copy of the built CLI whose worker exits halfway, and one whose worker throws as it loads.
    for (const [name, worker, reason] of [
      ['exits', "require('node:worker_threads').parentPort.on('message', () => process.exit(3));\n", 'lint worker stopped: exit code 3'],
      ['throws', "throw new Error('the worker is broken');\n", 'lint worker stopped: the worker is broken'],
    ]) {
      const bin = join(tmp, `bin-${name}`);
      mkdirSync(bin);
      for (const f of ['cli.js', 'engine.js']) copyFileSync(join(DIST, f), join(bin, f));
      writeFileSync(join(bin, 'cli-worker.js'), worker);
      const r = cli(['-f', 'json', '--concurrency', '2', '.'], memos, join(bin, 'cli.js'));
      assert.equal(r.code, 2, name);
      assert.equal(r.stdout, '', name);
      // The first memo in file order, which the first worker takes first.
      assert.equal(r.stderr, `memo-redflags: cannot lint acme-legal-copilot.md: ${reason}\n`, name);
    }
  });

  it('--concurrency takes a whole number, auto or off; anything else is a usage error', () => {
    assert.equal(cli(['-f', 'json', '--concurrency', 'off', 'acme-legal-copilot.md'], memos).code, 1);
    for (const bad of ['0', '-2', 'two', '1.5', '']) {
      const r = cli(['--concurrency', bad, '.'], memos);
      assert.equal(r.code, 2, bad);
      assert.match(r.stderr, /invalid --concurrency|needs a value/, bad);
    }
  });

  it('--help and --version answer without the engine (a CLI with no engine beside it)', () => {
    const bin = join(tmp, 'bin-alone');
    mkdirSync(bin);
    copyFileSync(join(DIST, 'cli.js'), join(bin, 'cli.js'));
    const pkg = JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8')) as { version: string };
    assert.deepEqual(cli(['--version'], tmp, join(bin, 'cli.js')), { code: 0, stdout: `${pkg.version}\n`, stderr: '' });
    const help = cli(['--help'], tmp, join(bin, 'cli.js'));
    assert.equal(help.code, 0);
    assert.match(help.stdout, /--concurrency <n>/);
    // And the same copy fails clearly when it does need the engine.
    const r = cli(['acme-legal-copilot.md'], memos, join(bin, 'cli.js'));
    assert.equal(r.code, 2);
  });

  it('the npm package ships the CLI, its worker and the engine it loads, with its code cache', () => {
    const ignore = readFileSync(join(ROOT, '.npmignore'), 'utf8');
    for (const f of ['dist/cli.js', 'dist/cli-worker.js', 'dist/engine.js', `dist/${CODE_CACHE}`]) assert.ok(ignore.includes(`!${f}\n`), f);
  });
});

describe('cli: the engine loads with the code cache the build wrote', function () {
  this.timeout(600000);
  let tmp: string;
  const examples = readdirSync(join(ROOT, 'examples'))
    .filter((f) => f.endsWith('.md'))
    .map((f) => join(ROOT, 'examples', f));
  const expected = examples.map((f) => lint(readFileSync(f, 'utf8')));
  /** The engine in `dir` loaded as the CLI loads it, in a process of its own with the CLI's V8 flags. */
  const probe = (dir: string): { codeCache: CodeCacheUse | null; findings: Finding[][] | null } => {
    const r = spawnSync(process.execPath, [join(ROOT, 'out', 'test', 'probes', 'code-cache.js'), dir, ...examples], { encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 });
    assert.equal(r.status, 0, r.stderr);
    return JSON.parse(r.stdout) as { codeCache: CodeCacheUse | null; findings: Finding[][] | null };
  };
  /** A copy of dist's engine and cache, changed by `damage`. */
  const copy = (name: string, damage: (engine: Buffer, cache: Buffer) => [Buffer, Buffer]): string => {
    const dir = join(tmp, name);
    mkdirSync(dir);
    const [engine, cache] = damage(readFileSync(join(DIST, 'engine.js')), readFileSync(join(DIST, CODE_CACHE)));
    writeFileSync(join(dir, 'engine.js'), engine);
    writeFileSync(join(dir, CODE_CACHE), cache);
    return dir;
  };
  before(() => {
    tmp = realpathSync(mkdtempSync(join(tmpdir(), 'memo-redflags-code-cache-')));
  });
  after(() => rmSync(tmp, { recursive: true, force: true }));

  it('V8 takes the cache beside dist/engine.js, and the engine lints as the one bundled in the tests', () => {
    assert.deepEqual(probe(DIST), { codeCache: 'accepted', findings: expected });
  });

  it('a cache made from another engine.js is not given to V8 (V8 checks only the length)', () => {
    // The same length: one comment letter changed.
    const dir = copy('stale', (engine, cache) => {
      const text = engine.toString('latin1');
      const at = text.indexOf('// ') + 3;
      return [Buffer.from(`${text.slice(0, at)}${text[at] === 'x' ? 'y' : 'x'}${text.slice(at + 1)}`, 'latin1'), cache];
    });
    assert.deepEqual(probe(dir), { codeCache: 'stale', findings: expected });
  });

  it('a cache V8 refuses (another version) leaves the engine compiled as require would', () => {
    // The V8 data follows the 32-byte hash: its magic number, then the version hash.
    const dir = copy('rejected', (engine, cache) => {
      const c = Buffer.from(cache);
      c[32 + 4] ^= 0xff;
      return [engine, c];
    });
    assert.deepEqual(probe(dir), { codeCache: 'rejected', findings: expected });
  });

  it('without a cache beside it the engine is left to require, and the CLI lints as before', () => {
    const dir = join(tmp, 'none');
    mkdirSync(dir);
    for (const f of ['cli.js', 'cli-worker.js', 'engine.js']) copyFileSync(join(DIST, f), join(dir, f));
    assert.deepEqual(probe(dir), { codeCache: null, findings: null });
    const memos = join(ROOT, 'examples');
    const bare = cli(['--format', 'json', '.'], memos, join(dir, 'cli.js'));
    assert.equal(bare.code, 1);
    assert.deepEqual(bare, cli(['--format', 'json', '.'], memos));
  });
});
