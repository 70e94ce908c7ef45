import type { RuleSpec } from '../types';

/**
 * zhu/below-open-source-bar: Model company judged against domestic peers, not the best open-source model.
 * Triggers in the catalogue:
 * - {our / the company's model} + {best / leading / first / top tier among domestic or Chinese models, C-Eval / CMMLU / SuperCLUE rank, "GPT-3.5 level", "close to GPT-4"; PT melhor entre os modelos chineses, primeiro escalão; ZH 国内第一, 第一梯队, 国产最强, 榜单第一}.
 * - Fire only when the comparison set contains no open-source model: !{LLaMA / Llama, Mistral, Gemma, open-weight Qwen, DeepSeek, "open source", 开源, código aberto}.
 */
export default {
  id: "zhu/below-open-source-bar",
  kind: "red",
  title: "Model company judged against domestic peers, not the best open-source model",
  claim: "A model company is worth something only if it at least reaches the best open-source level, and has unique value only if it catches closed source; \"best among domestic models\" or \"GPT-3.5 level\" is not the bar.",
  severity: "warning",
  source: "zhu",
  passages: { zhu: ["p-beat-open-source-valuable", "p-open-source-bar", "p-team-open-source-level", "p-mna-who-willing"], interviewer: ["q-yang-team", "q-light-years-acquisition"], editor: ["e-domestic-level-slowing", "e-chinese-open-source-top"] },
  quote: {
    passages: ["p-open-source-bar", "p-beat-open-source-valuable"],
    en: "\"As for the progress of China's large models: if you catch up with open source, you at least still have a reason to exist; if you can't catch up with open source, there is no point; if you catch up with closed source, only then can you have unique additional value.\" […] \"They (Dark Side of the Moon) are ahead among domestic large models, but they still need to prove their long-term value by at least catching up with US open source. If they can surpass open source, it will be really valuable as a team.\" — Zhu Xiaohu",
  },
  questions: ["On the target tasks, how does the model compare with the best open-weight model available today?", "If it only reaches open-source level, how much would anyone pay to acquire the team (`p-team-open-source-level`)?"],
  openQuestion: "Compared with the best open-weight model on the target tasks, where does the model stand?",
  message: '',
  match: {
    type: 'phrase',
    patterns: [],
  },
} satisfies RuleSpec;
