import type { RuleSpec } from '../types';

/**
 * zhu/fomo: FOMO or consensus as the investment case.
 * Triggers in the catalogue:
 * - {FOMO, fear of missing out, can't afford to miss, last chance, window closing, everyone is investing, all top funds, consensus, exposure to the theme, allocation; PT não podemos ficar de fora, última chance, consenso, todos os fundos; ZH 错过, 不能错过, 共识, 抢份额, 头部基金都投了, 窗口期}
 * - as the stated reason {because, so, therefore, given; ZH 所以, 因此}.
 * - !{despite, we recognise, regret, wait}.
 */
export default {
  id: "zhu/fomo",
  kind: "red",
  title: "FOMO or consensus as the investment case",
  claim: "The case for investing rests on fear of missing out or on consensus (\"all top funds are in\", \"last chance to get allocation\") rather than on revenue, data and scenarios.",
  severity: "warning",
  source: "zhu",
  passages: { zhu: ["p-typical-fomo", "p-what-are-we-missing", "p-vcs-never-consensus", "p-big-factories-fomo", "p-tech-romanticism", "p-let-bullet-fly", "p-one-year-later"], interviewer: ["q-funds-fomo", "q-not-afraid-missing", "q-pressure", "q-moonshot-1b", "q-one-year", "q-wang-huiwen-reaction"], editor: ["e-ali-round", "e-dragons-still-there"] },
  quote: {
    passages: ["p-typical-fomo", "p-what-are-we-missing", "p-vcs-never-consensus"],
    en: "\"Some of them are typical FOMO — that is, Fear of Missing Out.\" [Interviewer: \"Aren't you afraid of missing it?\"] \"We don't care — what are we missing?\" […] \"Why would there be much pressure? Chinese VCs have never made money by consensus.\" — Zhu Xiaohu\n\nAnd `p-let-bullet-fly`: \"Calm down, everyone, let the bullet fly for a while. Let it fly for half a year and you'll know whether it works or not.\"",
  },
  questions: ["Without the other funds in the round, does the deal stand on revenue, data and scenarios?", "What will be known in six months if we wait (\"let the bullet fly\")?"],
  openQuestion: "Without the other funds in the round, does the deal stand on revenue, data and scenarios?",
  message: '',
  match: {
    type: 'phrase',
    patterns: [],
  },
} satisfies RuleSpec;
