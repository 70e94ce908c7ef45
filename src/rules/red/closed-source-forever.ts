import type { RuleSpec } from '../types';

/**
 * zhu/closed-source-forever: Thesis assumes closed models keep their lead.
 * Triggers in the catalogue:
 * - {open source / open weights / 开源 / código aberto} + {never / cannot catch up / gap widens / permanently behind; ZH 永远追不上, 差距越来越大; PT nunca vai alcançar}.
 * - {closed / proprietary frontier model, OpenAI, frontier labs} + {lead is durable / stays ahead / moat / secret sauce}.
 * - {scaling laws, compute scaling} + {will continue / no wall / keeps delivering}.
 */
export default {
  id: "zhu/closed-source-forever",
  kind: "red",
  title: "Thesis assumes closed models keep their lead",
  claim: "The thesis assumes closed frontier models keep or widen their lead and that the technology curve stays steep; Zhu expects open source to catch up as soon as the curve slows.",
  severity: "information",
  source: "zhu",
  passages: { zhu: ["p-curve-slows-open-catches", "p-100k-cards", "p-open-source-will-catch-up", "p-curve-pc-analogy", "p-gpt5-slowdown", "p-7-trillion", "p-sora-us-trial-error"], interviewer: ["q-li-guangmi-closed", "q-poker-cards", "q-curve-slow-when"], editor: ["e-open-source-validated", "e-deepseek-v3", "e-zhu-right-open-source"] },
  quote: {
    passages: ["p-curve-slows-open-catches", "p-100k-cards"],
    en: "\"OpenAI's technology iteration curve is still relatively steep, and open source is definitely a year or even a year and a half behind closed source, but when the closed-source iteration curve slows down, open source will rise. […] OpenAI has only a few hundred engineers; open source is used by millions or tens of millions of engineers around the world — how can it always be behind closed source? Like Android: is it worse than iOS now? Definitely not.\" […] \"As soon as the technology iteration curve slows, open source immediately catches up — who can guarantee keeping secrets forever? There are no secrets to keep.\" — Zhu Xiaohu (the seed repeats one sentence of this answer; the repetition is an MT artefact)",
  },
  questions: ["What happens to the thesis if open-source models reach today's closed frontier within 12–18 months?", "Which part of the value depends on a closed model staying ahead, and on the iteration curve staying steep?"],
  openQuestion: "What happens to the thesis if open-source models catch up with today's closed frontier within 12–18 months?",
  message: '',
  match: {
    type: 'phrase',
    patterns: [],
  },
} satisfies RuleSpec;
