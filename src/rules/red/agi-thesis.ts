import type { RuleSpec } from '../types';

/**
 * zhu/agi-thesis: Case depends on reaching AGI.
 * Triggers in the catalogue:
 * - {AGI, artificial general intelligence, superintelligence, path to AGI; PT AGI, inteligência artificial geral; ZH AGI, 通用人工智能, 超级智能}
 * - + {justifies, thesis, mission, returns, valuation, by 20XX, belief / faith; PT justifica, tese; ZH 支撑估值, 信仰, 投资逻辑}.
 * - !{not part of the case, not modelled, even without}.
 */
export default {
  id: "zhu/agi-thesis",
  kind: "red",
  title: "Case depends on reaching AGI",
  claim: "The investment case depends on reaching AGI, or on its timing; Zhu believes in AGI but invests in applications that commercialise immediately, thinks AGI is at least 5–10 years away, and says research dreams need big companies and governments.",
  severity: "information",
  source: "zhu",
  passages: { zhu: ["p-believe-agi-but-apps", "p-agi-5-10-years", "p-agi-energy", "p-research-needs-giants-govt", "p-what-no-faith"], interviewer: ["q-no-agi-faith", "q-if-wrong", "q-agi-dreams"] },
  quote: {
    passages: ["p-believe-agi-but-apps", "p-agi-5-10-years"],
    en: "\"No, I believe in AGI, but I believe in the application — ah, I believe this can be commercialised immediately.\" […] \"In my personal opinion, the core question is still whether AGI can be produced, whether it can produce an artificial intelligence that understands the world model. For now, I think at least 5 to 10 years are not visible [i.e. it is at least 5–10 years away].\" — Zhu Xiaohu",
  },
  questions: ["What does the company sell before AGI? Would the case hold if AGI is ten years away?"],
  openQuestion: "What does the company sell before AGI, and does the case hold if AGI is ten years away?",
  message: '',
  match: {
    type: 'phrase',
    patterns: [],
  },
} satisfies RuleSpec;
