import type { RuleSpec } from '../types';

/**
 * zhu/long-sales-cycle: Long, customised enterprise sales.
 * Triggers in the catalogue:
 * - {sales cycle, deal cycle, procurement, pilot, tender; PT ciclo de vendas, licitação; ZH 销售周期, 招投标, 试点} + {≥ 3 months, quarters, "six months", long; ZH 半年, 6个月, 周期长}.
 * - {custom, customised, bespoke, tailored, project-based, on-site, per-customer integration; PT personalizado, sob medida, por projeto; ZH 定制, 定制化, 驻场, 项目制}.
 * - !{standardised, no customisation, self-serve, POC converts in weeks}.
 */
/** Durations of three months or more, in the three languages (used by both duration patterns). */
const LONG_DURATION = [
  /\b(?:three|four|five|six|seven|eight|nine|ten|eleven|twelve|fifteen|eighteen|twenty-four|[3-9]|1\d|2[0-4])\+?(?:\s*(?:–|-|to|or)\s*(?:\w+|\d+))?\+?[\s-]+months?\b/,
  /\b(?:two|three|four|several|multiple|a few|2|3|4)[\s-]+quarters?\b(?!\s+of\b)/, /\b(?:9\d|[1-3]\d\d)\s+days\b/,
  /\b(?:1[2-9]|[2-9]\d)(?:\s*(?:–|-|to)\s*\d+)?[\s-]+weeks?\b/,
  // "a year" only as a duration, not a rate ("40 deals a year").
  'a quarter or more', 'at least a quarter', 'a full quarter', 'half a year', 'meio ano', 'um semestre', 'mais de um semestre',
  /\b(?:takes?|taking|took|lasts?|lasting|requires?|up to|about|around|nearly|almost|over|more than|at least|roughly|close to|a full|beyond|past|exceeds?|exceeding|stretch(?:es)?\s+(?:to|into|beyond|past))\s+(?:a|one)\s+(?:full\s+)?year\b/,
  'more than a year', 'year-long', 'multi-month', 'months-long', 'many months', 'several months',
  /\b(?:três|quatro|cinco|seis|sete|oito|nove|dez|onze|doze|dezoito|[3-9]|1\d|2[0-4])(?:\s*(?:–|-|a|e|ou)\s*(?:\w+|\d+))?\s+meses\b/,
  /\b(?:leva|levam|dura|duram|passa|passam|até|cerca de|quase|mais de|pelo menos|acima de)\s+(?:de\s+)?(?:um|1)\s+ano\b/, 'vários meses', 'muitos meses', 'trimestres',
  /(?:[3-9３-９]|1\d|[三四五六七八九十]|十[一二]|两三|三四|四五|五六|六七|七八|八九)(?:到|至|-|~|－)?(?:\d+|[三四五六七八九十]{0,2})?个多?月/,
  /(?:需要|需|长达|要|要走|走|拖|拖上|花|花上|耗上|超过|近|将近|约|大约|至少|耗时|历时)(?:半年|一年|大半年|一年多)/, '半年以上', '一年以上', '半年到一年', '数月', '好几个月', '几个季度', '两个季度',
];

