#!/usr/bin/env node
// Collects the extension's user-facing strings into l10n/bundle.l10n.json (English, the keys of
// vscode.l10n.t): every `vscode.l10n.t('…')` literal in src/vscode and the report webview's strings
// (src/report/strings.ts). Translations live beside it: bundle.l10n.pt-br.json, bundle.l10n.zh-cn.json.
//
//   node scripts/l10n.mjs           write l10n/bundle.l10n.json
//   node scripts/l10n.mjs --check   exit 1 when it is out of date or a translation misses a key
import { readFileSync, writeFileSync, readdirSync, existsSync, mkdirSync } from 'node:fs';
import { join, dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const LOCALES = ['pt-br', 'zh-cn'];

/** The English strings, in source order, each once. */
export function collect() {
  const keys = [];
  const add = (s) => {
    if (!keys.includes(s)) keys.push(s);
  };
  const dir = join(root, 'src', 'vscode');
  for (const f of readdirSync(dir).filter((n) => n.endsWith('.ts')).sort()) {
    const src = readFileSync(join(dir, f), 'utf8');
    for (const m of src.matchAll(/l10n\.t\(\s*(['"])((?:\\.|(?!\1)[^\\])*)\1/g)) add(m[2].replace(/\\(['"\\])/g, '$1'));
  }
  const strings = readFileSync(join(root, 'src', 'report', 'strings.ts'), 'utf8');
  const body = strings.slice(strings.indexOf('REPORT_STRINGS'), strings.indexOf('} as const'));
  for (const m of body.matchAll(/^\s*(?:'[^']+'|"[^"]+"|[\w$]+):\s*(['"])((?:\\.|(?!\1)[^\\])*)\1,?\s*$/gm)) add(m[2].replace(/\\(['"\\])/g, '$1'));
  return keys;
}

const keys = collect();
const bundle = Object.fromEntries(keys.map((k) => [k, k]));
const file = join(root, 'l10n', 'bundle.l10n.json');
const next = JSON.stringify(bundle, null, 2) + '\n';
const placeholders = (s) => (s.match(/\{\d+\}/g) ?? []).sort().join();

if (process.argv.includes('--check')) {
  const problems = [];
  if (!existsSync(file) || readFileSync(file, 'utf8') !== next) problems.push('l10n/bundle.l10n.json is out of date: run node scripts/l10n.mjs');
  for (const locale of LOCALES) {
    const f = join(root, 'l10n', `bundle.l10n.${locale}.json`);
    const t = existsSync(f) ? JSON.parse(readFileSync(f, 'utf8')) : {};
    for (const k of keys) {
      if (typeof t[k] !== 'string' || !t[k].trim()) problems.push(`${locale}: missing "${k}"`);
      else if (placeholders(t[k]) !== placeholders(k)) problems.push(`${locale}: placeholders differ in "${k}"`);
    }
    for (const k of Object.keys(t)) if (!keys.includes(k)) problems.push(`${locale}: unused "${k}"`);
  }
  if (problems.length) {
    console.error(problems.join('\n'));
    process.exit(1);
  }
  console.log(`l10n: ${keys.length} strings, translated into ${LOCALES.join(', ')}`);
} else {
  mkdirSync(dirname(file), { recursive: true });
  writeFileSync(file, next);
  console.log(`l10n/bundle.l10n.json: ${keys.length} strings`);
}
