import type { RuleSpec } from '../types';

/**
 * zhu/model-will-subsume: Betting on a gap the next model release will close.
 * Triggers in the catalogue:
 * - {differentiator / moat / core IP / key technology / value; PT diferencial, fosso; ZH 核心技术, 壁垒, 护城河}
 * - + {capability on the model roadmap}: context length / window / token limit, long documents, reasoning, chain-of-thought prompting, algorithmic hallucination fix, memory, image control / consistency, code completion or generation, translation quality, summarisation, prompt optimisation, multimodal understanding; PT limite de contexto, raciocínio, alucinação; ZH 上下文长度, 长文本, 推理能力, 幻觉, 提示词工程, 多模态.
 * - !{human review, manual correction, workflow integration, outsourced team, customer's systems}.
 */
export default {
  id: "zhu/model-will-subsume",
  kind: "red",
  title: "Betting on a gap the next model release will close",
  claim: "The product's core value is something foundation models will soon do completely by themselves (longer context, better reasoning, controllable images, code), so the work will be \"subverted\" by the next release.",
  severity: "warning",
  source: "zhu",
  passages: { zhu: ["p-do-what-ai-cannot", "p-hallucination-workflow"], interviewer: ["q-sora-impact"], editor: ["e-model-capabilities-grew", "e-misjudge-direction"] },
  quote: {
    passages: ["p-do-what-ai-cannot"],
    en: "\"You must do things that AI cannot do 100% — that is the opportunity for China. Whatever large models can do 100% will soon be subverted; what you are doing now [if it is that] is a waste.\" — Zhu Xiaohu",
  },
  questions: ["Which of your core capabilities will the next GPT, Claude, Gemini or open-source release provide natively? What is left when it does?", "Which part of the customer's outcome will always need workflow integration, manual correction or fine-tuning? (Zhu: hallucinations and bias make that unavoidable, `p-hallucination-workflow`.)"],
  openQuestion: "Which core capability will the next model release provide natively, and what remains when it does?",
  message: '',
  match: {
    type: 'phrase',
    patterns: [],
  },
} satisfies RuleSpec;
