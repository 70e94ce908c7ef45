#!/usr/bin/env node
// code-server-shim: a stand-in "VS Code executable" for @vscode/test-electron's
// runTests({ vscodeExecutablePath }). It takes the arguments runTests gives VS Code
// (--extensionDevelopmentPath=, --extensionTestsPath=, --user-data-dir=, --extensions-dir=,
// a folder), starts code-server on a free loopback port with
// --vscode-option enable-smoke-test-driver (so the web workbench honours the URL "payload"),
// opens the workbench in headless Chromium with extensionDevelopmentPath/extensionTestsPath in
// that payload, forwards the extension host's console and exits with the test result.
// Env: CODE_SERVER_ENTRY (code-server's out/node/entry.js), CODE_SERVER_NODE (Node 24 binary),
//      CHROMIUM_PATH (default /usr/bin/chromium), VSCODE_SHIM_TIMEOUT (s, default 900), VSCODE_SHIM_VERBOSE=1.
'use strict';
const cp = require('child_process');
const fs = require('fs');
const http = require('http');
const net = require('net');
const os = require('os');
const path = require('path');
const util = require('util');
const { chromium } = require('playwright-core');

const verbose = !!process.env.VSCODE_SHIM_VERBOSE;
const timeoutMs = Number(process.env.VSCODE_SHIM_TIMEOUT || 900) * 1000;

