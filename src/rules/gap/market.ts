import type { RuleSpec } from '../types';

/**
 * zhu/gap/market: The memo never sizes the market opportunity.
 * Triggers in the catalogue:
 * - {market size, TAM, SAM, SOM, addressable, spend; PT tamanho de mercado, mercado endereçável; ZH 市场规模, 可触达市场, TAM} + {a number with a unit and a basis (customers × spend)}.
 */
export default {
  id: "zhu/gap/market",
  kind: "gap",
  title: "The memo never sizes the market opportunity",
  claim: "Zhu's standard founder questions start with \"where is your market opportunity, and how big is it?\"; a memo that only gestures at a huge opportunity leaves them unanswered.",
  severity: "information",
  source: "zhu",
  passages: { zhu: ["p-market-why-you", "p-founder-portrait"], interviewer: ["q-founder-portrait"] },
  quote: {
    passages: ["p-founder-portrait", "p-market-why-you"],
    en: "\"Very clear thinking — [able to] understand a thing in ten minutes — and more direct expression. (The questions I ask) are basically the same: where is your market opportunity? How big is the market opportunity? Why you? Those are the questions. There isn't much more to say about it.\" — Zhu Xiaohu",
  },
  questions: ["Where is your market opportunity, and how big is it?"],
  openQuestion: "Where is the market opportunity, and how big is it (customers × spend)?",
  message: '',
  match: {
    type: 'absence',
    answers: [],
    sections: [],
    lookedFor: '',
  },
} satisfies RuleSpec;
