import type { RuleSpec } from '../types';

/**
 * zhu/green/vertical-data-loop: Closed-loop vertical data; a year ahead, hard to copy.
 * Triggers in the catalogue:
 * - {closed loop, feedback loop, data flywheel, outcome / performance data, customer authorisation, tracked campaigns, accumulated vertical data; PT ciclo fechado, dados de desempenho; ZH 数据闭环, 数据反馈, 客户授权, 投放效果}
 * - + present or past tense with a scale figure (share of customers, record counts, years).
 * - !{plan, will, once we have; ZH 计划, 将}.
 */
export default {
  id: "zhu/green/vertical-data-loop",
  kind: "green",
  title: "Closed-loop vertical data; a year ahead, hard to copy",
  claim: "The company accumulates vertical data through a closed feedback loop — for example customers authorising performance monitoring so it learns which videos suit which platform — which Zhu names as the barrier above the model layer.",
  severity: "information",
  source: "zhu",
  passages: { zhu: ["p-vertical-data-loop", "p-hard-to-copy-year-ahead", "p-data-barrier-short-video", "p-200-models"], interviewer: ["q-app-barriers", "q-copy-immediately"] },
  quote: {
    passages: ["p-hard-to-copy-year-ahead", "p-vertical-data-loop"],
    en: "\"It's hard to copy; it's a year ahead of everyone else. In many vertical areas you need to accumulate data and optimisation. They [have] 60–70% customer authorisation to monitor the effect, so they know which videos suit Taobao, which suit Xiaohongshu, which suit Douyin ['Jieyin' in the MT], and there is a closed-loop data feedback. It's not easy to fall behind [probably: not easy for others to catch up].\" — Zhu Xiaohu",
  },
  questions: ["What share of customers authorise monitoring, and what the loop learns (e.g. which videos suit which platform)?", "How far ahead of a copycat does it put the company? (Zhu: \"a year ahead of everyone else\".)"],
  openQuestion: "",
  message: '',
  match: {
    type: 'phrase',
    patterns: [],
  },
} satisfies RuleSpec;
