import { statSync, readFileSync, existsSync } from 'node:fs';
import { resolve, relative, isAbsolute, sep, dirname, join } from 'node:path';
// require, not import: esbuild would otherwise bundle tinyglobby's ES build, whose fdir dependency
// calls createRequire(import.meta.url), which is undefined in the CommonJS bundle.
// eslint-disable-next-line @typescript-eslint/no-require-imports
const { globSync, isDynamicPattern }: typeof import('tinyglobby') = require('tinyglobby');
import { CliError } from './args';

/** A memo to lint: a file, or standard input. */
export type Input = { kind: 'file'; path: string } | { kind: 'stdin' };

export const STDIN_NAME = '<stdin>';
/** Memos larger than this are skipped. */
export const MAX_BYTES = 10 * 1024 * 1024;
const MEMO_PATTERNS = ['**/*.md', '**/*.markdown'];
const IGNORE = ['**/node_modules/**'];

/** A path for messages: relative to cwd when inside it, with the platform's separators. */
export function displayPath(file: string, cwd: string): string {
  const rel = relative(cwd, file);
  return rel && !isAbsolute(rel) && !rel.startsWith(`..${sep}`) && rel !== '..' ? rel : file;
}

/**
 * Expands the command-line arguments to memos, in argument order, each file once: `-` is standard
 * input, an existing folder is searched recursively, an existing file is taken as is (whatever its
 * extension), anything else must be a glob that matches. Throws {@link CliError} for a path that does
 * not exist or a glob that matches nothing.
 */
export function collectInputs(args: readonly string[], cwd: string): { inputs: Input[]; warnings: string[] } {
  const inputs: Input[] = [];
  const warnings: string[] = [];
  const seen = new Set<string>();
  const add = (file: string) => {
    if (seen.has(file)) return;
    seen.add(file);
    inputs.push({ kind: 'file', path: file });
  };
  for (const arg of args) {
    if (arg === '-') {
      if (!seen.has(STDIN_NAME)) inputs.push({ kind: 'stdin' });
      seen.add(STDIN_NAME);
      continue;
    }
    if (arg.trim() === '') throw new CliError('empty path argument');
    const abs = resolve(cwd, arg);
    let st;
    try {
      st = existsSync(abs) ? statSync(abs) : undefined;
    } catch (e) {
      throw new CliError(`cannot read ${arg}: ${(e as Error).message}`);
    }
    if (st?.isDirectory()) {
      const found = globSync(MEMO_PATTERNS, {
        cwd: abs,
        absolute: true,
        dot: false,
        ignore: IGNORE,
        onlyFiles: true,
        caseSensitiveMatch: false,
        expandDirectories: false,
      })
        .map((p) => resolve(p))
        .sort();
      if (found.length === 0) warnings.push(`no memos (*.md, *.markdown) in folder ${arg}`);
      found.forEach(add);
    } else if (st) {
      add(abs);
    } else if (isDynamicPattern(arg)) {
      // Patterns use forward slashes; on Windows a backslash in a path separates folders.
      const pattern = sep === '\\' ? arg.replace(/\\/g, '/') : arg;
      const found = globSync(pattern, { cwd, absolute: true, dot: false, ignore: IGNORE, onlyFiles: true, expandDirectories: false })
        .map((p) => resolve(p))
        .sort();
      if (found.length === 0) throw new CliError(`no files match the pattern "${arg}"`);
      found.forEach(add);
    } else {
      throw new CliError(`no such file or folder: ${arg}`);
    }
  }
  return { inputs, warnings };
}

/** The text of a memo, or why it was skipped. Throws {@link CliError} when the file cannot be read. */
export function readMemo(file: string, shown: string): { text: string } | { skipped: string } {
  let size: number;
  try {
    size = statSync(file).size;
  } catch (e) {
    throw new CliError(`cannot read ${shown}: ${errorText(e)}`);
  }
  if (size > MAX_BYTES) return { skipped: `skipped ${shown}: larger than 10 MB (${(size / 1024 / 1024).toFixed(1)} MB)` };
  let buf: Buffer;
  try {
    buf = readFileSync(file);
  } catch (e) {
    throw new CliError(`cannot read ${shown}: ${errorText(e)}`);
  }
  return decode(buf, shown);
}

/** UTF-8 text of a memo's bytes; nothing stripped (the engine handles a byte-order mark). */
export function decode(buf: Buffer, shown: string): { text: string } | { skipped: string } {
  if (buf.length > MAX_BYTES) return { skipped: `skipped ${shown}: larger than 10 MB (${(buf.length / 1024 / 1024).toFixed(1)} MB)` };
  if (buf.includes(0)) return { skipped: `skipped ${shown}: not a text file (it contains NUL bytes)` };
  return { text: buf.toString('utf8') };
}

export async function readStdin(): Promise<Buffer> {
  const chunks: Buffer[] = [];
  for await (const chunk of process.stdin) chunks.push(typeof chunk === 'string' ? Buffer.from(chunk) : chunk);
  return Buffer.concat(chunks);
}

export function errorText(e: unknown): string {
  const err = e as NodeJS.ErrnoException;
  if (err?.code === 'ENOENT') return 'no such file';
  if (err?.code === 'EACCES' || err?.code === 'EPERM') return 'permission denied';
  if (err?.code === 'EISDIR') return 'it is a folder';
  return err?.message ?? String(e);
}

/**
 * Finds the nearest `.redflags.json` walking up from a folder, with a cache per folder: every folder
 * visited on the way up remembers the answer.
 */
export class ConfigFinder {
  private readonly cache = new Map<string, string | null>();
  constructor(private readonly fileName: string) {}

  find(dir: string): string | undefined {
    const visited: string[] = [];
    let d = resolve(dir);
    let found: string | null = null;
    for (;;) {
      const cached = this.cache.get(d);
      if (cached !== undefined) {
        found = cached;
        break;
      }
      visited.push(d);
      const candidate = join(d, this.fileName);
      if (isFile(candidate)) {
        found = candidate;
        break;
      }
      const parent = dirname(d);
      if (parent === d) break;
      d = parent;
    }
    for (const v of visited) this.cache.set(v, found);
    return found ?? undefined;
  }
}

function isFile(p: string): boolean {
  try {
    return statSync(p).isFile();
  } catch {
    return false;
  }
}
