import type { RuleSpec } from '../types';

/**
 * zhu/no-data-no-scenario: No proprietary data, no concrete scenario.
 * Triggers in the catalogue:
 * - {no / lack of / without / not yet / TBD / to be explored / planned later; PT sem, ainda não, a definir; ZH 没有, 暂无, 待定, 探索中} + {data, proprietary data, dataset, scenario, use case, vertical, application, go-to-market; PT dados, cenário, caso de uso; ZH 数据, 场景, 应用场景}.
 * - {horizontal, general-purpose, any industry, all scenarios, platform for everyone; PT genérico, qualquer setor; ZH 通用, 所有行业, 全场景}.
 * - !{authorised data, closed loop, named paying scenario}.
 */
export default {
  id: "zhu/no-data-no-scenario",
  kind: "red",
  title: "No proprietary data, no concrete scenario",
  claim: "The memo states or implies that the company has neither proprietary data nor a concrete commercialisation scenario (a use case someone pays for); Zhu asks what value that has.",
  severity: "warning",
  source: "zhu",
  passages: { zhu: ["p-no-scenes-no-data-expensive", "p-core-questions-scenario-data", "p-mna-who-willing", "p-200-models", "p-data-barrier-short-video", "p-regret-gpt4-dilemma", "p-giants-do-it-themselves"], interviewer: ["q-first-look", "q-rejected", "q-mna-wave"], editor: ["e-four-dragons-lesson"] },
  quote: {
    passages: ["p-no-scenes-no-data-expensive", "p-mna-who-willing"],
    en: "\"I don't even want to talk about it, you know? It's pointless — these companies, no scenarios, no data, no data, what value do you say that has? And such an expensive valuation.\" […] \"If we all use LLaMA open source to modify, what don't I have? I have data and scenarios — what do you have? You only have a few people.\" — Zhu Xiaohu",
  },
  questions: ["Where is your commercialisation scenario? Where is your data?", "If vertical scenarios — in which vertical scenarios do you have an advantage?"],
  openQuestion: "Where is your commercialisation scenario? Where is your data?",
  message: '',
  match: {
    type: 'phrase',
    patterns: [],
  },
} satisfies RuleSpec;
