import type { LintOptions, Range } from './types';
import { buildDocument } from './document';
import { compileRule } from './compile';
import { judge, findQuotes, matchPattern } from './judge';
import { resolveOptions } from './options';
import { proseSentences } from './lint';
import { rules as ALL_RULES } from '../rules/index';
import { findFirst } from './terms';

/** How the rules judged one sentence: which matched, which fired, and what stopped the others. */
export interface Explanation {
  text: string;
  language: string;
  range: Range;
  verdicts: { ruleId: string; fired: boolean; triggers: string[]; reason?: string; cue?: string }[];
}

/**
 * Explains the judgement of every sentence whose words match a rule's triggers, fired or not.
 * For rule authors and for `memo-redflags --explain`: it shows the trigger words and the near-miss class
 * (negation, hypothetical, third party…) that suppressed a candidate.
 */
export function explain(text: string, options?: LintOptions): Explanation[] {
  const opts = resolveOptions(options, ALL_RULES);
  const compiled = ALL_RULES.filter((r) => r.kind !== 'gap').map((r) => compileRule(r, opts.terms));
  const doc = buildDocument(text);
  const out: Explanation[] = [];
  for (const js of proseSentences(doc, opts.language)) {
    const quotes = findQuotes(js.unit.text);
    const verdicts: Explanation['verdicts'] = [];
    for (const rule of compiled) {
      if (!rule.patterns.some((p) => matchPattern(p, js.unit.text, js.sentence))) continue;
      const v = judge(rule, { text: js.unit.text, sentence: js.sentence, quotes }, js.unit.text);
      verdicts.push({ ruleId: rule.spec.id, fired: v.fired, triggers: v.triggers.map((t) => t.text), reason: v.reason, cue: v.cue });
    }
    out.push({ text: js.text, language: js.sentence.language, range: js.range, verdicts });
  }
  return out;
}

/**
 * For one rule and one text: which term groups of each pattern match, e.g. `[[true, false]]` when the
 * first group of the only pattern matches and the second does not. Shows rule authors which concept
 * list is too narrow when a claim is missed.
 */
export function explainRule(text: string, ruleId: string, options?: LintOptions): { pattern: number; groups: (string | null)[] }[] {
  const opts = resolveOptions(options, ALL_RULES);
  const spec = ALL_RULES.find((r) => r.id === ruleId);
  if (!spec) throw new Error(`unknown rule ${ruleId}`);
  const rule = compileRule(spec, opts.terms);
  return rule.patterns.map((p, i) => ({
    pattern: i,
    groups: p.groups.map((list) => findFirst(list, text)?.text ?? null),
  }));
}
