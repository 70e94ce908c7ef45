import type { RuleSpec, TermGroup, Pattern } from '../rules/types';
import { concepts, type ConceptName } from '../rules/concepts';
import type { CueClass } from './cues';
import type { Severity } from './types';
import { compileTerms, type Term, type TermList } from './terms';

/** A pattern with its term groups compiled to regular expressions. */
export interface CompiledPattern {
  groups: TermList[];
  within?: number;
  unless?: TermList;
  severity?: Severity;
}

/** A rule ready to run: the spec and its compiled expressions. */
export interface CompiledRule {
  spec: RuleSpec;
  patterns: CompiledPattern[];
  unless?: TermList;
  unlessInBlock?: TermList;
  suppressedBy: Set<CueClass>;
  appliesIf?: TermList;
}

const RED_CLASSES: CueClass[] = ['negation', 'rejection', 'hypothetical', 'thirdParty', 'rebuttal', 'past', 'quotation'];
const GREEN_CLASSES: CueClass[] = ['negation', 'rejection', 'hypothetical', 'thirdParty', 'quotation', 'projection'];
const GAP_CLASSES: CueClass[] = ['hypothetical', 'thirdParty', 'quotation', 'projection'];

/** Extra user terms per concept, from `.redflags.json`. */
export type ExtraTerms = Partial<Record<string, readonly string[]>>;

function expand(group: TermGroup | readonly Term[], extra: ExtraTerms): { terms: Term[]; literals: string[] } {
  const terms: Term[] = [];
  const literals: string[] = [];
  for (const t of group) {
    if (typeof t === 'string' && t.startsWith('@')) {
      const name = t.slice(1) as ConceptName;
      const list = concepts[name];
      if (!list) throw new Error(`unknown concept ${t}`);
      terms.push(...list);
      literals.push(...(extra[name] ?? []));
    } else {
      terms.push(t);
    }
  }
  return { terms, literals };
}

/** A term group compiled, with extra user terms for its concepts; undefined for a group that is absent or empty. */
export function compileGroup(group: TermGroup | readonly Term[] | undefined, extra: ExtraTerms = {}): TermList | undefined {
  if (!group || group.length === 0) return undefined;
  const { terms, literals } = expand(group, extra);
  return compileTerms(terms, literals);
}

/** How {@link compileRule} compiles each of a rule's term groups, in the order it meets them. */
export type GroupCompiler = (group: TermGroup | readonly Term[] | undefined) => TermList | undefined;

function compilePattern(p: Pattern, compile: GroupCompiler): CompiledPattern {
  return {
    groups: p.all.map((g) => compile(g) as TermList),
    within: p.within,
    unless: compile(p.unless),
    severity: p.severity,
  };
}

/**
 * Compiles a rule spec, with extra user terms for its concepts. `compile` stands in for compiling each group
 * from its terms: the packed catalogue hands out the lists it holds, in the same order (`prefilter-pack.ts`).
 */
export function compileRule(spec: RuleSpec, extra: ExtraTerms = {}, compile: GroupCompiler = (g) => compileGroup(g, extra)): CompiledRule {
  const m = spec.match;
  if (m.type === 'phrase') {
    const classes = m.suppressedBy ?? (spec.kind === 'green' ? GREEN_CLASSES : RED_CLASSES);
    const patterns = m.patterns.map((p) => compilePattern(p, compile));
    const unless = compile(m.unless);
    return { spec, patterns, unless, unlessInBlock: compile(m.unlessInBlock), suppressedBy: new Set(classes) };
  }
  const patterns = m.answers.map((p) => compilePattern(p, compile));
  return { spec, patterns, suppressedBy: new Set(GAP_CLASSES), appliesIf: compile(m.appliesIf) };
}

/**
 * The term lists the prefilter indexes, in order: every pattern's groups and its `unless`, then the rule's
 * `unless` and `appliesIf`. The `unless` lists are searched only in sentences where a pattern matched, but they
 * are long (up to a few hundred phrases) and run whole they were the largest expressions a first lint compiles.
 */
export function termLists(rules: readonly CompiledRule[]): TermList[] {
  const lists: TermList[] = [];
  for (const r of rules) {
    for (const p of r.patterns) {
      lists.push(...p.groups);
      if (p.unless) lists.push(p.unless);
    }
    if (r.unless) lists.push(r.unless);
    if (r.appliesIf) lists.push(r.appliesIf);
  }
  return lists;
}
