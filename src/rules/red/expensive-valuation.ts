import type { RuleSpec } from '../types';

/**
 * zhu/expensive-valuation: Rich valuation with no revenue; no plan for the next round.
 * Triggers in the catalogue:
 * - {valuation, post-money, pre-money, priced at, multiple, premium, markup; PT avaliação, prêmio; ZH 估值, 投后, 溢价}
 * - + {scarcity, pedigree, strategic, AI premium, pre-revenue, no revenue, forward revenue, expected markup; PT escassez, sem receita; ZH 稀缺, 尚无收入, 团队背景}.
 * - Raise confidence when no revenue figure appears in the same section (see zhu/gap/revenue).
 * - !{x ARR with growth, profitable, cash-flow positive}.
 */
export default {
  id: "zhu/expensive-valuation",
  kind: "red",
  title: "Rich valuation with no revenue; no plan for the next round",
  claim: "The valuation is rich relative to revenue, data and scenarios, and the memo does not say who can fund the next round or how the valuation will be held.",
  severity: "warning",
  source: "zhu",
  passages: { zhu: ["p-valuation-expensive", "p-next-round-government", "p-no-scenes-no-data-expensive", "p-regret-gpt4-dilemma"], interviewer: ["q-get-in-first", "q-first-look"] },
  quote: {
    passages: ["p-valuation-expensive", "p-next-round-government"],
    en: "\"It's very cheap to get in [sic: the MT says 'barato'; the next sentence shows the point is the opposite — possibly a lost rhetorical question, 'Is it cheap to get in?'], and everyone still tries. Valuations so expensive — go in there for what? I just don't want to talk.\" […] \"Until now, who can still finance the next round? […] Besides, the valuation has been pushed up this far — how do you hold the valuation?\" — Zhu Xiaohu",
  },
  questions: ["What revenue supports this valuation?", "Who can still finance the next round, and at what price? How do you hold the valuation?"],
  openQuestion: "What revenue supports the valuation? Who can still finance the next round, and how is the valuation held?",
  message: '',
  match: {
    type: 'phrase',
    patterns: [],
  },
} satisfies RuleSpec;
