import type { RuleSpec } from '../types';

/**
 * zhu/model-and-app: "Two-wheel drive": best model and best app at once.
 * Triggers in the catalogue:
 * - {two-wheel drive, 双轮驱动, 模应一体, tração nas duas rodas, "model + app", full stack from model to app, vertically integrated model and app}
 * - or {own foundation model / pre-training / 自研大模型} + {consumer app / super-app / chatbot / DAU / C端应用} in the same paragraph.
 * - !{fine-tune only, open-source base, application only}.
 */
export default {
  id: "zhu/model-and-app",
  kind: "red",
  title: "\"Two-wheel drive\": best model and best app at once",
  claim: "The plan is to build both a leading foundation model and the winning application; Zhu doubts anyone, even Baidu, has both wheels turning, and model and application need completely different skill sets.",
  severity: "warning",
  source: "zhu",
  passages: { zhu: ["p-two-wheel-drive", "p-domestic-copy-skills", "p-not-recommend-domestic"], interviewer: ["q-two-wheel", "q-model-and-app-ideal"], editor: ["e-two-wheel-failed", "e-byte-exception"] },
  quote: {
    passages: ["p-two-wheel-drive", "p-domestic-copy-skills"],
    en: "\"How do you drive on two wheels? Can you turn on two wheels? Is there a large model where both wheels are turning? Honestly, I don't dare say Baidu has two wheels turning. Baidu at least has many scenarios; Wenxin Yiyan [ERNIE Bot] at least started early, at least 1 million DAU — [and even it] doesn't dare say two-wheel drive has appeared this year.\" […] \"Model skills and application skills are completely different. The model needs scientists; these people know the technology very well and you don't need many of them, just a lean team. For applications you need to know the scenarios, market placement and sales very well — a completely different skill set from the scientists'.\" — Zhu Xiaohu",
  },
  questions: ["Who runs the application business, and what have they sold before?", "Which scenarios does the app already own? (Baidu had many and still did not qualify.)", "When both wheels need money, which one gets it?"],
  openQuestion: "Who runs the application business and what have they sold before? Which wheel gets the money first?",
  message: '',
  match: {
    type: 'phrase',
    patterns: [],
  },
} satisfies RuleSpec;
