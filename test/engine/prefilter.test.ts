import * as assert from 'node:assert/strict';
import { rules } from '../../src/rules/index';
import { compileRule, termLists, type CompiledRule } from '../../src/engine/compile';
import { Prefilter, Part, requirementOf, foldCode, boundaries, splitParts, encodeInts, decodeInts } from '../../src/engine/prefilter';
import { caseless } from '../../src/engine/caseless';
import { CATALOGUE } from '../../src/engine/prefilter-data';
import { packCatalogue, restoreCatalogue } from '../../src/engine/prefilter-pack';
import { findAll, findFirst, TermList, LEFT, RIGHT, WORD } from '../../src/engine/terms';
import { devSentences } from './dev-sentences';

/**
 * The prefilter must never hide a match: for every term list of the catalogue, on real memo sentences, the
 * prefiltered searches find exactly what the whole expression finds.
 */

/** Every twentieth sentence of each file: all three languages, about a hundred sentences. */
const sentences = () => devSentences(20);

/** Everything a prefilter searches with, as plain values. */
function state(p: Prefilter): Record<string, unknown> {
  const o = p as unknown as Record<string, unknown>;
  const out: Record<string, unknown> = {};
  for (const k of ['partBase', 'partExpr', 'restAt', 'rest', 'alwaysParts', 'always', 'textLength', 'variantsAt', 'variants', 'variantLeft', 'variantRight', 'ownerAt', 'owners', 'fail', 'outAt', 'outs', 'edgeAt', 'edges', 'alpha', 'width', 'dfa']) {
    const v = o[k];
    assert.ok(v !== undefined, k);
    out[k] = ArrayBuffer.isView(v) ? Array.from(v as Int32Array) : v;
  }
  out.goto = (o.goto as Map<number, number>[]).map((m) => [...m]);
  return out;
}

/** How many expressions have been split into their alternatives (all of them when the prefilter was built). */
function split(p: Prefilter): number {
  return (p as unknown as { parts: unknown[] }).parts.filter(Boolean).length;
}

