import type { RuleSpec } from '../types';

/**
 * zhu/long-sales-cycle: Long, customised enterprise sales.
 * Triggers in the catalogue:
 * - {sales cycle, deal cycle, procurement, pilot, tender; PT ciclo de vendas, licitação; ZH 销售周期, 招投标, 试点} + {≥ 3 months, quarters, "six months", long; ZH 半年, 6个月, 周期长}.
 * - {custom, customised, bespoke, tailored, project-based, on-site, per-customer integration; PT personalizado, sob medida, por projeto; ZH 定制, 定制化, 驻场, 项目制}.
 * - !{standardised, no customisation, self-serve, POC converts in weeks}.
 */
export default {
  id: "zhu/long-sales-cycle",
  kind: "red",
  title: "Long, customised enterprise sales",
  claim: "Enterprise revenue depends on long (around six-month) sales cycles and per-customer customisation instead of a standardised product whose order-of-magnitude value converts a POC into a formal contract.",
  severity: "warning",
  source: "zhu",
  passages: { zhu: ["p-standard-poc-contract", "p-enterprise-growth-3-5x", "p-pmf-sign-order"], interviewer: ["q-b-exponential", "q-enterprise-pessimism"] },
  quote: {
    passages: ["p-standard-poc-contract"],
    en: "\"Why was enterprise services [the MT says 'corporate clothing'] hard in the past? The sales cycle was long, six months, so sales growth was hard. Now you create an order-of-magnitude increase in value for the customer. Customisation is out of the question; it's standardised services — first a POC (proof of concept), then a formal contract.\" — Zhu Xiaohu",
  },
  questions: ["How long from the first customer meeting to a signed order? (Zhu's PMF indicator, `p-pmf-sign-order`.)", "What share of each deal is customisation?", "Is the value to the customer an order of magnitude — enough to skip the long cycle?"],
  openQuestion: "How long from first meeting to signed order, and what share of each deal is customisation?",
  message: '',
  match: {
    type: 'phrase',
    patterns: [],
  },
} satisfies RuleSpec;
