import type { RuleSpec } from '../types';

/**
 * zhu/gap/scenario: The memo never names the commercialisation scenario.
 * Triggers in the catalogue:
 * - {scenario, use case, vertical, target customer, buyer; PT cenário, caso de uso, vertical, cliente-alvo; ZH 场景, 应用场景, 垂直领域, 目标客户} + {a named industry or job and a payer or pricing unit}.
 */
export default {
  id: "zhu/gap/scenario",
  kind: "gap",
  title: "The memo never names the commercialisation scenario",
  claim: "Zhu asks \"where is your commercialisation scenario?\" and, for vertical plays, \"in which vertical scenario do you have an advantage?\"; a memo that never names a concrete use case and who pays for it leaves that unanswered.",
  severity: "information",
  source: "zhu",
  passages: { zhu: ["p-core-questions-scenario-data", "p-regret-gpt4-dilemma", "p-no-scenes-no-data-expensive"], interviewer: ["q-rejected"] },
  quote: {
    passages: ["p-core-questions-scenario-data"],
    en: "\"No, [they] can't answer any of the questions I asked [the MT says 'I can't answer'; the sense is that the founders can't]. Who can answer? I hope they don't like me [sense: I expect they don't]; the key is who can answer. Where is your commercialisation scenario? Where is your data? I don't know. Go talk to them yourself and find out.\" — Zhu Xiaohu",
  },
  questions: ["Where is your commercialisation scenario — which vertical, which customer, paying for what?"],
  openQuestion: "Where is the commercialisation scenario — which vertical, which customer, paying for what? Where do you have an advantage?",
  message: '',
  match: {
    type: 'absence',
    answers: [],
    sections: [],
    lookedFor: '',
  },
} satisfies RuleSpec;
