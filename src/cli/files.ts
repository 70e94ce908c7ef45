import { statSync, lstatSync, readFileSync, readlinkSync, realpathSync, type Stats } from 'node:fs';
import { resolve, relative, isAbsolute, sep, dirname, join } from 'node:path';
import { CliError, DEFAULT_MAX_FILE_SIZE_MB } from './args';

// require, not import: esbuild would otherwise bundle tinyglobby's ES build, whose fdir dependency
// calls createRequire(import.meta.url), which is undefined in the CommonJS bundle. Loaded on first use:
// a run over named files never needs it.
// eslint-disable-next-line @typescript-eslint/no-require-imports
const glob = (): typeof import('tinyglobby') => require('tinyglobby');

/** The configuration file looked for above each memo; the engine's CONFIG_FILE_NAME (a test keeps them equal). */
export const CONFIG_FILE_NAME = '.redflags.json';

/** A memo to lint: a file, or standard input. */
export type Input = { kind: 'file'; path: string } | { kind: 'stdin' };

export const STDIN_NAME = '<stdin>';
const MB = 1024 * 1024;
/** Memos larger than this are skipped unless --max-file-size says otherwise. */
export const MAX_BYTES = DEFAULT_MAX_FILE_SIZE_MB * MB;
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
  // The same file reached twice (a folder symlinked into itself, a link beside its target) is linted once.
  const add = (file: string) => {
    const real = realPath(file);
    if (seen.has(real)) return;
    seen.add(real);
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
    const st = statArg(abs, arg);
    if (st?.isDirectory()) {
      const found = glob().globSync(MEMO_PATTERNS, {
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
      // A file's own path before a path through a symbolic link to it.
      found.filter((p) => realPath(p) === p).forEach(add);
      found.forEach(add);
    } else if (st) {
      add(abs);
    } else if (glob().isDynamicPattern(arg)) {
      // Patterns use forward slashes; on Windows a backslash in a path separates folders.
      const pattern = sep === '\\' ? arg.replace(/\\/g, '/') : arg;
      const found = glob().globSync(pattern, { cwd, absolute: true, dot: false, ignore: IGNORE, onlyFiles: true, expandDirectories: false })
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

/** The skip message for a memo over the size limit, naming the limit that applied. */
export function tooLarge(shown: string, bytes: number, maxBytes: number): string {
  const mb = (n: number) => `${Number((n / MB).toFixed(n % MB === 0 ? 0 : 1))} MB`;
  return `skipped ${shown}: memo too large: ${mb(bytes)} (${bytes} bytes) > --max-file-size ${mb(maxBytes)}`;
}

/** The text of a memo, or why it was skipped. Throws {@link CliError} when the file cannot be read. */
export function readMemo(file: string, shown: string, maxBytes = MAX_BYTES): { text: string } | { skipped: string } {
  let st: Stats;
  try {
    st = statSync(file);
  } catch (e) {
    throw new CliError(`cannot read ${shown}: ${errorText(e)}`);
  }
  // A FIFO or a device would block or never end: only regular files are memos.
  if (!st.isFile()) return { skipped: `skipped ${shown}: not a regular file (${fileKind(st)})` };
  // The size is checked before reading, so a huge file is never loaded.
  if (st.size > maxBytes) return { skipped: tooLarge(shown, st.size, maxBytes) };
  let buf: Buffer;
  try {
    buf = readFileSync(file);
  } catch (e) {
    throw new CliError(`cannot read ${shown}: ${errorText(e)}`);
  }
  return decode(buf, shown, maxBytes);
}

/** UTF-8 text of a memo's bytes; nothing stripped (the engine handles a byte-order mark). Invalid UTF-8 becomes U+FFFD. */
export function decode(buf: Buffer, shown: string, maxBytes = MAX_BYTES): { text: string } | { skipped: string } {
  if (buf.length > maxBytes) return { skipped: tooLarge(shown, buf.length, maxBytes) };
  if (buf.includes(0)) return { skipped: `skipped ${shown}: not a text file (binary: it contains NUL bytes)` };
  return { text: buf.toString('utf8') };
}

function fileKind(st: Stats): string {
  if (st.isFIFO()) return 'a named pipe';
  if (st.isSocket()) return 'a socket';
  if (st.isCharacterDevice() || st.isBlockDevice()) return 'a device';
  if (st.isDirectory()) return 'a folder';
  return 'a special file';
}

function realPath(p: string): string {
  try {
    return realpathSync(p);
  } catch {
    return p;
  }
}

/**
 * The status of a command-line path, following symbolic links; undefined when nothing is there (it may be a
 * glob). A symbolic link loop or a link to nothing is a clear {@link CliError}, not "no such file".
 */
function statArg(abs: string, arg: string): Stats | undefined {
  try {
    return statSync(abs);
  } catch (e) {
    const code = (e as NodeJS.ErrnoException).code;
    if (code === 'ELOOP') throw new CliError(`cannot read ${arg}: symbolic link loop`);
    if (code !== 'ENOENT' && code !== 'ENOTDIR') throw new CliError(`cannot read ${arg}: ${errorText(e)}`);
  }
  let link: Stats | undefined;
  try {
    link = lstatSync(abs);
  } catch {
    return undefined;
  }
  if (link.isSymbolicLink()) {
    let target = '?';
    try {
      target = readlinkSync(abs);
    } catch {
      // keep "?"
    }
    throw new CliError(`cannot read ${arg}: broken symbolic link (to ${target})`);
  }
  return undefined;
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
  if (err?.code === 'ELOOP') return 'symbolic link loop';
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
