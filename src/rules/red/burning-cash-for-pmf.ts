import type { RuleSpec } from '../types';

/**
 * zhu/burning-cash-for-pmf: Burning cash to find product–market fit.
 * Triggers in the catalogue:
 * - {burn, cash burn, subsidies, paid acquisition, blitzscaling, aggressive spend, large raise, headcount ramp, smash money; PT queimar caixa / dinheiro, subsídios, aquisição paga; ZH 烧钱, 补贴, 砸钱, 投放买量, 扩团队}
 * - + {before / to find / until PMF, product-market fit, find the use case, monetise later, growth first; PT até encontrar, monetizar depois; ZH 找到PMF, 先…再变现, 先规模后盈利}.
 * - !{profitable, cash-flow positive, funded from profits, payback, capped validation budget}.
 */
export default {
  id: "zhu/burning-cash-for-pmf",
  kind: "red",
  title: "Burning cash to find product–market fit",
  claim: "The plan spends heavily — a big raise, subsidies, paid acquisition, a headcount ramp, model training — to find or force product–market fit; Zhu says PMF cannot be bought and that to-B AIGC basically does not need to burn cash.",
  severity: "warning",
  source: "zhu",
  passages: { zhu: ["p-pmf-not-money", "p-to-b-no-burn", "p-no-burn-only-way", "p-revenue-burn-question", "p-daring-to-smash-money"], interviewer: ["q-to-c-projects", "q-enterprise-investors-vanish", "q-way-forward"], editor: ["e-verify-demand-cheaply", "e-warns-no-burn"] },
  quote: {
    passages: ["p-to-b-no-burn", "p-pmf-not-money"],
    en: "\"For B, it's immediate commercialisation; you basically don't need to burn cash. Yesterday we invested in a company that said: for AIGC PMF, if ten people can't find it, a hundred people can't find it either. It has nothing to do with the number of people or the cost.\" […] \"You won't [get there by] smashing money. It's impossible to build AIGC with money; the key is to find PMF! The key is to find PMF. If you find PMF, you won't need to spend tens of millions of dollars smashing out a large model; the cost isn't high — just train on LLaMA for two or three months.\" — Zhu Xiaohu",
  },
  questions: ["How much revenue do you have? Can you do it without burning cash? (`p-revenue-burn-question`)", "What is the cheapest test that proves demand before the spend? (the editor's paraphrase of Zhu's habit: spend a few hundred thousand to two million to check demand, `e-verify-demand-cheaply`)"],
  openQuestion: "How much revenue do you have? Can you do it without burning cash? What is the cheapest test of demand?",
  message: '',
  match: {
    type: 'phrase',
    patterns: [],
  },
} satisfies RuleSpec;
