import type { RuleSpec } from '../types';

/**
 * zhu/gap/app-layer-barrier: AI-application memo never states the barrier above the model layer.
 * Triggers in the catalogue:
 * - Scope: memo mentions building on a model {LLM, GPT, LLaMA, foundation model, AIGC; PT modelo, IA generativa; ZH 大模型, AIGC}.
 * - Satisfied by {data loop / proprietary data lead / months ahead} or {sales team / sales management / channel} stated as the barrier (ZH 数据壁垒, 数据闭环, 销售能力, 渠道; PT barreira, dados próprios, equipe de vendas).
 */
export default {
  id: "zhu/gap/app-layer-barrier",
  kind: "gap",
  title: "AI-application memo never states the barrier above the model layer",
  claim: "For an application built on a large model, the interviewer asks what barrier the application company has above the model; Zhu's answer is data (a closed-loop, vertical data lead) first and sales-management capability second. A memo that names neither leaves the question open.",
  severity: "information",
  source: "zhu",
  passages: { zhu: ["p-data-barrier-short-video", "p-hard-to-copy-year-ahead", "p-vertical-data-loop", "p-sales-management"], interviewer: ["q-app-barriers", "q-copy-immediately"] },
  quote: {
    passages: [],
    en: "*\"If the bottom layer is a large-model capability, what barriers do the application companies above it build?\"* — \"Data, ah …\" *\"But other Chinese companies see that the effect is good and can copy it immediately.\"* — \"It's hard to copy; it's a year ahead of everyone else. […] The second is sales-management capability. Most large-model founders don't know how to manage sales.\" — Zhang Xiaojun / Zhu Xiaohu",
  },
  questions: ["Above the model layer, what is the barrier — which data lead, which sales capability — and how far ahead does it put you?"],
  openQuestion: "Above the model layer, what is the barrier — data lead, sales capability — and how far ahead does it put you?",
  message: '',
  match: {
    type: 'absence',
    answers: [],
    sections: [],
    lookedFor: '',
  },
} satisfies RuleSpec;
