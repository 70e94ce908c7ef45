import type { Finding, LintOptions, Range, Severity } from './types';
import { buildDocument, offsetAt, type MemoDocument, type Unit, type Directive } from './document';
import { shownText } from './text';
import { splitSentences, type Sentence } from './segment';
import { compileRule, termLists, type CompiledRule } from './compile';
import { judge, findQuotes, matchPattern, type Verdict, type SentenceContext } from './judge';
import { Prefilter, type Occurrences, type Possible } from './prefilter';
import { CATALOGUE } from './prefilter-data';
import { restoreCatalogue } from './prefilter-pack';
import type { Hit } from './terms';
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

/** The compiled rules of one set of extra terms, and the prefilter over all their term lists. */
interface Matcher {
  rules: CompiledRule[];
  prefilter: Prefilter;
}

const compiledCache = new Map<string, Matcher>();

function compiledRules(opts: ResolvedOptions): Matcher {
  let c = compiledCache.get(opts.termsKey);
  if (!c) {
    if (CATALOGUE && Object.values(opts.terms).every((t) => t.length === 0)) c = restoreCatalogue(CATALOGUE);
    else {
      const rules = ALL_RULES.map((r) => compileRule(r, opts.terms));
      // The packed prefilter was made from the catalogue's lists: with extra terms, some differ and it is built.
      c = { rules, prefilter: new Prefilter(termLists(rules), CATALOGUE?.prefilter) };
    }
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
  const a = offsetAt(unit.map, start);
  const b = end > start ? offsetAt(unit.map, end - 1) + 1 : a;
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
  return lintDocument(buildDocument(text), lintSession(opts, false));
}

/** What the rules found in one unit, in the unit's own terms (offsets in its text), computed when first needed. */
interface UnitWork {
  sentences: Sentence[];
  texts: string[];
  questions: boolean[];
  occ?: Occurrences;
  /** Claims that fired, in sentence order then rule order: sentence, index into the session's claim rules, verdict. */
  claims?: { si: number; rule: number; v: Verdict }[];
  /** Per gap rule (index into the session's gap rules): the unit's first sentence that answers it, with the answer. */
  answers?: ({ si: number; text: string } | null | undefined)[];
  /** Per gap rule: whether the rule's `appliesIf` list matches the unit. */
  applies?: (boolean | undefined)[];
  /** Per sentence, what gap rules share while judging it. */
  answerHits?: Map<string, Hit | null>[];
  answerPossible?: Possible[];
  /** Per sentence, what may match in it (see `prefilter.ts`). */
  possible?: Possible[];
  /** What may match anywhere in the unit. */
  possibleWhole?: Possible;
}

/** What a unit's work depends on: two units with the same key have the same work. */
export function unitWorkKey(u: Unit): string {
  return [u.kind, u.context ?? '', u.rowLabel ?? '', u.header ?? '', u.rowText ?? '', u.text].join('\u0000');
}

/**
 * Everything a lint needs that does not depend on the text: resolved options, compiled rules, and the work
 * done per unit. A unit's work depends only on the unit and the options, so a session may keep it across texts
 * for the units that did not change (see `incremental.ts`).
 */
export interface LintSession {
  opts: ResolvedOptions;
  rules: CompiledRule[];
  prefilter: Prefilter;
  claimRules: CompiledRule[];
  gapRules: CompiledRule[];
  /** Per rule and pattern, the prefilter's index of each term list. */
  lists: Map<CompiledRule, number[][]>;
  /**
   * The work done per unit. A session that lints one text lets each unit's go once the unit is judged (a plain
   * map: weak maps cost the garbage collector more); one kept across texts holds it as long as its unit lives.
   */
  work: Pick<WeakMap<Unit, UnitWork>, 'get' | 'set' | 'delete'>;
  keep: boolean;
}

export function lintSession(opts: ResolvedOptions, keep = true): LintSession {
  const { rules, prefilter } = compiledRules(opts);
  const claimRules = rules.filter((r) => {
    if (r.spec.kind === 'gap') return false;
    if (r.spec.kind === 'green' && !opts.green) return false;
    return effectiveSeverity(opts, r.spec) !== 'off';
  });
  const gapRules = rules.filter((r) => r.spec.kind === 'gap');
  const lists = new Map<CompiledRule, number[][]>();
  for (const r of rules) lists.set(r, r.patterns.map((p) => p.groups.map((g) => prefilter.idOf(g) ?? -1)));
  return { opts, rules, prefilter, claimRules, gapRules, lists, work: keep ? new WeakMap() : new Map(), keep };
}

/**
 * False when no pattern of the rule can match in the sentence: some list of every pattern has no possible
 * alternative there. Judging it would find nothing; this answers without judging.
 */
function mayFire(session: LintSession, rule: CompiledRule, possible: Possible): boolean {
  const patterns = session.lists.get(rule)!;
  for (const ids of patterns) {
    let all = true;
    for (const id of ids) {
      if (!possible.mayId(id)) {
        all = false;
        break;
      }
    }
    if (all) return true;
  }
  return false;
}

/** Memos with more prose units than this let go of each unit's matching state once it has been read. */
const RELEASE_UNITS = 1000;

/** Lints a document model with a session. */
export function lintDocument(doc: MemoDocument, session: LintSession): LintResult {
  const { opts, prefilter, claimRules, gapRules } = session;
  const findings: Finding[] = [];

  const workOf = (unit: Unit): UnitWork => {
    let w = session.work.get(unit);
    if (!w) {
      const sentences = splitSentences(unit.text, opts.language);
      const texts = sentences.map((s) => unit.text.slice(s.start, s.end));
      // Every field from the start: one object shape for all units keeps property access fast.
      w = { sentences, texts, questions: texts.map(isQuestion), occ: undefined, claims: undefined, answers: undefined, applies: undefined, answerHits: undefined, answerPossible: undefined, possible: undefined, possibleWhole: undefined };
      session.work.set(unit, w);
    }
    return w;
  };
  const occurrencesOf = (unit: Unit, w: UnitWork): Occurrences => (w.occ ??= prefilter.scan(unit.text));
  const judged = (unit: Unit, w: UnitWork, si: number): JudgedSentence => {
    const sentence = w.sentences[si];
    return { unit, sentence, text: w.texts[si], range: unitRange(doc, unit, sentence.start, sentence.end) };
  };
  // Every sentence of the memo's own prose: no block quotes, no Open-questions section.
  const prose = (unit: Unit) => !unit.quoted && !(unit.section >= 0 && doc.sections[unit.section].openQuestions);

  // Each gap rule's answer is the first unit, in memo order, that answers it; the rules that need a search look
  // in each unit as the claims are judged, so that a unit's transient matching state can go as soon as it has
  // been read (kept for every unit of a long memo, it would hold hundreds of megabytes).
  const status = opts.gaps ? gapRules.map((rule, gi) => settled(doc, rule, gi)) : [];
  const looking = opts.gaps ? gapRules.map((_, gi) => gi).filter((gi) => status[gi] === undefined) : [];
  const rows = new AnswerRows();
  // Letting go costs a typical memo about 10% (the state is made again should an edit need it), so only long
  // memos (a 20 KB memo has about 150 units, a 2 MB one about 15,000) do.
  const release = doc.units.length > RELEASE_UNITS;
  for (const unit of doc.units) {
    if (!prose(unit)) continue;
    const w = workOf(unit);
    const claims = (w.claims ??= judgeClaims(session, unit, w, occurrencesOf(unit, w)));
    for (const c of claims) {
      const rule = claimRules[c.rule];
      const severity = effectiveSeverity(opts, rule.spec, c.v.pattern?.severity);
      if (severity === 'off') continue;
      findings.push(claimFinding(rule.spec, severity, judged(unit, w, c.si), c.v));
    }
    for (let k = 0; k < looking.length; k++) {
      const gi = looking[k];
      const known = (w.answers ??= [])[gi];
      const a = known !== undefined ? known : (w.answers[gi] = answerInUnit(session, unit, w, gapRules[gi], occurrencesOf(unit, w), rows));
      if (a) {
        status[gi] = { status: 'answered', range: judged(unit, w, a.si).range, text: shownText(a.text) };
        looking.splice(k--, 1);
      }
    }
    if (!session.keep) session.work.delete(unit);
    else if (release) {
      w.occ = undefined;
      w.possible = undefined;
      w.possibleWhole = undefined;
      w.answerHits = undefined;
      w.answerPossible = undefined;
    }
  }

  const answers: LintResult['answers'] = {};
  if (opts.gaps) {
    gapRules.forEach((rule, gi) => {
      const answer = status[gi] ?? { status: 'unanswered' };
      answers[rule.spec.id] = answer;
      const severity = effectiveSeverity(opts, rule.spec);
      if (severity === 'off' || answer.status !== 'unanswered') return;
      findings.push(gapFinding(doc, rule.spec, severity as Severity));
    });
  }

  /** A gap rule's answer when it needs no search (not applicable, or tracked under Open questions). */
  function settled(d: MemoDocument, rule: CompiledRule, gi: number): LintResult['answers'][string] | undefined {
    const spec = rule.spec;
    if (rule.appliesIf) {
      const list = rule.appliesIf;
      const applies = d.units.some((u) => {
        const w = workOf(u);
        const known = (w.applies ??= [])[gi];
        if (known !== undefined) return known;
        // Only the list's alternatives that may match run, as in the sentences: the whole list is one large
        // expression to compile.
        const possible = (w.possibleWhole ??= prefilter.possible(occurrencesOf(u, w), 0, u.text.length));
        const v = possible.may(list) && possible.findFirst(list, u.text, 0, u.text.length) !== undefined;
        w.applies[gi] = v;
        return v;
      });
      if (!applies) return { status: 'not-applicable' };
    }
    const tracked = [spec.id, ...(spec.aliases ?? [])].map((id) => d.tracked.get(id)).find(Boolean);
    if (tracked) return { status: 'tracked', range: d.lines.range(tracked.start, tracked.end) };
    return undefined;
  }

  findings.push(...applyDirectives(doc, findings, opts));
  // Rule ids in code-unit order: the same for every locale, and without the 15 ms a process's first
  // `localeCompare` spends setting up ICU's collator.
  findings.sort((a, b) => a.range.start.offset - b.range.start.offset || (a.ruleId < b.ruleId ? -1 : a.ruleId > b.ruleId ? 1 : 0));
  return {
    findings: opts.includeAcknowledged ? findings : findings.filter((f) => !f.acknowledged),
    answers,
    title: titleRange(doc),
    sections: doc.sections.map((s) => ({ title: s.title, depth: s.depth, range: doc.lines.range(s.start, s.start) })),
  };
}

/** The claims of a unit: for each sentence that is not a question, each claim rule that fires on it. */
function judgeClaims(session: LintSession, unit: Unit, w: UnitWork, occ: Occurrences): NonNullable<UnitWork['claims']> {
  const { claimRules, prefilter } = session;
  const out: NonNullable<UnitWork['claims']> = [];
  let quotes: ReturnType<typeof findQuotes> | undefined;
  for (let si = 0; si < w.sentences.length; si++) {
    if (w.questions[si]) continue;
    const sentence = w.sentences[si];
    quotes ??= findQuotes(unit.text);
    // One pass per unit found the words of every term list; the sentence runs only the lists it may match.
    // Matching never needs to look past the sentence: a prefix of the unit keeps offsets and stops the scan there.
    const ctx = { text: unit.text.slice(0, sentence.end), sentence, quotes, hits: new Map(), possible: possibleAt(w, occ, prefilter, si) };
    let labelled: Labelled | null | undefined;
    // A cell of a competitor table speaks of others; a cell of a "Background" column speaks of the past.
    const cellContext = unit.context;
    for (let ri = 0; ri < claimRules.length; ri++) {
      const rule = claimRules[ri];
      if (cellContext === 'third-party' && rule.suppressedBy.has('thirdParty')) continue;
      if (cellContext === 'past' && rule.suppressedBy.has('past')) continue;
      let v: Verdict = mayFire(session, rule, ctx.possible) ? judge(rule, ctx, unit.text) : NOT_FIRED;
      // "| Data | None proprietary yet |": the row's label is part of what the cell says.
      if (!v.fired && unit.rowLabel) {
        if (labelled === undefined) labelled = labelledContext(unit.rowLabel, w.texts[si], sentence.start, prefilter);
        if (labelled && mayFire(session, rule, labelled.ctx.possible!)) v = judgeLabelled(rule, labelled);
      }
      if (v.fired) out.push({ si, rule: ri, v });
    }
  }
  return out;
}

const NOT_FIRED: Verdict = { fired: false, triggers: [] };

/** What may match in a sentence of the unit, searched up to the sentence's end (worked out once per sentence). */
function possibleAt(w: UnitWork, occ: Occurrences, prefilter: Prefilter, si: number): Possible {
  const s = w.sentences[si];
  return ((w.possible ??= [])[si] ??= prefilter.possible(occ, s.start, s.end));
}

/**
 * Table-row statements already judged in this lint, shared by the gap rules and by the cells of a row. Only the
 * latest rows are kept: the cells of a row come one after the other.
 */
class AnswerRows {
  private readonly rows = new Map<string, { possible: Possible; hits: Map<string, Hit | null> }>();
  get(key: string) {
    return this.rows.get(key);
  }
  set(key: string, row: { possible: Possible; hits: Map<string, Hit | null> }): void {
    if (this.rows.size >= 64) this.rows.clear();
    this.rows.set(key, row);
  }
}

/** The unit's first sentence (or table-row statement) that answers a gap rule, or null. */
function answerInUnit(session: LintSession, unit: Unit, w: UnitWork, rule: CompiledRule, occ: Occurrences, rows: AnswerRows): { si: number; text: string } | null {
  const { prefilter } = session;
  const seen = new Set<string>();
  for (let si = 0; si < w.sentences.length; si++) {
    if (w.questions[si]) continue;
    const sentence = w.sentences[si];
    // Gap rules read a sentence within its whole unit: matches may run on past the sentence's end.
    const hits = ((w.answerHits ??= [])[si] ??= new Map());
    const possible = ((w.answerPossible ??= [])[si] ??= possibleAt(w, occ, prefilter, si).reaching(unit.text.length));
    if (mayFire(session, rule, possible) && judge(rule, { text: unit.text, sentence, quotes: [], hits, possible }, unit.text).fired) return { si, text: w.texts[si] };
    // Table rows: "Revenue | US$4.2M | 3.5x" answers as one statement; so does a cell under a "Revenue" header.
    if (unit.kind === 'cell') {
      const candidates = [unit.rowText, unit.header ? `${unit.header}: ${unit.text}` : undefined];
      for (const c of candidates) {
        if (!c || seen.has(c)) continue;
        seen.add(c);
        const span = { start: 0, end: c.length, language: sentence.language, chunks: [{ start: 0, end: c.length }], clauses: [{ start: 0, end: c.length }] };
        let row = rows.get(c);
        if (!row) {
          row = { possible: prefilter.possibleIn(c), hits: new Map() };
          rows.set(c, row);
        }
        if (mayFire(session, rule, row.possible) && rule.patterns.some((p) => matchPattern(p, c, span, row.hits, row.possible))) {
          const vv = judge(rule, { text: c, sentence: span, quotes: [], hits: row.hits, possible: row.possible }, c);
          if (vv.fired) return { si, text: c };
        }
      }
    }
  }
  return null;
}

/** Lints a memo: text in, findings out. */
export function lint(text: string, options?: LintOptions): Finding[] {
  return lintMemo(text, options).findings;
}

/** A table cell's sentence prefixed with its row label, segmented once and judged by every rule. */
interface Labelled {
  ctx: SentenceContext;
  text: string;
  labelLength: number;
  shift: number;
}

function labelledContext(label: string, sentence: string, at: number, prefilter: Prefilter): Labelled | null {
  const t = `${label}: ${sentence}`;
  const sent = splitSentences(t)[0];
  if (!sent) return null;
  const whole = { ...sent, start: 0, end: t.length };
  return { ctx: { text: t, sentence: whole, quotes: [], hits: new Map(), possible: prefilter.possibleIn(t) }, text: t, labelLength: label.length, shift: at - label.length - 2 };
}

/** Judges a table cell's sentence prefixed with its row label, as one statement ("Data: none proprietary yet"). */
function judgeLabelled(rule: CompiledRule, l: Labelled): Verdict {
  const v = judge(rule, l.ctx, l.text);
  // Quote the cell's own words (offsets in the cell), not the synthetic label.
  const { shift, labelLength } = l;
  return { ...v, triggers: v.triggers.filter((h) => h.start >= labelLength + 2).map((h) => ({ ...h, start: h.start + shift, end: h.end + shift })) };
}

function claimFinding(spec: RuleSpec, severity: Severity, js: JudgedSentence, v: Verdict): Finding {
  const sorted = [...v.triggers].sort((a, b) => a.start - b.start);
  const evidence = sorted.map((t) => shownText(t.text.replace(/\s+/g, ' ').trim()));
  return {
    ruleId: spec.id,
    kind: spec.kind,
    severity,
    message: fillMessage(spec.message, shownText(quoteOf(js.unit.text, sorted))),
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
  end = withoutClosingSequence(doc.text, start, end);
  return doc.lines.range(start, Math.max(start, end));
}

/**
 * The end of an ATX heading's text without its closing sequence (` ##`) and trailing blanks, by a scan from the
 * end: an unanchored `[ \t]+$` would retry from every character of a long run of spaces (quadratic).
 */
function withoutClosingSequence(text: string, start: number, end: number): number {
  const blank = (k: number) => text[k] === ' ' || text[k] === '\t';
  let e = end;
  while (e > start && blank(e - 1)) e--;
  let h = e;
  while (h > start && text[h - 1] === '#') h--;
  if (h < e && h > start && blank(h - 1)) {
    e = h;
    while (e > start && blank(e - 1)) e--;
  }
  return e;
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
