import { parseArgs } from 'node:util';

export const PROGRAM = 'memo-redflags';
export const FORMATS = ['stylish', 'json', 'sarif'] as const;
/** Default of --max-file-size, in megabytes (MiB). */
export const DEFAULT_MAX_FILE_SIZE_MB = 10;
export type Format = (typeof FORMATS)[number];

/** A usage or runtime error: reported as one line on stderr, exit code 2. */
export class CliError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'CliError';
  }
}

export interface CliArgs {
  paths: string[];
  format: Format;
  config?: string;
  green: boolean;
  gaps: boolean;
  maxWarnings?: number;
  /** Memos larger than this many megabytes (MiB) are skipped. */
  maxFileSize: number;
  quiet: boolean;
  /** Where to keep findings by content hash (`--cache`), or undefined for no cache. */
  cache?: string;
  /** Worker threads that lint (`--concurrency`): a number (1: on the main thread), or `auto`. */
  concurrency: number | 'auto';
  help: boolean;
  version: boolean;
}

/** With `--concurrency auto`, worker threads start only when at least this many memos need linting. */
export const AUTO_MIN_FILES = 8;

export const HELP = `Usage: ${PROGRAM} [options] <path | glob | ->...

Reviews Markdown investment memos the way a sceptical VC would: flags the claims behind
Zhu Xiaohu's red flags, notes strengths and the questions a memo never answers.

Arguments:
  path                  a memo, or a folder (searched recursively for *.md and *.markdown,
                        skipping node_modules and dot-folders)
  glob                  a glob pattern, e.g. "memos/**/*.md" (quote it)
  -                     read a memo from standard input

Options:
  -f, --format <name>   output format: stylish (default), json, sarif
  -c, --config <file>   use this configuration file for every memo (default: the nearest
                        .redflags.json above each memo)
      --no-green        do not report strengths (zhu/green/*)
      --no-gaps         do not report gaps (zhu/gap/*)
      --max-warnings <n>  exit 1 only when there are errors or more than n warnings
      --max-file-size <MB>  skip memos larger than this many megabytes (default: ${DEFAULT_MAX_FILE_SIZE_MB})
  -q, --quiet           report warnings and errors only (no information or hint findings)
      --cache           keep findings by memo content in a cache folder, so unchanged memos are not
                        linted again (keyed by engine build, configuration and memo text)
      --cache-location <dir>  the cache folder (default: .memo-redflags-cache)
      --concurrency <n>  lint in n worker threads; 1 (or off) lints on the main thread; the default,
                        auto, uses one thread per CPU when ${AUTO_MIN_FILES} or more memos need linting
  -v, --version         print the version
  -h, --help            print this help

Exit codes: 0 no warnings or errors (or warnings within --max-warnings), 1 warnings or errors
found, 2 usage, configuration or file errors, or a memo skipped (binary, too large, too deeply
nested: named on stderr and in json/sarif output).
`;

/** Parses the command line; throws {@link CliError} on unknown options and invalid values. */
export function parseCliArgs(argv: string[]): CliArgs {
  let parsed;
  try {
    parsed = parseArgs({
      args: argv,
      allowPositionals: true,
      strict: true,
      options: {
        format: { type: 'string', short: 'f' },
        config: { type: 'string', short: 'c' },
        'no-green': { type: 'boolean' },
        'no-gaps': { type: 'boolean' },
        'max-warnings': { type: 'string' },
        'max-file-size': { type: 'string' },
        quiet: { type: 'boolean', short: 'q' },
        cache: { type: 'boolean' },
        'cache-location': { type: 'string' },
        concurrency: { type: 'string' },
        version: { type: 'boolean', short: 'v' },
        help: { type: 'boolean', short: 'h' },
      },
    });
  } catch (e) {
    throw new CliError(usageMessage(e));
  }
  const v = parsed.values;
  const format = (v.format ?? 'stylish') as Format;
  if (!FORMATS.includes(format)) {
    throw new CliError(`invalid --format "${v.format}": expected ${FORMATS.join(', ')}`);
  }
  let maxWarnings: number | undefined;
  if (v['max-warnings'] !== undefined) {
    const raw = v['max-warnings'].trim();
    if (!/^\d+$/.test(raw)) throw new CliError(`invalid --max-warnings "${v['max-warnings']}": expected a whole number, 0 or more`);
    maxWarnings = Number(raw);
  }
  let maxFileSize = DEFAULT_MAX_FILE_SIZE_MB;
  if (v['max-file-size'] !== undefined) {
    const raw = v['max-file-size'].trim();
    const n = Number(raw);
    if (!/^\d+(?:\.\d+)?$/.test(raw) || !(n > 0)) {
      throw new CliError(`invalid --max-file-size "${v['max-file-size']}": expected a number of megabytes greater than 0`);
    }
    maxFileSize = n;
  }
  let concurrency: number | 'auto' = 'auto';
  if (v.concurrency !== undefined) {
    const raw = v.concurrency.trim().toLowerCase();
    if (raw === 'off') concurrency = 1;
    else if (raw !== 'auto') {
      if (!/^\d+$/.test(raw) || Number(raw) < 1) {
        throw new CliError(`invalid --concurrency "${v.concurrency}": expected a whole number, 1 or more, auto or off`);
      }
      concurrency = Number(raw);
    }
  }
  if (v.config !== undefined && v.config.trim() === '') throw new CliError('--config needs a file name');
  if (v['cache-location'] !== undefined && v['cache-location'].trim() === '') throw new CliError('--cache-location needs a folder name');
  return {
    paths: parsed.positionals,
    format,
    config: v.config,
    green: !v['no-green'],
    gaps: !v['no-gaps'],
    maxWarnings,
    maxFileSize,
    quiet: !!v.quiet,
    cache: v.cache || v['cache-location'] !== undefined ? (v['cache-location'] ?? DEFAULT_CACHE) : undefined,
    concurrency,
    help: !!v.help,
    version: !!v.version,
  };
}

const LONG_OPTIONS = ['--format', '--config', '--no-green', '--no-gaps', '--max-warnings', '--max-file-size', '--quiet', '--cache', '--cache-location', '--concurrency', '--version', '--help'];

/** The cache folder of `--cache`, relative to the working directory. */
export const DEFAULT_CACHE = '.memo-redflags-cache';

/** One line for parseArgs' errors, which are multi-line and mention `args`. */
function usageMessage(e: unknown): string {
  const code = (e as { code?: string }).code;
  const msg = e instanceof Error ? e.message : String(e);
  const quoted = /'([^']+)'/.exec(msg)?.[1] ?? '';
  const option = /--[\w-]+/.exec(quoted)?.[0] ?? /-\w/.exec(quoted)?.[0] ?? quoted;
  const hint = `; see ${PROGRAM} --help`;
  switch (code) {
    case 'ERR_PARSE_ARGS_UNKNOWN_OPTION': {
      const name = option.split('=')[0];
      const near = name.startsWith('--') ? LONG_OPTIONS.find((o) => o.startsWith(name) || name.startsWith(o)) : undefined;
      return `unknown option "${name}"${near ? ` (did you mean "${near}"?)` : ''}${hint}`;
    }
    case 'ERR_PARSE_ARGS_INVALID_OPTION_VALUE':
      if (/argument missing|ambiguous/.test(msg)) return `option "${option}" needs a value${hint}`;
      if (/does not take an argument/.test(msg)) return `option "${option}" does not take a value${hint}`;
      return `${msg.split('\n')[0]}${hint}`;
    default:
      return `${msg.split('\n')[0]}${hint}`;
  }
}
