#!/usr/bin/env node
// Shows how the rules judge each sentence: trigger words, and what suppressed a candidate.
//   node scripts/explain.mjs "The product is a GPT-4 wrapper."      (or a file path, or - for stdin)
import { readFileSync, existsSync } from 'node:fs';
import { join, dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { createRequire } from 'node:module';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const engine = createRequire(import.meta.url)(process.env.ENGINE ? resolve(process.env.ENGINE) : join(root, 'dist', 'engine.js'));
const arg = process.argv[2] ?? '-';
const text = arg === '-' ? readFileSync(0, 'utf8') : existsSync(arg) ? readFileSync(arg, 'utf8') : arg;
for (const s of engine.explain(text)) {
  if (!s.verdicts.length) continue;
  console.log(`${s.range.start.line}:${s.range.start.column} [${s.language}] ${s.text}`);
  for (const v of s.verdicts) {
    console.log(`    ${v.fired ? 'FIRES' : 'quiet'} ${v.ruleId}  triggers=${JSON.stringify(v.triggers)}${v.reason ? `  stopped by ${v.reason}: "${v.cue}"` : ''}`);
  }
}
