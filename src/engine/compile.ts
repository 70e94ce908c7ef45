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

function compileGroup(group: TermGroup | readonly Term[] | undefined, extra: ExtraTerms): TermList | undefined {
  if (!group || group.length === 0) return undefined;
  const { terms, literals } = expand(group, extra);
  return compileTerms(terms, literals);
}

function compilePattern(p: Pattern, extra: ExtraTerms): CompiledPattern {
  return {
    groups: p.all.map((g) => compileGroup(g, extra) as TermList),
    within: p.within,
    unless: compileGroup(p.unless, extra),
    severity: p.severity,
  };
}

/** Compiles a rule spec, with extra user terms for its concepts. */
export function compileRule(spec: RuleSpec, extra: ExtraTerms = {}): CompiledRule {
  const m = spec.match;
  if (m.type === 'phrase') {
    const classes = m.suppressedBy ?? (spec.kind === 'green' ? GREEN_CLASSES : RED_CLASSES);
    return {
      spec,
      patterns: m.patterns.map((p) => compilePattern(p, extra)),
      unless: compileGroup(m.unless, extra),
      unlessInBlock: compileGroup(m.unlessInBlock, extra),
      suppressedBy: new Set(classes),
    };
  }
  return {
    spec,
    patterns: m.answers.map((p) => compilePattern(p, extra)),
    suppressedBy: new Set(GAP_CLASSES),
    appliesIf: compileGroup(m.appliesIf, extra),
  };
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
