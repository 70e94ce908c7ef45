import type { RuleSpec } from '../types';

/**
 * zhu/green/value-beyond-model: Does what the model cannot do 100%: workflow, manual correction, value-added services.
 * Triggers in the catalogue:
 * - {human review, manual correction, operators, outsourced team, last mile, workflow integration, exception handling, value-added services; PT revisão humana, terceirizada, última etapa, serviços de valor agregado; ZH 人工审核, 人工修改, 外包, 最后一公里, 嵌入工作流, 增值服务}
 * - + present-tense delivery to customers.
 * - !{temporary, plan to remove, fully automated}.
 */
export default {
  id: "zhu/green/value-beyond-model",
  kind: "green",
  title: "Does what the model cannot do 100%: workflow, manual correction, value-added services",
  claim: "The company delivers the part of the outcome that models cannot do 100% — workflow integration, manual correction and fine-tuning of outputs, value-added services on top — which Zhu calls China's opportunity and which survives model upgrades.",
  severity: "information",
  source: "zhu",
  aliases: ["zhu/green/human-in-the-loop"],
  passages: { zhu: ["p-do-what-ai-cannot", "p-hallucination-workflow", "p-china-middle-value-added", "p-no-shell-in-china"], interviewer: ["q-sora-impact"], editor: ["e-zhu-outsourcing-later"] },
  quote: {
    passages: ["p-hallucination-workflow", "p-do-what-ai-cannot"],
    en: "\"It will still help. Today's large models, especially with the Transformer, are a structure that once released has hallucinations and biases [MT: 'ilusões e preconceitos']; they inevitably have to be integrated into the workflow, with the need for manual modification and fine-tuning. You must do things that AI cannot do 100% — that is the opportunity for China.\" — Zhu Xiaohu\n\nAnd `p-china-middle-value-added`: \"I can do value-added services on top of it and I can make money for my customers immediately. That kind of opportunity exists in China.\"",
  },
  questions: ["Which part of the customer's outcome can the model not do 100% — and does the company own that part?", "Is the work on top of the model sold as a value-added service that makes money for the customer immediately?"],
  openQuestion: "",
  message: '',
  match: {
    type: 'phrase',
    patterns: [],
  },
} satisfies RuleSpec;
