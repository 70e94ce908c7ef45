import type { RuleSpec } from '../types';

/**
 * zhu/foundation-model-training: Startup pre-training its own general foundation model.
 * Triggers in the catalogue:
 * - {pre-train, train from scratch, own / proprietary foundation or base model, general-purpose LLM, GPT-4-class, GPT-4 parity; PT pré-treinar, modelo fundacional próprio, treinar do zero; ZH 预训练, 自研大模型, 基座模型, 通用大模型, 从零训练, 对标GPT-4}
 * - + {budget / use of funds / GPU cluster / thousands of GPUs / tens or hundreds of billions of parameters / trillions of tokens / US$ tens of millions; ZH 千亿参数, 万卡, 算力投入}.
 * - !{fine-tune, LoRA, open weights, continued pre-training of an open model with a small budget}.
 */
export default {
  id: "zhu/foundation-model-training",
  kind: "red",
  title: "Startup pre-training its own general foundation model",
  claim: "A startup that plans to spend tens of millions of dollars pre-training a GPT-4-class general model risks having the spend made worthless when someone open-sources an equivalent; only the giants (and governments) can fund that race, and China can follow at an order of magnitude less cost.",
  severity: "warning",
  source: "zhu",
  passages: { zhu: ["p-gpt4-research-cost", "p-gpt4-not-gpt5", "p-open-source-wastes-spend", "p-giants-must-do-it", "p-regret-gpt4-dilemma", "p-daring-to-smash-money", "p-200-models", "p-china-follow-order-less", "p-research-needs-giants-govt", "p-7-trillion", "p-us-base-huge", "p-knew-it-wont-work", "p-no-chance-no-talk"], interviewer: ["q-gpt5", "q-everyone-talks", "q-regret", "q-agi-dreams", "q-when-decided", "q-china-us-gap", "q-met-each"], editor: ["e-gpt4-training-cost", "e-moonshot-stopped-pretraining", "e-zero-one-pivot", "e-zhu-forum-no-independent"] },
  quote: {
    passages: ["p-gpt4-research-cost", "p-gpt4-not-gpt5", "p-open-source-wastes-spend"],
    en: "\"The point is, let me ask you a very practical question right now: do you want to invest in research? You will do scientific research of at least 40 to 50 million US dollars.\" [Interviewer: \"(Research) for GPT-5?\"] \"No, for GPT-4!!! GPT-5 costs hundreds of millions of dollars!\" […] \"The question is: what if you spend 40 to 50 million dollars to produce it and someone else open-sources it? Aren't you doing it all for free [i.e. for nothing]? That is a very practical problem. Now, of most companies in China, how many dare to really spend money developing GPT-4?\" — Zhu Xiaohu\n\nAnd `p-regret-gpt4-dilemma`: \"Do you do GPT-4 or not? If you don't, what's the difference between you and the others; if you do, in case others open-source GPT-4, you'll regret it.\"",
  },
  questions: ["How much of the round goes to pre-training compute, and what is that spend worth if an equivalent open model is released?", "Do you do GPT-4 or not? If not, how are you different; if yes, how do you survive an open-source release?", "Why should a startup rather than a giant fund this, when following costs an order of magnitude less (`p-china-follow-order-less`)?"],
  openQuestion: "What is the pre-training spend worth if an equivalent open-source model is released? Do you do GPT-4 or not?",
  message: '',
  match: {
    type: 'phrase',
    patterns: [],
  },
} satisfies RuleSpec;
