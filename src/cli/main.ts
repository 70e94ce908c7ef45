/**
 * memo-redflags: the command-line tool.
 *
 *   memo-redflags [options] <path | glob | ->...
 *
 * Output goes to stdout once, at the end; warnings (skipped files, configuration warnings) and the one
 * line of a fatal error go to stderr. Exit codes: 0 clean, 1 warnings or errors found, 2 usage,
 * configuration or file errors.
 */
import { readFileSync } from 'node:fs';
import { availableParallelism } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import type { LintOptions, Finding } from '../engine/index';
import { parseCliArgs, CliError, HELP, PROGRAM, AUTO_MIN_FILES, type CliArgs } from './args';
import { collectInputs, readMemo, readStdin, decode, displayPath, errorText, ConfigFinder, STDIN_NAME, CONFIG_FILE_NAME } from './files';
import { count, type FileReport } from './report';
import { FindingsCache, buildKey } from './cache';
import { engine, VERSION } from './engine';
import type { LintJob, LintOutcome, LintPool } from './pool';
import { compileRegExpsOnFirstRun } from './v8';

// Loaded when needed (esbuild keeps a required module's code from running until then): the engine, the
// worker pool and each formatter. `--help` and `--version` load none of them.
/* eslint-disable @typescript-eslint/no-require-imports */
const formatters = {
  stylish: (): typeof import('./stylish') => require('./stylish'),
  json: (): typeof import('./json') => require('./json'),
  sarif: (): typeof import('./sarif') => require('./sarif'),
};
const pool = (): typeof import('./pool') => require('./pool');
/* eslint-enable @typescript-eslint/no-require-imports */

export interface Io {
  argv: string[];
  cwd: string;
  env: NodeJS.ProcessEnv;
  stdoutIsTTY: boolean;
  readStdin: () => Promise<Buffer>;
}

export interface RunResult {
  code: 0 | 1 | 2;
  stdout: string;
  stderr: string;
}

/** Loads configuration files once each; a file with errors stops the run (it would silently change results). */
class ConfigLoader {
  private readonly cache = new Map<string, LintOptions>();
  constructor(
    private readonly cwd: string,
    private readonly warn: (line: string) => void,
  ) {}

  load(file: string): LintOptions {
    const cached = this.cache.get(file);
    if (cached) return cached;
    const shown = displayPath(file, this.cwd);
    let text: string;
    try {
      text = readFileSync(file, 'utf8');
    } catch (e) {
      throw new CliError(`cannot read configuration ${shown}: ${errorText(e)}`);
    }
    const { parseConfig, formatConfigProblem } = engine();
    const { options, problems } = parseConfig(text, shown);
    const errors = problems.filter((p) => p.severity === 'error');
    if (errors.length) {
      const more = errors.length > 1 ? ` (and ${errors.length - 1} more error${errors.length > 2 ? 's' : ''} in this file)` : '';
      throw new CliError(`${formatConfigProblem(errors[0])}${more}`);
    }
    for (const p of problems) this.warn(`${p.file}:${p.line}:${p.column}: ${p.message}`);
    this.cache.set(file, options);
    return options;
  }
}

/** A memo read (with its findings when the cache had them), a memo skipped, or a file that stops the run. */
type Item =
  | { kind: 'memo'; filePath: string; shown: string; text: string; options: LintOptions; cached?: Finding[]; job?: number }
  | { kind: 'skip'; filePath: string; shown: string; warning: string }
  | { kind: 'fatal'; message: string };

/**
 * How many threads lint: `--concurrency n` as given (1: this thread), `auto` one worker per CPU when there are
 * enough memos to pay for starting them (each worker loads the engine and compiles its lists once), with at least a
 * few memos each. Never more workers than memos.
 */
function threadCount(concurrency: CliArgs['concurrency'], jobs: number): number {
  if (concurrency !== 'auto') return Math.min(concurrency, jobs);
  if (jobs < AUTO_MIN_FILES) return 1;
  return Math.min(availableParallelism(), Math.ceil(jobs / 4));
}

