import type { RuleSpec } from '../types';

/**
 * zhu/gap/revenue: The memo never states revenue.
 * Triggers in the catalogue:
 * - {revenue, ARR, MRR, sales, GMV, turnover, paying customers, pre-revenue; PT receita, faturamento, clientes pagantes, pré-receita; ZH 收入, 营收, 营业额, 付费客户, 尚无收入} + {a currency amount or count, or an explicit zero}.
 */
export default {
  id: "zhu/gap/revenue",
  kind: "gap",
  title: "The memo never states revenue",
  claim: "Zhu asks every company how much revenue it has; a memo that gives neither a revenue figure nor an explicit \"pre-revenue\" statement leaves his first question unanswered.",
  severity: "information",
  source: "zhu",
  passages: { zhu: ["p-revenue-burn-question", "p-four-dragons-revenue", "p-fancytech-revenue"], interviewer: ["q-way-forward"] },
  quote: {
    passages: ["p-revenue-burn-question", "p-four-dragons-revenue"],
    en: "\"Today I just say to every company: how much revenue do you have? Can you [manage] not to burn cash? [PT 'Vocês não podem queimar dinheiro?', literally 'can't you burn money?'; the sense is 'can you do without burning cash?'] That's all anyone cares about.\" […] \"The Four Little Dragons still had a golden period in their early years, and their revenue grew very fast at first. What kind of revenue have you got from large models?\" — Zhu Xiaohu",
  },
  questions: ["How much revenue do you have?"],
  openQuestion: "How much revenue do you have?",
  message: 'The memo never says how much revenue the company has.',
  match: {
    type: 'absence',
    answers: [
      // A revenue line with a figure: "Revenue: US$4.2M in 2023", "ARR of RMB 12M", "45 paying customers".
      {
        all: [
          [
            'revenue', 'revenues', 'ARR', 'MRR', 'run-rate', 'run rate', 'GMV', 'turnover', 'bookings', 'billings', 'income',
            'paying customers', 'paid customers', 'paying users', 'paid users', 'receita', 'receitas', 'faturamento', 'faturou',
            'clientes pagantes', '收入', '营收', '营业额', '销售额', '付费客户', '付费用户', '年化收入', '流水', '回款',
          ],
          ['@amount', '@number'],
        ],
      },
      // "Sales" is also a team ("11 of them in sales"): only a money amount makes it revenue ("sales of US$3M").
      {
        all: [['sales', 'vendas'], ['@amount']],
      },
      // An explicit zero answers the question too.
      {
        all: [
          [
            'pre-revenue', 'pre revenue', 'no revenue', 'zero revenue', 'not yet generating revenue', 'no paying customers',
            'has not generated revenue', 'not generated any revenue', 'pré-receita', 'sem receita', 'ainda não gera receita',
            'ainda não tem receita', 'nenhuma receita', '尚无收入', '没有收入', '零收入', '暂无收入', '尚未产生收入', '还没有收入',
          ],
        ],
      },
    ],
    sections: ['Financials', 'Traction', 'Revenue', 'Finanças', 'Tração', 'Receita', '财务', '收入', '经营数据'],
    lookedFor: 'a revenue figure, ARR, paying customers or an explicit pre-revenue statement',
  },
} satisfies RuleSpec;
