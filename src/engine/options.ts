import type { LintOptions, Severity, SeveritySetting, Language } from './types';
import type { RuleSpec } from '../rules/types';
import { CONCEPT_NAMES } from '../rules/concepts';

/** A problem with the options or the configuration file, with a message a user can act on. */
export class OptionsError extends Error {
  constructor(
    message: string,
    /** JSON path of the offending value, e.g. ["rules", "zhu/fomoo"]. */
    readonly path: (string | number)[] = [],
  ) {
    super(message);
    this.name = 'OptionsError';
  }
}

export const SEVERITIES: readonly SeveritySetting[] = ['off', 'hint', 'information', 'warning', 'error'];

/** Accepted spellings of severities, the way unified-lint-rule coerces them. */
const SEVERITY_ALIASES: Record<string, SeveritySetting> = {
  off: 'off',
  ignore: 'off',
  none: 'off',
  false: 'off',
  '0': 'off',
  hint: 'hint',
  info: 'information',
  information: 'information',
  warn: 'warning',
  warning: 'warning',
  '1': 'warning',
  true: 'warning',
  error: 'error',
  '2': 'error',
};

export function coerceSeverity(value: unknown): SeveritySetting | undefined {
  if (typeof value === 'boolean' || typeof value === 'number') return SEVERITY_ALIASES[String(value)];
  if (typeof value !== 'string') return undefined;
  return SEVERITY_ALIASES[value.trim().toLowerCase()];
}

/** Options after validation: every rule's effective severity and the switches. */
export interface ResolvedOptions {
  severity: Map<string, SeveritySetting>;
  green: boolean;
  gaps: boolean;
  language: Language | 'auto';
  terms: Record<string, string[]>;
  includeAcknowledged: boolean;
  /** Stable key of the options that change matching (terms), for caches. */
  termsKey: string;
}

/** Finds a rule by id or alias. */
export function ruleById(rules: readonly RuleSpec[], id: string): RuleSpec | undefined {
  return rules.find((r) => r.id === id || r.aliases?.includes(id));
}

/** The candidate nearest to `word` by edit distance (case-insensitive), if within `limit` edits: "did you mean". */
export function closest(word: string, candidates: readonly string[], limit = Math.max(3, Math.floor(word.length / 4))): string | undefined {
  let best: string | undefined;
  let bestD = Infinity;
  for (const c of candidates) {
    const d = distance(word.toLowerCase(), c.toLowerCase());
    if (d < bestD) {
      bestD = d;
      best = c;
    }
  }
  return bestD <= limit ? best : undefined;
}

function distance(a: string, b: string): number {
  const dp = Array.from({ length: b.length + 1 }, (_, i) => i);
  for (let i = 1; i <= a.length; i++) {
    let prev = dp[0];
    dp[0] = i;
    for (let j = 1; j <= b.length; j++) {
      const tmp = dp[j];
      dp[j] = Math.min(dp[j] + 1, dp[j - 1] + 1, prev + (a[i - 1] === b[j - 1] ? 0 : 1));
      prev = tmp;
    }
  }
  return dp[b.length];
}

/** Message for an unknown rule id, with the nearest known id as a suggestion. */
export function unknownRuleMessage(id: string, rules: readonly RuleSpec[]): string {
  const ids = rules.flatMap((r) => [r.id, ...(r.aliases ?? [])]);
  const near = closest(id, ids);
  return `unknown rule id "${id}"${near ? ` (did you mean "${near}"?)` : ''}`;
}

const GROUP_KEYS: Record<string, (r: RuleSpec) => boolean> = {
  '*': () => true,
  'zhu/*': () => true,
  'zhu/red/*': (r) => r.kind === 'red',
  'zhu/green/*': (r) => r.kind === 'green',
  'zhu/gap/*': (r) => r.kind === 'gap',
};

