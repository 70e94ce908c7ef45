import type { CompiledPattern, CompiledRule } from './compile';
import { cues, leadingContrast, type CueClass } from './cues';
import type { Sentence, Span } from './segment';
import { compileTerms, findAll, findFirst, type Hit, type TermList } from './terms';
import { concepts } from '../rules/concepts';
import type { Possible } from './prefilter';
import { foldCase } from './caseless';

/**
 * Judging a sentence: does it assert the rule's condition about this company, now or as a plan?
 * A pattern's term groups must all match in the sentence; then the universal near-miss classes and the
 * rule's own suppressors get their say (see `cues.ts` for the classes and their scopes).
 */

/** The sentence being judged, with its unit's text (the paragraph, list item or cell). */
export interface SentenceContext {
  text: string;
  sentence: Sentence;
  /** Quoted spans of the unit text ("…", “…”, «…», 「…」) long enough to be speech, not scare quotes. */
  quotes: Span[];
  /**
   * First hit of each term list in this sentence, by expression source: rules share concept lists, so each
   * list is searched once per sentence, not once per rule.
   */
  hits?: Map<string, Hit | null>;
  /** Which term lists may match in this sentence at all (see `prefilter.ts`); the others are not run. */
  possible?: Possible;
}

/** Why a candidate did not fire, for tracing and tests. */
export interface Verdict {
  fired: boolean;
  pattern?: CompiledPattern;
  triggers: Hit[];
  /** The class or suppressor that stopped it. */
  reason?: CueClass | 'unless' | 'unlessInBlock' | 'quoted';
  cue?: string;
}

function overlaps(a: Span, b: Span): boolean {
  return a.start < b.end && b.start < a.end;
}

/** Every match of a term list in the sentence, through the sentence's prefilter when there is one. */
function findAllIn(g: TermList, text: string, s: Span, possible: Possible | undefined): Hit[] {
  if (!possible) return findAll(g, text, s.start, s.end);
  return possible.may(g) ? possible.findAll(g, text, s.start, s.end) : [];
}

/** Matches one pattern in the sentence: the earliest hit of each group, or undefined. */
export function matchPattern(p: CompiledPattern, text: string, s: Span, memo?: Map<string, Hit | null>, possible?: Possible): Hit[] | undefined {
  const hits: Hit[] = [];
  for (const g of p.groups) {
    // A list the prefilter rules out finds nothing: no need to remember that.
    if (possible && !possible.may(g)) return undefined;
    let h: Hit | null | undefined = memo?.get(g.source);
    if (h === undefined) {
      h = (possible ? possible.findFirst(g, text, s.start, s.end) : findFirst(g, text, s.start, s.end)) ?? null;
      memo?.set(g.source, h);
    }
    if (!h) return undefined;
    hits.push(h);
  }
  if (p.within !== undefined && hits.length > 1) {
    // Try the closest combination: for each hit of the first group, the nearest hits of the others.
    const first = Math.min(...hits.map((h) => h.start));
    const last = Math.max(...hits.map((h) => h.end));
    if (last - first > p.within) {
      const all = p.groups.map((g) => findAllIn(g, text, s, possible));
      let best: Hit[] | undefined;
      let bestSpan = Infinity;
      for (const anchor of all[0]) {
        const combo = [anchor];
        for (let gi = 1; gi < all.length; gi++) {
          let nearest: Hit | undefined;
          let d = Infinity;
          for (const h of all[gi]) {
            const dist = Math.abs(h.start - anchor.start);
            if (dist < d) {
              d = dist;
              nearest = h;
            }
          }
          if (nearest) combo.push(nearest);
        }
        const span = Math.max(...combo.map((h) => h.end)) - Math.min(...combo.map((h) => h.start));
        if (span < bestSpan) {
          bestSpan = span;
          best = combo;
        }
      }
      if (!best || bestSpan > p.within) return undefined;
      return best;
    }
  }
  return hits;
}

function unionOf(spans: Span[], triggers: Hit[]): Span {
  const touched = spans.filter((sp) => triggers.some((t) => overlaps(sp, t) || (t.start >= sp.start && t.start < sp.end)));
  if (touched.length === 0) return { start: Math.min(...triggers.map((t) => t.start)), end: Math.max(...triggers.map((t) => t.end)) };
  return { start: Math.min(...touched.map((t) => t.start)), end: Math.max(...touched.map((t) => t.end)) };
}

