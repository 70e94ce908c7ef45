// The built CLI (dist/cli.js) run as a user runs it: a fresh node process, colour settings of the caller's
// environment removed so output is plain unless a test asks otherwise. Shared by the CLI test files.
import { spawnSync } from 'node:child_process';
import { resolve } from 'node:path';

export const CLI = resolve(__dirname, '../../dist/cli.js');

export interface Run {
  code: number | null;
  stdout: string;
  stderr: string;
}

export interface RunOptions {
  cwd: string;
  input?: string | Buffer;
  env?: Record<string, string>;
  /** Another build of the CLI (default dist/cli.js). */
  cliFile?: string;
  maxBuffer?: number;
  timeout?: number;
}

export function runCli(args: string[], opts: RunOptions): Run {
  const env: NodeJS.ProcessEnv = { ...process.env };
  delete env.NO_COLOR;
  delete env.FORCE_COLOR;
  Object.assign(env, opts.env ?? {});
  const r = spawnSync(process.execPath, [opts.cliFile ?? CLI, ...args], {
    cwd: opts.cwd,
    input: opts.input ?? '',
    encoding: 'utf8',
    env,
    maxBuffer: opts.maxBuffer ?? 256 * 1024 * 1024,
    timeout: opts.timeout,
  });
  if (r.error) throw r.error;
  return { code: r.status, stdout: r.stdout, stderr: r.stderr };
}
