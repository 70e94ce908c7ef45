import type { RuleSpec } from '../types';

/**
 * zhu/gap/burn: The memo never states burn, runway or profitability.
 * Triggers in the catalogue:
 * - {burn, net burn, runway, cash flow, profitable, break-even, months of cash; PT queima de caixa, fôlego financeiro, lucrativa, ponto de equilíbrio; ZH 烧钱, 现金流, 盈利, 盈亏平衡, 资金可支撑…个月} + {an amount, months, or an explicit state}.
 */
export default {
  id: "zhu/gap/burn",
  kind: "gap",
  title: "The memo never states burn, runway or profitability",
  claim: "Zhu's second standing question is whether the company can grow without burning cash; a memo with no burn, runway, profitability or cash-flow statement leaves it unanswered.",
  severity: "information",
  source: "zhu",
  passages: { zhu: ["p-revenue-burn-question", "p-to-b-no-burn", "p-no-burn-only-way"], interviewer: ["q-way-forward", "q-to-c-projects"], editor: ["e-warns-no-burn"] },
  quote: {
    passages: ["p-revenue-burn-question", "p-to-b-no-burn"],
    en: "\"How much revenue do you have? Can you [manage] not to burn cash?\" […] \"For B, it's immediate commercialisation; you basically don't need to burn cash.\" — Zhu Xiaohu",
  },
  questions: ["Can you do it without burning cash?"],
  openQuestion: "Can the company do it without burning cash? What are net burn and runway?",
  message: '',
  match: {
    type: 'absence',
    answers: [],
    sections: [],
    lookedFor: '',
  },
} satisfies RuleSpec;
