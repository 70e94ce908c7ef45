import type { RuleSpec } from '../types';

/**
 * zhu/green/immediate-revenue: Paying customers now; growing, profitable revenue without burn.
 * Triggers in the catalogue:
 * - {revenue, ARR, sales, GMV, paying customers, profit, profitable, cash-flow positive; PT receita, faturamento, lucro, lucrativa; ZH 收入, 营收, 付费客户, 盈利, 现金流为正}
 * - + {a number or growth multiple in the past or present tense}.
 * - !{expect, forecast, plan, projected, will; PT espera, projeção; ZH 预计, 预测, 计划}.
 */
export default {
  id: "zhu/green/immediate-revenue",
  kind: "green",
  title: "Paying customers now; growing, profitable revenue without burn",
  claim: "The company already earns real and fast-growing revenue, ideally profitable and without burning cash — Zhu's \"instant money\" and \"immediate commercialisation\".",
  severity: "information",
  source: "zhu",
  passages: { zhu: ["p-fancytech-revenue", "p-instant-money", "p-to-b-no-burn", "p-enterprise-growth-3-5x", "p-believe-agi-but-apps", "p-china-middle-value-added", "p-revenue-burn-question"], interviewer: ["q-aigc-investments", "q-enterprise-pessimism"], editor: ["e-verify-demand-cheaply"] },
  quote: {
    passages: ["p-fancytech-revenue", "p-instant-money"],
    en: "\"AIGC video ads — this is very cool. Their product is very effective and makes money instantly. When we invested in 2022, revenue was a little over US$10 million, and last year it was over US$50 million, an increase of five or six times, and all of it profitable.\" […] \"Take LLaMA and train it for two or three months … and you can commercialise it immediately. Think about it: the threshold for commercialisation is very, very low. It's instant money! It's instant money!\" — Zhu Xiaohu",
  },
  questions: ["Revenue by period and its growth multiple (he cites 3–5x a year for good AIGC enterprise companies, `p-enterprise-growth-3-5x`); profitability; growth without burning cash."],
  openQuestion: "",
  message: '',
  match: {
    type: 'phrase',
    patterns: [],
  },
} satisfies RuleSpec;
