// The extension's translations: memos come in Portuguese and Chinese, so the UI speaks them too. Every English
// string (l10n/bundle.l10n.json, written by scripts/l10n.mjs) must have a pt-br and a zh-cn translation with the
// same placeholders, and every %key% of package.json must exist in package.nls.json and its translations.
import * as assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';

const root = join(__dirname, '..', '..');
const LOCALES = ['pt-br', 'zh-cn'] as const;
const readJson = (...p: string[]) => JSON.parse(readFileSync(join(root, ...p), 'utf8')) as Record<string, unknown>;
const placeholders = (s: string) => (s.match(/\{\d+\}/g) ?? []).sort();
/** Names that stay as they are in every language. */
const VERBATIM = ['Memo Red Flags', 'redflags.maxFileSize'];

describe('l10n: the runtime bundles (vscode.l10n.t)', () => {
  const english = readJson('l10n', 'bundle.l10n.json');
  const keys = Object.keys(english);

  it('the English bundle is up to date and both translations pass scripts/l10n.mjs --check', () => {
    assert.ok(keys.length > 0);
    for (const k of keys) assert.equal(english[k], k, `English value of "${k}" is its key`);
    execFileSync(process.execPath, [join('scripts', 'l10n.mjs'), '--check'], { cwd: root, encoding: 'utf8', stdio: 'pipe' });
  });

  for (const locale of LOCALES) {
    describe(locale, () => {
      const t = readJson('l10n', `bundle.l10n.${locale}.json`);

      it('translates every key, with a non-empty string', () => {
        const missing = keys.filter((k) => typeof t[k] !== 'string' || !(t[k] as string).trim());
        assert.deepEqual(missing, []);
      });

      it('keeps exactly the placeholders of the English string', () => {
        for (const k of keys) assert.deepEqual(placeholders(t[k] as string), placeholders(k), `${locale}: "${k}"`);
      });

      it('has no keys the English bundle lacks', () => {
        assert.deepEqual(
          Object.keys(t).filter((k) => !(k in english)),
          [],
        );
      });

      it('keeps product and setting names verbatim', () => {
        for (const k of keys) for (const name of VERBATIM) if (k.includes(name)) assert.ok((t[k] as string).includes(name), `${locale}: "${k}" lost ${name}`);
      });
    });
  }
});

describe('l10n: the manifest strings (package.nls*.json)', () => {
  const nls = readJson('package.nls.json');

  it('every %key% used in package.json exists in package.nls.json', () => {
    const used = new Set<string>();
    const walk = (v: unknown): void => {
      if (typeof v === 'string') {
        const m = /^%([^%\s]+)%$/.exec(v);
        if (m) used.add(m[1]);
      } else if (Array.isArray(v)) v.forEach(walk);
      else if (v && typeof v === 'object') Object.values(v).forEach(walk);
    };
    walk(readJson('package.json'));
    assert.ok(used.size > 0, 'package.json uses %key% strings');
    assert.deepEqual(
      [...used].filter((k) => !(k in nls)),
      [],
    );
  });

  for (const locale of LOCALES) {
    it(`package.nls.${locale}.json has exactly the keys of package.nls.json, all translated`, () => {
      const t = readJson(`package.nls.${locale}.json`);
      assert.deepEqual(Object.keys(t).sort(), Object.keys(nls).sort());
      for (const [k, v] of Object.entries(t)) assert.ok(typeof v === 'string' && v.trim(), `${locale}: "${k}" is empty`);
    });
  }
});
