import * as assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { execFileSync } from 'node:child_process';
import { join } from 'node:path';
import { rules } from '../../src/rules/index';
import { compileRule, termLists } from '../../src/engine/compile';
import { cues, leadingContrast } from '../../src/engine/cues';
import { splitParts } from '../../src/engine/prefilter';
import { caseless, foldCase } from '../../src/engine/caseless';
import { TermList, compileTerms } from '../../src/engine/terms';
import { devSentences } from './dev-sentences';

/**
 * The term lists run without the `i` flag, on folded text (`caseless.ts`). What each finds must be exactly what
 * its source finds under `iu` in the text as written: compared here for every list of the catalogue and of the
 * cues, on memo sentences written in every case, with the characters whose cases are irregular put in.
 */

/** All matches as [start, length]. */
function matches(re: RegExp, text: string): [number, number][] {
  return [...text.matchAll(re)].map((m) => [m.index!, m[0].length]);
}

/** A sequence of numbers from a seed (a linear congruential generator): the same texts every run. */
function random(seed: number): () => number {
  let s = seed;
  return () => (s = (s * 1103515245 + 12345) % 2147483648) / 2147483648;
}

/** Upper case where it keeps the length (`ß` stays: its upper case is two letters). */
function upper(text: string): string {
  return text.replace(/[\s\S]/gu, (c) => (c.toUpperCase().length === c.length ? c.toUpperCase() : c));
}

/** Characters that match others under `iu` though `toLowerCase` or `toUpperCase` alone would not say so. */
const IRREGULAR: [RegExp, string][] = [
  [/s/g, '\u017f'], // ſ matches s
  [/k/g, '\u212a'], // the Kelvin sign matches k
  [/å/g, '\u212b'], // the Ångström sign matches å
  [/i/g, '\u0130'], // İ matches only itself
  [/ß/g, '\u1e9e'], // ẞ matches ß
  [/a/g, 'ɐ'], // an IPA letter, a word character
  [/e/g, 'Ɛ'], // its capital's lower case is an IPA letter
];

function texts(): string[] {
  const sentences = devSentences(8);
  sentences.push(
    'ΣΟΦΙΑ σοφίας ς ϐ µ ͅ Ω Ω Å Å å 𐐀𐐨 ǅ Ǆ ǆ ᲀ в İstanbul ı ﬅ ﬆ ſtartup KELVIN K',
    'NO PROPRIETARY DATA — Thin Wrapper ON GPT-4; ÚNICA EMPRESA; SEM DADOS PRÓPRIOS.',
  );
  const base = sentences.join('\n');
  const rnd = random(7);
  const flipped = base.replace(/[\s\S]/gu, (c) => (rnd() < 0.3 ? upper(c) : c));
  let odd = base;
  for (const [re, ch] of IRREGULAR) odd = odd.replace(re, (c) => (rnd() < 0.2 ? ch : c));
  return [base, upper(base), flipped, odd];
}

