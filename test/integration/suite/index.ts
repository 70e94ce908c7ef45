/**
 * The integration suite's entry, as @vscode/test-electron expects: `run()` resolves when every test passed.
 * It runs inside a real VS Code extension host, with the real `vscode` API.
 */
import * as fs from 'node:fs';
import * as path from 'node:path';

// mocha's CommonJS build: the extension host loads this file with require().
// eslint-disable-next-line @typescript-eslint/no-require-imports
const Mocha = require('mocha/lib/mocha.cjs');

export function run(): Promise<void> {
  const mocha = new Mocha({ ui: 'bdd', timeout: 60000, color: false, reporter: 'spec', grep: process.env.REDFLAGS_GREP || undefined });
  const files = fs
    .readdirSync(__dirname)
    .filter((f) => f.endsWith('.test.js'))
    .sort();
  for (const f of files) mocha.addFile(path.join(__dirname, f));
  return new Promise((resolve, reject) => {
    let passed = 0;
    let failed = 0;
    let skipped = 0;
    const runner = mocha.run((failures: number) => {
      console.log(`\n${passed} passed, ${failed} failed, ${skipped} skipped`);
      if (failures > 0) reject(new Error(`${failures} integration tests failed`));
      else resolve();
    });
    runner.on('pass', () => passed++);
    runner.on('fail', () => failed++);
    runner.on('pending', () => skipped++);
  });
}
