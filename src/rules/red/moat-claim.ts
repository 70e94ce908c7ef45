import type { RuleSpec } from '../types';

/**
 * zhu/moat-claim: Claimed moat or user loyalty for a model product.
 * Triggers in the catalogue:
 * - {moat, defensibility, lock-in, loyalty, loyal, sticky, stickiness, switching costs, first-mover advantage; PT fosso, fidelidade, fiéis, custo de troca; ZH 护城河, 壁垒, 忠诚度, 粘性, 迁移成本, 先发优势}
 * - + {model, model quality, brand, users, chatbot, assistant, app}.
 * - !{data loop, closed-loop data, proprietary data, customer authorisation, measured retention figures}.
 */
export default {
  id: "zhu/moat-claim",
  kind: "red",
  title: "Claimed moat or user loyalty for a model product",
  claim: "The memo asserts a moat from model quality, brand or user loyalty; Zhu says companies have no moats and users have no loyalty — they go wherever the best models and the free channels are.",
  severity: "warning",
  source: "zhu",
  passages: { zhu: ["p-no-moats-no-loyalty", "p-users-follow-best-free", "p-price-migration-gemini", "p-midjourney-low-frequency"], editor: ["e-no-loyalty-observations"] },
  quote: {
    passages: ["p-price-migration-gemini", "p-users-follow-best-free", "p-no-moats-no-loyalty"],
    en: "\"Half of our team in the US has already moved to Gemini, partly because of the price and partly because of Google's ecosystem. Wherever the best models are, wherever the free channels are, that's where users go. Companies have no moats. Users have no loyalty.\" — Zhu Xiaohu",
  },
  questions: ["If a better or free model appears tomorrow, why do users stay?", "What is defensible that is not the model — data loop, scenario, sales?"],
  openQuestion: "If a better or free model appears tomorrow, why do users stay? What is defensible that is not the model?",
  message: '',
  match: {
    type: 'phrase',
    patterns: [],
  },
} satisfies RuleSpec;
