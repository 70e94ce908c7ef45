import { setFlagsFromString } from 'node:v8';

/**
 * Compiles regular expressions to machine code on their first run. By default V8 first compiles a new
 * expression to bytecode and interprets it, and compiles it to machine code when it runs again. The engine runs
 * a few hundred large expressions, nearly all of them many times per memo, so the interpreted first runs are
 * pure cost: the first lint of a 20 KB memo takes about 340 ms instead of 480 ms. Warm runs do not change.
 *
 * V8's flags belong to the process. The CLI is a process of its own and sets this one before it compiles any
 * of the engine's expressions, for its main thread and its lint workers alike; the editor's extension shares its
 * host with other extensions and leaves the host's flags alone.
 */
export function compileRegExpsOnFirstRun(): void {
  setFlagsFromString('--no-regexp-tier-up');
}
