import type { RuleSpec } from '../types';

/**
 * zhu/competing-with-giants: Same track as the giants.
 * Triggers in the catalogue:
 * - {ByteDance / Byte / 字节 / Doubao / 豆包, Alibaba / Ali / 阿里 / Tongyi / 通义, Tencent / 腾讯 / Yuanbao / 元宝 / Hunyuan, Baidu / 百度 / ERNIE / 文心, Kimi / Moonshot, OpenAI / ChatGPT, Google / Gemini}
 * - + {compete, head-on, vs, take share, rival, alternative to, same users; PT competir, concorrer; ZH 正面竞争, 抢份额, 对标}.
 * - {general-purpose chatbot, general assistant, AI search, horizontal super-app; ZH 通用聊天机器人, 通用助手, AI搜索} alone → Information.
 * - !{customer, partner, supplier, reseller; ZH 客户, 合作伙伴}.
 */
export default {
  id: "zhu/competing-with-giants",
  kind: "red",
  title: "Same track as the giants",
  claim: "The startup competes head-on with ByteDance, Alibaba, Tencent, Baidu (or the frontier labs) in a general product the giants believe they can build themselves, or in a feature they can easily bolt on — and the giants already have the scenarios and data.",
  severity: "warning",
  source: "zhu",
  passages: { zhu: ["p-giants-do-it-themselves", "p-midjourney-low-frequency", "p-giants-must-do-it", "p-regret-gpt4-dilemma", "p-openai-forced-gpts", "p-worse-than-four-dragons"], interviewer: ["q-giants-acquire", "q-era-compare", "q-openai-apps"], editor: ["e-history-repeating", "e-four-dragons-lesson", "e-chatbots-absorb", "e-zhu-forum-no-independent"] },
  quote: {
    passages: ["p-giants-do-it-themselves", "p-midjourney-low-frequency"],
    en: "\"ByteDance surely isn't willing to do M&A; it thinks it can do it [itself]. Baidu certainly thinks it can do it. Tencent is hard to say … And Tencent has always thought it's not urgent; it is slowly behind, but it has the scenarios, it has the data — look at Tencent from games to video, music and literature: behind at first, then first.\" […] \"It's very easy to attach something to it [i.e. for others to add it as a feature]. Why would the big companies give you a chance?\" — Zhu Xiaohu",
  },
  questions: ["Why would the big companies give you a chance?", "What do you have that ByteDance, Alibaba, Tencent or Baidu cannot add as a feature — and that they don't already have in scenarios and data?"],
  openQuestion: "Why would the big companies give you a chance? What can't they add as a feature?",
  message: '',
  match: {
    type: 'phrase',
    patterns: [],
  },
} satisfies RuleSpec;