/** Lints one memo on this thread, with the outcomes a worker gives. */
function lintHere(text: string, options: LintOptions): LintOutcome {
  const { lint, MemoTooComplexError } = engine();
  try {
    return { findings: lint(text, options) };
  } catch (e) {
    if (e instanceof MemoTooComplexError) return { tooComplex: e.message };
    return { failed: e instanceof Error ? e.message : String(e) };
  }
}

/** Runs the CLI; never throws. */
export async function run(io: Io): Promise<RunResult> {
  const warnings: string[] = [];
  const warn = (line: string) => warnings.push(`${PROGRAM}: warning: ${line}`);
  const done = (code: RunResult['code'], stdout: string, fatal?: string): RunResult => ({
    code,
    stdout,
    stderr: [...warnings, ...(fatal ? [`${PROGRAM}: ${fatal}`] : [])].map((l) => `${l}\n`).join(''),
  });

  let args: CliArgs;
  try {
    args = parseCliArgs(io.argv);
  } catch (e) {
    return done(2, '', e instanceof CliError ? e.message : String(e));
  }
  if (args.help) return done(0, HELP);
  if (args.version) return done(0, `${VERSION}\n`);
  if (args.paths.length === 0) return { code: 2, stdout: '', stderr: HELP };

  try {
    const { cwd } = io;
    const collected = collectInputs(args.paths, cwd);
    collected.warnings.forEach(warn);

    // Configuration first, for every memo: a bad file stops the run before anything is linted.
    const loader = new ConfigLoader(cwd, warn);
    const finder = new ConfigFinder(CONFIG_FILE_NAME);
    const explicit = args.config !== undefined ? resolve(cwd, args.config) : undefined;
    const optionsFor = collected.inputs.map((input) => {
      const file = explicit ?? finder.find(input.kind === 'stdin' ? cwd : dirname(input.path));
      const base = file ? loader.load(file) : {};
      const options: LintOptions = { ...base };
      if (!args.green) options.green = false;
      if (!args.gaps) options.gaps = false;
      return options;
    });

    const cache = args.cache !== undefined ? new FindingsCache(resolve(cwd, args.cache), buildKey(VERSION)) : undefined;

    // Read every memo first, in order, and look it up in the cache; the first file that cannot be read ends the
    // list (it stops the run once the memos before it are reported, as it would have in order).
    const maxBytes = args.maxFileSize * 1024 * 1024;
    const items: Item[] = [];
    const jobs: LintJob[] = [];
    const optionSets = new Map<string, number>();
    for (const [i, input] of collected.inputs.entries()) {
      const filePath = input.kind === 'stdin' ? STDIN_NAME : input.path;
      const shown = input.kind === 'stdin' ? STDIN_NAME : displayPath(input.path, cwd);
      let read: { text: string } | { skipped: string };
      try {
        read = input.kind === 'stdin' ? decode(await io.readStdin(), shown, maxBytes) : readMemo(input.path, shown, maxBytes);
      } catch (e) {
        if (!(e instanceof CliError)) throw e;
        items.push({ kind: 'fatal', message: e.message });
        break;
      }
      if ('skipped' in read) {
        items.push({ kind: 'skip', filePath, shown, warning: read.skipped });
        continue;
      }
      const options = optionsFor[i];
      const cached = cache?.get(options, read.text);
      let job: number | undefined;
      if (!cached) {
        const key = JSON.stringify(options);
        if (!optionSets.has(key)) optionSets.set(key, optionSets.size);
        job = jobs.push({ text: read.text, options: optionSets.get(key)! }) - 1;
      }
      items.push({ kind: 'memo', filePath, shown, text: read.text, options, cached, job });
    }

    const optionList = [...optionSets.keys()].map((k) => JSON.parse(k) as LintOptions);
    const threads = threadCount(args.concurrency, jobs.length);
    let workers: LintPool | undefined;
    if (threads > 1) {
      try {
        workers = new (pool().LintPool)(jobs, optionList, threads, join(__dirname, 'cli-worker.js'));
      } catch {
        // No worker threads here: lint on this thread.
      }
    }

    const reports: FileReport[] = [];
    try {
      for (const item of items) {
        if (item.kind === 'skip') {
          warn(item.warning);
          reports.push({ filePath: item.filePath, shown: item.shown, text: '', findings: [], skipped: item.warning.replace(`skipped ${item.shown}: `, '') });
          continue;
        }
        if (item.kind === 'fatal') throw new CliError(item.message);
        let findings: Finding[];
        if (item.cached) findings = item.cached;
        else {
          const outcome = workers ? await workers.results[item.job!] : lintHere(jobs[item.job!].text, item.options);
          // A memo the engine refuses (nested thousands deep) is skipped like a binary file; the others still run.
          if ('tooComplex' in outcome) {
            warn(`skipped ${item.shown}: ${outcome.tooComplex}`);
            reports.push({ filePath: item.filePath, shown: item.shown, text: '', findings: [], skipped: outcome.tooComplex });
            continue;
          }
          if ('failed' in outcome) throw new CliError(`cannot lint ${item.shown}: ${outcome.failed}`);
          findings = outcome.findings;
          cache?.set(item.options, item.text, findings);
        }
        if (args.quiet) findings = findings.filter((f) => f.severity === 'warning' || f.severity === 'error');
        reports.push({ filePath: item.filePath, shown: item.shown, text: item.text, findings });
      }
    } finally {
      await workers?.close();
    }

    let stdout: string;
    switch (args.format) {
      case 'json':
        stdout = formatters.json().formatJson(reports);
        break;
      case 'sarif':
        stdout = formatters.sarif().formatSarif(reports, cwd);
        break;
      default: {
        const noColor = io.env.NO_COLOR !== undefined && io.env.NO_COLOR !== '';
        const force = io.env.FORCE_COLOR !== undefined && io.env.FORCE_COLOR !== '' && io.env.FORCE_COLOR !== '0';
        stdout = formatters.stylish().formatStylish(reports, !noColor && (io.stdoutIsTTY || force));
      }
    }

    const t = count(reports.flatMap((r) => r.findings));
    let code: RunResult['code'] = 0;
    if (t.errors > 0) code = 1;
    else if (args.maxWarnings === undefined ? t.warnings > 0 : t.warnings > args.maxWarnings) code = 1;
    if (args.maxWarnings !== undefined && t.warnings > args.maxWarnings) {
      warnings.push(`${PROGRAM}: too many warnings: ${t.warnings} (maximum: ${args.maxWarnings})`);
    }
    // A memo that could not be checked is not a memo that passed: the run reports everything else, then fails.
    const skipped = reports.filter((r) => r.skipped !== undefined).length;
    if (skipped > 0) return done(2, stdout, `${skipped} memo${skipped === 1 ? '' : 's'} not checked (see the warning${skipped === 1 ? '' : 's'} above)`);
    return done(code, stdout);
  } catch (e) {
    if (e instanceof CliError) return done(2, '', e.message);
    return done(2, '', `internal error: ${e instanceof Error ? e.message : String(e)}`);
  }
}

async function main(): Promise<void> {
  compileRegExpsOnFirstRun();
  const result = await run({
    argv: process.argv.slice(2),
    cwd: process.cwd(),
    env: process.env,
    stdoutIsTTY: !!process.stdout.isTTY,
    readStdin,
  });
  // A closed pipe (`memo-redflags … | head`) is not an error of the run.
  process.stdout.on('error', (e: NodeJS.ErrnoException) => {
    if (e.code === 'EPIPE') process.exit(result.code);
    throw e;
  });
  if (result.stderr) process.stderr.write(result.stderr);
  if (result.stdout) process.stdout.write(result.stdout);
  process.exitCode = result.code;
}

void main();
