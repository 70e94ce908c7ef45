/**
 * The engine, loaded on first use. `--help`, `--version`, a run whose memos all come from the cache and a run
 * linted in worker threads never load the parser and the rules on the main thread. The build maps
 * `../engine/index` in the CLI's files to dist/engine.js beside the CLI (see esbuild.mjs), so the CLI, its lint
 * workers and library users share one copy of the engine.
 */
export type Engine = typeof import('../engine/index');

let loaded: Engine | undefined;

export function engine(): Engine {
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  return (loaded ??= require('../engine/index') as Engine);
}

declare const __VERSION__: string;
/** The package version, as the engine reports it, without loading the engine. */
export const VERSION: string = typeof __VERSION__ === 'string' ? __VERSION__ : '0.0.0-dev';
