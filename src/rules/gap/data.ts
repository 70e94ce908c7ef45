import type { RuleSpec } from '../types';

/**
 * zhu/gap/data: The memo never says where the data comes from.
 * Triggers in the catalogue:
 * - {data, dataset, records, corpus, authorisation, data partnership, data loop; PT dados, base de dados, autorização; ZH 数据, 数据集, 数据闭环, 授权} + {a source, owner, size or explicit absence}.
 * - Only applies when the memo is about an AI / model-based company (mentions model, LLM, AIGC, AI; ZH 大模型, AIGC, 人工智能; PT modelo, IA).
 */
export default {
  id: "zhu/gap/data",
  kind: "gap",
  title: "The memo never says where the data comes from",
  claim: "Zhu's companion question is \"where is your data?\"; for an AI company, a memo that never names its data source and ownership leaves it unanswered.",
  severity: "information",
  source: "zhu",
  passages: { zhu: ["p-core-questions-scenario-data", "p-data-barrier-short-video", "p-mna-who-willing"], interviewer: ["q-app-barriers", "q-rejected"] },
  quote: {
    passages: ["p-data-barrier-short-video", "p-mna-who-willing"],
    en: "[On the barrier above the model layer:] \"Data, ah — there is no short-video product data in the US. Look at Amazon and Shopify: they're still picture-based. All e-commerce in the United States is picture-based. In the last three years China has switched to short video.\" […] \"I have data and scenarios — what do you have? You only have a few people.\" — Zhu Xiaohu",
  },
  questions: ["Where is your data — what is it, who owns it, and how does it grow?"],
  openQuestion: "Where is the data — what is it, who owns it, and how does it grow?",
  message: '',
  match: {
    type: 'absence',
    answers: [],
    sections: [],
    lookedFor: '',
  },
} satisfies RuleSpec;
