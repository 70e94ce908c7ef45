import type { RuleSpec } from '../types';

/**
 * zhu/green/open-source-finetune: Fine-tunes open-source weights on one or a few GPUs.
 * Triggers in the catalogue:
 * - {LLaMA / Llama, Mistral, Mixtral, Gemma, open-weight Qwen, DeepSeek weights, Yi, GLM-4-9B, MiniCPM, InternLM, "open source model", open weights; PT código aberto, pesos abertos; ZH 开源模型, 开源权重}
 * - + {fine-tune, LoRA, train for weeks/months, one / few GPUs (cards), self-hosted, on our servers; PT ajuste fino, hospedado; ZH 微调, 一张卡, 本地部署, 私有化部署}.
 * - !{API, hosted by the vendor, plan to pre-train}.
 */
export default {
  id: "zhu/green/open-source-finetune",
  kind: "green",
  title: "Fine-tunes open-source weights on one or a few GPUs",
  claim: "The product is built on open-source models (LLaMA, Mistral and other open weights), fine-tuned for two or three months on one or a few GPUs and re-tested as new open models appear — cheap, quick to commercialise, and free of copy risk from a model vendor.",
  severity: "information",
  source: "zhu",
  passages: { zhu: ["p-instant-money", "p-llama-few-cards", "p-private-marketing-llama", "p-open-source-base", "p-llama-key-node", "p-test-open-models", "p-app-layer-open-source", "p-gemma-competition"], interviewer: ["q-key-nodes-2023", "q-gemma"], editor: ["e-chinese-open-source-top"] },
  quote: {
    passages: ["p-instant-money", "p-test-open-models"],
    en: "\"These CTOs of ours are very young. Take LLaMA and train it for two or three months — at worst one card [GPU] — train for two or three months and you can commercialise it immediately.\" […] \"For many vertical applications, we found that Mistral 2 is better than LLaMA 2. Anyway, if an open-source model is opened [i.e. released], we will test it and see which one works better.\" — Zhu Xiaohu\n\nAnd `p-llama-few-cards`: \"… just do LLaMA training in two or three months. The companies we invested in don't need many cards; at worst just one card, though Fancy may have more than ten cards — now that revenue is high, more than a hundred.\"",
  },
  questions: ["Which open model, how long the training took, and on how many cards (his benchmark: two to three months, at worst one card).", "Whether the team tests each new open model per vertical and switches when one works better (`p-test-open-models`).", "Whether it is self-hosted, so no model vendor sees and copies the product."],
  openQuestion: "",
  message: '',
  match: {
    type: 'phrase',
    patterns: [],
  },
} satisfies RuleSpec;
