import type { RuleSpec } from '../types';

/**
 * zhu/gap/market: The memo never sizes the market opportunity.
 * Triggers in the catalogue:
 * - {market size, TAM, SAM, SOM, addressable, spend; PT tamanho de mercado, mercado endereçável; ZH 市场规模, 可触达市场, TAM} + {a number with a unit and a basis (customers × spend)}.
 */
export default {
  id: "zhu/gap/market",
  kind: "gap",
  title: "The memo never sizes the market opportunity",
  claim: "Zhu's standard founder questions start with \"where is your market opportunity, and how big is it?\"; a memo that only gestures at a huge opportunity leaves them unanswered.",
  severity: "information",
  source: "zhu",
  passages: { zhu: ["p-market-why-you", "p-founder-portrait"], interviewer: ["q-founder-portrait"] },
  quote: {
    passages: ["p-founder-portrait", "p-market-why-you"],
    en: "\"Very clear thinking — [able to] understand a thing in ten minutes — and more direct expression. (The questions I ask) are basically the same: where is your market opportunity? How big is the market opportunity? Why you? Those are the questions. There isn't much more to say about it.\" — Zhu Xiaohu",
  },
  questions: ["Where is your market opportunity, and how big is it?"],
  openQuestion: "Where is the market opportunity, and how big is it (customers × spend)?",
  message: 'The memo never sizes the market: where the opportunity is and how big it is.',
  match: {
    type: 'absence',
    answers: [
      // A market figure: "serviceable market … ≈ RMB 80B", "市场规模约800亿元", "mercado endereçável de R$ 5 bilhões".
      {
        all: [
          [
            /\bmarket\b(?!\s+(?:cap|capitali[sz]ation|value|share|shares|leader|leaders|conditions|price|prices|sentiment|timing))/, /\b(?:TAM|SAM|SOM)\b(?=\s*(?:[:/=(,|]|of\b|is\b|at\b|de\b|of\b|为|约|\d|US\$|\$|RMB|R\$|¥|table|and|e\b|\/))/, 'addressable', 'serviceable', 'market size', 'market sizing', 'total spend', 'annual spend', 'wallet',
            'opportunity', 'oportunidade', '机会', '赛道',
            'mercado', 'mercado endereçável', 'tamanho de mercado', 'tamanho do mercado', '市场', '市场规模', '市场空间', '可触达市场', '潜在市场',
          ],
          ['@amount'],
        ],
        within: 100,
        unless: ['raised', 'valuation', 'market cap', 'market capitalisation', 'market capitalization', 'market value', 'round', 'captou', 'avaliação', '估值', '融资', '市值'],
      },
      // A sized count of buyers or units: "12M campus-recruitment interviews a year", "4 milhões de PMEs".
      {
        all: [
          [/\bmarket\b(?!\s+(?:cap|capitali[sz]ation|value|share|shares|leader|leaders|conditions|price|prices|sentiment|timing))/, /\b(?:TAM|SAM|SOM)\b(?=\s*(?:[:/=(,|]|of\b|is\b|at\b|de\b|of\b|为|约|\d|US\$|\$|RMB|R\$|¥|table|and|e\b|\/))/, 'addressable', 'serviceable', 'mercado', 'endereçável', '市场', '可触达'],
          [/\b\d[\d,.]*\s?(?:k|K|M|mn|million|billion|bn|thousand)\b/, /\b\d[\d,.]*\s?(?:milhões|milhão|mil|bilhões)\b/u, /\d[\d,.]*\s?(?:万|亿)/],
        ],
        within: 100,
        unless: ['raised', 'valuation', 'market cap', 'round', 'captou', 'avaliação', '估值', '融资', '市值'],
      },
      // A sizing table or a sourced appendix: "TAM / SAM / SOM table with sources (appendix B)".
      {
        all: [
          [/\b(?:TAM|SAM|SOM)\b(?=\s*(?:[:/=(,|]|of\b|is\b|at\b|de\b|of\b|为|约|\d|US\$|\$|RMB|R\$|¥|table|and|e\b|\/))/, 'market sizing', 'market size', 'tamanho de mercado', 'tamanho do mercado', '市场规模', '市场测算'],
          [
            'table', 'appendix', 'bottom-up', 'top-down', 'sources', 'source', 'see', 'estimate', 'estimated', 'tabela', 'apêndice', 'anexo', 'fontes',
            'estimativa', '附录', '测算', '表', '来源', '估算',
          ],
        ],
      },
      // A sourced estimate: "analysts put the market at US$5B" (the analysts are the source, not a third party).
      {
        all: [
          [
            /\b(?:analysts?|research\s+firms?|consultanc(?:y|ies)|IDC|Gartner|Frost\s*&\s*Sullivan|iResearch|McKinsey)\s+(?:estimates?|puts?|sizes?|values?|forecasts?|projects?)\b/,
            'according to analysts', 'analyst estimates', /\banalistas\s+(?:estimam|projetam|calculam)\b/u, '分析师估计', '据艾瑞', '据IDC', '据弗若斯特沙利文',
          ],
          ['@amount'],
        ],
      },
      // A sourced forecast also sizes it: "the market is expected to reach US$12B by 2028" (the forecast verb is part of the answer).
      {
        all: [
          [/\bmarket\b(?!\s+(?:cap|capitali[sz]ation|value|share|shares|leader|leaders|conditions|price|prices|sentiment|timing))/, /\b(?:TAM|SAM|SOM)\b(?=\s*(?:[:/=(,|]|of\b|is\b|at\b|de\b|of\b|为|约|\d|US\$|\$|RMB|R\$|¥|table|and|e\b|\/))/, 'mercado', '市场', '市场规模'],
          [
            /\b(?:expected|projected|forecast|estimated)\s+to\s+(?:reach|grow\s+to|hit|exceed)\b/, /\bwill\s+(?:reach|grow\s+to|exceed)\b/, 'CAGR',
            /\bdeve\s+(?:atingir|alcançar|chegar\s+a)\b/u, /\b(?:vai|irá)\s+(?:atingir|alcançar|chegar\s+a)\b/u, '预计达到', '预计将达到', '将达到', '预计突破', '复合增长率',
          ],
          ['@amount'],
        ],
      },
    ],
    sections: ['Market', 'Market opportunity', 'Opportunity', 'Mercado', 'Oportunidade', '市场', '市场机会'],
    lookedFor: 'a market size with a figure (TAM/SAM, customers × spend) or a sourced sizing table',
  },
} satisfies RuleSpec;
