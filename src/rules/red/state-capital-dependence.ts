import type { RuleSpec } from '../types';

/**
 * zhu/state-capital-dependence: Next rounds depend on government money.
 * Triggers in the catalogue:
 * - {government, state capital, state-owned, SOE investor, guidance fund, municipal / provincial fund, local government, industrial fund; PT capital estatal, fundo do governo, fundo de orientação; ZH 国资, 国有资本, 政府引导基金, 地方政府, 产业基金}
 * - + {next round, lead, bridge, runway, follow-on, Series; PT próxima rodada, liderar; ZH 下一轮, 领投, 融资, 过桥}.
 * - !{customer, buyer, procurement}.
 */
export default {
  id: "zhu/state-capital-dependence",
  kind: "red",
  title: "Next rounds depend on government money",
  claim: "Future funding depends on government or state capital; Zhu says domestic model companies are basically looking to the government for money, and government money is not easy to get now.",
  severity: "warning",
  source: "zhu",
  passages: { zhu: ["p-next-round-government", "p-research-needs-giants-govt"], interviewer: ["q-get-in-first", "q-agi-dreams"], editor: ["e-state-capital-rounds"] },
  quote: {
    passages: ["p-next-round-government"],
    en: "\"The current situation is different from the Four Little Dragons'. The Four Little Dragons grew up during a capital bubble, and there were rounds and rounds and rounds … Until now, who can still finance the next round? Today the domestic large models are basically going to the government for money, and government money isn't easy to get now.\" — Zhu Xiaohu",
  },
  questions: ["Who can still finance the next round?", "If the government money does not come, or comes with conditions, what is the runway?"],
  openQuestion: "Who can still finance the next round if government money does not come?",
  message: '',
  match: {
    type: 'phrase',
    patterns: [],
  },
} satisfies RuleSpec;
