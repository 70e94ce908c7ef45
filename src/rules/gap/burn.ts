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
  message: 'The memo never says whether the company burns cash: no net burn, runway, profitability or cash-flow statement.',
  match: {
    type: 'absence',
    answers: [
      // A burn figure, planned burn included: "monthly net burn of US$300k", "每月净烧钱约200万元".
      {
        all: [
          [
            /\b(?:net\s+|cash\s+|monthly\s+|gross\s+)?burn(?:\s+rate)?\b/, /\bburn(?:s|ed|ing)\b/, /\b(?:expected|planned|projected|budgeted|forecast)\s+(?:monthly\s+|net\s+|cash\s+)?burn\b/,
            /\bwill\s+burn\b/, 'queima', 'queima de caixa', 'queima mensal', 'queima líquida', /\bqueim(?:a|am|ou|ando)\b/u, '烧钱', '烧掉', '月均消耗', '现金消耗', '每月消耗', '月烧',
          ],
          ['@amount', '@number', /\b(?:zero|none|nil)\b/, '零'],
        ],
      },
      // Runway: "runway of 28 months", "fôlego de 18 meses", "资金可支撑24个月".
      {
        all: [
          [
            // Runway is often stated for after the round ("will give 24 months of runway"): the future tense is part of the answer.
            /\b(?:will|should|would|is\s+expected\s+to|is\s+projected\s+to)\s+(?:\w+\s+){0,3}?(?:runway|months\s+of\s+(?:cash|runway))\b/,
            /\brunway\s+(?:will|should|would)\s+(?:be|last|extend|reach)\b/, /\b(?:vai|irá|deve)\s+(?:\p{L}+\s+){0,2}?fôlego\b/u, /将(?:可)?支撑/, /预计(?:可)?支撑/,
            'runway', 'cash runway', 'months of cash', 'months of runway', 'fôlego', 'fôlego financeiro', 'pista de caixa', 'runway de caixa', '跑道',
            '可支撑', '可以支撑', '能支撑', '够用', '撑到',
          ],
          ['@number', /\b20\d\d\b/, /20\d\d年/, /\bmonths\b/, /\bmeses\b/u, '个月'],
        ],
      },
      // Cash that lasts a stated time: "enough cash for 30 months", "caixa para 24 meses".
      {
        all: [
          [/\b(?:cash|funds|money|capital|balance\s+sheet)\b/, /\b(?:caixa|recursos|dinheiro)\b/u, '资金', '现金', '账上'],
          [
            /\b\d+\s+(?:more\s+)?months\b/, /\b(?:through|until|into)\s+(?:mid-|end\s+of\s+|late\s+|early\s+|the\s+end\s+of\s+)?20\d\d\b/, /\b\d+\s+meses\b/u,
            /\baté\s+(?:o\s+)?(?:fim\s+de\s+|meados\s+de\s+)?20\d\d\b/u, /\d+个月/, /(?:到|至)20\d\d年/,
          ],
        ],
      },
      // An explicit state: profitable, break-even, cash-flow positive or negative, loss-making, no burn.
      {
        all: [
          [
            /\bprofitab(?:le|ility)\b/, /\bunprofitable\b/, /\bloss[\s-]making\b/, /\bbreak[\s-]?even\b/, 'breakeven', 'in the black', 'in the red',
            /\bcash[\s-]?flow[\s-](?:positive|negative|neutral)\b/, /\b(?:positive|negative)\s+(?:operating\s+|free\s+)?cash[\s-]?flow\b/,
            /\b(?:operating\s+|free\s+)?cash[\s-]?flow\s+(?:\w+\s+){0,3}(?:positive|negative)\b/, 'no cash burn', 'no burn', 'default alive', 'self-sustaining',
            /\b(?:not|never|no\s+longer)\s+(?:\w+\s+)?burn(?:s|ed|ing)?\b/, /\bEBITDA[\s-](?:positive|negative)\b/,
            /\blucrativ[oa]s?\b/u, /\bno\s+azul\b/u, /\bno\s+vermelho\b/u, /\bponto\s+de\s+equilíbrio\b/u, /\bbreak[\s-]even\b/,
            /\bfluxo\s+de\s+caixa\s+(?:\p{L}+\s+)?(?:positivo|negativo)\b/u, /\bnão\s+queima\b/u,
            '盈利', '亏损', '盈亏平衡', '扭亏', /现金流[^，。；,;]{0,4}(?:为正|为负|转正|打平)/, '正现金流', '不烧钱', '没有烧钱',
          ],
        ],
      },
      // Losses, opex or monthly spend with a figure.
      {
        all: [
          [
            'net loss', 'net losses', 'operating loss', 'operating losses', 'EBITDA', 'monthly spend', 'monthly opex', 'monthly expenses', 'monthly costs',
            'operating expenses', 'opex', 'prejuízo', 'despesa mensal', 'despesas mensais', 'gasto mensal', 'gastos mensais', 'custo mensal',
            '净亏损', '经营亏损', '月支出', '每月开支', '月均支出', '每月运营成本', '月度支出',
          ],
          ['@amount', /\d+(?:\.\d+)?\s?%/],
        ],
      },
    ],
    sections: ['Financials', 'Burn', 'Runway', 'Use of funds', 'Finanças', 'Financeiro', 'Uso dos recursos', '财务', '资金', '资金用途'],
    lookedFor: 'a net burn or runway figure, or an explicit profitability, break-even or cash-flow statement',
  },
} satisfies RuleSpec;
