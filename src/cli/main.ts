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
import { dirname, resolve } from 'node:path';
import { lint, MemoTooComplexError, parseConfig, formatConfigProblem, version, CONFIG_FILE_NAME, type LintOptions, type Finding } from '../engine/index';
import { parseCliArgs, CliError, HELP, PROGRAM, type CliArgs } from './args';
import { collectInputs, readMemo, readStdin, decode, displayPath, errorText, ConfigFinder, STDIN_NAME } from './files';
import { count, type FileReport } from './report';
import { formatStylish } from './stylish';
import { formatJson } from './json';
import { formatSarif } from './sarif';
import { FindingsCache, buildKey } from './cache';

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
  if (args.version) return done(0, `${version}\n`);
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

    const cache = args.cache !== undefined ? new FindingsCache(resolve(cwd, args.cache), buildKey(version)) : undefined;
    const reports: FileReport[] = [];
    for (const [i, input] of collected.inputs.entries()) {
      const filePath = input.kind === 'stdin' ? STDIN_NAME : input.path;
      const shown = input.kind === 'stdin' ? STDIN_NAME : displayPath(input.path, cwd);
      const maxBytes = args.maxFileSize * 1024 * 1024;
      const read = input.kind === 'stdin' ? decode(await io.readStdin(), shown, maxBytes) : readMemo(input.path, shown, maxBytes);
      if ('skipped' in read) {
        warn(read.skipped);
        continue;
      }
      let findings: Finding[];
      const cached = cache?.get(optionsFor[i], read.text);
      if (cached) findings = cached;
      else {
        try {
          findings = lint(read.text, optionsFor[i]);
        } catch (e) {
          // A memo the engine refuses (nested thousands deep) is skipped like a binary file; the others still run.
          if (e instanceof MemoTooComplexError) {
            warn(`skipped ${shown}: ${e.message}`);
            continue;
          }
          throw new CliError(`cannot lint ${shown}: ${e instanceof Error ? e.message : String(e)}`);
        }
        cache?.set(optionsFor[i], read.text, findings);
      }
      if (args.quiet) findings = findings.filter((f) => f.severity === 'warning' || f.severity === 'error');
      reports.push({ filePath, shown, text: read.text, findings });
    }

    let stdout: string;
    switch (args.format) {
      case 'json':
        stdout = formatJson(reports);
        break;
      case 'sarif':
        stdout = formatSarif(reports, cwd);
        break;
      default: {
        const noColor = io.env.NO_COLOR !== undefined && io.env.NO_COLOR !== '';
        const force = io.env.FORCE_COLOR !== undefined && io.env.FORCE_COLOR !== '' && io.env.FORCE_COLOR !== '0';
        stdout = formatStylish(reports, !noColor && (io.stdoutIsTTY || force));
      }
    }

    const t = count(reports.flatMap((r) => r.findings));
    let code: RunResult['code'] = 0;
    if (t.errors > 0) code = 1;
    else if (args.maxWarnings === undefined ? t.warnings > 0 : t.warnings > args.maxWarnings) code = 1;
    if (args.maxWarnings !== undefined && t.warnings > args.maxWarnings) {
      warnings.push(`${PROGRAM}: too many warnings: ${t.warnings} (maximum: ${args.maxWarnings})`);
    }
    return done(code, stdout);
  } catch (e) {
    if (e instanceof CliError) return done(2, '', e.message);
    return done(2, '', `internal error: ${e instanceof Error ? e.message : String(e)}`);
  }
}

async function main(): Promise<void> {
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