function parseArgs(argv) {
  const o = { devPaths: [], folder: undefined, userDataDir: undefined, extensionsDir: undefined, testsPath: undefined, ignored: [] };
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i];
    const eq = a.indexOf('=');
    const key = a.startsWith('--') ? (eq > 0 ? a.slice(2, eq) : a.slice(2)) : undefined;
    const val = () => (eq > 0 ? a.slice(eq + 1) : argv[++i]);
    if (key === 'extensionDevelopmentPath') o.devPaths.push(path.resolve(val()));
    else if (key === 'extensionTestsPath') o.testsPath = path.resolve(val());
    else if (key === 'user-data-dir') o.userDataDir = path.resolve(val());
    else if (key === 'extensions-dir') o.extensionsDir = path.resolve(val());
    else if (!key && !a.startsWith('-') && o.folder === undefined) o.folder = path.resolve(a);
    else o.ignored.push(a);
  }
  return o;
}
const freePort = () => new Promise((resolve, reject) => {
  const s = net.createServer();
  s.once('error', reject);
  s.listen(0, '127.0.0.1', () => { const { port } = s.address(); s.close(() => resolve(port)); });
});
const healthy = (port) => new Promise((resolve) => {
  const req = http.get({ host: '127.0.0.1', port, path: '/healthz', timeout: 1000 }, (res) => { res.resume(); resolve(res.statusCode === 200); });
  req.on('error', () => resolve(false));
  req.on('timeout', () => { req.destroy(); resolve(false); });
});
// Telemetry off matters: otherwise a built-in extension's failed telemetry POST (ENOTFOUND)
// can surface as an uncaught error in the extension host and fail the running mocha test.
// files.autoSave off: VS Code for the Web defaults to afterDelay (desktop: off).
const QUIET_SETTINGS = {
  'telemetry.telemetryLevel': 'off', 'workbench.startupEditor': 'none', 'chat.disableAIFeatures': true,
  'extensions.autoCheckUpdates': false, 'extensions.autoUpdate': false, 'update.mode': 'none',
  'workbench.enableExperiments': false, 'files.hotExit': 'off', 'files.autoSave': 'off', 'git.enabled': false,
  'security.workspace.trust.enabled': false, 'workbench.tips.enabled': false,
};
const NOISE = /^\s*$|^\[(AgentHost|ChatModelSelection|AccountPolicyGate|Service Worker|reconnection-grace-time|AgentHost:remote)|Resolving connection token|Resolved connection token|Creating a socket|Updating additional builtin extensions cache|ENOTFOUND|No file system provider found|Timed out waiting for authentication provider|^Creation of workbench contribution|^Extension host \(Remote\) is (un)?responsive/;

async function main() {
  const args = parseArgs(process.argv.slice(2));
  if (!args.testsPath || !args.devPaths.length) { console.error('code-server-shim: need --extensionDevelopmentPath and --extensionTestsPath'); return 2; }
  const entry = process.env.CODE_SERVER_ENTRY;
  if (!entry || !fs.existsSync(entry)) { console.error(`code-server-shim: CODE_SERVER_ENTRY not set or missing (${entry})`); return 2; }
  const nodeBin = process.env.CODE_SERVER_NODE || process.execPath;
  const scratch = fs.mkdtempSync(path.join(os.tmpdir(), 'code-server-shim-'));
  const userDataDir = args.userDataDir || path.join(scratch, 'user-data');
  const extensionsDir = args.extensionsDir || path.join(scratch, 'extensions');
  fs.mkdirSync(path.join(userDataDir, 'User'), { recursive: true });
  fs.mkdirSync(extensionsDir, { recursive: true });
  const settingsFile = path.join(userDataDir, 'User', 'settings.json');
  let settings = {};
  try { settings = JSON.parse(fs.readFileSync(settingsFile, 'utf8')); } catch { /* none yet */ }
  fs.writeFileSync(settingsFile, JSON.stringify({ ...QUIET_SETTINGS, ...settings }, null, 2));
  if (verbose && args.ignored.length) console.log(`[shim] ignoring VS Code args: ${args.ignored.join(' ')}`);
  const port = await freePort();
  const logFile = path.join(userDataDir, 'code-server-shim.log');
  const log = fs.openSync(logFile, 'w');
  // code-server writes config/logs under XDG dirs and leaves vscode-ipc-*.sock files in TMPDIR: keep all in scratch.
  const env = { ...process.env, XDG_CONFIG_HOME: path.join(scratch, 'xdg-config'), XDG_DATA_HOME: path.join(scratch, 'xdg-data'), TMPDIR: scratch };
  const server = cp.spawn(nodeBin, [entry, '--auth', 'none', '--bind-addr', `127.0.0.1:${port}`,
    '--disable-telemetry', '--disable-update-check', '--disable-workspace-trust', '--disable-getting-started-override',
    '--user-data-dir', userDataDir, '--extensions-dir', extensionsDir, '--vscode-option', 'enable-smoke-test-driver',
  ], { env, stdio: ['ignore', log, log], detached: true });
  let serverExited = false;
  server.on('exit', () => { serverExited = true; });
  const stopServer = async () => {
    if (serverExited) return;
    try { process.kill(-server.pid, 'SIGTERM'); } catch { /* gone */ }
    for (let i = 0; i < 50 && !serverExited; i++) await new Promise((r) => setTimeout(r, 100));
    if (!serverExited) { try { process.kill(-server.pid, 'SIGKILL'); } catch { /* gone */ } }
  };
  let browser;
  let profile;
  try {
    const t0 = Date.now();
    while (!(await healthy(port))) {
      if (serverExited) throw new Error(`code-server exited early; see ${logFile}`);
      if (Date.now() - t0 > 60000) throw new Error(`code-server did not answer on port ${port} within 60s`);
      await new Promise((r) => setTimeout(r, 200));
    }
    profile = fs.mkdtempSync(path.join(os.tmpdir(), 'chromium-profile-'));
    browser = await chromium.launchPersistentContext(profile, {
      executablePath: process.env.CHROMIUM_PATH || process.env.CHROMIUM || '/usr/bin/chromium', headless: true, viewport: { width: 1400, height: 900 },
      args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run',
        '--disable-background-networking', '--disable-component-update', '--disable-sync'],
    });
    const page = browser.pages()[0] || await browser.newPage();
    let finish;
    const finished = new Promise((r) => { finish = r; });
    await page.exposeFunction('codeAutomationLog', (type, logArgs) => {
      const text = util.format(...(logArgs || []));
      if (verbose || !NOISE.test(text.split('\n')[0])) (type === 'error' ? process.stderr : process.stdout).write(text + '\n');
    });
    await page.exposeFunction('codeAutomationExit', (code) => finish(code));
    if (verbose) page.on('console', (m) => console.log(`[browser] ${m.text()}`));
    page.on('pageerror', (e) => console.error(`[shim] page error: ${e.message}`));
    const authority = `127.0.0.1:${port}`;
    const remote = (p) => `vscode-remote://${authority}${p}`;
    const payload = [...args.devPaths.map((p) => ['extensionDevelopmentPath', remote(p)]), ['extensionTestsPath', remote(args.testsPath)]];
    let url = `http://${authority}/?payload=${encodeURIComponent(JSON.stringify(payload))}`;
    if (args.folder) url += `&${args.folder.endsWith('.code-workspace') ? 'workspace' : 'folder'}=${encodeURIComponent(args.folder)}`;
    else url += '&ew=true';
    console.log(`[shim] code-server ${authority}, running ${args.testsPath}`);
    await page.goto(url);
    const code = await Promise.race([finished, new Promise((r) => setTimeout(() => r('timeout'), timeoutMs))]);
    if (code === 'timeout') { console.error(`[shim] no result after ${timeoutMs / 1000}s`); return 1; }
    console.log(`[shim] extension tests finished with exit code ${code} after ${((Date.now() - t0) / 1000).toFixed(1)}s`);
    return code === 0 ? 0 : 1;
  } catch (e) {
    console.error(`[shim] ${(e && e.stack) || e}`);
    try { console.error(fs.readFileSync(logFile, 'utf8').split('\n').slice(-30).join('\n')); } catch { /* no log */ }
    return 1;
  } finally {
    if (browser) await browser.close().catch(() => {});
    if (profile) fs.rmSync(profile, { recursive: true, force: true });
    await stopServer();
    fs.rmSync(scratch, { recursive: true, force: true });
  }
}
main().then((code) => process.exit(code), (e) => { console.error(e); process.exit(1); });
