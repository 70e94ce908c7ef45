#!/usr/bin/env node
// Runs the extension's integration tests inside a real VS Code, with @vscode/test-electron's runTests().
//
// Which VS Code:
//   - VSCODE_EXECUTABLE_PATH set: that executable (desktop VS Code, or test/integration/code-server-shim.js).
//   - else, when desktop VS Code can be downloaded (a machine with internet): the standard download.
//   - else: code-server (VS Code's server and web workbench, from npm) driven by Debian's chromium, through the
//     shim; .ci/install-code-server.sh installs it outside the clone on first use (about 3 minutes).
//
// The workspace is a fresh copy of test/integration/workspace per run, so edits made by tests never leak.
// Build first: node esbuild.mjs && node esbuild.mjs --tests (npm test does both).
import { cpSync, mkdtempSync, rmSync, existsSync } from 'node:fs';
import { ensureCodeServer } from './vscode-env.mjs';
import { tmpdir } from 'node:os';
import { join, dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { createRequire } from 'node:module';

const require = createRequire(import.meta.url);
const { runTests, downloadAndUnzipVSCode } = require('@vscode/test-electron');

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..', '..');
const suite = join(root, 'out', 'test', 'integration', 'suite', 'index.js');
if (!existsSync(suite)) {
  console.error(`integration: ${suite} is missing; build with: node esbuild.mjs --tests`);
  process.exit(2);
}

async function vscodeExecutable() {
  if (process.env.VSCODE_EXECUTABLE_PATH) return process.env.VSCODE_EXECUTABLE_PATH;
  if (!process.env.CODE_SERVER_ENTRY && process.env.REDFLAGS_VSCODE !== 'code-server') {
    try {
      return await downloadAndUnzipVSCode({ version: process.env.VSCODE_VERSION || 'stable', timeout: 15000 });
    } catch (e) {
      console.log(`integration: desktop VS Code cannot be downloaded here (${e.message.split('\n')[0]}); using code-server`);
    }
  }
  ensureCodeServer(root);
  return join(root, 'test', 'integration', 'code-server-shim.js');
}

const workspace = mkdtempSync(join(tmpdir(), 'redflags-ws-'));
cpSync(join(root, 'test', 'integration', 'workspace'), workspace, { recursive: true });
let code = 0;
try {
  const started = Date.now();
  await runTests({
    vscodeExecutablePath: await vscodeExecutable(),
    extensionDevelopmentPath: root,
    extensionTestsPath: suite,
    launchArgs: [workspace, '--disable-extensions', '--locale=en'],
    extensionTestsEnv: { REDFLAGS_TEST_WORKSPACE: workspace, REDFLAGS_SHOTS: process.env.REDFLAGS_SHOTS ?? '' },
  });
  console.log(`integration: passed in ${((Date.now() - started) / 1000).toFixed(1)} s`);
} catch (e) {
  console.error(`integration: ${e.message}`);
  code = 1;
} finally {
  rmSync(workspace, { recursive: true, force: true });
}
process.exit(code);
