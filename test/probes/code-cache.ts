// Loads the engine in a folder as the CLI does, in a process of its own: the CLI's V8 flags first, then
// dist/engine.js with its code cache. Prints how the cache was used and the findings of each memo named.
//   node out/test/probes/code-cache.js DIR MEMO...
import { readFileSync } from 'node:fs';
import { compileRegExpsOnFirstRun } from '../../src/cli/v8';
import { engineIn } from '../../src/cli/engine';

compileRegExpsOnFirstRun();
const [dir, ...memos] = process.argv.slice(2);
const loaded = engineIn(dir);
const findings = loaded ? memos.map((f) => loaded.engine.lint(readFileSync(f, 'utf8'))) : null;
process.stdout.write(JSON.stringify({ codeCache: loaded?.codeCache ?? null, findings }));
