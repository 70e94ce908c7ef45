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
  message: 'Plans to win with both its own model and its own app ({evidence}); model and application need completely different skill sets, and even Baidu has not got both wheels turning.',
  match: {
    type: 'phrase',
    patterns: [
      // The strategy named as such: "two-wheel drive", "model + app", "模应一体", "tração nas duas rodas".
      {
        all: [[
          'two-wheel drive', 'two-wheel-drive', 'two wheel drive', 'two-wheel strategy', 'two-wheel model', 'two wheels', 'both wheels',
          /\b(?:the|a|China's|China’s)\s+OpenAI\s+(?:and|e)\s+(?:the|its|o|a)\s+ChatGPT\b/, /\ba OpenAI e o ChatGPT\b/,
          'model + application', 'model + app', 'model+app', 'model-plus-app', 'model-plus-application', 'model plus app',
          'model plus product', 'model + product', 'model-plus-product', 'model and product in one',
          /\bvertical(?:ly)?[- ]integrat\w*\b[^.;]{0,60}\b(?:model|LLM|pre-?training)\b[^.;]{0,50}\b(?:apps?|applications?|chatbots?|assistants?|consumer products?)\b/,
          /\bintegrat\w*\s+(?:of\s+)?(?:the\s+|its\s+)?(?:own\s+)?(?:model|LLM|foundation model|base model)s?\s+(?:and|with)\s+(?:the\s+|its\s+)?(?:apps?|applications?|products?)\b/, /\bintegração\s+(?:entre\s+)?(?:o\s+)?modelo\s+e\s+(?:a\s+)?(?:aplicação|aplicativo|produto)\b/u,
          /\bfrom\s+(?:the\s+|its own\s+|our own\s+)?(?:[\w-]+\s+)?(?:model|LLM|base model|foundation model|model layer|pre-?training|weights)\s+(?:all the way\s+|right\s+)?(?:up\s+)?(?:through\s+)?to\s+(?:the\s+|a\s+|its\s+)?(?:[\w-]+\s+){0,2}(?:apps?|applications?|chatbots?|assistants?|end users?|consumers?)\b/, /\bfrom (?:the\s+)?(?:model(?:\s+layer)?|pre-?training)\s+(?:all the way\s+|through\s+)?(?:through\s+)?to\s+(?:the\s+|a\s+)?(?:[\w-]+\s+){0,2}(?:apps?|chatbots?|assistants?|products?)\b/,
          '中国版OpenAI', /OpenAI\s?[加和与+]\s?ChatGPT/,
          /\bfrom (?:the\s+|its own\s+|our own\s+)?(?:foundation|base|own)\s+model (?:to|all the way to|through to) (?:the\s+)?(?:[\w-]+\s+)?(?:app|application|product)s?\b/,
          /modelo e aplicativo integrados/, 'integração modelo-aplicativo',
          'model-and-app', 'model-app integration', 'model and application integration', 'model-application integration',
          'full stack from model to app', 'full-stack from model to app', 'from model to app', 'from the model to the app',
          'from pre-training to the consumer app', 'from pre-training to the app', 'both the model and the app',
          'both model and app', 'model and app at the same time',
          'tração nas duas rodas', 'duas rodas', 'modelo + aplicativo', 'modelo + app', 'modelo e aplicativo ao mesmo tempo',
          // "builds both the base model and the consumer app", "owns its own LLM as well as the chatbot".
          /\b(?:build|builds|building|develop|develops|developing|own|owns|owning|control|controls|controlling|run|runs|running|make|makes|making)\s+(?:both\s+)?(?:the|its own|its|their own|our own|a)\s+(?:[\w-]+\s+)?(?:model|LLM)s?\s+(?:and|as well as|plus|alongside)\s+(?:the|its own|its|a|their|our)\s+(?:[\w-]+\s+){0,2}(?:apps?|applications?|chatbots?|assistants?|end-user products?|consumer products?)\b/,
          /既(?:做|要做|搞|有)[^，。；]{0,6}模型[^，。；]{0,4}又(?:做|要做|搞|有)[^，。；]{0,6}(?:应用|产品|App)/, '模型和应用都要做', '模型应用两手抓',
          /模型[^，。；]{0,3}应用[^，。；]{0,3}(?:一起做|都做|都要做|两手抓|一体化|全栈)/, /(?:从|自)(?:底层)?(?:大)?模型到(?:上层|C端|终端)?(?:应用|产品)/,
          /模型\s?[+＋加]\s?(?:产品|应用|App)/, '模型产品一体化',
          '双轮驱动', '模应一体', '两条腿走路', '模型和应用两手抓', '模型+应用', '模型 + 应用', '模型和应用双轮', '模型与应用双轮', '模型应用一体化',
        ]],
      },
      // A model of its own (pre-trained, in-house, foundation) plus a consumer app, chatbot or DAU target.
      {
        all: [
          [
            /\b(?:own|in-house|proprietary|self-developed|home-grown|homegrown)\s+(?:[\w-]+\s+){0,2}(?:base|foundation|foundational|general|frontier|large language)\s+(?:language\s+)?(?:model|LLM)s?\b/,
            /\b(?:its|their|our)\s+own\s+(?:[\w-]+\s+){0,2}(?:LLMs?|large (?:language )?models?|base models?|foundation models?|general models?|frontier models?)\b/,
            /\b(?:own|in-house|proprietary|self-developed|self-trained)\s+(?:LLM|large model|large language model)s?\b/, 'LLM próprio', 'próprio LLM',
            /\b(?:in-house|self-trained|self-developed|home-grown)\s+(?:[\w-]+\s+)?(?:model|LLM)s?\b/, 'pre-training run', 'pre-train', 'pre-trains', 'pre-training',
            'pre-trained its', 'trains the base model', 'builds the base model', 'train the base model', 'build the base model',
            'modelo fundacional próprio', 'próprio modelo fundacional', 'modelo próprio', 'próprio modelo', 'pré-treinou', 'pré-treina',
            'modelo base próprio', 'LLM proprietário', 'modelo proprietário', 'modelo fundacional proprietário',
            'pré-treinamento', '自研大模型', '自研的大模型', '自研模型', '自研基座', '底座模型自己训', '自己训', '自训', '自有大模型', '预训练',
            '自己的基座模型', '自己的大模型', '自有基座', '自有模型',
            // "training the next foundation model", "owning the underlying model", "ships both a frontier LLM".
            /\b(?:train|trains|training|trained|pre-?train\w*|build|builds|building|develop\w*|own|owns|owning|control\w*|ship|ships|shipping)\s+(?:both\s+)?(?:(?:the|its|their|our|a|an)\s*)?(?:(?:own|next|new|next-generation|underlying|proprietary)\s+)*(?:frontier\s+|large\s+)?(?:foundation|base|foundational|underlying|frontier|general)\s+(?:language\s+)?(?:models?|LLMs?)\b/,
            /\b(?:own|owns|owning|control|controls|controlling)\s+(?:the|its|their)\s+(?:own\s+)?(?:underlying\s+)?(?:model|LLM)s?\b/,
            /\b(?:dona|dono|donos|controlar|controla|controle|possuir|possui)\s+(?:do|o|seu|de seu|sobre o)\s+(?:próprio\s+)?(?:modelo|LLM)\b/u,
          ],
          [
            /\bconsumer\s+(?:[\w-]+\s+){0,2}(?:apps?|chatbots?|products?)\b/, /\bto-?C\s+(?:[\w-]+\s+){0,2}(?:apps?|assistants?|products?)\b/,
            'in-house chatbot', 'own chatbot', 'consumer app', 'consumer apps', 'consumer super-app', 'super-app', 'superapp', 'super app', 'to-C app', 'to-C assistant',
            'to-C product', 'chat app', 'chatbot', 'companion app', 'mobile app', 'AI app', 'consumer chatbot', 'consumer assistant',
            'app-store', 'app store', 'DAU', 'MAU', 'daily active users', 'monthly active users',
            /\bconsumer[- ](?:[\w-]+\s+){0,2}(?:assistants?|companions?)\b/, 'user acquisition for the app', 'assistente para o consumidor', 'consumidor final', 'assistente de consumo', 'para consumidores', 'aplicativo de consumo',
            'end-user app', 'end-user product', 'user-facing app', 'user-facing product', 'consumer-facing app', 'consumer-facing product', 'consumer product', 'assistant app',
            'aplicativo', 'superapp de IA', 'app de consumo', 'usuários ativos diários', 'usuários ativos',
            'C端应用', 'C端', '超级应用', '超级App', 'AI陪伴', '陪伴App', '聊天应用', '日活', '月活', 'DAU', 'App', 'APP',
            /(?<![A-Za-z0-9_])(?:App|APP|DAU|MAU)(?![A-Za-z0-9_])/,
          ],
        ],
      },
      // Slot form: [a model of its own] + [a consumer-facing app] + [both / plus / integrated].
      {
        all: [
          [
            'foundation model', 'foundation models', 'base model', 'base models', 'frontier model', 'frontier LLM', 'own models', 'own model',
            'own LLM', 'pre-training', 'pre-training run', 'model weights', 'model layer', 'modelo fundacional', 'modelo base', 'LLM treinado',
            'modelo próprio', 'camada de modelo', 'camada do modelo', '基础模型', '基座模型', '大模型', '模型研发', '自研模型', '底层模型', '模型层',
          ],
          [
            'consumer application', 'consumer app', 'consumer apps', 'chat product', 'chatbot', 'chatbot app', 'directly to consumers',
            'user interface', 'end users', 'end-user', 'mass adoption', 'usuário final', 'consumidores', 'consumidor final',
            'application layer', 'app layer', 'camada de aplicação', 'camada de aplicativo', 'na de aplicação', '应用层',
            'C端', 'C端应用', '面向用户', '面向消费者', 'AI应用', '用户的AI应用',
          ],
          [
            'plus a', 'plus an', 'plus its', 'both layers', 'as well as', 'simultaneously', 'vertically integrated', 'full value chain', 'full stack', 'full-stack',
            'both layers', 'every layer', 'layers of the stack', 'mirrors OpenAI', 'tanto', 'quanto', 'combina', 'combines', 'combined with',
            'ao mesmo tempo', 'integrad', '双线', '并进', '既', '也做', '同时', '一边', '一体化', '全栈',
          ],
        ],
        within: 140,
        // A consumer app on someone else's model, or the two markets described, is not the two-wheel plan.
        unless: ['on top of', 'licensed', 'licenses', 'rented', 'rents', 'via API', 'vendors', 'makers', 'acquirers', 'markets', 'crowded'],
      },
      // "the best model and the best app": both wheels named as the goal.
      {
        all: [
          ['best model', 'strongest model', 'leading model', 'melhor modelo', '最强模型', '最强的模型', '最好的模型', '最好的大模型'],
          ['best app', 'best application', 'leading app', 'winning app', 'best product', 'melhor aplicativo', 'melhor app', '最好的应用', '最强应用', '最好的产品', '最强产品'],
        ],
        within: 80,
      },
      // Both wheels at once: "the best model and the best app at the same time", "building both in parallel".
      {
        all: [
          [
            'two engines', 'twin engines', 'dual engine', 'dual-engine', 'two businesses', 'two bets', '一边', '两个引擎', '双引擎',
            'both', 'at the same time', 'in parallel', 'simultaneously', 'two pillars', 'twin bets', 'dual strategy', 'at once',
            'both fronts', 'two fronts', 'in tandem', 'duas frentes', 'ambos',
            'ao mesmo tempo', 'simultaneamente', 'em paralelo', '同时', '一手', '两手', '并行',
          ],
          [
            'proprietary model', 'proprietary LLM', 'in-house model', 'own LLM', 'own model', '底层大模型', '底层模型', '自有大模型',
            'best model', 'base model', 'foundation model', 'frontier base model', 'model leaderboards', 'own model',
            /\b(?:control|controls|controlling|own|owns|owning)\s+(?:the|its own|their own|our own|its|their)\s+(?:[\w-]+\s+)?model\b/,
            'model lab', 'model company', 'model developer', 'model builder', 'foundation-model company', 'foundation model lab', 'model layer',
            'model maker', 'model research', 'the OpenAI', 'a OpenAI', '最强模型', '最强的模型', 'builds the model', 'build the model', 'train the model', 'trains the model',
            'melhor modelo', 'modelo fundacional', 'modelo próprio', '最好的模型', '自研大模型', '基座模型', '自研模型', '底座模型', '模型研发',
          ],
          [
            /\bwin(?:s|ning)?\s+the\s+(?:[\w-]+\s+){0,2}(?:app|apps|application)\b/, /\bwinning\s+(?:[\w-]+\s+)?(?:app|application)\b/,
            /\bto-?C\s+(?:[\w-]+\s+){0,2}(?:app|apps|assistant|product)s?\b/, /\bconsumer\s+(?:[\w-]+\s+){0,2}(?:apps?|assistants?|companions?|chatbots?|products?)\b/, '上层应用', 'C端', '消费级应用',
            'app company', 'application company', 'app developer', 'app business', 'product company', 'end-user product', 'end-user app', 'user-facing app',
            'user-facing product', 'consumer-facing', 'consumer product', 'application layer', 'app layer',
            'app maker', 'growing the app', 'the ChatGPT', 'o ChatGPT', 'its ChatGPT', '最强产品', '最好的产品', '最强应用', 'best app', 'to-C app',
            '应用运营', '面向消费者', 'AI应用', 'C端产品', 'to-C assistant', 'consumer app', 'app-store', 'app store', 'wins the app', 'win the app',
            'winning app', 'winning application', 'best application', 'leading app', 'category-leading', 'melhor aplicativo',
            'aplicativo de consumo', 'aplicativo para o consumidor', '最好的应用', 'C端应用', '爆款应用', '超级应用',
          ],
        ],
        within: 160,
      },
    ],
    // Applications only, on open or fine-tuned models, are Zhu's recommended shape; ByteDance and
    // Baidu running both are the giants' case, not a startup's.
    unless: [
      'application only', 'applications only', 'app-only', 'app only', 'only the application', 'only applications',
      'fine-tune', 'fine-tunes', 'fine-tuned', 'fine-tuning', 'LoRA', 'open weights', 'open-weight', 'open-source models',
      'acquirers', 'model vendors', 'open-source base', 'spun out', 'no startup', 'the one player', 'ByteDance', 'Bytedance', 'Baidu',
      'só aplicativo', 'apenas aplicativos', 'ajuste fino', 'pesos abertos', '只做应用', '仅做应用', '微调', '开源模型', '字节', '百度',
    ],
  },
} satisfies RuleSpec;