describe('engine: prefilter', () => {
  const lists = [...new Set(termLists(rules.map((r) => compileRule(r))))];
  const prefilter = new Prefilter(lists);
  const packed = prefilter.pack();

  it('Should restore from its packed form the prefilter it builds, without analysing the expressions', () => {
    const restored = new Prefilter(lists, packed);
    assert.equal(split(restored), 0, 'restored, not built');
    assert.ok(split(prefilter) > 300);
    assert.deepEqual(state(restored), state(prefilter));
    assert.equal(restored.pack(), packed);
  });

  it('Should restore the parts of every expression from its packed layout, and know which need no rewriting', () => {
    const restored = new Prefilter(lists, packed) as unknown as { partsOf(id: number): Part[] };
    let asWritten = 0;
    let parts = 0;
    lists.forEach((re, id) => {
      const got = restored.partsOf(id);
      const want = splitParts(re);
      assert.deepEqual(got.map((p) => p.source), want.map((p) => p.source), re.source.slice(0, 80));
      for (const p of got) {
        const flag = (p as unknown as { asWritten: boolean }).asWritten;
        assert.equal(flag, caseless(p.source) === p.source, p.source.slice(0, 80));
        asWritten += flag ? 1 : 0;
        parts++;
      }
    });
    assert.equal(split(restored as unknown as Prefilter), new Set(lists).size);
    // Both kinds occur: most phrases are written in lower case; capitals and the irregular characters are not.
    assert.ok(asWritten > parts / 2 && asWritten < parts, `${asWritten} of ${parts} parts as written`);
    // A layout that does not fit its expression is refused, not read as something else.
    const damaged = new Prefilter(lists, packed) as unknown as { layout: Int32Array; partsOf(id: number): Part[] };
    damaged.layout = damaged.layout.map((v, k) => (k === 1 ? v + 2 : v));
    assert.throws(() => damaged.partsOf(0), /does not match its expressions/);
  });

  it('Should always run exactly the alternatives that require nothing', () => {
    // The catalogue, and lists where an alternative that requires something is followed by one that does not,
    // in the same list and in the next one.
    const crafted = [new TermList('bar'), new TermList('\\p{L}+'), new TermList('baz|(?:foo)?\\p{L}+|qux')];
    for (const [name, p, exprs] of [
      ['catalogue', prefilter, lists],
      ['crafted', new Prefilter(crafted), crafted],
    ] as const) {
      const q = p as unknown as { alwaysParts: number[][]; partsOf(id: number): { source: string }[] };
      const always = exprs.map((_, id) => q.partsOf(id).flatMap((part, i) => (requirementOf(part.source).length === 0 ? [i] : [])));
      assert.deepEqual(q.alwaysParts, always, name);
      if (name === 'crafted') assert.deepEqual(always, [[], [0], [1]]);
    }
  });

  it('Should build anew when the packed form was made from other expressions', () => {
    // One list fewer; one list changed without changing its length.
    const fewer = lists.slice(1);
    const first = lists[0];
    const changed = [new TermList(first.source.replace(/[a-z]/, (c) => (c === 'a' ? 'b' : 'a'))), ...lists.slice(1)];
    assert.equal(changed[0].source.length, first.source.length);
    for (const other of [fewer, changed]) {
      const p = new Prefilter(other, packed);
      assert.equal(split(p), new Set(other).size, 'built');
      assert.deepEqual(state(p), state(new Prefilter(other)));
    }
  });

  it('Should refuse a damaged packed form with a clear error', () => {
    assert.throws(() => new Prefilter(lists, packed.slice(0, packed.length - 400)), /packed prefilter is damaged/);
  });

  it('Should be packed into the engine by the build, as the catalogue builds it', () => {
    assert.ok(CATALOGUE, 'the build did not replace prefilter-data.ts');
    assert.equal(CATALOGUE.prefilter, packed);
    assert.deepEqual(CATALOGUE, packCatalogue());
  });

  it('Should restore from the packed catalogue the rules and lists that compiling them gives', () => {
    // Each list by its source, and which groups share one list object.
    const shape = (compiled: CompiledRule[]) => {
      const ids = new Map<TermList, number>();
      const id = (l: TermList | undefined) => {
        if (!l) return undefined;
        if (!ids.has(l)) ids.set(l, ids.size);
        return `${ids.get(l)}:${l.source}`;
      };
      return compiled.map((r) => ({
        spec: r.spec,
        patterns: r.patterns.map((p) => ({ groups: p.groups.map(id), unless: id(p.unless), within: p.within, severity: p.severity })),
        unless: id(r.unless),
        unlessInBlock: id(r.unlessInBlock),
        appliesIf: id(r.appliesIf),
        suppressedBy: [...r.suppressedBy],
      }));
    };
    const compiled = rules.map((r) => compileRule(r));
    const restored = restoreCatalogue(packCatalogue());
    assert.deepEqual(shape(restored.rules), shape(compiled));
    assert.ok(restored.rules.some((r) => r.appliesIf) && restored.rules.some((r) => r.unless), 'every kind of list is among them');
    // Restored, not compiled: none of its lists is one compileTerms made.
    const made = new Set(termLists(compiled));
    assert.ok(termLists(restored.rules).every((l) => !made.has(l)));
    assert.deepEqual(state(restored.prefilter), state(prefilter));
    assert.equal(split(restored.prefilter), 0, 'restored, not built');
  });

  it('Should refuse a packed catalogue that does not match its rules', () => {
    const good = packCatalogue();
    const ints = decodeInts(good.lists);
    const shorter = { ...good, lists: encodeInts([...ints.subarray(0, ints.length - 1)]) };
    assert.throws(() => restoreCatalogue(shorter), /packed catalogue does not match its rules/);
    assert.throws(() => restoreCatalogue({ ...good, sources: `${good.sources} ` }), /packed catalogue does not match its rules/);
  });

  it('Should find what every term list finds, in every sentence and from inside it', function () {
    this.timeout(120_000);
    const texts = sentences();
    assert.ok(texts.length > 60, `${texts.length} sentences`);
    let matches = 0;
    for (const text of texts) {
      const occ = prefilter.scan(text);
      const whole = prefilter.possible(occ, 0, text.length);
      // A span inside the sentence, searched in the whole text (as gap rules search a sentence in its unit).
      const from = Math.floor(text.length / 3);
      const inner = prefilter.possible(occ, from, text.length, text.length);
      for (const re of lists) {
        const want = findAll(re, text, 0, text.length);
        matches += want.length;
        if (want.length) assert.ok(whole.may(re), `${re.source.slice(0, 80)} matches "${text}" but the prefilter says it cannot`);
        assert.deepEqual(whole.may(re) ? whole.findAll(re, text, 0, text.length) : [], want, `findAll of ${re.source.slice(0, 80)} in "${text}"`);
        assert.deepEqual(whole.may(re) ? whole.findFirst(re, text, 0, text.length) : undefined, findFirst(re, text, 0, text.length));
        const wantInner = findAll(re, text, from, text.length);
        assert.deepEqual(inner.may(re) ? inner.findAll(re, text, from, text.length) : [], wantInner, `findAll from ${from} of ${re.source.slice(0, 80)} in "${text}"`);
      }
    }
    assert.ok(matches > 200, `only ${matches} matches: the sentences do not exercise the lists`);
  });

  it('Should read literal requirements off expressions, with the boundaries around them', () => {
    const texts = (cnf: ReturnType<typeof requirementOf>) => cnf.map((c) => c.map((n) => `${n.text}/${n.left}${n.right}`).sort().join('|'));
    assert.deepEqual(texts(requirementOf(`${LEFT}(?:model${RIGHT})`)), ['model/11']);
    assert.deepEqual(texts(requirementOf('\\bmiss(?:ing|ed)?\\s+out\\b')), ['miss/20', 'out/02']);
    // Digits are a weak clause: the percent sign is kept instead.
    assert.deepEqual(texts(requirementOf('\\d+%')), ['%/00']);
    assert.deepEqual(texts(requirementOf('(?:LLM|model)\\s+(?:vendor|provider)')), ['provider/00|vendor/00', 'llm/00|model/00']);
    assert.deepEqual(texts(requirementOf('(?:国产|domestic)模型')), ['模型/00', 'domestic/00|国产/00']);
    // Common words make clauses too: a part runs only in a sentence that has each of them.
    assert.deepEqual(texts(requirementOf('\\b(?:no|without)\\s+(?:a\\s+)?sales\\s+team\\b')), ['team/02', 'sales/00', 'no/20|without/20']);
    // Nothing known: an optional word, a class of letters, any character.
    assert.deepEqual(requirementOf('(?:foo)?\\p{L}+'), []);
    assert.deepEqual(requirementOf('.+'), []);
  });

  it('Should mark the boundary classes of every BMP code unit as the classes test it alone', () => {
    const table = boundaries();
    const word = new RegExp(WORD, 'iu');
    const w = /\w/iu;
    let words = 0;
    for (let c = 0; c < 0x10000; c++) {
      const s = String.fromCharCode(c);
      const want = (word.test(s) ? 1 : 0) | (w.test(s) ? 2 : 0);
      assert.equal(table[c], want, `U+${c.toString(16).toUpperCase().padStart(4, '0')}`);
      if (want & 1) words++;
    }
    assert.ok(words > 800, `only ${words} WORD characters`);
  });

  it('Should fold only the characters that match ASCII letters under the i and u flags', () => {
    for (let c = 0; c < 0x10000; c++) {
      const f = foldCode(c);
      if (f === c || c < 128) continue;
      // Every non-ASCII character that folds must match its fold case-insensitively.
      assert.ok(new RegExp(String.fromCharCode(f), 'iu').test(String.fromCharCode(c)), `U+${c.toString(16)}`);
    }
    for (let t = 97; t <= 122; t++) {
      const re = new RegExp(`^${String.fromCharCode(t)}$`, 'iu');
      for (let c = 128; c < 0x10000; c++) {
        if (re.test(String.fromCharCode(c))) assert.equal(foldCode(c), t, `U+${c.toString(16)} matches ${String.fromCharCode(t)}`);
      }
    }
  });
});