describe('engine: case-insensitive matching on folded text', () => {
  const lists = new Set<TermList>(termLists(rules.map((r) => compileRule(r))));
  for (const byLanguage of Object.values(cues())) for (const l of Object.values(byLanguage)) lists.add(l);
  for (const l of Object.values(leadingContrast())) lists.add(l);
  const all = [...lists];
  const samples = texts();

  it("Should hold the case table V8 gives, for this Node's version of Unicode", function () {
    const made = /Unicode ([\d.]+)/.exec(readFileSync(join('src', 'engine', 'case-table.ts'), 'utf8'))![1];
    if (made !== process.versions.unicode) this.skip(); // another Unicode, another table: nothing to compare
    execFileSync(process.execPath, [join('scripts', 'case-table.mjs'), '--check'], { stdio: 'pipe' });
  });

  it('Should fold text to the same length, lower case, with U+0130 kept and U+017F as s', () => {
    for (const t of samples) assert.equal(foldCase(t).length, t.length);
    assert.equal(foldCase('İSTANBUL ſtartup KELVIN \u212a Σ'), 'İstanbul startup kelvin k σ');
    assert.equal(foldCase('ÁGUA É ÓTIMA'), 'água é ótima');
  });

  it('Should rewrite every list and every alternative of the catalogue, and each compiles', () => {
    let parts = 0;
    for (const list of all) {
      const s = caseless(list.source);
      assert.ok(s !== undefined, list.source.slice(0, 120));
      assert.doesNotThrow(() => new RegExp(s, 'gu'), list.source.slice(0, 120));
      for (const p of splitParts(list)) {
        const ps = caseless(p.source);
        assert.ok(ps !== undefined, p.source.slice(0, 120));
        assert.doesNotThrow(() => new RegExp(ps, 'gu'), p.source.slice(0, 120));
        parts++;
      }
    }
    assert.ok(all.length > 400 && parts > 10000, `${all.length} lists, ${parts} alternatives`);
  });

  it('Should find in folded text exactly what each list finds under iu, in every case', function () {
    // Every list, both ways, on every text: about 16 s alone on a machine of two cores, more beside other work.
    this.timeout(120000);
    let found = 0;
    for (const list of all) {
      const rewritten = new RegExp(caseless(list.source)!, 'gu');
      const original = new RegExp(list.source, 'giu');
      for (const t of samples) {
        const want = matches(original, t);
        assert.deepEqual(matches(rewritten, foldCase(t)), want, list.source.slice(0, 160));
        found += want.length;
      }
    }
    assert.ok(found > 5000, `${found} matches compared`);
  });

  it("Should find what iu finds for a user's extra terms, whatever characters they hold", () => {
    // Terms from `.redflags.json` are literal: any character, syntax characters and irregular cases included.
    const alphabet = [...'abksyzABKSYZ0123 -.*+?()[]{}|\\/^$éÉçÇßẞſKÅåµΜμΣσςİıǅǄǆ数据😀\u0345ɐⱯ'];
    const rnd = random(11);
    const pick = () => alphabet[Math.floor(rnd() * alphabet.length)];
    const word = (n: number) => Array.from({ length: 1 + Math.floor(rnd() * n) }, pick).join('');
    let found = 0;
    for (let round = 0; round < 200; round++) {
      const terms = Array.from({ length: 1 + Math.floor(rnd() * 4) }, () => word(6));
      const list = compileTerms([], terms);
      const rewritten = new RegExp(caseless(list.source)!, 'gu');
      const original = new RegExp(list.source, 'giu');
      // The terms themselves, in other cases, among noise.
      const text = [...terms, ...terms.map(upper), ...terms.map((t) => t.toLowerCase()), word(20), word(20)].sort(() => rnd() - 0.5).join(rnd() < 0.5 ? ' ' : '');
      const want = matches(original, text);
      assert.deepEqual(matches(rewritten, foldCase(text)), want, `${JSON.stringify(terms)} in ${JSON.stringify(text)}`);
      found += want.length;
    }
    assert.ok(found > 300, `${found} matches compared`);
  });

  it('Should match as iu does around the characters with irregular cases', () => {
    const cases: [string, string, boolean][] = [
      ['startup', 'ſtartup', true],
      ['kit', '\u212ait', true],
      ['\\bkit\\b', 'a \u212aIT b', true],
      ['a\\b', 'a\u017f', false],
      ['[a-z]+', '\u017f\u212a', true],
      ['\\w\\w', '\u017f\u212a', true],
      ['σοφία', 'ΣΟΦΊΑ', true],
      ['σ', 'ς', true],
      ['[Σ]', 'ς', true],
      ['[α-ω]+', 'ϐϑ', true],
      ['ß', '\u1e9e', true],
      ['i', '\u0130', false],
      ['\u0130', '\u0130', true],
      ['\\p{L}', '\u0345', true],
      ['[^\\p{L}]', '\u0345', false],
      ['µ', 'Μ', true],
      ['[^a-z]', 'K', false],
      ['[\\u00C0-\\u00D6]', 'ø', false],
      ['[\\u00C0-\\u00D6]', 'ö', true],
      ['\\u{10400}', '\u{10428}', true],
      ['[\\w-]+x', 'A-X', true],
    ];
    for (const [source, text, want] of cases) {
      assert.equal(new RegExp(source, 'iu').test(text), want, `iu: /${source}/ on ${text}`);
      const s = caseless(source);
      assert.ok(s !== undefined, source);
      assert.equal(new RegExp(s, 'u').test(foldCase(text)), want, `caseless: /${s}/ on ${text}`);
    }
  });

  it('Should leave as written what it cannot rewrite exactly', () => {
    for (const source of ['(a)\\1', '(?<x>a)\\k<x>', '\\P{L}', '\\cJ', '\\p{Script=Latin}']) assert.equal(caseless(source), undefined, source);
    assert.equal(caseless('[\\s\\u00a0\\-–]+'), '[\\s\\u00a0\\-–]+');
    assert.equal(caseless('(?<Name>AGI)(?<!X)'), '(?<Name>agi)(?<!x)');
  });
});
