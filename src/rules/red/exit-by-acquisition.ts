import type { RuleSpec } from '../types';

/**
 * zhu/exit-by-acquisition: Exit relies on a big-tech acquisition.
 * Triggers in the catalogue:
 * - {acquisition, acquire, acquirer, M&A, acqui-hire, strategic buyer, trade sale, licence-and-hire; PT aquisição, venda estratégica; ZH 收购, 并购, 被收购, 卖给大厂}
 * - + {big-tech names (Alibaba, Tencent, ByteDance, Baidu, Meituan, Microsoft, Google), strategic premium, exit, return of capital, downside protection; ZH 战略溢价, 退出, 保本}.
 * - !{IPO as base case, company as acquirer}.
 */
export default {
  id: "zhu/exit-by-acquisition",
  kind: "red",
  title: "Exit relies on a big-tech acquisition",
  claim: "The exit thesis relies on a strategic acquisition at a premium; Zhu says the giants think they can build it themselves, prices are completely different from before, and M&A now means buying the team — at best returning principal plus interest.",
  severity: "warning",
  source: "zhu",
  passages: { zhu: ["p-principal-plus-interest", "p-acquire-team", "p-mna-who-willing", "p-giants-do-it-themselves", "p-ali-price-different", "p-team-open-source-level", "p-what-are-we-missing"], interviewer: ["q-mna-wave", "q-giants-acquire", "q-light-years-acquisition"], editor: ["e-acquihire-script"] },
  quote: {
    passages: ["p-principal-plus-interest", "p-acquire-team"],
    en: "\"It's a total relief for Lao Wang (Wang Huiwen), and basically the investors will get their capital back. This is also a warning — future M&A, if not that successful, may let investors get back principal plus interest. The big companies aren't that rich; M&A can't be compared with before. If it's just to let investors get back principal plus interest, then what's the point of investing?\" […] \"Now M&A may mean acquiring a team just for the sake of acquiring a team. How much is the team worth? How much can you spend? It's completely different from the old days.\" — Zhu Xiaohu",
  },
  questions: ["Which acquirer, why would they not build it themselves, and at what price — more than principal plus interest?", "How much is the team worth, especially if it only reaches open-source level (`p-team-open-source-level`)?"],
  openQuestion: "Which acquirer, why wouldn't they build it themselves, and would the price beat principal plus interest?",
  message: '',
  match: {
    type: 'phrase',
    patterns: [],
  },
} satisfies RuleSpec;
