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
  message: 'Revenue rests on selling model access ({evidence}); private-deployment and token prices fell tenfold in a year, and users switch at once.',
  match: {
    type: 'phrase',
    patterns: [
      // Selling the model itself (private deployment, licence, API, tokens, inference) for a price or revenue.
      {
        all: [
          [
            'private deployment', 'private deployments', 'private-deployment', 'private LLM deployment', 'private LLM deployments',
            'on-premise deployment', 'on-premise deployments', 'on-prem deployment', 'on-prem deployments', 'on-premises deployment',
            'on-premise large-model', 'on-premise LLM', 'on-prem LLM', 'on-premise licence', 'on-premise license', 'licence', 'license',
            'licences', 'licenses', 'licensing', 'API access', 'API pricing', 'API revenue', 'API sales', 'API calls', 'the API',
            'per token', 'per million tokens', 'per thousand tokens', 'per 1,000 tokens', 'per 1M tokens', 'per 1K tokens',
            'token revenue', 'token sales', 'token pricing', 'tokens sold', 'inference sales', 'model inference', 'inference revenue',
            'on-premise installation', 'on-premise installations', 'on-prem installation', 'per installation', 'per deployment',
            'deployment fee', 'deployment fees', 'privately deployed', 'privately-deployed', 'deployed privately', 'model-as-a-service',
            'model as a service', 'MaaS', 'consumer tier', 'unlimited chats', 'per call', 'pay-per-call', 'per API call',
            'inference endpoint', 'appliance', 'appliances', '一体机', 'all-in-one', 'model-plus-server',
            /\bimplanta\p{L}+\s+(?:on-premise|on-prem|privadas?|locais|local)\b/u, 'licenças de uso', 'regime on-premise',
            'por implantação', 'vendido on-premise', 'vendido em regime',
            /\baccess to (?:its|our|the company's|the company’s|their|the)\s+(?:own\s+)?(?:[\w-]+\s+){0,2}(?:model|LLM)s?\b/,
            /\bprivate(?:ly)?[- ](?:installation|install|deployment|hosting|copy|copies)s?\b/, /\bprivate[\s-]cloud\s+(?:deployments?|installations?|instances?|editions?|versions?)\b/,
            /\bon[- ]?prem(?:ise|ises)?\s+(?:install(?:ation)?s?|cop(?:y|ies)|versions?|editions?|licen[cs]es?)\b/,
            /\bsubscriptions?\s+to\s+(?:the\s+)?(?:company's\s+|company’s\s+)?(?:model|LLM|chatbot)/, /\bmodel(?:'s|’s)\s+(?:enterprise|pro|premium)\s+(?:edition|tier|plan)\b/,
            /\b(?:APIs?|modelos?)\s+(?:concorrentes|rivais)\b/u, /\b(?:rival|competing|competitor)\s+(?:APIs?|models?)\b/, '模型授权', '授权费', '模型许可',
            'seat fee', 'seat fees', 'per-seat fee', 'model access', 'access to its model', 'access to our model', 'access to the model', 'model subscriptions', 'deployment deals',
            'implantação privada', 'implantações privadas', 'implantação on-premise', 'licença', 'licenças', 'licenças on-premise',
            'por token', 'por mil tokens', 'por milhão de tokens', 'acesso à API', 'acesso por token', 'venda de tokens',
            '私有化部署', '本地化部署', '私有部署', '按token', '按 token', 'API调用', 'API收费', 'API服务', 'token收费', '按调用量',
            /(?<![A-Za-z0-9_])(?:API|APIs|token|tokens)(?![A-Za-z0-9_])/,
          ],
          [
            '@amount', 'price', 'prices', 'priced', 'pricing', 'pricing power', 'fee', 'fees', 'charges', 'charge', 'charging', 'pays', 'pay',
            'income', 'billing', 'billed', 'ARR', 'bookings', 'of sales', 'comes from', 'come from', 'share of revenue',
            'premium', 'margin', 'margins', 'gross margin', 'revenue', 'revenues', 'monetisation', 'monetization', 'sells', 'sell',
            'selling', 'sold', 'worth', 'per client', 'per customer', 'per installation', 'each worth', 'bulk of',
            'receita', 'faturamento', 'margem', 'margem bruta', 'preço', 'preços', 'vende', 'vender', 'vendidas', 'vendidos', 'cobra',
            'cobrar', 'ágio', 'poder de preço', 'assinatura mensal', 'acesso ilimitado',
            'modelo de negócio', 'por cliente', 'yuans', 'milhões',
            '收入', '营收', '收费', '单价', '毛利', '毛利率', '溢价', '客单价', '盈利', '出售', '售价', '报价', '每单', '万元', '元',
          ],
          [
            // Not a "business model", "pricing model" or "modelo de negócio".
            /(?<!\b(?:business|pricing|revenue|financial|operating|risk|subscription|delivery|service|licensing|licence|license|economic|sales|data|scoring)\s+)\bmodels?\b/,
            /\bmodelos?\b(?!\s+de\s+(?:negócio|negócios|receita|precificação|assinatura|cobrança))/u,
            'LLM', 'LLMs', 'large model', 'large-model', 'language model', 'foundation model', 'GPT', 'token', 'tokens', 'endpoint',
            '大模型', '模型', '自有模型', /(?<![A-Za-z0-9_])(?:LLM|token|tokens|GPT)(?![A-Za-z0-9_])/,
          ],
        ],
        within: 180,
      },
      // Chatbot or premium-model subscriptions: "a US$20-per-month chatbot subscription".
      {
        all: [
          [
            'chatbot', 'chat app', 'assistant app', 'AI assistant', 'premium model tier', 'model tier', 'premium model',
            'acesso ilimitado ao modelo', 'unlimited access to the model', /\baccess to the (?:company's|company’s) model\b/,
            'model subscription',
            'chatbot subscription', 'model subscription', 'assinatura do chatbot', 'plano premium', '会员订阅', '会员', '订阅制', '高级模型',
            // The assistant itself as the paid product, in PT and ZH ("a assinatura do assistente custa R$ 49 por mês").
            'assistente de IA', 'assistente virtual', 'assinatura do assistente', 'chat de IA', 'AI助手', '智能助手', '聊天机器人', 'AI聊天',
          ],
          [
            'subscription', 'subscriptions', 'per month', 'a month', 'monthly', '/month', 'per year', 'a year', 'annual plan',
            'assinatura', 'assinaturas', 'por mês', 'mensal', 'assinatura mensal', '每月', '月费', '包月', '年费', '订阅',
          ],
          ['@amount', 'revenue', 'monetisation', 'monetization', 'charges', 'pay', 'pays', 'price', 'receita', 'preço', '收入', '收费', '定价'],
        ],
        within: 160,
      },
    ],
    // Buying model access is a cost that the price war lowers, not a revenue it erases; a memo that
    // reports the collapse of prices is describing the market.
    unless: [
      // The company pays a model vendor: "pays OpenAI US$20k a month in token fees" (the vendor name only,
      // since a suppressor that overlaps the trigger "pays" would not count).
      /(?<=\bpa(?:ys|id|ying)\s+(?:about\s+|roughly\s+|around\s+)?)(?:OpenAI|Anthropic|Google|Microsoft|Azure|Baidu|Alibaba|Zhipu|Moonshot|DeepSeek|its (?:model )?(?:vendor|provider)s?|(?:model |API )?(?:vendors?|providers?)|\w+ Cloud)\b/,
      /\bin (?:API|token|inference|model|LLM) (?:fees|costs|bills?|spend)\b/,
      /\bfor (?:DeepSeek|OpenAI|GPT-?4o?|Claude|Gemini|Qwen|ERNIE|Doubao|GLM|Kimi|Llama)\b/,
      /(?<=\b(?:company|startup|we|it|team|firm)\s+(?:pays|paid|spends|spent)\s+)(?:about\s+|roughly\s+|around\s+|some\s+)?\S+/,
      'one component', 'a component', 'small share of revenue', 'saves', 'saving', 'savings', 'saved', 'economiza', 'economia', '节省',
      'bought', 'sourced from', 'licensed from', 'procured from', 'comprado', 'comprada', 'adquirido',
      'we buy', 'buys', 'buying', 'purchase', 'purchases', 'purchased', 'procure', 'procures', 'consume', 'consumes',
      // Not "model API consumption billed to developers": that is the company selling it.
      /\bconsumption\b(?!\s+(?:billed|charged|sold|invoiced)\s+to\b|\s+by\s+(?:developers|customers|clients|users)\b)/,
      'cost of goods', 'COGS', 'inference costs', 'inference cost', 'our costs', 'its costs', /\bcosts? us(?![\p{L}\p{N}_$])/u, 'cost base',
      'API costs', 'token costs', 'serving costs', 'compute costs', 'spend on', 'spends', 'inference bill', 'beneficiary', 'benefits from', 'benefit from',
      'spending', 'spent', 'pre-training', 'continued pre-training', 'training run', 'budget', 'budgeted', 'orçado', 'orçamento',
      'treinamento', '训练', '预训练', /pré-?trein\p{L}*/u, 'gastar', 'caiu', 'caíram', 'despencou', 'recuou', 'segundo fornecedores',
      'fornecedores do setor',
      /\b(?:lower|cheaper|falling|declining)\s+(?:API\s+|token\s+|model\s+)?prices?\b/, 'cut our', 'cuts our',
      'fell', 'fallen', 'collapsed', 'collapse', 'price cuts', 'price cut', 'price war', 'price-war', 'slashed',
      'compra', 'compramos', 'custo', 'custos', 'cortes de preço', 'guerra de preços', 'caíram', 'despencaram',
      '采购', '成本', '降价', '价格战', '购买', '支出', '下降',
    ],
  },
} satisfies RuleSpec;
