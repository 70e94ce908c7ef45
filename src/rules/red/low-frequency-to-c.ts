import type { RuleSpec } from '../types';

/**
 * zhu/low-frequency-to-c: Low-frequency consumer app.
 * Triggers in the catalogue:
 * - {consumer, to-C, C端, app, users; PT consumidor, usuário} + {few times a year, monthly, twice a month, occasional, one-off, one-time purchase, seasonal, event-based, low frequency; PT baixa frequência, ocasional, compra única; ZH 低频, 偶尔, 一次性, 一年几次}.
 * - Usage metrics below roughly weekly use (e.g. DAU/MAU under 10%) when stated.
 * - !{daily, multiple sessions per day, high frequency; ZH 高频, 每天}.
 */
export default {
  id: "zhu/low-frequency-to-c",
  kind: "red",
  title: "Low-frequency consumer app",
  claim: "A consumer app with low usage frequency cannot hold on once the technology curve slows, because it is easy for others to bolt the feature on; to-C needs high demand and high frequency.",
  severity: "warning",
  source: "zhu",
  passages: { zhu: ["p-midjourney-low-frequency", "p-to-c-high-frequency"], interviewer: ["q-era-compare"], editor: ["e-pika-midjourney-summary", "e-2c-high-frequency", "e-pika-midjourney-pivot"] },
  quote: {
    passages: ["p-midjourney-low-frequency", "p-to-c-high-frequency"],
    en: "\"I think Midjourney [the MT renders it 'Meio da jornada'] can't be protected. Why is Midjourney still hot? Because the technology iteration cycle is still steep — Midjourney 5, Midjourney 6, the versions come fast. But when the technology curve slows down, it can't hold on, because the to-C app has very low frequency and it's very easy to attach something to it. Why would the big companies give you a chance? […] So, just like the mobile internet, to-C apps must have high demand and high frequency to have a chance of lasting. I have many concerns about Midjourney.\" — Zhu Xiaohu",
  },
  questions: ["How often does a typical user need this — per day, per week?", "What stops a super-app or a big platform from adding it as a feature? Why would the big companies give you a chance?", "What happens to engagement when model releases stop bringing visible jumps?"],
  openQuestion: "How often does a typical user need this, and why would the big companies leave the feature to you?",
  message: '',
  match: {
    type: 'phrase',
    patterns: [],
  },
} satisfies RuleSpec;
