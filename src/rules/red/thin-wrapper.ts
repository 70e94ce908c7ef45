import type { RuleSpec } from '../types';

/**
 * zhu/thin-wrapper: Thin shell over a frontier model.
 * Triggers in the catalogue:
 * - {frontier model or API}: GPT-4 / GPT-4o / GPT-3.5, ChatGPT, OpenAI API, Claude, Gemini, "LLM API", "the model".
 * - + {thin layer}: wrapper, shell, thin layer, UI on top, front end, prompt(s), prompt library, prompt engineering as core IP, plug-in, extension, GPTs; PT casca, invólucro, camada fina, interface sobre, prompts; ZH 套壳, 壳应用, 一层壳, 提示词, 调用接口.
 * - Raise confidence when the same section mentions none of {data, workflow, integration, human review, service, customers' systems}.
 * - !{value added, workflow, integration, proprietary data, human review} stated as the product's core.
 */
export default {
  id: "zhu/thin-wrapper",
  kind: "red",
  title: "Thin shell over a frontier model",
  claim: "The product's value is a thin layer (interface, prompts, plug-in) over a powerful closed model, with no value-added service, data or workflow on top — what Zhu calls a \"shell app\".",
  severity: "warning",
  source: "zhu",
  passages: { zhu: ["p-us-thin-or-moonshot", "p-no-shell-in-china", "p-china-middle-value-added", "p-open-source-base"], interviewer: ["q-china-us-gap"], editor: ["e-chatbots-absorb"] },
  quote: {
    passages: ["p-us-thin-or-moonshot", "p-no-shell-in-china"],
    en: "\"When you look at AI application innovation in the United States, there are honestly only two paths. One is very, very thin, because the underlying large model is so powerful that what sits on top is called a shell app. […] There is almost nothing like this [value-added opportunity] in the United States, because the underlying large models are so powerful that there is very little startups can do on top. In China nobody will look at a shell. In China there is no shell, because the large model's own function is just that; there has to be value added on top.\" — Zhu Xiaohu",
  },
  questions: ["What does the customer get that they would not get from the underlying model, or from the model vendor's own chatbot, directly?", "Which value-added services, data or workflow sit on top of the model?", "(Chinese company on OpenAI) How do you handle access? Zhu: before LLaMA, \"many shells used OpenAI, which was a bit problematic\" (`p-open-source-base`)."],
  openQuestion: "What does the customer get beyond the underlying model or its vendor's own app? What value is added on top?",
  message: '',
  match: {
    type: 'phrase',
    patterns: [],
  },
} satisfies RuleSpec;