/**
 * The first cue of `re` in `span` that is not part of a trigger and not excused. Universal cues that
 * overlap a trigger do not count ("no proprietary data" is a claim, not a negation); a rule's own
 * suppressors count unless they lie wholly inside a trigger ("revenue model" stops a "revenue" trigger).
 */
function cueIn(re: TermList, text: string, span: Span, triggers: Hit[], excuse?: (h: Hit) => boolean, inside = false, possible?: Possible): Hit | undefined {
  for (const h of findAllIn(re, text, span, possible)) {
    if (triggers.some((t) => (inside ? t.start <= h.start && h.end <= t.end : overlaps(t, h)))) continue;
    if (excuse && excuse(h)) continue;
    return h;
  }
  return undefined;
}

// "not only", "no doubt", "nothing but": negation words that do not negate.
const NOT_NEGATING = /^(?:not only|not just|no doubt|without doubt|nothing but|nothing else|no less than|not least|never been easier|no matter|não só|não apenas|sem dúvida|不仅|不只)/i;

// Where the main clause starts after a leading "Unlike …,": a comma followed by the sentence's subject (a
// pronoun, "the company", or a capitalised name: "Rather than operating a model, Huanyu Tech sends …").
const MAIN_CLAUSE = /[,，]\s*(?=(?:we|our|the company|the startup|the team|the founders|it|its|this company|they|management|a empresa|a startup|nós|nossa|nosso|o time|a equipe|公司|我们|团队|该公司)(?![\p{L}])|\p{Lu})/gu;

const NOW = /(?<![\p{L}])(?:now|today|currently|right now|at present|agora|hoje|atualmente|neste momento)(?![\p{L}])|现在|目前|当前|如今/iu;

const RISK_LABEL = /^[^:：.。]{0,40}(?:\brisks?|\bdownside|\bbear case|\bworst case|riscos?|风险)\s*[:：]/iu;

// Negation words that, placed after the claim's words, qualify or contrast something else: "reflects the
// team's pedigree rather than any revenue", "a 10x step-up with no commercial milestone", "Jarvis-like, not tied
// to a profession". A verb negated after the triggers ("… is not") still negates.
const CONTRAST_AFTER = /^(?:rather than|instead of|without|no|none|nothing|unlike|sem|em vez de|ao invés de|nenhum|nenhuma|而非|而不是|而无需|无需|无须)$/iu;
function afterClaimContrast(text: string, hit: Hit): boolean {
  if (CONTRAST_AFTER.test(hit.text)) return true;
  const before = text.slice(Math.max(0, hit.start - 6), hit.start);
  return /^(?:not|não|não é|并非|不是)$/iu.test(hit.text) && /(?:,|，|\band|\be)\s*$/u.test(before);
}