export default {
  id: "zhu/long-sales-cycle",
  kind: "red",
  title: "Long, customised enterprise sales",
  claim: "Enterprise revenue depends on long (around six-month) sales cycles and per-customer customisation instead of a standardised product whose order-of-magnitude value converts a POC into a formal contract.",
  severity: "warning",
  source: "zhu",
  passages: { zhu: ["p-standard-poc-contract", "p-enterprise-growth-3-5x", "p-pmf-sign-order"], interviewer: ["q-b-exponential", "q-enterprise-pessimism"] },
  quote: {
    passages: ["p-standard-poc-contract"],
    en: "\"Why was enterprise services [the MT says 'corporate clothing'] hard in the past? The sales cycle was long, six months, so sales growth was hard. Now you create an order-of-magnitude increase in value for the customer. Customisation is out of the question; it's standardised services — first a POC (proof of concept), then a formal contract.\" — Zhu Xiaohu",
  },
  questions: ["How long from the first customer meeting to a signed order? (Zhu's PMF indicator, `p-pmf-sign-order`.)", "What share of each deal is customisation?", "Is the value to the customer an order of magnitude — enough to skip the long cycle?"],
  openQuestion: "How long from first meeting to signed order, and what share of each deal is customisation?",
  message: 'Enterprise sales look long or customised ({evidence}); Zhu wants a standardised product that turns a POC into a contract fast.',
  match: {
    type: 'phrase',
    patterns: [
      // A sales step (cycle, procurement, tender, approval) + a long duration, numeric or not.
      {
        all: [
          [
            'sales cycle', 'sales cycles', 'sale cycle', 'deal cycle', 'deal cycles', 'selling cycle', 'buying cycle', 'procurement', 'time to close', /\b(?:deals?|contracts?|sales|customers?|accounts?|orders?|clients?|hospitals?|banks?|carriers?|insurers?|enterprises?)\b[^.;]{0,30}?\b(?:take|takes|took|taking)\b[^.;]{0,30}?\bto\s+close\b/,
            'tender', 'tenders', 'tendering', 'bidding process', 'RFP', 'RFPs', 'budget approval', 'approval cycle', 'approval process',
            'sales motion', 'board approval', 'the cycle', 'sign-off', 'signoff', 'budget cycle', 'budget cycles', 'annual budget', 'sales process', 'sales processes', 'buying process', 'purchase process', 'purchasing process', 'decision process',
            'decision-making process', 'time to close', 'time-to-close', 'deals take', 'deals typically take', 'to close a deal', 'closing a deal',
            'ciclo de vendas', 'ciclo de venda', 'ciclo comercial', 'licitação', 'licitações', 'homologação',
            /\bclos(?:e|es|ing)\s+(?:a|an|each|every|one|new|the)\s+(?:[\p{L}-]+\s+){0,2}(?:customer|client|deal|account|contract|bank|hospital|sale|buyer)s?\b/u,
            '销售周期', '成交周期', '签约周期', '采购周期', '采购流程', '采购', '招投标', '招标', '投标', '审批',
          ],
          [...LONG_DURATION, 'by a year', 'out by a year', 'long', 'lengthy', 'protracted', 'drawn-out', 'slow', 'slowly', 'meet quarterly', 'second pilot', 'longo', 'longos', 'demorado', 'demorados', 'lento', '周期长', '周期较长', '周期很长', '漫长', '冗长'],
        ],
      },
      // Pilots, implementation, first contact to signature + a duration of three months or more.
      {
        all: [
          [
            'pilot', 'pilots', 'POC', 'POCs', 'proof of concept', 'to sign', 'to signing', 'to signature', 'to contract', 'first contact',
            'first meeting', 'first call', 'onboarding', 'implementation', 'implementations', 'deployment', 'deployments', 'go-live',
            'integration', 'integrations', 'sales to', 'selling to', 'deals', 'contracting', 'vendor approval', 'compliance review',
            // First touch → signature, in its usual forms ("from first demo to a signed PO", "deals took 7 months to close").
            'first demo', 'LOI', 'letter of intent', 'signed contract', 'security review', 'security reviews', 'legal review', 'before signing', 'signed PO', 'purchase order', 'to a signed', 'to award', 'contract award',
            /\bdeals?\s+(?:\w+\s+)?(?:take|takes|took|last|lasts|lasted|run|runs|ran|average|averages|averaged|drag|drags|dragged)\b/,
            'piloto', 'pilotos', 'prova de conceito', 'primeira reunião', 'primeira demo', 'pedido de compra', 'para fechar', 'até a assinatura', 'à assinatura', 'primeiro contato', 'as vendas', 'vendas para',
            'implantação', 'implantações', 'integração', 'fechar contrato', 'fechamento',
            '试点', '签约', '成交', '签单', '成单', '拿单', '下单', '首次拜访', '首次接洽', '上线', '落地', '首次接触', '实施', '部署', '验收', '交付周期', '回款周期', /(?<![A-Za-z])POC(?![A-Za-z])/,
          ],
          LONG_DURATION,
        ],
        // A period in which something happened ("signed 12 deals over the last six months") is not a cycle length.
        unless: [
          /\b(?:the|over|in|during|for)\s+(?:the\s+)?(?:last|past|previous|next|coming|first)\s+(?:\w+\s+)?(?:months?|quarters?|weeks?)\b/,
          'built', 'shipped', 'launched', 'released', 'grew', 'doubled', 'tripled', 'increased', 'hired', 'added',
        ],
      },
      // Per-customer customisation: words that say it alone.
      {
        all: [
          [
            'bespoke', 'project-based', 'project based', 'project by project', 'project-by-project', 'per-project', 'on-site team',
            'on-site integration', 'on-site deployment', 'on-site implementation', 'on-site engineers', 'onsite team', 'onsite engineers',
            'custom development', 'custom-built for each', 'customised for each', 'customized for each', 'customised for every',
            'customized for every', 'negotiated separately', 'per-customer integration', 'per-customer customi*', 'services-heavy',
            'heavy customi*', 'extensive customi*', 'deep customi*', 'consulting business', 'consultancy business', 'consulting-heavy',
            'project team at each', 'placed at each client', 'embedded at each client', 'project milestones', 'milestone billing', 'second pilot',
            /\bper[\s-](?:plant|site|customer|client|bank|hospital|deployment|account|factory|store|insurer)\s+(?:customi[sz]ation|integration|build|development)\b/,
            /\b\d{3,}\s+(?:engineer|man|person)[\s-]days\b/, 'implementation projects', 'one-off projects', 'one-off implementation*',
            /\b(?:client|customer|account|site|project|bank|hospital)[\s-]specific\s+(?:integration|development|work|customi\w+|builds?|code|features?|versions?)\b/,
            'professional services', 'scoped individually', 'priced individually', 'delivery projects', 'integration projects', 'system integration projects',
            'dedicated delivery team', 'dedicated solutions team', 'dedicated implementation team', 'per-client build', 'per-customer build',
            'sob medida', 'sob encomenda', 'cliente a cliente', 'caso a caso', 'projeto a projeto', /\breceita\b[^.;]{0,20}\bpor projeto\b/, 'projeto personalizado', 'projetos personalizados',
            'desenvolvimento customizado', 'desenvolvimento personalizado', 'integração presencial', 'equipe in loco',
            '定制化', '定制开发', '驻场', '项目制', '非标', '一客一案', '按项目',
          ],
        ],
      },
      // Customisation words + a per-customer or per-deployment frame.
      {
        all: [
          [
            // "adapt" and "personalise" only with a system as object: a chatbot that adapts its replies to each customer is a feature.
            /\badapt(?:s|ed|ing)?\s+(?:the\s+|its\s+|our\s+)?(?:product|software|model|platform|solution|system|pipeline|workflow|dashboard)s?\b/,
            /\b(?:adapta|adaptar|adaptando|personaliza|personalizar|personalizando)\w*\s+(?:o|a)\s+(?:produto|software|modelo|plataforma|solução|sistema)\b/,
            /\b(?:versão|versões|solução|modelo|sistema)\s+(?:adaptad|personalizad|customizad)[oa]s?\b/,
            'custom', 'customi*', 'fork', 'forks', 'forked', 'own fork', 'own codebase', '二次开发', '大量定制', 'tailor', 'tailors', 'tailored', 'tailoring', 'rebuild', 'rebuilds',
            'new version', 'separate version', 'bespoke version', 'reconfigure', 'reconfigures', 'rebuilt', 'rebuilding', 'redeveloped', 'reworked', 'tailor-made', 'on-site', 'onsite', 'separate project',
            /\bdedicated\s+(?:model|models|instance|build|version|pipeline)s?\b/, /\b(?:modelo|versão|instância)\s+dedicad[oa]\b/, '专属模型', '专属版本', 'customização', 'customizações', 'customiza*',
            '定制', '适配', '改造',
          ],
          [
            'each customer', 'every customer', "each customer's", "every customer's", 'each client', 'every client', "each client's",
            "every client's", 'per customer', 'per client', 'each deployment', 'every deployment', 'per deployment', 'each bank',
            'each hospital', 'each factory', 'each account', 'each installation', 'every installation', 'each project', 'every project',
            'each implementation', 'each contract', 'every contract', "client's own", "customer's own", 'for its own', 'for their own', "to the client's", "to the customer's",
            /\b(?:each|every)\s+(?:[\p{L}-]+\s+)?(?:customer|client|bank|insurer|hospital|factory|school|brand|enterprise|account|site|plant|operator|retailer|government|agency|city|carrier|utility|brokerage|buyer|tenant|line|logo|institution|organi[sz]ation|municipality|ministry|clinic|lab|mine|warehouse|fleet)\b/u,
            'cada cliente', 'cada implantação', 'cada projeto', 'por cliente', 'cada banco', 'cada hospital',
            /\bcada\s+(?:cliente|seguradora|banco|hospital|fábrica|empresa|loja|rede|conta|operadora|prefeitura)\b/,
            /每(?:签|做|接|服务|上)?一?(?:个|家|位)?新?(?:客户|项目|银行|医院|工厂|门店)/, '每个客户', '每家客户', '每个项目', '每一个客户', '每个部署', '每家银行', '每家医院', '每家工厂',
          ],
        ],
      },
    ],
    // A standardised, self-serve product, or fast conversion, is the healthy path Zhu describes.
    unless: [
      'standardised', 'standardized', 'standard product', 'standard package', 'single configuration', 'self-serve', 'self serve',
      'self-service', 'out of the box', 'out-of-the-box', 'off-the-shelf', 'no-code', 'configurable by', 'template',
      'within weeks', 'in weeks', 'in days', 'within days', 'under a month', 'less than a month', 'within a month',
      'padronizado', 'padronizada', 'autoatendimento', 'em semanas', 'em dias', '标准化', '标准品', '标品', '自助', '几周内', '数周内', '一个月内',
      'shortened', 'shortens', 'cut the sales cycle', 'encurtou', '缩短',
      // Legacy vendors' cycles are the contrast the memo draws, not the company's.
      /\b(?:legacy|traditional|old-school|incumbent)\s+(?:vendors?|integrators?|players?|providers?|competitors?|software\s+vendors?|SaaS|suites?|consultanc(?:y|ies))\b/,
      '传统厂商', '传统软件厂商', '传统集成商', 'integradores tradicionais',
      // "We decline custom work" (the universal negation list has "declines", "declined" but not the bare verb).
      /\b(?:we|they|management|the company|the team|it)\s+(?:politely\s+|always\s+|routinely\s+)?(?:decline|turn down)\b/,
      // Durations that are not sales time: runway, payback, contract terms, elapsed time.
      'runway', 'payback', 'contract term', 'contract length', 'contracts run', 'renew*', 'retention', 'warranty', 'months ago',
      'months later', 'meses atrás', '个月前', '个月后', '个月内', '个月以内',
      /\b(?:within|under|less than|fewer than|in under|inside|in just|in only)\s+(?:\w+\s+)?(?:months?|quarters?|weeks?)\b/,
      /\b(?:em|dentro de|menos de)\s+(?:\w+\s+)?meses\b/,
    ],
  },
} satisfies RuleSpec;
