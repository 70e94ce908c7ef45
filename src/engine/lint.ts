import type { Finding, LintOptions, Range, Severity } from './types';
import { buildDocument, type MemoDocument, type Unit, type Directive } from './document';
import { splitSentences, type Sentence } from './segment';
import { compileRule, type CompiledRule } from './compile';
import { judge, findQuotes, matchPattern, type Verdict } from './judge';
import { resolveOptions, effectiveSeverity, ruleById, unknownRuleMessage, type ResolvedOptions } from './options';
import { rules as ALL_RULES } from '../rules/index';
import type { RuleSpec, AbsenceMatch } from '../rules/types';

/** Rule ids of the findings the engine reports about its own directives. */
export const DIRECTIVE_RULES = {
  unknownRule: 'redflags/unknown-rule',
  missingRationale: 'redflags/missing-rationale',
  unusedAck: 'redflags/unused-ack',
} as const;

/** A sentence of the memo as the rules saw it, for tracing and for reports. */
export interface JudgedSentence {
  unit: Unit;
  sentence: Sentence;
  text: string;
  range: Range;
}

/** The full result of a lint: findings plus what reports need (answered gaps, sections, title). */
export interface LintResult {
  findings: Finding[];
  /** For each gap rule that applies: where the memo answers it, or that it is tracked in Open questions. */
  answers: Record<string, { status: 'answered' | 'tracked' | 'unanswered' | 'not-applicable'; range?: Range; text?: string }>;
  title: Range;
  sections: { title: string; depth: number; range: Range }[];
}

const compiledCache = new Map<string, CompiledRule[]>();

function compiledRules(opts: ResolvedOptions): CompiledRule[] {
  let c = compiledCache.get(opts.termsKey);
  if (!c) {
    c = ALL_RULES.map((r) => compileRule(r, opts.terms));
    if (compiledCache.size > 16) compiledCache.clear();
    compiledCache.set(opts.termsKey, c);
  }
  return c;
}

