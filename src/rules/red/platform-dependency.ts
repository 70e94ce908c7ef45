import type { RuleSpec } from '../types';

/**
 * zhu/platform-dependency: Product hosted in another company's content ecosystem.
 * Triggers in the catalogue:
 * - {WeChat official account / 公众号, mini-program / 小程序, Xiaohongshu / 小红书 / RED, Douyin / 抖音, Coze / 扣子 store, GPT Store, app-store featuring; PT conta oficial, miniaplicativo}
 * - + {all / only / main / 90% of distribution, traffic, users, channel; PT toda a distribuição, único canal; ZH 全部, 主要依赖, 唯一渠道, 流量}.
 * - !{one of several channels, customers publish there, data loop across platforms}.
 */
export default {
  id: "zhu/platform-dependency",
  kind: "red",
  title: "Product hosted in another company's content ecosystem",
  claim: "The product or its distribution lives inside another company's content ecosystem — WeChat official accounts, mini-programs, Xiaohongshu, a bot store — and is exposed to platform policy changes and to competition from the platform's own products.",
  severity: "hint",
  source: "editor",
  passages: { zhu: ["e-platform-interpretation", "e-platform-risk"], editor: ["e-platform-interpretation", "e-platform-risk"] },
  quote: {
    passages: ["e-platform-interpretation", "e-platform-risk"],
    en: "\"Also, I have another interpretation of the phrase 'never build a house on someone else's foundation': never host an application in someone else's content ecosystem, especially [WeChat] official accounts and Xiaohongshu. Your product's viability will be drastically reduced when the platform's policies get stricter or when there is a conflict with in-house products. That is a lesson learned from the past.\" — republisher's annotation\n\nHover cards for this rule must say \"Republisher's interpretation of Zhu's maxim; Zhu applied the maxim to domestic foundation models\".",
  },
  questions: ["What share of users and revenue arrives through the platform?", "What happens if the platform tightens its policies or launches its own version?"],
  openQuestion: "What share of users and revenue comes through the platform, and what happens if it changes policy or launches its own version?",
  message: '',
  match: {
    type: 'phrase',
    patterns: [],
  },
} satisfies RuleSpec;
