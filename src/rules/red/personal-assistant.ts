import type { RuleSpec } from '../types';

/**
 * zhu/personal-assistant: General AI personal assistant — a pseudo-need.
 * Triggers in the catalogue:
 * - {personal assistant, AI assistant for everyone, life assistant, AI secretary, Jarvis, butler, all-purpose / universal / omnipotent assistant; PT assistente pessoal, secretária virtual, assistente onipotente; ZH 私人助理, 个人助理, 个人助手, 全能助手, 生活助手, 贾维斯}
 * - + consumer framing {every user, everyone, your life, in every pocket; ZH 每个人, 人人}.
 * - !{a named profession or enterprise function: radiologists, lawyers, customer service, sales team}.
 */
export default {
  id: "zhu/personal-assistant",
  kind: "red",
  title: "General AI personal assistant — a pseudo-need",
  claim: "Positioning as a general \"AI personal assistant\" for consumers rests on a typical pseudo-need born of technologists' imagination.",
  severity: "warning",
  source: "zhu",
  passages: { zhu: ["p-personal-assistant-pseudo-need"], editor: ["e-j1-assistant"] },
  quote: {
    passages: ["p-personal-assistant-pseudo-need"],
    en: "\"I don't know at what moment large models will explode into to-C apps. At present the term 'personal assistant' is a figment of the technologist's imagination. Let me ask you: how many people need a personal assistant? It's a typical pseudo-need!\" — Zhu Xiaohu",
  },
  questions: ["How many people need a personal assistant — who exactly, for which recurring job?", "What do they use today, and do they pay for it?"],
  openQuestion: "How many people need a personal assistant — who, for which recurring job, and what do they pay today?",
  message: '',
  match: {
    type: 'phrase',
    patterns: [],
  },
} satisfies RuleSpec;
