import { rules } from '../rules/index';
import { compileRule, termLists } from './compile';
import { Prefilter } from './prefilter';

/** The catalogue's prefilter, packed: what the build puts in `prefilter-data.ts`. */
export function packCatalogue(): string {
  return new Prefilter(termLists(rules.map((r) => compileRule(r)))).pack();
}
