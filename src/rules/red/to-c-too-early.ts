import type { RuleSpec } from '../types';

/**
 * zhu/to-c-too-early: Assumes the consumer AI breakout is now.
 * Triggers in the catalogue:
 * - {consumer, to-C, C端, super-app, 超级应用, consumidor} + {now, this year, imminent, breakout, explode, iPhone moment, window; PT agora, explosão; ZH 爆发, 窗口期, iPhone时刻, 已经到来}.
 * - !{on-device model, B first, enterprise first, timing uncertain}.
 */
export default {
  id: "zhu/to-c-too-early",
  kind: "red",
  title: "Assumes the consumer AI breakout is now",
  claim: "The memo assumes consumer AI is breaking out now; in early 2024 Zhu judged to-C \"a bit early\" — the iPhone 1/2 stage — and expected it to explode only once a large model runs on every phone, at an unpredictable \"iPhone 3 moment\".",
  severity: "information",
  source: "zhu",
  passages: { zhu: ["p-iphone1-2", "p-to-c-iphone3", "p-to-b-no-burn", "p-b-first-productivity", "p-personal-assistant-pseudo-need"], interviewer: ["q-iphone3-moment", "q-b-first", "q-to-c-projects"] },
  quote: {
    passages: ["p-iphone1-2", "p-to-c-iphone3"],
    en: "\"Only iPhone 1, iPhone 2 [so far]. Large models evolve ten times faster than the mobile internet. When there is a large model on every mobile phone, to-C apps can explode.\" […] \"To-C will have its iPhone 3 moment. Just as mobile-internet to-C apps exploded with Multi-Touch — that was unexpected, right? Angry Birds and Fruit Ninja became worldwide hits only after Multi-Touch came out.\" — Zhu Xiaohu",
  },
  questions: ["What is the trigger (on-device model, new interaction) that makes this the moment?", "What does the company earn from B customers while to-C is still early?"],
  openQuestion: "What makes this the to-C moment (on-device model, new interaction)? What is the B-side revenue meanwhile?",
  message: '',
  match: {
    type: 'phrase',
    patterns: [],
  },
} satisfies RuleSpec;
