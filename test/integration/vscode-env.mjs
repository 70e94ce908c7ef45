// Where the real VS Code for the tests comes from when desktop VS Code cannot be downloaded: code-server and
// Node 24 from npm, chromium from Debian, installed outside the clone by .ci/install-code-server.sh.
import { execFileSync } from 'node:child_process';
import { join } from 'node:path';

/** Sets and returns CODE_SERVER_NODE, CODE_SERVER_ENTRY and CHROMIUM_PATH, installing code-server if needed. */
export function ensureCodeServer(root) {
  if (!process.env.CODE_SERVER_ENTRY || !process.env.CODE_SERVER_NODE) {
    const out = execFileSync('bash', [join(root, '.ci', 'install-code-server.sh')], { encoding: 'utf8', stdio: ['ignore', 'pipe', 'inherit'] });
    for (const m of out.matchAll(/(\w+)='([^']*)'/g)) process.env[m[1]] = m[2];
  }
  return { CODE_SERVER_NODE: process.env.CODE_SERVER_NODE, CODE_SERVER_ENTRY: process.env.CODE_SERVER_ENTRY, CHROMIUM_PATH: process.env.CHROMIUM_PATH };
}
