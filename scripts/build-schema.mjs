#!/usr/bin/env node
// Generates schema/redflags.schema.json, the JSON Schema (draft-07) of `.redflags.json`, from the built
// engine (dist/engine.js: `rules`, `CONCEPT_NAMES`, `docPath`), so that the rule ids, their titles and
// the concept names can never drift from the code.
//
//   node scripts/build-schema.mjs            write schema/redflags.schema.json
//   node scripts/build-schema.mjs --check    exit 1 when the committed schema differs from the generated one
//   node scripts/build-schema.mjs --stdout   print the generated schema
//
// ENGINE points at another build of the engine (default dist/engine.js). Build first: node esbuild.mjs.
import { readFileSync, writeFileSync, mkdirSync, existsSync } from 'node:fs';
import { join, dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { createRequire } from 'node:module';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const require = createRequire(import.meta.url);
const engine = require(process.env.ENGINE ? resolve(process.env.ENGINE) : join(root, 'dist', 'engine.js'));
const target = join(root, 'schema', 'redflags.schema.json');

const REPO = 'https://github.com/memo-redflags/memo-redflags';
const docUrl = (id) => `${REPO}/blob/main/${engine.docPath(id)}`;

const SEVERITY_VALUES = ['off', 'hint', 'information', 'info', 'warning', 'warn', 'error', true, false];
const KIND_NAMES = { red: 'red flag', green: 'strength', gap: 'gap' };

function buildSchema() {
  const ruleProps = {};
  const groups = {
    'zhu/*': 'Every rule: red flags, strengths and gaps. A rule\u2019s own entry wins over a group.',
    'zhu/red/*': 'Every red flag (`zhu/<slug>`). A rule\u2019s own entry wins over a group.',
    'zhu/green/*': 'Every strength (`zhu/green/<slug>`). A rule\u2019s own entry wins over a group.',
    'zhu/gap/*': 'Every gap: questions the memo never answers (`zhu/gap/<slug>`). A rule\u2019s own entry wins over a group.',
  };
  for (const [key, text] of Object.entries(groups)) {
    ruleProps[key] = { description: text.replace(/`/g, ''), markdownDescription: text, enum: SEVERITY_VALUES };
  }
  for (const r of engine.rules) {
    ruleProps[r.id] = {
      description: `${r.title} (${KIND_NAMES[r.kind]}; default: ${r.severity})`,
      markdownDescription: `**${r.title}** (${KIND_NAMES[r.kind]}; default: \`${r.severity}\`)\n\n${r.claim}\n\n[Documentation](${docUrl(r.id)})`,
      enum: SEVERITY_VALUES,
    };
  }
  for (const r of engine.rules) {
    for (const alias of r.aliases ?? []) {
      ruleProps[alias] = {
          description: `Old id of ${r.id}: ${r.title}`,
        deprecationMessage: `Renamed: use "${r.id}".`,
        enum: SEVERITY_VALUES,
      };
    }
  }
  const termProps = {};
  for (const name of engine.CONCEPT_NAMES) {
    termProps[name] = {
      type: 'array',
      description: `Extra terms for the concept @${name}, added to the built-in list.`,
      items: { type: 'string', minLength: 1, maxLength: 200 },
    };
  }
  return {
    $schema: 'http://json-schema.org/draft-07/schema#',
    $id: `${REPO}/raw/main/schema/redflags.schema.json`,
    title: 'Memo Red Flags configuration (.redflags.json)',
    description:
      'Configuration of memo-redflags: rule severities, report switches and extra lexicon terms. JSON with comments and trailing commas.',
    type: 'object',
    additionalProperties: false,
    properties: {
      $schema: { type: 'string', description: 'The JSON schema of this file.' },
      rules: {
        type: 'object',
        description:
          'Severity per rule id, alias or group ("zhu/*", "zhu/red/*", "zhu/green/*", "zhu/gap/*"): "off", "hint", "information" (or "info"), "warning" (or "warn") or "error"; true means "warning", false means "off".',
        properties: ruleProps,
        propertyNames: { enum: Object.keys(ruleProps) },
      },
      green: { type: 'boolean', default: true, description: 'Report strengths (zhu/green/*).' },
      gaps: { type: 'boolean', default: true, description: 'Report document-level gaps (zhu/gap/*): questions the memo never answers.' },
      language: {
        enum: ['auto', 'en', 'pt', 'zh'],
        default: 'auto',
        description: 'Language of the memo: "auto" detects it per sentence.',
      },
      terms: {
        type: 'object',
        description: 'Extra terms for the concepts of the lexicon, e.g. {"domesticModel": ["AcmeLM"]} for a firm\u2019s own list of model vendors.',
        properties: termProps,
        additionalProperties: false,
      },
    },
  };
}

const render = () => `${JSON.stringify(buildSchema(), null, 2)}\n`;

const args = new Set(process.argv.slice(2));
if (args.has('--stdout')) {
  process.stdout.write(render());
} else if (args.has('--check')) {
  const current = existsSync(target) ? readFileSync(target, 'utf8') : '';
  if (current !== render()) {
    console.error('schema/redflags.schema.json is out of date: run node scripts/build-schema.mjs');
    process.exit(1);
  }
} else {
  mkdirSync(dirname(target), { recursive: true });
  writeFileSync(target, render());
  console.log(`wrote ${target}`);
}