/** True for a question: questions ask, they do not claim. */
function isQuestion(s: string): boolean {
  return /[?？]\s*(?:["'”’)\]」』）*_]+\s*)?$/u.test(s) || /[吗呢]\s*[。]?$/u.test(s);
}

function unitRange(doc: MemoDocument, unit: Unit, start: number, end: number): Range {
  const a = unit.map[start];
  const b = end > start ? unit.map[end - 1] + 1 : a;
  return doc.lines.range(a, Math.max(a, b));
}

function fillMessage(template: string, evidence: string | undefined): string {
  const ev = (evidence ?? '').replace(/\s+/g, ' ').trim();
  return template.replace('{evidence}', ev ? `“${ev}”` : 'this claim');
}

/** Every sentence of the memo's own prose: no block quotes, no Open-questions section. */
export function proseSentences(doc: MemoDocument, language: ResolvedOptions['language']): JudgedSentence[] {
  const out: JudgedSentence[] = [];
  for (const unit of doc.units) {
    if (unit.quoted) continue;
    if (unit.section >= 0 && doc.sections[unit.section].openQuestions) continue;
    for (const sentence of splitSentences(unit.text, language)) {
      out.push({ unit, sentence, text: unit.text.slice(sentence.start, sentence.end), range: unitRange(doc, unit, sentence.start, sentence.end) });
    }
  }
  return out;
}

/** Lints a memo and returns everything reports need. */
export function lintMemo(text: string, options?: LintOptions): LintResult {
  if (typeof text !== 'string') throw new TypeError('lint: text must be a string');
  const opts = resolveOptions(options, ALL_RULES);
  const rules = compiledRules(opts);
  const doc = buildDocument(text);
  const findings: Finding[] = [];
  const sentences = proseSentences(doc, opts.language);
  const quotesByUnit = new Map<Unit, ReturnType<typeof findQuotes>>();

  const claimRules = rules.filter((r) => {
    if (r.spec.kind === 'gap') return false;
    if (r.spec.kind === 'green' && !opts.green) return false;
    return effectiveSeverity(opts, r.spec) !== 'off';
  });

  for (const js of sentences) {
    if (isQuestion(js.text)) continue;
    let quotes = quotesByUnit.get(js.unit);
    if (!quotes) {
      quotes = findQuotes(js.unit.text);
      quotesByUnit.set(js.unit, quotes);
    }
    // Matching never needs to look past the sentence: a prefix of the unit keeps offsets and stops the scan there.
    const ctx = { text: js.unit.text.slice(0, js.sentence.end), sentence: js.sentence, quotes, hits: new Map() };
    // A cell of a competitor table speaks of others; a cell of a "Background" column speaks of the past.
    const cellContext = js.unit.context;
    for (const rule of claimRules) {
      if (cellContext === 'third-party' && rule.suppressedBy.has('thirdParty')) continue;
      if (cellContext === 'past' && rule.suppressedBy.has('past')) continue;
      let v = judge(rule, ctx, js.unit.text);
      // "| Data | None proprietary yet |": the row's label is part of what the cell says.
      if (!v.fired && js.unit.rowLabel) v = judgeLabelled(rule, js.unit.rowLabel, js.text, js.sentence.start);
      if (!v.fired) continue;
      const severity = effectiveSeverity(opts, rule.spec, v.pattern?.severity);
      if (severity === 'off') continue;
      findings.push(claimFinding(rule.spec, severity, js, v));
    }
  }

  const answers: LintResult['answers'] = {};
  if (opts.gaps) {
    for (const rule of rules) {
      if (rule.spec.kind !== 'gap') continue;
      const severity = effectiveSeverity(opts, rule.spec);
      const answer = findAnswer(doc, rule, sentences);
      answers[rule.spec.id] = answer;
      if (severity === 'off' || answer.status !== 'unanswered') continue;
      findings.push(gapFinding(doc, rule.spec, severity as Severity));
    }
  }

  findings.push(...applyDirectives(doc, findings, opts));
  findings.sort((a, b) => a.range.start.offset - b.range.start.offset || a.ruleId.localeCompare(b.ruleId));
  return {
    findings: opts.includeAcknowledged ? findings : findings.filter((f) => !f.acknowledged),
    answers,
    title: titleRange(doc),
    sections: doc.sections.map((s) => ({ title: s.title, depth: s.depth, range: doc.lines.range(s.start, s.start) })),
  };
}

/** Lints a memo: text in, findings out. */
export function lint(text: string, options?: LintOptions): Finding[] {
  return lintMemo(text, options).findings;
}

/** Judges a table cell's sentence prefixed with its row label, as one statement ("Data: none proprietary yet"). */
function judgeLabelled(rule: CompiledRule, label: string, sentence: string, at: number): Verdict {
  const t = `${label}: ${sentence}`;
  const sent = splitSentences(t)[0];
  if (!sent) return { fired: false, triggers: [] };
  const whole = { ...sent, start: 0, end: t.length };
  const v = judge(rule, { text: t, sentence: whole, quotes: [] }, t);
  // Quote the cell's own words (offsets in the cell), not the synthetic label.
  const shift = at - label.length - 2;
  return { ...v, triggers: v.triggers.filter((h) => h.start >= label.length + 2).map((h) => ({ ...h, start: h.start + shift, end: h.end + shift })) };
}

function claimFinding(spec: RuleSpec, severity: Severity, js: JudgedSentence, v: Verdict): Finding {
  const sorted = [...v.triggers].sort((a, b) => a.start - b.start);
  const evidence = sorted.map((t) => t.text.replace(/\s+/g, ' ').trim());
  return {
    ruleId: spec.id,
    kind: spec.kind,
    severity,
    message: fillMessage(spec.message, quoteOf(js.unit.text, sorted)),
    range: js.range,
    scope: 'text',
    passages: passageIds(spec),
    questions: spec.questions,
    openQuestion: spec.openQuestion,
    language: js.sentence.language,
    evidence,
  };
}

/**
 * The words to quote in a message: from the first trigger to the last when that is short ("built entirely on
 * Baidu's ERNIE Bot API"), else the longest trigger.
 */
function quoteOf(text: string, triggers: { start: number; end: number; text: string }[]): string {
  if (triggers.length === 0) return '';
  const span = text.slice(triggers[0].start, Math.max(...triggers.map((t) => t.end))).replace(/\s+/g, ' ').trim();
  if (span.length <= 60) return span;
  return triggers.reduce((a, b) => (b.text.length > a.text.length ? b : a)).text;
}

/** Passage ids of a rule: Zhu's first, then the interviewer's, then the republisher's. */
export function passageIds(spec: RuleSpec): string[] {
  return [...spec.passages.zhu, ...(spec.passages.interviewer ?? []), ...(spec.passages.editor ?? [])];
}

function titleRange(doc: MemoDocument): Range {
  let { start, end } = doc.title;
  const src = doc.text.slice(start, end);
  const lead = /^(?:#{1,6}[ \t]+)?/.exec(src)?.[0].length ?? 0;
  start += lead;
  // A setext title: the first line only. An ATX title: without closing #s.
  const firstLineEnd = doc.lines.lineEnd(doc.lines.point(start).line);
  end = Math.min(end, firstLineEnd);
  const trailing = /[ \t]+#+[ \t]*$|[ \t]+$/.exec(doc.text.slice(start, end));
  if (trailing) end -= trailing[0].length;
  return doc.lines.range(start, Math.max(start, end));
}

function findAnswer(doc: MemoDocument, rule: CompiledRule, sentences: JudgedSentence[]): LintResult['answers'][string] {
  const spec = rule.spec;
  if (rule.appliesIf) {
    const applies = doc.units.some((u) => {
      rule.appliesIf!.lastIndex = 0;
      return rule.appliesIf!.test(u.text);
    });
    if (!applies) return { status: 'not-applicable' };
  }
  const tracked = [spec.id, ...(spec.aliases ?? [])].map((id) => doc.tracked.get(id)).find(Boolean);
  if (tracked) return { status: 'tracked', range: doc.lines.range(tracked.start, tracked.end) };
  const rows = new Set<string>();
  for (const js of sentences) {
    if (isQuestion(js.text)) continue;
    // As for claims: a prefix of the unit ending with the sentence keeps offsets and stops each search there, so a
    // long paragraph is not re-scanned to its end for every sentence.
    const v = judge(rule, { text: js.unit.text.slice(0, js.sentence.end), sentence: js.sentence, quotes: [] }, js.unit.text);
    if (v.fired) return { status: 'answered', range: js.range, text: js.text };
    // Table rows: "Revenue | US$4.2M | 3.5x" answers as one statement; so does a cell under a "Revenue" header.
    if (js.unit.kind === 'cell') {
      const candidates = [js.unit.rowText, js.unit.header ? `${js.unit.header}: ${js.unit.text}` : undefined];
      for (const c of candidates) {
        if (!c || rows.has(c)) continue;
        rows.add(c);
        const span = { start: 0, end: c.length, language: js.sentence.language, chunks: [{ start: 0, end: c.length }], clauses: [{ start: 0, end: c.length }] };
        if (rule.patterns.some((p) => matchPattern(p, c, span))) {
          const vv = judge(rule, { text: c, sentence: span, quotes: [] }, c);
          if (vv.fired) return { status: 'answered', range: js.range, text: c };
        }
      }
    }
  }
  return { status: 'unanswered' };
}

function gapFinding(doc: MemoDocument, spec: RuleSpec, severity: Severity): Finding {
  const m = spec.match as AbsenceMatch;
  const names = doc.sections.filter((s) => !s.openQuestions).map((s) => s.title).filter(Boolean);
  const expected = doc.sections.filter((s) => m.sections.some((e) => s.title.toLowerCase().includes(e.toLowerCase())));
  const n = names.length;
  const where = n === 0 ? 'the whole memo' : n === 1 ? `its one section ("${names[0]}")` : `all ${n} sections`;
  const hint = expected.length
    ? ` The "${expected[0].title}" section does not answer it.`
    : ` It belongs under a ${m.sections.slice(0, 2).map((s) => `"${s}"`).join(' or ')} section.`;
  return {
    ruleId: spec.id,
    kind: 'gap',
    severity,
    message: `${spec.message} Looked in ${where} and tables.${hint}`,
    note: `Looked for ${m.lookedFor}.`,
    range: titleRange(doc),
    scope: 'document',
    passages: passageIds(spec),
    questions: spec.questions,
    openQuestion: spec.openQuestion,
  };
}

function applyDirectives(doc: MemoDocument, findings: Finding[], opts: ResolvedOptions): Finding[] {
  const out: Finding[] = [];
  const used = new Set<string>();
  const key = (d: Directive, id: string) => `${d.start}:${id}`;
  const resolved = doc.directives.map((d) => ({ d, ids: d.rules.map((id) => ({ written: id, rule: ruleById(ALL_RULES, id) })) }));

  for (const f of findings) {
    for (const { d, ids } of resolved) {
      const hit = ids.find((x) => x.rule?.id === f.ruleId);
      if (!hit) continue;
      const covers =
        d.scope === 'file' ||
        f.scope === 'document' ||
        (d.covers !== undefined && f.range.start.offset >= d.covers.start && f.range.start.offset < d.covers.end);
      if (!covers) continue;
      used.add(key(d, hit.written));
      if (!f.acknowledged) {
        f.acknowledged = { rationale: d.rationale, range: doc.lines.range(d.start, d.end), scope: d.scope };
      }
    }
  }

  for (const { d, ids } of resolved) {
    const range = doc.lines.range(d.start, d.end);
    const directiveFinding = (ruleId: string, message: string): Finding => ({
      ruleId,
      kind: 'directive',
      severity: 'warning',
      message,
      range,
      scope: 'text',
      passages: [],
      questions: [],
    });
    const name = d.scope === 'file' ? 'redflags-ack-file' : 'redflags-ack';
    if (ids.length === 0) {
      out.push(directiveFinding(DIRECTIVE_RULES.unknownRule, `${name} names no rule: write <!-- ${name} zhu/<rule>: rationale -->.`));
      continue;
    }
    for (const x of ids) {
      if (!x.rule) {
        out.push(directiveFinding(DIRECTIVE_RULES.unknownRule, `${name}: ${unknownRuleMessage(x.written, ALL_RULES)}.`));
        continue;
      }
      if (used.has(key(d, x.written))) continue;
      const sev = effectiveSeverity(opts, x.rule);
      const kindOff = (x.rule.kind === 'green' && !opts.green) || (x.rule.kind === 'gap' && !opts.gaps);
      if (sev === 'off' || kindOff) continue;
      const what = d.scope === 'file' ? 'in this memo' : d.covers ? 'in the block that follows' : 'because no block follows it';
      out.push(directiveFinding(DIRECTIVE_RULES.unusedAck, `${name} ${x.rule.id} silences nothing: the rule does not fire ${what}.`));
    }
    if (!d.rationale) {
      out.push(
        directiveFinding(
          DIRECTIVE_RULES.missingRationale,
          `${name} ${d.rules.join(', ')} has no rationale: say why the risk is accepted after a colon.`,
        ),
      );
    }
  }
  return out;
}
