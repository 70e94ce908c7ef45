import type { RuleSpec } from '../types';

/**
 * zhu/gap/why-you: The memo never says why this team.
 * Triggers in the catalogue:
 * - {why us / why this team / unfair advantage / founder–market fit; PT por que nós, vantagem injusta; ZH 为什么是我们, 独特优势, 创始人与市场匹配} or team text with {a concrete prior result: customers won, revenue, systems built, exclusive access}.
 */
export default {
  id: "zhu/gap/why-you",
  kind: "gap",
  title: "The memo never says why this team",
  claim: "\"Why you?\" is the last of Zhu's standard questions; a memo that describes the team only with adjectives leaves it unanswered.",
  severity: "information",
  source: "zhu",
  passages: { zhu: ["p-market-why-you", "p-founder-portrait"], interviewer: ["q-founder-portrait"] },
  quote: {
    passages: ["p-market-why-you"],
    en: "\"(The questions I ask) are basically the same: where is your market opportunity? How big is the market opportunity? Why you? Those are the questions.\" — Zhu Xiaohu",
  },
  questions: ["Why you — what does this team have (experience, customers, data, sales) that others don't?"],
  openQuestion: "Why this team — what do they have that others don't?",
  message: '',
  match: {
    type: 'absence',
    answers: [],
    sections: [],
    lookedFor: '',
  },
} satisfies RuleSpec;
