import { createHash } from 'node:crypto';
import { readFileSync, writeFileSync, rmSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { Script } from 'node:vm';

/**
 * The engine, loaded on first use. `--help`, `--version`, a run whose memos all come from the cache and a run
 * linted in worker threads never load the parser and the rules on the main thread. The build maps
 * `../engine/index` in the CLI's files to dist/engine.js beside the CLI (see esbuild.mjs), so the CLI, its lint
 * workers and library users share one copy of the engine.
 *
 * Beside it the build writes V8's code cache of it (`engine.cache`, see {@link writeCodeCache}): the bytecode of
 * its top level and of every function a lint of the example memos ran. Loaded with it, a fresh process neither
 * compiles the 2.5 MB bundle nor the functions of its first lint: loading and linting the 20 KB memo took about
 * 480 ms, and takes about 400. V8 takes a cache only from its own version, with the same flags (the CLI's are
 * set in `v8.ts` before the engine loads); under another Node it refuses the data and compiles the engine as
 * `require` would.
 */
export type Engine = typeof import('../engine/index');

/** The file name of the code cache, beside dist/engine.js. */
export const CODE_CACHE = 'engine.cache';
/** The cache starts with the SHA-256 of the engine.js it was made from: V8 itself checks only its length. */
const HASH_LENGTH = 32;

/** How the engine used its code cache: taken by V8, refused by V8, or not handed over (made for another engine.js). */
export type CodeCacheUse = 'accepted' | 'rejected' | 'stale';

let loaded: Engine | undefined;

export function engine(): Engine {
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  return (loaded ??= engineIn(__dirname)?.engine ?? (require('../engine/index') as Engine));
}

/** Compiles `engine.js` in `dir` as Node's `require` would, with V8's code cache `cachedData` when given. */
function compile(dir: string, source: string, cachedData?: Buffer): { script: Script; run: () => Engine } {
  const filename = join(dir, 'engine.js');
  // The wrapper of Node's CommonJS loader: the engine's code sees the same five names.
  const script = new Script(`(function (exports, require, module, __filename, __dirname) { ${source}\n});`, { filename, cachedData });
  const run = () => {
    const module = { exports: {} as Engine };
    (script.runInThisContext() as (...args: unknown[]) => void)(module.exports, createRequire(filename), module, filename, dir);
    return module.exports;
  };
  return { script, run };
}

/**
 * The engine in `dir` (dist/) loaded with its code cache, and how the cache was used; undefined when there is no
 * engine.js and code cache there (in the tests' bundles, the engine is bundled in).
 */
export function engineIn(dir: string): { engine: Engine; codeCache: CodeCacheUse } | undefined {
  let bytes: Buffer;
  let cache: Buffer;
  try {
    cache = readFileSync(join(dir, CODE_CACHE));
    bytes = readFileSync(join(dir, 'engine.js'));
  } catch {
    return undefined;
  }
  const current = cache.length > HASH_LENGTH && cache.subarray(0, HASH_LENGTH).equals(createHash('sha256').update(bytes).digest());
  const { script, run } = compile(dir, bytes.toString('utf8'), current ? cache.subarray(HASH_LENGTH) : undefined);
  return { engine: run(), codeCache: !current ? 'stale' : script.cachedDataRejected ? 'rejected' : 'accepted' };
}

/**
 * Writes the code cache of `engine.js` in `dir`: compiles and loads it, lints `memos` (so that the functions a
 * lint runs are compiled too), and saves what V8 compiled. Run by the build, in a process whose V8 flags are the
 * CLI's (see `compileRegExpsOnFirstRun`).
 */
export function writeCodeCache(dir: string, memos: readonly string[]): void {
  const file = join(dir, CODE_CACHE);
  rmSync(file, { force: true });
  const bytes = readFileSync(join(dir, 'engine.js'));
  const { script, run } = compile(dir, bytes.toString('utf8'));
  const built = run();
  for (const memo of memos) built.lint(memo);
  writeFileSync(file, Buffer.concat([createHash('sha256').update(bytes).digest(), script.createCachedData()]));
}

declare const __VERSION__: string;
/** The package version, as the engine reports it, without loading the engine. */
export const VERSION: string = typeof __VERSION__ === 'string' ? __VERSION__ : '0.0.0-dev';
