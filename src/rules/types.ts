import type { Severity } from '../engine/types';
import type { Term } from '../engine/terms';
import type { CueClass } from '../engine/cues';

/**
 * The schema of a rule file. A rule is data: its identity and grounding in the interview, and a match
 * spec over one of a few matcher kinds. Rule files import only types.
 *
 * Terms are phrases in the lexicon syntax of `engine/terms.ts`, regular expressions, or `@concept`
 * references to the shared lists in `rules/concepts.ts` (which `.redflags.json` can extend).
 */
export interface RuleSpec {
  /** `zhu/<slug>`, `zhu/green/<slug>` or `zhu/gap/<slug>`, exactly as in the catalogue. */
  id: string;
  kind: 'red' | 'green' | 'gap';
  /** Title as in the catalogue, e.g. "Thin shell over a frontier model". */
  title: string;
  /** The rule's claim in one line (the catalogue's gist). */
  claim: string;
  /** Default severity. */
  severity: Severity;
  /** Whose words ground the rule: Zhu's, or the republisher's (editor-sourced rules). */
  source: 'zhu' | 'editor';
  /** Earlier ids that still work in configuration and directives. */
  aliases?: string[];
  /** Passage ids by voice (`p-` Zhu, `q-` interviewer, `e-` editor), as the catalogue lists them. */
  passages: { zhu: string[]; interviewer?: string[]; editor?: string[] };
  /** The key quote: the passages it renders and the English rendering (a translation of the pt-BR MT). */
  quote: { passages: string[]; en: string };
  /** Zhu's diligence questions (for green rules: what Zhu would check). */
  questions: string[];
  /** The question the quick fix adds under Open questions, without the `(rule-id)` tag. */
  openQuestion?: string;
  /**
   * The finding's message, one sentence. `{evidence}` is replaced by the first trigger words found.
   * Example: "Product depends on a domestic closed model ({evidence}); the model vendor can copy it."
   */
  message: string;
  match: PhraseMatch | AbsenceMatch;
}

/** A group of alternative terms; a pattern needs one term of each of its groups. */
export type TermGroup = readonly Term[];

/** A conjunction of term groups that must all occur in one sentence. */
export interface Pattern {
  /** Term groups that must all match in the sentence, e.g. `[['@domesticModel'], ['@dependsOn']]`. */
  all: readonly TermGroup[];
  /** Maximum distance in characters between the first and the last trigger (default: the whole sentence). */
  within?: number;
  /** Suppressors for this pattern only. */
  unless?: readonly Term[];
  /** Severity when this pattern fires (a catalogue severity modifier), instead of the rule's. */
  severity?: Severity;
}

/** Sentence-level matcher for red and green rules. */
export interface PhraseMatch {
  type: 'phrase';
  /** Alternatives: the rule fires on the first pattern that matches and is not suppressed. */
  patterns: readonly Pattern[];
  /** Rule-specific suppressors anywhere in the sentence (the catalogue's `!{…}`). */
  unless?: readonly Term[];
  /** Rule-specific suppressors anywhere in the paragraph, list item or cell. */
  unlessInBlock?: readonly Term[];
  /**
   * Universal near-miss classes that suppress this rule. Defaults: red rules all but `projection`;
   * green rules `negation`, `rejection`, `hypothetical`, `thirdParty`, `quotation` and `projection`.
   */
  suppressedBy?: readonly CueClass[];
}

/** Document-level matcher for gap rules: fires when no sentence of the memo answers the question. */
export interface AbsenceMatch {
  type: 'absence';
  /** Any sentence (or table row) matching one of these answers the question. */
  answers: readonly Pattern[];
  /** The rule applies only when the memo mentions one of these (e.g. AI terms for `zhu/gap/data`). */
  appliesIf?: TermGroup;
  /** Headings under which the answer belongs, e.g. ["Financials", "Traction"]: named in the message. */
  sections: readonly string[];
  /** What was looked for, for the message: "a revenue figure, ARR or an explicit pre-revenue statement". */
  lookedFor: string;
}
