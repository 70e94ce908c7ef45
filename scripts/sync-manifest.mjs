#!/usr/bin/env node
// Keeps package.json's `redflags.rules` setting in step with the rules: the same entries (rule ids, groups,
// aliases) as the `rules` object of `.redflags.json` in schema/redflags.schema.json, which is generated from
// the rules themselves. The settings editor then offers every rule id with its title and severities.
//
//   node scripts/sync-manifest.mjs           update package.json
//   node scripts/sync-manifest.mjs --check   exit 1 when package.json is out of date
import { readFileSync, writeFileSync } from 'node:fs';
import { join, dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const pkgFile = join(root, 'package.json');
const text = readFileSync(pkgFile, 'utf8');
const pkg = JSON.parse(text);
const schema = JSON.parse(readFileSync(join(root, 'schema', 'redflags.schema.json'), 'utf8'));
const rules = schema.properties.rules;

const setting = pkg.contributes.configuration.properties['redflags.rules'];
setting.properties = rules.properties;
setting.propertyNames = rules.propertyNames;
delete setting.additionalProperties;

const next = JSON.stringify(pkg, null, 2) + '\n';
if (process.argv.includes('--check')) {
  if (next !== text) {
    console.error('package.json: the redflags.rules setting is out of date; run npm run manifest');
    process.exit(1);
  }
} else if (next !== text) {
  writeFileSync(pkgFile, next);
  console.log('package.json: redflags.rules updated');
}
