#!/usr/bin/env node
// `npm start`: lint the example memos and show the findings. Findings are the point of the demo, so exit
// code 1 ("findings") is not an npm error here; a usage or runtime error (2) still is.
import { spawnSync } from 'node:child_process';
import { join, dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const r = spawnSync(process.execPath, [join(root, 'dist', 'cli.js'), join('examples'), ...process.argv.slice(2)], { cwd: root, stdio: 'inherit' });
process.exit(r.status === 1 ? 0 : (r.status ?? 2));