// "Like most of its peers, it is built on …": a comparison that includes the company; "its analysts":
// the company's own people.
function includedByComparison(text: string, h: Hit): boolean {
  const before = text.slice(Math.max(0, h.start - 40), h.start).toLowerCase();
  // "its analysts" are the company's people; "its nearest rival" is still a rival.
  if (!/^(?:competitors?|rivals?|peers?|incumbents?|concorrentes?|rivais|对手|竞争对手)$/iu.test(h.text) && /(?:^|[^\p{L}])(?:its|our|their|the company's|the company’s|seus|suas|nossos|nossas|own)\s+(?:\p{L}+\s+)?$/u.test(before)) return true;
  return /(?:^|[^\p{L}])(?:like|as with|similar to|same as|just like|assim como|como)\s+(?:(?:most|many|all|other|its|our|the|some|a few|os|as|muitos|muitas|outras|outros|seus|suas)\s*)?(?:of\s+(?:its|the|our)\s+)?(?:\p{L}+\s+)?$/u.test(before);
}

// A coordinated clause with its own subject: ", and there is", ", but it", "; e a empresa", "，而且".
const LATER_CLAUSE = /(?:[,;]\s*(?:and|but|while|whereas|e|mas|enquanto)\s+(?:there|it|they|we|the|this|that|a|o|as|os|h[áa])\s|[，；]\s*(?:而且|但|但是|并且))/iu;

let subjectRe: RegExp | undefined;
// The chunk opens with a named company or person other than the memo's subject: "Moonshot raised …",
// "Doubao leads …", "A MiniMax foi avaliada …", "MiniMax在2024年…", "Meituan's 2023 takeover …".
function subjectExpression(): RegExp {
  if (!subjectRe) {
    const names = compileTerms(concepts.namedThirdParties).source;
    subjectRe = new RegExp(`^(?:[^,，;；]{0,30}[,，]\\s*)?(?:the\\s+|a\\s+|o\\s+|os\\s+|as\\s+)?(?:${names})(?:\\s*[(（][^)）]{0,40}[)）])?`, 'iu');
  }
  return subjectRe;
}
// "Baidu's ERNIE API handles our text generation": the possessive names the product depended on, not a third party.
const PRODUCT_AFTER_POSSESSIVE = /^\s*['’]s\s+(?:[\p{L}\d.-]+\s+){0,2}(?:api|apis|model|models|llm|llms|platform|cloud|sdk|ernie|qwen|glm|kimi|doubao|coze|hunyuan|bot|chatbot|assistant|engine|weights|store|mini-?program|official account|app store)\b/iu;
const SELF_REFERENCE = /(?<![\p{L}])(?:we|our|the company|the startup|the team|the founders|management|its product|a empresa|a startup|nós|nosso|nossa|nossos|nossas|a equipe)(?![\p{L}])|(?<![\p{L}])us(?![\p{L}$.])|公司|我们|团队|本项目/iu;

function namedThirdPartySubject(chunk: string): string | undefined {
  const m = subjectExpression().exec(chunk);
  if (!m) return undefined;
  if (PRODUCT_AFTER_POSSESSIVE.test(chunk.slice(m[0].length))) return undefined;
  if (SELF_REFERENCE.test(chunk)) return undefined;
  return m[0];
}

/**
 * Judges whether the rule fires on the sentence. Returns the first pattern that matched and survived
 * every suppressor, or the reason the last candidate was stopped.
 */
export function judge(rule: CompiledRule, ctx: SentenceContext, blockText: string): Verdict {
  const { text, sentence } = ctx;
  let last: Verdict = { fired: false, triggers: [] };
  for (const p of rule.patterns) {
    const triggers = matchPattern(p, text, sentence, ctx.hits, ctx.possible);
    if (!triggers) continue;
    const why = suppression(rule, p, ctx, triggers, blockText);
    if (!why) return { fired: true, pattern: p, triggers };
    last = { fired: false, pattern: p, triggers, reason: why.reason, cue: why.cue };
    // The earliest words may sit in a negated or hypothetical part of the sentence while the claim comes
    // later ("Revenue is not the point here: the company is on the road to AGI"): try the last match of each list.
    const late = p.groups.map((g) => findAllIn(g, text, sentence, ctx.possible).pop());
    if (late.every((h): h is Hit => h !== undefined) && late.some((h, i) => h.start !== triggers[i].start)) {
      if (!suppression(rule, p, ctx, late, blockText)) return { fired: true, pattern: p, triggers: late };
    }
  }
  return last;
}

// A rule's suppressor that is itself negated states the opposite of what it suppresses: "no in-house model",
// "with no open-source comparison", "sem dados próprios", "没有开源对比". It does not count.
// One modifier may sit between: "no in-house fallback", "without a second provider", "sem outro fornecedor".
const NEGATED_BEFORE = /(?:(?<![\p{L}])(?:no|not|without|zero|never|nor|lacks?|lacking|absent|nenhum|nenhuma|sem|nem|não)(?:\s+(?:any|a|an|single|real|um|uma|qualquer|sequer|yet|ainda))?(?:\s+[\p{L}]+(?:-[\p{L}]+)*)?\s+|(?:没有|无|未|缺乏|缺少|尚无|暂无|并无)(?:任何)?\s?)$/iu;
function negatedCue(text: string, h: Hit): boolean {
  return NEGATED_BEFORE.test(text.slice(Math.max(0, h.start - 40), h.start));
}

function suppression(
  rule: CompiledRule,
  p: CompiledPattern,
  ctx: SentenceContext,
  chosen: Hit[],
  blockText: string,
): { reason: Verdict['reason']; cue?: string } | undefined {
  const { text, sentence } = ctx;
  const lang = sentence.language;
  const c = cues();
  const cls = rule.suppressedBy;
  const sentenceSpan: Span = sentence;
  // Every match of the pattern's term lists is claim wording, not only the first: in "open LLMs are
  // structurally disadvantaged and will not catch the frontier", "not" belongs to a trigger term too.
  const triggers = [...chosen, ...p.groups.flatMap((g) => findAllIn(g, text, sentence, ctx.possible))];

  if (p.unless) {
    const h = cueIn(p.unless, text, sentenceSpan, triggers, (hit) => negatedCue(text, hit), true, ctx.possible);
    if (h) return { reason: 'unless', cue: h.text };
  }
  if (rule.unless) {
    const h = cueIn(rule.unless, text, sentenceSpan, triggers, (hit) => negatedCue(text, hit), true, ctx.possible);
    if (h) return { reason: 'unless', cue: h.text };
  }
  if (rule.unlessInBlock) {
    const h = findFirst(rule.unlessInBlock, blockText);
    if (h) return { reason: 'unlessInBlock', cue: h.text };
  }
  if (cls.has('quotation')) {
    const q = ctx.quotes.find((qs) => chosen.some((t) => t.start >= qs.start && t.end <= qs.end));
    if (q) return { reason: 'quoted', cue: text.slice(q.start, q.end) };
    // "Zhu believes in AGI": the speaker's words count unless they lie wholly inside the claim's words.
    const h = cueIn(c.quotation[lang], text, sentenceSpan, triggers, undefined, true);
    if (h) return { reason: 'quotation', cue: h.text };
  }
  // The claim's scope comes from the chosen triggers; the other matches only excuse the cue words inside them.
  const clause = unionOf(sentence.clauses, chosen);
  const chunk = unionOf(sentence.chunks, chosen);
  if (cls.has('negation')) {
    // "Unlike competitor X, which is a shell on ERNIE, we run LLaMA": the contrast covers the words before the
    // main clause ("…, we run"); a claim in the main clause stands.
    const leadRe = leadingContrast()[lang].regex;
    leadRe.lastIndex = 0;
    const leadMatch = leadRe.exec(foldCase(text.slice(sentence.start, sentence.end)));
    const lead = leadMatch && leadMatch.index === 0 ? { text: text.slice(sentence.start, sentence.start + leadMatch[0].length), end: sentence.start + leadMatch[0].length } : undefined;
    let mainStart = sentence.start;
    if (lead) {
      MAIN_CLAUSE.lastIndex = lead.end;
      const main = MAIN_CLAUSE.exec(text.slice(0, sentence.end));
      mainStart = main ? main.index : sentence.end;
      if (chosen.some((t) => t.start < mainStart)) return { reason: 'negation', cue: lead.text };
    }
    const lastTrigger = Math.max(...chosen.map((t) => t.end));
    const h = cueIn(c.negation[lang], text, clause, triggers, (hit) => {
      if (NOT_NEGATING.test(text.slice(hit.start, hit.start + 24))) return true;
      // The leading "Rather than pay per token," belongs to the contrast, not to the main clause's claim.
      if (hit.start < mainStart) return true;
      // After the claim, "rather than revenue", "with no milestones", ", not Y" negate something else.
      return hit.start >= lastTrigger && afterClaimContrast(text, hit);
    });
    if (h) return { reason: 'negation', cue: h.text };
  }
  if (cls.has('rejection')) {
    const h = cueIn(c.rejection[lang], text, sentenceSpan, triggers);
    if (h) return { reason: 'rejection', cue: h.text };
  }
  if (cls.has('hypothetical')) {
    // A leading "If …" makes the whole sentence conditional, consequent included.
    const lead = /^(?:if|unless|should|were|had|even if|in case|se|caso(?!\s+de\s+uso)|如果|假如|假设|一旦|若(?!干)|倘若|万一|即使)(?![\p{L}])/iu.exec(text.slice(sentence.start, sentence.end));
    const leadInTrigger = lead && triggers.some((t) => t.start <= sentence.start && sentence.start + lead[0].length <= t.end);
    if (lead && !leadInTrigger) return { reason: 'hypothetical', cue: lead[0] };
    // "Model vendor risk: a price change on the API …": a sentence labelled as a risk describes a downside.
    const label = RISK_LABEL.exec(text.slice(sentence.start, sentence.end));
    if (label && !chosen.some((t) => t.start < sentence.start + label[0].length)) return { reason: 'hypothetical', cue: label[0] };
    // A condition in a later coordinated clause conditions that clause, not the claim: "… is generated by Kimi's
    // endpoint, and there is no fallback if that service changes".
    const lastChosen = Math.max(...chosen.map((t) => t.end));
    const h = cueIn(c.hypothetical[lang], text, chunk, triggers, (hit) => hit.start > lastChosen && LATER_CLAUSE.test(text.slice(lastChosen, hit.start)));
    if (h) return { reason: 'hypothetical', cue: h.text };
  }
  if (cls.has('thirdParty')) {
    const h = cueIn(c.thirdParty[lang], text, chunk, triggers, (hit) => includedByComparison(text, hit));
    if (h) return { reason: 'thirdParty', cue: h.text };
    for (let i = 0; i < sentence.chunks.length; i++) {
      const ch = sentence.chunks[i];
      if (!chosen.some((t) => t.start >= ch.start && t.start < ch.end)) continue;
      // "Motor de IA: Doubao-pro, consumido …": a value after a short label names what the company uses.
      const prev = sentence.chunks[i - 1];
      if (prev && prev.end - prev.start <= 30 && /[:：]\s*$/.test(text.slice(prev.end, ch.start))) continue;
      const who = namedThirdPartySubject(text.slice(ch.start, ch.end));
      // "Kimi does the heavy lifting; the startup adds a UI": the named subject is the claim's own trigger and the
      // sentence is about the company, so the name is what the company uses, not a third party described.
      const whoEnd = ch.start + (who?.length ?? 0);
      const ownTrigger = who && chosen.some((t) => t.start >= ch.start && t.end <= whoEnd);
      if (who && !(ownTrigger && SELF_REFERENCE.test(text.slice(sentence.start, sentence.end)))) return { reason: 'thirdParty', cue: who };
    }
  }
  if (cls.has('past')) {
    // "Consumer AI is where mobile was in 2010: the breakout is happening now" compares with the past.
    const now = NOW.test(text.slice(sentence.start, sentence.end));
    const h = cueIn(c.past[lang], text, chunk, triggers, (hit) => now && /\d{4}/.test(hit.text));
    if (h) return { reason: 'past', cue: h.text };
  }
  if (cls.has('projection')) {
    const h = cueIn(c.projection[lang], text, chunk, triggers);
    if (h) return { reason: 'projection', cue: h.text };
  }
  if (cls.has('rebuttal')) {
    const h = cueIn(c.rebuttal[lang], text, sentenceSpan, triggers);
    if (h) return { reason: 'rebuttal', cue: h.text };
    // Strong rebuttals answer the risk for the whole paragraph, list item or cell.
    const b = cueIn(c.rebuttalInBlock[lang], blockText, { start: 0, end: blockText.length }, triggers);
    if (b) return { reason: 'rebuttal', cue: b.text };
  }
  return undefined;
}

const OWN_WORDS = /(?<![\p{L}])(?:management|the founders?|the company|the team|the ceo|we|our|positioning|tagline|pitch|slogan|motto|mission|vision|a empresa|os fundadores|a gestão|posicionamento|slogan|missão)(?![\p{L}])|公司|团队|我们|管理层|创始人|定位|口号|愿景|使命/iu;

const QUOTE_PAIRS: [string, string][] = [
  ['"', '"'],
  ['“', '”'],
  ['«', '»'],
  ['「', '」'],
  ['『', '』'],
  ['„', '“'],
];

/**
 * Quoted speech in a unit: a quoted span of at least five words (or twelve Chinese characters), or any
 * quoted span introduced by a speech verb or a colon. Shorter quotes are scare quotes around a term
 * ("a 'model + application' strategy") and stay part of the author's claim.
 */
export function findQuotes(text: string): Span[] {
  const out: Span[] = [];
  for (const [open, close] of QUOTE_PAIRS) {
    let from = 0;
    for (;;) {
      const a = text.indexOf(open, from);
      if (a < 0) break;
      const b = text.indexOf(close, a + 1);
      if (b < 0) break;
      const inner = text.slice(a + 1, b);
      const words = inner.trim().split(/\s+/).filter(Boolean).length;
      const han = (inner.match(/[\u4e00-\u9fff]/g) ?? []).length;
      const before = text.slice(Math.max(0, a - 30), a);
      const introduced = /(?:says?|said|told|tells|writes|wrote|asks?|asked|warns?|warned|argues?|argued|puts? it|calls? it|called it|diz|disse|afirma|afirmou|escreveu|pergunta|perguntou|说|表示|认为|指出|写道|问)[\s,:：]*$|[:：]\s*$/iu.test(before);
      // The company's own words — its positioning, tagline or pitch, what management says — are its claim.
      const own = OWN_WORDS.test(text.slice(Math.max(0, a - 60), a));
      if (!own && (words >= 5 || han >= 12 || introduced)) out.push({ start: a, end: b + 1 });
      from = b + 1;
    }
  }
  return out;
}
