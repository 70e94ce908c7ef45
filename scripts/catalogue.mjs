#!/usr/bin/env node
// Reads the rule catalogue (red-flags.md) into structured data. Used by the tests (every "Fires on" and
// "Must not fire" example) and by `--skeleton`, which wrote the first version of each rule file.
//
//   node scripts/catalogue.mjs [path/to/red-flags.md] --json            print the parsed catalogue
//   node scripts/catalogue.mjs [path/to/red-flags.md] --fixtures        write test/fixtures/<kind>/<slug>/catalogue.json
//   node scripts/catalogue.mjs [path/to/red-flags.md] --skeleton        write missing src/rules/<kind>/<slug>.ts
//
// The catalogue lives outside the product (../shared/knowledge/red-flags.md); the product never reads it.
import { readFileSync, writeFileSync, mkdirSync, existsSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const args = process.argv.slice(2);
const file = args.find((a) => !a.startsWith('--')) ?? join(root, '..', 'shared', 'knowledge', 'red-flags.md');

export function parseCatalogue(text) {
  const lines = text.split('\n');
  const rules = [];
  let cur = null;
  let section = null;
  let para = [];
  const flush = () => {
    if (cur && section && para.length) cur._paras[section] = (cur._paras[section] ?? []).concat(para.join(' '));
    para = [];
  };
  for (const line of lines) {
    const h = /^### (zhu\/[a-z0-9/-]+)\s*$/.exec(line);
    if (h) {
      flush();
      cur = { id: h[1], _paras: {}, _lists: {}, table: {} };
      rules.push(cur);
      section = 'head';
      continue;
    }
    if (!cur) continue;
    if (/^## /.test(line)) {
      flush();
      cur = null;
      continue;
    }
    const t = /^\| (Kind|Default severity|Title|Source|Aliases) \| (.*) \|$/.exec(line);
    if (t) {
      cur.table[t[1]] = t[2];
      continue;
    }
    const b = /^\*\*([^*]+?)\*\*\s*(.*)$/.exec(line);
    if (b) {
      flush();
      section = b[1].replace(/[.:]$/, '').replace(/ —.*$/, '').trim();
      if (b[2]) para.push(b[2]);
      continue;
    }
    const li = /^- (.*)$/.exec(line);
    if (li) {
      flush();
      (cur._lists[section] ??= []).push(li[1]);
      continue;
    }
    if (line.trim() === '' || line.trim() === '---') {
      flush();
      continue;
    }
    if (/^\s+\S/.test(line) && cur._lists[section]?.length && para.length === 0) {
      const l = cur._lists[section];
      l[l.length - 1] += ' ' + line.trim();
      continue;
    }
    para.push(line.replace(/^> ?/, ''));
  }
  flush();
  return rules.map(finish);
}

function ids(s) {
  return [...(s ?? '').matchAll(/`([pqe]-[a-z0-9-]+)`/g)].map((m) => m[1]);
}

function finish(r) {
  const kind = r.id.startsWith('zhu/green/') ? 'green' : r.id.startsWith('zhu/gap/') ? 'gap' : 'red';
  const slug = r.id.split('/').pop();
  const passagesLine = (r._paras.Passages ?? [''])[0];
  const voice = (label) => ids((new RegExp(`${label}[^:]*:([^·]*)`).exec(passagesLine) ?? [])[1]);
  const keyKey = Object.keys(r._paras).find((k) => k.startsWith('Key quote'));
  const keyParas = keyKey ? r._paras[keyKey] : [];
  const quoteFrom = keyParas.length ? ids(keyParas[0]) : [];
  const quoteText = keyParas.slice(1).join('\n\n').trim();
  const questionsKey = Object.keys(r._lists).find((k) => /^(Diligence|What Zhu)/.test(k));
  let questions = questionsKey ? r._lists[questionsKey] : [];
  if (!questions.length) {
    const pk = Object.keys(r._paras).find((k) => /^(Diligence|What Zhu)/.test(k));
    if (pk) questions = [r._paras[pk].join(' ')];
  }
  const firesKey = Object.keys(r._lists).find((k) => k.startsWith('Fires on'));
  const notKey = Object.keys(r._lists).find((k) => k.startsWith('Must not fire'));
  const fires = (r._lists[firesKey] ?? []).map((x) => {
    const m = /^(EN|PT|ZH): "(.*)"\s*$/.exec(x);
    return m ? { lang: m[1].toLowerCase(), text: m[2] } : { lang: 'en', text: x };
  });
  const mustNot = (r._lists[notKey] ?? [])
    .filter((x) => !/^An Open-questions entry/.test(x))
    .map((x) => {
      const m = /^"(.*)"\s*(?:\((.*)\))?\s*$/.exec(x);
      return m ? { text: m[1], note: m[2] ?? '' } : { text: x, note: '' };
    });
  const fixes = r._lists['Quick fixes'] ?? [];
  const oq = fixes.map((f) => /`\((zhu\/[^)]+)\)\s*([^`]+)`/.exec(f)).find(Boolean);
  const sev = (r.table['Default severity'] ?? '').split(/\s|\(/)[0].toLowerCase();
  return {
    id: r.id,
    kind,
    slug,
    title: r.table.Title ?? '',
    severity: sev,
    severityNote: r.table['Default severity'] ?? '',
    source: /editor/i.test(r.table.Source ?? r.table.Kind ?? '') ? 'editor' : 'zhu',
    aliases: ids(r.table.Aliases).length ? [] : [...(r.table.Aliases ?? '').matchAll(/(zhu\/[a-z0-9/-]+)/g)].map((m) => m[1]),
    claim: (r._paras.Claim ?? [''])[0],
    passages: { zhu: voice('Zhu'), interviewer: voice('Interviewer'), editor: voice('Editor') },
    quote: { passages: quoteFrom, en: quoteText },
    questions,
    openQuestion: oq ? oq[2].trim() : '',
    fires,
    mustNot,
    triggers: r._lists['Trigger concepts'] ?? r._lists['Answer patterns (trigger concepts, inverted)'] ?? [],
    notes: (r._paras.Notes ?? []).join(' '),
  };
}

function skeleton(r) {
  const q = (s) => JSON.stringify(s);
  const arr = (a) => `[${a.map(q).join(', ')}]`;
  const passages = [`zhu: ${arr(r.passages.zhu)}`];
  if (r.passages.interviewer.length) passages.push(`interviewer: ${arr(r.passages.interviewer)}`);
  if (r.passages.editor.length) passages.push(`editor: ${arr(r.passages.editor)}`);
  const match =
    r.kind === 'gap'
      ? `{\n    type: 'absence',\n    answers: [],\n    sections: [],\n    lookedFor: '',\n  }`
      : `{\n    type: 'phrase',\n    patterns: [],\n  }`;
  return `import type { RuleSpec } from '../types';

/**
 * ${r.id}: ${r.title}.
 * Triggers in the catalogue:
${r.triggers.map((t) => ` * - ${t}`).join('\n')}
 */
export default {
  id: ${q(r.id)},
  kind: ${q(r.kind)},
  title: ${q(r.title)},
  claim: ${q(r.claim)},
  severity: ${q(r.severity)},
  source: ${q(r.source)},${r.aliases.length ? `\n  aliases: ${arr(r.aliases)},` : ''}
  passages: { ${passages.join(', ')} },
  quote: {
    passages: ${arr(r.quote.passages)},
    en: ${q(r.quote.en)},
  },
  questions: ${arr(r.questions)},
  openQuestion: ${q(r.openQuestion)},
  message: '',
  match: ${match},
} satisfies RuleSpec;
`;
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  const rules = parseCatalogue(readFileSync(file, 'utf8'));
  if (args.includes('--json')) console.log(JSON.stringify(rules, null, 2));
  if (args.includes('--fixtures')) {
    for (const r of rules) {
      const dir = join(root, 'test', 'fixtures', r.kind, r.slug);
      mkdirSync(dir, { recursive: true });
      writeFileSync(join(dir, 'catalogue.json'), JSON.stringify({ id: r.id, fires: r.fires, mustNot: r.mustNot }, null, 2) + '\n');
    }
    console.log(`wrote fixtures for ${rules.length} rules`);
  }
  if (args.includes('--skeleton')) {
    let n = 0;
    for (const r of rules) {
      const p = join(root, 'src', 'rules', r.kind, `${r.slug}.ts`);
      if (existsSync(p)) continue;
      mkdirSync(dirname(p), { recursive: true });
      writeFileSync(p, skeleton(r));
      n++;
    }
    console.log(`wrote ${n} rule skeletons`);
  }
}
