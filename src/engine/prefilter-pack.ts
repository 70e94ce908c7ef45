import { rules } from '../rules/index';
import { compileGroup, compileRule, termLists, type CompiledRule } from './compile';
import { Prefilter, encodeInts, decodeInts } from './prefilter';
import { TermList, LEFT, RIGHT, SEPARATOR, OPTIONAL_HYPHEN } from './terms';

/**
 * The catalogue without extra user terms, packed by the build (see `prefilter-data.ts`): its prefilter, and the
 * sources of its term lists, so that a fresh process neither analyses the lists nor writes them out again from
 * their 12,000 phrases.
 */
export interface PackedCatalogue {
  /** The prefilter of the rules' term lists (`Prefilter.pack`). */
  prefilter: string;
  /** The sources of the distinct term lists, one after the other, each {@link PIECES} piece as its code. */
  sources: string;
  /** The lists' lengths, then for each group `compileRule` compiles, in order, the index of its list. */
  lists: string;
}

/**
 * What every phrase's source repeats (`terms.ts`), and the control character that stands for it in the packed
 * sources: the word boundaries alone were two thirds of their 840 KB.
 */
const PIECES: readonly [string, string][] = [
  ['\u0001', LEFT],
  ['\u0002', RIGHT],
  ['\u0003', SEPARATOR],
  ['\u0004', OPTIONAL_HYPHEN],
];

/** The catalogue's lists and prefilter, packed: what the build puts in `prefilter-data.ts`. */
export function packCatalogue(): PackedCatalogue {
  const order: TermList[] = [];
  const compiled = rules.map((r) =>
    compileRule(r, {}, (g) => {
      const list = compileGroup(g);
      if (list) order.push(list);
      return list;
    }),
  );
  const distinct = [...new Set(order)];
  const index = new Map(distinct.map((l, k) => [l, k]));
  const codes = new RegExp(`[${PIECES.map(([code]) => code).join('')}]`);
  const packed = distinct.map(({ source }) => {
    if (codes.test(source)) throw new Error(`prefilter: a term list holds a character the packed sources use: ${source.slice(0, 80)}`);
    return PIECES.reduce((s, [code, piece]) => s.replaceAll(piece, code), source);
  });
  return {
    prefilter: new Prefilter(termLists(compiled)).pack(),
    sources: packed.join(''),
    lists: encodeInts([distinct.length, ...distinct.map((l) => l.source.length), ...order.map((l) => index.get(l)!)]),
  };
}

/**
 * The rules compiled without extra terms, and their prefilter, restored from the packed catalogue: the same
 * rules and lists as compiling them (the lists shared by the same groups), made without compiling a phrase.
 */
export function restoreCatalogue(packed: PackedCatalogue): { rules: CompiledRule[]; prefilter: Prefilter } {
  const ints = decodeInts(packed.lists);
  const count = ints[0];
  const sources = PIECES.reduce((s, [code, piece]) => s.replaceAll(code, piece), packed.sources);
  const lists: TermList[] = [];
  let at = 0;
  for (let k = 1; k <= count; k++) {
    lists.push(new TermList(sources.slice(at, at + ints[k])));
    at += ints[k];
  }
  let next = count + 1;
  const take = (g: readonly unknown[] | undefined): TermList | undefined => {
    if (!g || g.length === 0) return undefined;
    if (next >= ints.length) throw new Error('prefilter: the packed catalogue does not match its rules');
    return lists[ints[next++]];
  };
  const compiled = rules.map((r) => compileRule(r, {}, take));
  if (at !== sources.length || next !== ints.length) throw new Error('prefilter: the packed catalogue does not match its rules');
  return { rules: compiled, prefilter: new Prefilter(termLists(compiled), packed.prefilter, true) };
}
