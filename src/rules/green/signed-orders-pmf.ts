import type { RuleSpec } from '../types';

/**
 * zhu/green/signed-orders-pmf: PMF shown by signed orders; standardised product, POC then contract.
 * Triggers in the catalogue:
 * - {POC, proof of concept, pilot, trial; PT prova de conceito; ZH POC, 试点, 试用} + {converted, signed, formal contract, order; PT contrato formal, assinado; ZH 转化, 签约, 签单, 正式合同}.
 * - {standardised, no customisation, self-serve; PT padronizado, sem customização; ZH 标准化, 不做定制}.
 * - !{ongoing, hope, expect, custom integration}.
 */
export default {
  id: "zhu/green/signed-orders-pmf",
  kind: "green",
  title: "PMF shown by signed orders; standardised product, POC then contract",
  claim: "Product–market fit is evidenced the way Zhu measures it: meeting customers and signing orders, with a standardised product that goes from POC to a formal contract and creates an order-of-magnitude increase in value.",
  severity: "information",
  source: "zhu",
  passages: { zhu: ["p-pmf-sign-order", "p-standard-poc-contract"], interviewer: ["q-b-exponential"] },
  quote: {
    passages: ["p-pmf-sign-order", "p-standard-poc-contract"],
    en: "\"It's very simple: meet the customer first and sign an order [the MT says 'sign a single document']. Meeting and signing an order is an evaluation indicator — that is PMF.\" […] \"Now you create an order-of-magnitude increase in value for the customer. Customisation is out of the question; it's standardised services — first a POC (proof of concept), then a formal contract.\" — Zhu Xiaohu",
  },
  questions: ["How many first meetings ended in a signed order? (\"Meeting and signing an order is an evaluation indicator — that is PMF.\")", "How long from POC to formal contract, and is any of it customised?", "Is the value to the customer an order of magnitude?"],
  openQuestion: "",
  message: 'Product–market fit shown by signed orders ({evidence}): Zhu\'s own test — meet the customer, sign the order; check POC-to-contract time and that nothing is customised.',
  match: {
    type: 'phrase',
    patterns: [
      // POCs, pilots or trials that turned into signed contracts or orders.
      {
        all: [
          [
            // (signing a pilot or POC agreement is not a conversion: "signed three pilot agreements", "签署了试点协议")
            /\b(?:POCs?|PoCs?|proofs?[\s-]+of[\s-]+concepts?|pilots?|trials?|paid\s+pilots?|trialled|trialed|piloted)\b(?!\s+(?:agreements?|contracts?|MoUs?|LOIs?|deals?))/,
            /(?<!(?:contrato|acordo)\s+de\s+)\b(?:provas?\s+de\s+conceito|pilotos?|testes?|período\s+de\s+teste)\b/u,
            /(?:试点|试用|测试期|概念验证)(?!协议|合同|合作协议|框架)/,
          ],
          [
            /\bconver(?:t|ts|ted|ting|sion|sions)\b/, 'turned into',
            /\bclos(?:e|es|ed|ing)\s+(?:within|in\s+under|in\s+less\s+than|in)\s+(?:a|one|two|three|four|six|\d+)\s+(?:days?|weeks?|month)\b/,
            /\brolls?\s+(?:over\s+)?into\b/, /\broll(?:s|ed)?\s+over\b/, /\b(?:full|production|paid|enterprise-wide)\s+(?:deployments?|rollouts?)\b/, 'turn into', 'went on to sign', /\bsign(?:s|ed|ing)?\b(?![\s-]+(?:up|ups|in|on|off)\b)(?!\s+(?:\w+\s+){0,3}?(?:POCs?|PoCs?|pilots?|trials?|MoUs?|LOIs?|NDAs?))/, 'signature',
            'formal contract', 'formal contracts', 'paid contract', 'paid contracts', 'annual contract', 'annual contracts', 'full contract',
            'purchase order', 'purchase orders', 'formal agreement', 'formal agreements', 'paid deployment', 'paid deployments', 'signed order',
            'signed orders', 'annual order', 'rolled into', 'graduated to', 'upgraded to paid', /(?<!\b(?:pilot|POC|PoC|trial|pilot-stage)\s)\bcontracts?\b(?![\s-]+(?:review|reviews|reviewing|drafting|analysis|management|terms?|clauses?|law|lawyers?|templates?|playbooks?))/,
            /\bbec(?:a|o)me\s+(?:\w+\s+)?(?:subscriptions?|contracts?|customers|clients|accounts|deployments|orders)\b/, /\bpaid\s+subscriptions?\b/, /\bpaid\s+(?:annual\s+|multi-year\s+)?licen[cs]es?\b/, /\bannual\s+licen[cs]es?\b/,
            /\btornaram[\s-]se\s+(?:clientes|contratos)\b/u, /\bresult(?:aram|ou|am)\s+em\s+(?:\d+\s+)?(?:contratos?|assinaturas|pedidos|clientes)/u, /\bassinaturas\s+pagas\b/u,
            /\bvir(?:ou|aram|am|a)\s+(?:\p{L}+\s+)?(?:contratos?|pedidos?|clientes|assinaturas|ordens)/u, 'pedido de compra', 'pedidos de compra', 'ordem de compra', 'ordens de compra', /\bconvert\p{L}*/u, 'contrato formal', 'contratos formais', /\bassin(?:a|am|ou|aram|ado|ados|ada|adas|atura)\b/u,
            'contrato anual', 'contratos anuais', 'fecharam contrato', 'fechou contrato', 'contrato', 'contratos',
            '转化', '转为', '转成', '签约', '签单', '正式合同', '签署', '签了', '签下', '采购合同', '年度合同', '付费合同', '订单', '合同',
          ],
        ],
        // Custom projects are zhu/long-sales-cycle, not the standard POC → contract path.
        unless: [
          'custom integration', 'custom development work', 'custom work', 'heavy custom', 'customised for each', 'customized for each',
          // A conversion that takes half a year is zhu/long-sales-cycle's evidence, not a standard POC → contract path.
          /\b(?:takes?|took|taking|lasts?|leva|levam|levou|dura|duram)\s+(?:\p{L}+\s+){0,2}?(?:half a year|meio ano|a year|um ano|um semestre|(?:three|four|five|six|nine|twelve|[3-9]|1[0-2])\s+(?:months|meses)|(?:two|three|several)\s+quarters)\b/u,
          /(?:需要|长达|要|耗时|历时)(?:半年|一年|大半年|[3-9三四五六七八九]个多?月)/u,
        ],
      },
      // First meetings that ended in signed orders: Zhu's PMF indicator.
      {
        all: [
          [
            /\bsigned\s+(?:\w+\s+){0,2}?(?:orders?|purchase\s+orders?|POs?|contracts?|deals?|licen[cs]es?|subscriptions?)\b/, /\b(?:placed|issued)\s+(?:an?\s+|their\s+first\s+)?(?:orders?|purchase\s+orders?|POs?)\b/, /\bclos(?:ed|es|ing)\s+(?:\w+\s+)?(?:deals?|contracts?|orders?)\b/,
            /\bpedidos?\s+assinados?\b/u, /\bcontratos?\s+assinados?\b/u, /\bassin(?:ou|aram)\s+(?:\p{L}+\s+){0,2}?(?:contratos?|pedidos?)\b/u, /\bfech(?:ou|aram)\s+(?:\p{L}+\s+)?(?:contratos?|pedidos?)\b/u,
            '签单', '签约', '下单', '签了合同', '签下', /\b(?:win|close)\s+rates?\b/, /\bsigns?\s+(?:an?\s+|the\s+)?(?:order|contract|PO|purchase\s+order)\b/,
            /\bsign(?:s|ed)?\s+(?:a\s+contract\s+|an\s+order\s+|up\s+|the\s+contract\s+)?within\s+(?:a|one|two|three|four|five|six|\d+)\s+(?:days?|weeks?)\b/, /\btaxa\s+de\s+(?:conversão|fechamento)\b/u, '成单率', '签约率',
          ],
          [
            /\bmet\b/, /\bmeets?\b/, /\b(?:first|initial|intro|introductory|discovery)\s+(?:meetings?|demos?|calls?|visits?|pitch(?:es)?|presentations?)\b/, /\bdemo(?:s|ed)?\b/,
            /\bwithin\s+(?:a|one|two|three|four|five|six|\d+)\s+(?:days?|weeks?)\s+of\b/, 'same week', 'same day', 'on the spot', 'in the room',
            /\bprimeiras?\s+reuni\p{L}+/u, /\bprimeiros?\s+encontros?\b/u, /\breuni\p{L}+\s+iniciais\b/u, /\bdemonstra\p{L}+/u, 'na mesma semana', 'no mesmo dia',
            '首次见面', '第一次见面', '首次拜访', '见面', '接触', '拜访', '演示', '当场', '当天',
          ],
        ],
      },
      // First meetings closed: "the sales team closes roughly one in three first meetings on the spot".
      {
        all: [
          [
            /\b(?:closes|closed|close|converts|converted|convert|wins|won|turns|turned)\s+(?:roughly\s+|about\s+|nearly\s+|over\s+|more\s+than\s+)?(?:\d+%|one\s+in\s+\w+|\w+\s+(?:of|in)\s+(?:every\s+)?\w+|half|a\s+third|most)\s+(?:of\s+)?(?:its\s+|their\s+|the\s+)?(?:first|initial|intro|introductory)\s+(?:meetings?|calls?|demos?|visits?)\b/,
            /\b(?:fecha|fecham|converte|convertem)\s+(?:cerca\s+de\s+)?(?:\d+%|um\s+em\s+cada\s+\w+|metade)\s+d[ao]s\s+primeiras?\s+(?:reuniões|visitas|demonstrações)\b/u,
          ],
        ],
      },
      // No customisation, stated with its negation ("sem customização", "不做定制"): the negation is the claim.
      {
        all: [
          [
            /\bno\s+(?:bespoke|custom|customi[sz]ed)\s+(?:engineering|development|work|code|integration|builds?)\b/, /\bno\s+customi[sz]ation\b/,
            /\bwithout\s+(?:any\s+)?(?:customi[sz]ation|custom\s+(?:engineering|development|work|code))\b/,
            /\bwithout\s+(?:any\s+)?(?:change|changes|modification|modifications|adaptation)\s+to\s+the\s+product\b/,
            /\bsem\s+(?:nenhum[a]?\s+|qualquer\s+)?(?:\p{L}+\s+)?(?:customiza\p{L}*|sob\s+medida|personaliza\p{L}*)/u, /\bsem\s+desenvolvimento\s+sob\s+medida\b/u, /\bsem\s+(?:nenhuma\s+)?(?:mudança|alteração|adaptaç\p{L}+)\s+(?:no\s+produto|por\s+cliente)\b/u,
            /\bnão\s+há\s+desenvolvimento\s+sob\s+medida\b/u, /\bnão\s+(?:fazemos|faz)\s+customiza\p{L}+/u,
            /\b(?:zero|no)\s+(?:integration|implementation|setup|onboarding)\s+(?:work|effort|project|projects)\b/, /\bzero\s+customi[sz]ation\b/,
            /\bno\s+professional[\s-]services?\b/, /\b(?:identical|the\s+same)\s+(?:across|for)\s+(?:all|every|each)\b/, /\bigual\s+para\s+(?:todos|cada)\b/u, /\bnothing\s+(?:is\s+)?(?:built|made|developed)\s+to\s+order\b/, /\b(?:a\s+)?single\s+(?:product\s+)?(?:tier|plan|edition)\b/,
            /\bnão\s+exige\s+(?:nenhum\s+)?desenvolvimento\s+(?:específico|sob\s+medida)\b/u, /\bthe\s+same\s+for\s+(?:every|each|all)\s+(?:client|customer|account)s?\b/, /\bnão\s+há\s+(?:nenhuma\s+)?customiza\p{L}+/u,
            /\bno\s+per[\s-](?:customer|client|account|deployment)\s+(?:engineering|development|work|code|customi[sz]ation|builds?|changes)\b/,
            /\b(?:every|each|all)\s+(?:customer|client|account)s?\s+(?:runs?|gets?|uses?|receives?)\s+the\s+(?:identical|same)\s+(?:build|version|product|code|release|configuration)\b/,
            '不做定制', '无需定制', '不需要定制', '零定制', '没有定制开发', /(?:无需|不需要|不用)(?:任何)?(?:定制|二次开发|集成|实施)/,
            /\b(?:no|without)\s+(?:\w+\s+)?(?:integration|implementation|setup|onboarding|engineering)\s+(?:work|effort|project|projects|help)\s+(?:required|needed)?/,
            /\bsem\s+(?:nenhum\s+)?(?:trabalho|projeto|esforço)\s+de\s+(?:integração|implantação)\b/u, '无需集成', '无需实施', '开箱即用',
          ],
        ],
      },
      // Self-serve go-live: "customers go live in a day", "客户两周内即可上线", "implantação em um dia".
      {
        all: [
          [/\b(?:go|goes|went|going)\s+live\b/, /\b(?:onboard|deploy|install|set\s+up|roll\s+out)(?:s|ed|ing)?\b/, /\bself[\s-]onboard\w*/, /\b(?:entr(?:a|am)\s+em\s+produção|implanta\p{L}*|começ(?:a|am)\s+a\s+usar)\b/u, '上线', '部署', '开通'],
          [
            /\b(?:in|within)\s+(?:a|one|two|three|\d+|a\s+single)\s+(?:hours?|days?|afternoon|day)\b/, /\bsame[\s-]day\b/, /\bplug[\s-]and[\s-]play\b/, /\bout[\s-]of[\s-]the[\s-]box\b/, /\bself[\s-]serve\b/,
            /\bem\s+(?:um|uma|dois|duas|\d+)\s+(?:dias?|horas?)\b/u, /\bno\s+mesmo\s+dia\b/u, /(?:当天|一天内|[一两二三\d]+天内|[一两二\d]+周内)(?:即可|就能|就)?/, '开箱即用', '即插即用',
          ],
        ],
        within: 60,
      },
      // Self-serve buying: "most customers buy straight from the website after a free trial, without talking to sales".
      {
        all: [
          [/\b(?:buy|buys|bought|purchase|purchases|purchased|subscribe|subscribes|subscribed|sign\s+up|signs\s+up|signed\s+up|upgrade|upgrades|upgraded|pay|pays|paid)\b/, /\b(?:compram|compra|assinam|contratam)\b/u, '购买', '下单', '付费', '订阅'],
          [
            /\bwithout\s+(?:ever\s+)?(?:talking|speaking)\s+to\s+(?:sales|a\s+salesperson|anyone)\b/, /\bwithout\s+a\s+(?:sales\s+)?call\b/, /\bno\s+sales\s+(?:call|touch|rep)\b/,
            /\b(?:straight|directly)\s+(?:from|on|through)\s+the\s+(?:website|site|web|app|marketplace)\b/, /\bby\s+credit\s+card\b/, /\bself[\s-]serve\b/, /\bproduct[\s-]led\b/, /\bself[\s-](?:activat\w+|onboard\w*|service)\b/, /\bfrom\s+the\s+(?:marketplace|app\s+store)\b/,
            /\bsem\s+falar\s+com\s+(?:vendas|um\s+vendedor)\b/u, /\bdireto\s+(?:pelo|no)\s+site\b/u, '自助', '官网直接',
          ],
        ],
        within: 100,
      },
      // One standard product for everyone: "sold as a single standardised version, the same for every customer".
      {
        all: [
          [
            /\bstandardi[sz]ed\b/, /\b(?:the\s+)?(?:same|identical)\s+(?:[\w-]+\s+)?(?:edition|version|package|product|SKU|configuration|release|build|codebase|code\s+base|instance)\b/,
            /\bno\s+(?:client|customer|account)[\s-]specific\s+(?:forks?|branches|versions|builds|code|development|customi[sz]ations?|features)\b/, /\bone\s+(?:standard\s+)?(?:edition|version|package|SKU|configuration)\b/,
            /\bpadronizad\p{L}*/u, /\bversão\s+única\b/u, /\b(?:mesma|mesmo|única|único)\s+(?:versão|pacote|produto|sistema|código)\b/u, /同一(?:套|个)?(?:系统|版本|产品)/, /\bigual\s+para\s+todos\b/u, '标准化', '统一版本', '同一版本',
          ],
          [
            /\b(?:product|edition|version|offering|package|SKU|sold|sells|ships|every\s+customer|all\s+customers|each\s+customer|clients|customers|forks?)\b/, /\b(?:produto|versão|vendid\p{L}*|clientes|pacote|oferta)\b/u, '产品', '交付', '客户', '版本', '售卖',
          ],
        ],
        within: 50,
      },
      // Customers buying the standard edition: "90% of customers sign up for the standard edition".
      {
        all: [
          [/\bstandard\s+(?:edition|version|package|product|offering|SKU)\b/, /\b(?:edição|versão|pacote)\s+padrão\b/u, '标准版', '标准产品', /标准化(?:的)?(?:订阅|服务|方案|交付)/],
          [/\b(?:customers|clients|accounts|buyers)\b/, /\b(?:sign|signs|signed|buy|buys|bought|choose|chooses|chose)\b/, 'clientes', '客户', '签约', '购买'],
        ],
      },
      // A standardised product sold without customisation.
      {
        all: [
          [
            /\bstandardi[sz]ed\s+(?:\w+\s+)?(?:product|offering|SKU|package|solution|deployment)\b/, /\b(?:fully|completely|entirely)\s+standardi[sz]ed\b/,
            /\b(?:product|offering)\s+is\s+(?:fully\s+|completely\s+|entirely\s+)?standardi[sz]ed\b/, /\bone\s+SKU\b/, /\bsingle\s+SKU\b/,
            /\bno\s+(?:bespoke|custom|customi[sz]ed)\s+(?:engineering|development|work|code|integration|builds?)\b/, /\bno\s+customi[sz]ation\b/,
            /\bwithout\s+(?:any\s+)?(?:customi[sz]ation|custom\s+(?:engineering|development|work|code))\b/, /\bself[\s-]serve\s+(?:onboarding|deployment|setup|rollout)\b/,
            /\b(?:onboarding|deployment|setup|rollout)\s+is\s+(?:fully\s+)?self[\s-]serve\b/,
            /\bproduto\s+(?:\p{L}+\s+)?padronizado\b/u, /\b(?:totalmente|completamente|100%)\s+padronizad[oa]\b/u, /\bsem\s+(?:nenhuma\s+)?customiza\p{L}+/u, /\bsem\s+desenvolvimento\s+sob\s+medida\b/u,
            /\bnão\s+há\s+desenvolvimento\s+sob\s+medida\b/u, /\bnão\s+(?:fazemos|faz)\s+customiza\p{L}+/u,
            '标准化产品', '产品标准化', '完全标准化', '不做定制', '无需定制', '不需要定制', '零定制', '没有定制开发',
          ],
        ],
      },
    ],
    // Past states; questions; years still to come.
    unless: [
      '@notYetFact',
      // A long pilot, a tender or per-client adaptation is zhu/long-sales-cycle; a lapsed contract is no evidence.
      // (not a measurement window: "over the last four quarters", "in the past 12 months")
      /(?<!\b(?:last|past|previous|recent|first|trailing|prior)\s)\b(?:[5-9]|1\d|five|six|seven|eight|nine|ten|eleven|twelve|eighteen)[\s-]+(?:to\s+\w+[\s-]+)?months?\b/,
      /(?<!\b(?:last|past|previous|recent|first|trailing|prior)\s)\b(?:two|three|four|[2-4])(?:\s+quarters|-quarters?)\b/, 'half a year', 'year-long',
      /\b(?:cinco|seis|sete|oito|nove|dez|doze|[5-9]|1\d)\s+meses\b/u, /(?:[5-9]|1\d|五|六|七|八|九|十|十二)个(?:多)?月/, /(?<![上下])半年/, /一年(?:以上|多|左右)/, 'tender', 'tenders', 'licitação', '招标',
      /\b(?:adapt|tailor|customi[sz])\w*\s+(?:\w+\s+){0,3}?(?:to|for)\s+each\b/, 'lapsed', 'expired', 'terminated', 'cancelled', 'canceled', 'churned', 'deleted',
      '@pastState', /[?？]/, /\b20(?:2[6-9]|3\d)\b/, /20(?:2[6-9]|3\d)年/, 'letters of intent', 'LOI', 'LOIs', 'MoU', 'MOU', '意向书', 'carta de intenção',
    ],
  },
} satisfies RuleSpec;
