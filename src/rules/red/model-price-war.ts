import type { RuleSpec } from '../types';

/**
 * zhu/model-price-war: Selling model access at prices the price war erases.
 * Triggers in the catalogue:
 * - {private deployment, on-prem LLM, licence, API pricing, per token, per million tokens, subscription, seat fee for the model; PT implantação privada, por token, assinatura; ZH 私有化部署, 按token计费, API收费, 会员订阅} + {price, fee, yuan, RMB, US$, margin, premium, pricing power; ZH 单价, 毛利, 溢价}.
 * - Raise to Warning with high confidence when the seller is the model company itself; Information when model access is a minor line.
 * - !{we buy / consume the API, cost of goods, beneficiary of price cuts}.
 */
export default {
  id: "zhu/model-price-war",
  kind: "red",
  title: "Selling model access at prices the price war erases",
  claim: "Revenue comes from selling access to a large model — private deployments, API tokens, chatbot subscriptions — at prices that the price war is erasing (private deployments fell from about 10 million to under 1 million yuan within 2023) and for which users switch at once.",
  severity: "warning",
  source: "zhu",
  aliases: ["zhu/private-deployment-pricing"],
  passages: { zhu: ["p-private-deployment-price-war", "p-price-migration-gemini", "p-users-follow-best-free", "p-worse-than-four-dragons", "p-openai-forced-gpts", "p-phone-bundling"], interviewer: ["q-rejected", "q-openai-apps"], editor: ["e-deepseek-price-cut", "e-price-war-followers", "e-no-loyalty-observations"] },
  quote: {
    passages: ["p-private-deployment-price-war"],
    en: "\"Now, 200 large models. At the start of 2023 a private deployment of a large model went for 10 million; by June, 5 million; by the end of the year, 1 million would not get you one [the MT literally says '10 million large models will be privatised …']. For central state-owned enterprises to deploy large models privately, it doesn't take a million yuan. Within a year the price was slashed to the floor [the MT is garbled here]. How do you do that? How can startups do that? With the price war starting, it will be very hard for large-model companies to survive on their own.\" — Zhu Xiaohu\n\nAnd `p-price-migration-gemini`: \"This year will show whether the large model itself is a good business model. How many OpenAI users will migrate to Google's Gemini because of the price difference — US$20 a month for OpenAI, US$10 a month for Gemini?\"",
  },
  questions: ["What is the price per deployment / million tokens / seat today against twelve months ago, and what margin is left after the next cut?", "Is the large model itself a good business model here? Where is the value besides the model?"],
  openQuestion: "What is the price today against a year ago, and what margin remains after the next cut? Where is the value besides the model?",
  message: '',
  match: {
    type: 'phrase',
    patterns: [],
  },
} satisfies RuleSpec;
