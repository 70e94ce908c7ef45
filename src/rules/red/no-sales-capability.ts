import type { RuleSpec } from '../types';

/**
 * zhu/no-sales-capability: Scientist founders who cannot manage sales.
 * Triggers in the catalogue:
 * - {founders, team, CEO; ZH 创始团队, 团队} + {PhD, researchers, scientists, lab, papers; PT pesquisadores, cientistas; ZH 博士, 科学家, 研究员}
 * - + {no sales, commercial lead later, go-to-market not yet, will sell itself, commercialisation later; PT sem equipe comercial, vendas depois; ZH 暂无销售, 商业化待定, 融资后招聘}.
 * - !{sales leader with track record, commercial co-founder, revenue owner named}.
 */
export default {
  id: "zhu/no-sales-capability",
  kind: "red",
  title: "Scientist founders who cannot manage sales",
  claim: "The founding team is researchers or scientists without the ability to manage sales and commercialisation; Zhu says most large-model founders cannot manage sales, and applications need scenario, market and sales skills that scientists lack.",
  severity: "warning",
  source: "zhu",
  passages: { zhu: ["p-sales-management", "p-yang-commercialize", "p-domestic-copy-skills", "p-tech-romanticism"], interviewer: ["q-yang-team", "q-wang-huiwen-role"] },
  quote: {
    passages: ["p-sales-management", "p-yang-commercialize"],
    en: "\"The second [barrier] is sales-management capability. Most large-model founders don't know how to manage sales. If you don't know how to commercialise and manage sales, what do you do?\" […] \"He's amazing, and large models suit him better. There's no problem with him doing scientific research, but I don't know how he will commercialise it.\" — Zhu Xiaohu",
  },
  questions: ["Who manages sales, and what have they sold before?", "If you don't know how to commercialise and manage sales, what do you do?"],
  openQuestion: "Who manages sales and what have they sold before? If you can't commercialise and manage sales, what do you do?",
  message: '',
  match: {
    type: 'phrase',
    patterns: [],
  },
} satisfies RuleSpec;