/** Validates options against the rule set; throws {@link OptionsError} with a clear message. */
export function resolveOptions(options: LintOptions | undefined, rules: readonly RuleSpec[]): ResolvedOptions {
  const o = options ?? {};
  if (typeof o !== 'object' || Array.isArray(o)) throw new OptionsError('options must be an object');
  const severity = new Map<string, SeveritySetting>();
  for (const r of rules) severity.set(r.id, r.severity);
  for (const key of ['rules', 'terms'] as const) {
    const v = o[key];
    if (v !== undefined && v !== null && (typeof v !== 'object' || Array.isArray(v))) {
      throw new OptionsError(`"${key}" must be an object, not ${JSON.stringify(v) ?? typeof v}`, [key]);
    }
  }
  const isGroup = (key: string) => Object.prototype.hasOwnProperty.call(GROUP_KEYS, key);
  const entries = Object.entries(o.rules ?? {});
  // Group keys first, so that a rule's own entry wins whatever the order in the file.
  entries.sort(([a], [b]) => Number(isGroup(b)) - Number(isGroup(a)));
  for (const [key, value] of entries) {
    const sev = coerceSeverity(value);
    if (!sev) {
      throw new OptionsError(
        `invalid severity ${JSON.stringify(value)} for "${key}": expected one of ${SEVERITIES.map((s) => `"${s}"`).join(', ')}`,
        ['rules', key],
      );
    }
    // Own keys only: "__proto__", "constructor" or "toString" name no group.
    const group = isGroup(key) ? GROUP_KEYS[key] : undefined;
    if (group) {
      for (const r of rules) if (group(r)) severity.set(r.id, sev);
      continue;
    }
    const rule = ruleById(rules, key);
    if (!rule) throw new OptionsError(unknownRuleMessage(key, rules), ['rules', key]);
    severity.set(rule.id, sev);
  }
  const language = o.language ?? 'auto';
  if (!['auto', 'en', 'pt', 'zh'].includes(language)) {
    throw new OptionsError(`invalid language ${JSON.stringify(language)}: expected "auto", "en", "pt" or "zh"`, ['language']);
  }
  for (const key of ['green', 'gaps', 'includeAcknowledged'] as const) {
    if (o[key] !== undefined && typeof o[key] !== 'boolean') {
      throw new OptionsError(`"${key}" must be true or false, not ${JSON.stringify(o[key])}`, [key]);
    }
  }
  const terms: Record<string, string[]> = {};
  for (const [name, list] of Object.entries(o.terms ?? {})) {
    if (!(CONCEPT_NAMES as string[]).includes(name)) {
      const near = closest(name, CONCEPT_NAMES);
      throw new OptionsError(
        `unknown concept "${name}" in "terms"${near ? ` (did you mean "${near}"?)` : ''}; known: ${CONCEPT_NAMES.join(', ')}`,
        ['terms', name],
      );
    }
    if (!Array.isArray(list) || list.some((t) => typeof t !== 'string')) {
      throw new OptionsError(`"terms.${name}" must be an array of strings`, ['terms', name]);
    }
    const clean = list.map((t) => t.trim()).filter((t) => t.length > 0);
    for (const t of clean) {
      if (t.length > 200) throw new OptionsError(`term in "terms.${name}" is longer than 200 characters`, ['terms', name]);
    }
    terms[name] = clean;
  }
  return {
    severity,
    green: o.green ?? true,
    gaps: o.gaps ?? true,
    language,
    terms,
    includeAcknowledged: o.includeAcknowledged ?? true,
    termsKey: JSON.stringify(Object.entries(terms).sort()),
  };
}

export function effectiveSeverity(opts: ResolvedOptions, rule: RuleSpec, patternSeverity?: Severity): SeveritySetting {
  const configured = opts.severity.get(rule.id) ?? rule.severity;
  if (configured === 'off') return 'off';
  // A configured severity overrides the rule's default and its modifiers; a modifier applies only to the default.
  if (configured !== rule.severity) return configured;
  return patternSeverity ?? configured;
}
