import type { RuleSpec } from '../types';

/**
 * zhu/green/to-b-productivity: To-B: immediate productivity, replaces labour cost.
 * Triggers in the catalogue:
 * - {enterprise, B2B, to-B, employers, customers; PT empresas, clientes corporativos; ZH 企业客户, B端, to B}
 * - + {replace labour, headcount saved, cost per X reduced, hours saved, productivity, payback; PT substitui, reduz custo, produtividade; ZH 替代人工, 降本, 提效, 节省人力}.
 * - !{could, eventually, might, no customers yet}.
 */
export default {
  id: "zhu/green/to-b-productivity",
  kind: "green",
  title: "To-B: immediate productivity, replaces labour cost",
  claim: "The product sells to businesses and raises productivity immediately — replacing labour cost (AI video interviews, private-domain marketing agents) — so companies are willing to pay now.",
  severity: "information",
  source: "zhu",
  passages: { zhu: ["p-b-first-productivity", "p-private-marketing-llama", "p-ai-video-interviews", "p-to-b-no-burn", "p-enterprise-growth-3-5x"], interviewer: ["q-b-first", "q-aigc-investments"] },
  quote: {
    passages: ["p-b-first-productivity", "p-private-marketing-llama"],
    en: "\"In the short term, we will certainly do B. When the iPhone, the 'Big Brother' [early mobile phone] and the computer came out, they were all used first by B. The effect can raise productivity immediately. Companies are willing to spend money.\" […] \"Originally, WeChat private-domain marketing — now you can use AI to replace people: use LLaMA training for two or three months, reach at least 'Top 30' human level, and immediately remove 50% of the human sales [staff; the MT says 'artificial sales'].\" — Zhu Xiaohu",
  },
  questions: ["How much labour cost does it remove per customer (his example: half of the human sales staff in private-domain marketing)?", "Are companies paying now, because the productivity gain is immediate?"],
  openQuestion: "",
  message: '',
  match: {
    type: 'phrase',
    patterns: [],
  },
} satisfies RuleSpec;
