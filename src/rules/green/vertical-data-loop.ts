import type { RuleSpec } from '../types';

/**
 * zhu/green/vertical-data-loop: Closed-loop vertical data; a year ahead, hard to copy.
 * Triggers in the catalogue:
 * - {closed loop, feedback loop, data flywheel, outcome / performance data, customer authorisation, tracked campaigns, accumulated vertical data; PT ciclo fechado, dados de desempenho; ZH 数据闭环, 数据反馈, 客户授权, 投放效果}
 * - + present or past tense with a scale figure (share of customers, record counts, years).
 * - !{plan, will, once we have; ZH 计划, 将}.
 */
/** What comes back from real use: outcomes, results, performance, corrections, labels. */
const SIGNAL = [
  'outcome data', /\boutcomes?\b/, 'performance data', 'conversion data', 'click data', 'click-through data', 'campaign data', 'campaign results',
  'campaign metrics', 'results', 'actual GMV', 'actual sales', 'results data', 'feedback data', 'engagement data', 'sales data', 'repayment data', 'outcome labels',
  // ("approved or rejected" as the outcome, so the rejection cue lies inside the trigger)
  /\b(?:approved|accepted|granted)\s+(?:or|and|\/)\s+(?:rejected|declined|denied)\s+(?:[\w-]+\s+){0,2}?(?:decisions?|applications?|loans?|claims?|cases?)\b/,
  /\b(?:diagnos[ie]s|hires|renewals|decisions?|approvals?|rejections?|conversions?|ROI|ROAS|sell-through|clicks|repayments?|defaults?|settlements?|payouts?|corrections?|edits|labels|ratings|signals?|usage\s+data|telemetry|customer\s+feedback|user\s+feedback)\b/,
  /\b(?:campaign|ad|post|video|listing|creative|content|placement|real-world|live|actual|store|deployment)\s+(?:performance|results|sales)\b/, /\bperformance\s+(?:of|on)\s+(?:each|every)\b/,
  /\b(?:[\w-]+-)?(?:corrected|edited|approved|rejected|labelled|labeled|annotated|verified)\s+(?:answers|outputs|drafts|translations|results|cases|examples|documents)\b/,
  'dados de conversão', 'dados de desempenho', 'dados de resultado', 'dados de resultados', 'dados de campanha', 'resultados das campanhas',
  /\b(?:desempenho|conversões|resultados|correções|avaliações|vendas)\b/u,
  '成交结果', '结果', '反馈', '效果数据', '转化数据', '投放数据', '反馈数据', '结果数据', '点击数据', '投放效果', '业务结果', '成交数据', '销售数据', '回款数据', '修改记录', '纠错数据', '标注', '效果', '转化',
];

/** Flowing back into the model: "feeds back", "folded into the next model update", "alimentam o modelo", "回流训练". */
const BACK_INTO_MODEL = [
  /\bretrain(?:s|ed|ing)?\b(?!\s+(?:\w+\s+){0,2}?(?:team|teams|staff|employees|people|workers|agents|reps|salesforce))/, /\brecalibrat\w+/,
  /\b(?:flows?|flowed|comes?|came|returns?|returned)\s+back\s+(?:every|each|daily|nightly|weekly|monthly|automatically|in\s+real[\s-]time|continuously)\b/,
  // "feeds back", "report back hiring outcomes"; weaker verbs ("comes back", "goes back") only back into the model or the company.
  /\b(?:feeds?|fed|loops?|looped|sends?|sent|reports?|reported|pipes?|piped|streams?|streamed|syncs?|synced|pushes|pushed)\s+(?:(?!(?:not|never|no|nothing|none|will|would|could|may|might|can|should)\b)[\w-]+\s+){0,5}?back\b/,
  /\b(?:flows?|flowed|comes?|came|goes|go|went|returns?|returned|writes?|wrote|written|routes?|routed|logged|posted)\s+(?:[\w-]+\s+){0,2}?back\s+(?:in)?to\s+(?:the\s+|our\s+|its\s+|us\b|the\s+company)(?:(?:(?<=\s)|(?<!\s)\s*)(?:[\w-]+\s+){0,2}?(?:model|training|platform|company|system|engine|dataset|loop))?/,
  /\b(?:folded|fed|piped|goes|go|flows?|flow|streams?|feeds?)\s+(?:straight\s+|directly\s+|automatically\s+)?(?:back\s+)?into\s+(?:the\s+|our\s+|its\s+|each\s+)?(?:next\s+)?(?:[\w-]+\s+){0,2}?(?:training|model|models|retraining|fine-?tun\w*|updates?|releases?|versions?|dataset)\b/,
  /\bback\s+into\s+(?:the\s+)?(?:model|training)\b/,
  // (no modal in the gap: "the model will learn" is a plan, and the cue must stay outside the trigger)
  /\b(?:model|engine|system|algorithm|ranker|scorer)s?\s+(?:(?!(?:will|would|could|may|might|can|should|shall)\b)\w+\s+){0,2}?(?:learns?|learned|learnt)\b/,
  /\b(?:improves?|improved|gets\s+better|gets\s+smarter|sharpens?)\s+(?:with\s+(?:every|each)|as\s+(?:more|customers|clients|users)|over\s+time|every\s+(?:week|month|day))\b/,
  /\b(?:fine-?tunes?|updates?|improves?|trains?|retrains?|recalibrates?|sharpens?|tunes?)\s+(?:the|its|our|each)\s+(?!own\b)(?:[\w-]+\s+){0,2}(?:model|models|engine|scorer|ranker)\b/,
  /\bmodel\s+is\s+(?:re)?trained\b/, /\bas\s+(?:a\s+)?(?:training\s+)?labels?\b/, /\bbecomes?\s+(?:a\s+)?(?:new\s+)?training\s+(?:data|examples?|pairs?|samples?|signal|labels?)\b/,
  /\b(?:used|use|uses)\s+to\s+(?:re)?train\b/, /\bmonthly\s+model\s+update\b/,
  /\bretrein\p{L}*/u, /\bretroaliment\p{L}*/u, /\brealiment\p{L}*/u,
  /\bvolt(?:a|am)\s+(?:\p{L}+\s+){0,3}?(?:para|ao)\s+(?:\p{L}+\s+){0,2}?modelo\b/u, /\bvolt(?:a|am)\s+com\s+dados\b/u, /\bvolt(?:a|am)\s+para\s+(?:a\s+empresa|treinar)\b/u,
  /\b(?:alimenta|alimentam|treina|treinam|melhora|melhoram|ajusta|ajustam|calibra|calibram)\s+(?:\p{L}+\s+){0,2}?(?:o\s+)?modelo\b/u,
  /\b(?:usad|utilizad)[oa]s\s+(?:para|no)\s+(?:re)?trein\p{L}*/u,
  '回流', '回传', '反哺', '再训练', '重新训练', '用于训练', '训练模型', '优化模型', '迭代模型', '模型迭代', '用于模型', /(?:持续|不断)(?:优化|迭代|训练)/,
];

/** Accumulated vertical data from real use: labelled, outcome-linked, proprietary. */
const LABELLED = [
  // (not "proprietary" alone: a proprietary index or base model is not a loop from customers)
  /\b(?:label(?:l)?ed|annotated|adjudicated|outcome[\s-]label(?:l)?ed|outcome[\s-]linked|ground[\s-]truth)\b/,
  /\b[\w]+-(?:confirmed|verified|validated|reviewed|corrected|approved|labell?ed|graded|scored)\b/,
  /\b(?:rotulad|anotad)\p{L}*/u, /\b(?:revisad|validad|confirmad|conferid)[oa]s\s+por\b/u, /(?:已|人工|逐条|带)?标注(?:过|好)?的/, /带[\u4e00-\u9fff]{0,4}(?:结果|标签)/, '真实结果',
];
export default {
  id: "zhu/green/vertical-data-loop",
  kind: "green",
  title: "Closed-loop vertical data; a year ahead, hard to copy",
  claim: "The company accumulates vertical data through a closed feedback loop — for example customers authorising performance monitoring so it learns which videos suit which platform — which Zhu names as the barrier above the model layer.",
  severity: "information",
  source: "zhu",
  passages: { zhu: ["p-vertical-data-loop", "p-hard-to-copy-year-ahead", "p-data-barrier-short-video", "p-200-models"], interviewer: ["q-app-barriers", "q-copy-immediately"] },
  quote: {
    passages: ["p-hard-to-copy-year-ahead", "p-vertical-data-loop"],
    en: "\"It's hard to copy; it's a year ahead of everyone else. In many vertical areas you need to accumulate data and optimisation. They [have] 60–70% customer authorisation to monitor the effect, so they know which videos suit Taobao, which suit Xiaohongshu, which suit Douyin ['Jieyin' in the MT], and there is a closed-loop data feedback. It's not easy to fall behind [probably: not easy for others to catch up].\" — Zhu Xiaohu",
  },
  questions: ["What share of customers authorise monitoring, and what the loop learns (e.g. which videos suit which platform)?", "How far ahead of a copycat does it put the company? (Zhu: \"a year ahead of everyone else\".)"],
  openQuestion: "",
  message: 'Closed-loop vertical data ({evidence}): the barrier Zhu names above the model layer; check what share of customers feed it and how far ahead it puts the company.',
  match: {
    type: 'phrase',
    patterns: [
      // Outcome data that flows back and retrains the model.
      { all: [SIGNAL, BACK_INTO_MODEL], within: 200 },
      // Any data that flows back and retrains the model: "sell-through data comes back … to retrain", "成交数据每天回传".
      { all: [[/\bdata\b/, /\b(?:dados|resultados)\b/u, '数据'], BACK_INTO_MODEL], within: 200 },
      // Corrections from use turned into training data: "every translation a client edits becomes a training pair".
      {
        all: [
          [
            /\bbecomes?\s+(?:a\s+)?(?:new\s+)?training\s+(?:data|examples?|pairs?|samples?|signal|labels?)\b/,
            /\b(?:back\s+)?into\s+(?:the\s+)?(?:next\s+)?(?:training\s+set|training\s+data|fine-?tuning\s+set)\b/, /\bvira(?:m)?\s+dados?\s+de\s+treino\b/u, /(?:变成|成为|沉淀为)(?:新的)?训练(?:数据|样本)/,
          ],
        ],
      },
      // Customers authorise monitoring of results.
      {
        all: [
          [
            /\bauthori[sz](?:e|es|ed|ing|ation|ations)\b(?!\s+(?:resellers?|dealers?|distributors?|partners?|payments?|signator\w+|capital|shares))/,
            /\b(?:let|lets|allow|allows|allowed|permit|permits|permitted)\s+(?:us|the\s+company|it|the\s+platform|the\s+startup|the\s+tool|the\s+product|the\s+system)\s+(?:to\s+)?(?:monitor|track|see|measure|read|pull|collect|ingest)\b/,
            /\bopt(?:s|ed)?\s+in\b/, /\bgrant(?:s|ed)?\s+(?:the\s+company\s+|us\s+)?access\b/,
            /\bconnect(?:s|ed)?\s+(?:their|its)\s+(?:[\w-]+\s+){0,4}?(?:accounts?|shops?|stores?|CRM|ERP|analytics|back[\s-]?ends?)\b/,
            /\b(?:giving|gives|gave)\s+(?:the\s+company|us|the\s+platform|it)\s+(?:\w+\s+)?(?:sales|performance|conversion|outcome|campaign|repayment)\b/,
            /\bconect(?:am|a|aram)\s+(?:suas?|as|os)\s+(?:contas|lojas)\b/u, '绑定', '打通',
            /\bshar(?:e|es|ed|ing)\s+(?:their\s+|its\s+|back\s+)?(?:[\w-]+\s+)?(?:campaign|performance|conversion|outcome|sales|store|post-campaign|ROI|results?|data)\b/,
            /\bautoriz\p{L}*/u, /\bcompartilh\p{L}*/u, /\bpermit\p{L}*\s+(?:que\s+)?(?:a\s+empresa|a\s+plataforma)\b/u, '授权', '共享',
          ],
          [
            /\bmonitor\w*/, /\btrack\w*/, 'performance', 'results', 'campaign', 'campaigns', 'metrics', /\boutcomes?\b/, 'conversion', 'conversions', 'ROI', 'ROAS',
            'analytics', 'store data', 'sales data', 'data', 'sales figures', 'figures', 'sales', '监测', '投放效果', '效果', '数据', '后台', '销量', ...SIGNAL,
            'monitoramento', 'resultados', 'desempenho', 'campanhas', 'conversão', 'dados', 'métricas', 'vendas',
          ],
          [
            '@number', /\b(?:most|all|every|each|majority)\b/, 'customers', 'clients', 'advertisers', 'merchants', 'brands', 'clientes', 'maioria', '客户', '品牌', '商家', '大部分', '多数',
          ],
        ],
        unless: ['authorised reseller', 'authorized reseller', 'payment', 'payments', 'pagamento', '支付', '付款', 'privacy policy', 'GDPR', 'LGPD', 'cookie', 'cookies'],
      },
      // A closed loop or flywheel with something concrete behind it (a share, a count, a cadence).
      {
        all: [
          [
            /\bclosed[\s-]loop\b/, /\bfeedback\s+loop\b/, /\bdata\s+loop\b/, /\bdata\s+flywheel\b/, /\bclos(?:e|es|ed|ing)\s+the\s+(?:data\s+|feedback\s+)?loop\b/, 'ciclo fechado', 'ciclo de dados', 'circuito fechado',
            /\bfech(?:a|am|ando|ou)\s+o\s+ciclo\b/u, '数据闭环', '闭环', '数据飞轮',
          ],
          [
            '@number', 'every', 'each', 'customers', 'clients', 'campaigns', 'deployments', 'daily', 'weekly', 'monthly', 'nightly',
            'clientes', 'cada', 'campanhas', '客户', '每', '投放',
          ],
        ],
      },
      // The real outcome of each generated output is observed: "the company sees the real conversion of every creative it generates".
      {
        all: [
          [
            /\b(?:sees|saw|knows|tracks|tracked|measures|measured|observes|captures|captured|records|recorded|gets|receives|received)\s+(?:the\s+)?(?:real|actual|final|downstream|real-world|true)\s+(?:conversions?|sales|outcomes?|results?|performance|ROI|repayments?|hires|diagnos\w+|click-through|CTR)\b/,
            /\b(?:vê|sabe|acompanha|mede|captura|recebe)\s+(?:a|o|as|os)\s+(?:conversão|conversões|vendas|resultados?|desempenho)\s+(?:real|reais|efetiv\p{L}+)/u,
            /(?:看到|掌握|追踪|获取|拿到)(?:了)?[^，。]{0,8}(?:真实|实际)(?:的)?(?:转化|成交|效果|结果)/,
          ],
          ['@number', /\b(?:each|every|all)\b/, /\bgenerat\w+/, 'cada', 'todos', '每', '生成'],
        ],
      },
      // Platform knowledge from the data: "knows which creatives convert on Taobao and which on Douyin".
      {
        all: [
          [
            /\bwhich\s+(?:[\w-]+\s+){0,3}?(?:work|works|convert|converts|perform|performs|suit|suits|sell|sells|win|wins|resonate|resonates)\b/,
            /\bqua(?:l|is)\s+(?:\p{L}+\s+){0,3}?(?:funcionam|funciona|convertem|converte|performam|performa|vendem|vende)\b/u,
            /(?:哪些|哪类|哪种|什么样的?)[^。；]{0,12}(?:适合|转化|有效|好卖|效果好)/, /(?:偏好|适合)什么样/,
            /\b(?:each|every)\s+platform['’]s\s+(?:style|taste|audience|format|algorithm)\b/,
          ],
          [
            'Taobao', 'Douyin', 'Xiaohongshu', 'Kuaishou', 'TikTok', 'Tmall', 'Pinduoduo', 'WeChat Channels', 'platform', 'platforms', 'channel',
            'channels', 'plataforma', 'plataformas', 'canal', 'canais', '淘宝', '抖音', '小红书', '快手', '天猫', '京东', '拼多多', '视频号', '平台', '渠道',
          ],
          [
            /\bknow(?:s|n)?\b/, 'sees', 'tell us', 'tells us', 'show us', 'shows us', 'reveal', 'reveals', 'learned', 'learnt', 'learns', 'tells', 'shows', 'tracked',
            'sabe', 'sabemos', 'aprendeu', 'aprendemos', 'aprende', '知道', '判断', '清楚', '了解', '掌握', '积累', '数据',
          ],
        ],
      },
      // Tracked at scale: "from two million tracked ads", "3 milhões de anúncios rastreados", "追踪了300余万条广告素材".
      {
        all: [
          [/\btrack(?:ed|ing)\b/, /\bmonitor(?:ed|ing)\b/, /\brastread\p{L}*/u, /\bmonitorad\p{L}*/u, 'rastreamos', '追踪', '跟踪', '监测了'],
          ['@number', /\bper\s+(?:video|ad|creative|post|campaign|listing)\b/],
          [
            'ads', 'ad placements', 'placements', 'campaigns', 'videos', 'video', 'creatives', 'impressions', 'listings', 'anúncios', 'campanhas', 'vídeos',
            '广告', '素材', '投放', '视频',
          ],
        ],
        within: 80,
      },
      // Outcomes linked back to the model's outputs at scale: "26 months of outcome-labelled claims data linking model scores to actual payouts".
      {
        all: [
          [
            /\boutcome[\s-]label(?:l)?ed\b/,
            /\b(?:tie|ties|tied|link|links|linked|linking|match|matches|matched|matching|map|maps|mapped|join|joined|connected)\s+(?:[\w.,-]+\s+){0,4}?(?:to|with|back\s+to)\s+(?:the\s+|its\s+|our\s+)?(?:actual|real|final|their|observed|eventual|model['’]s|AI['’]s|each|resulting|downstream|subsequent|reali[sz]ed)\b/,
            /(?:结果|数据|表现)[^。；，]{0,8}(?:与|和|跟)[^。；，]{0,10}(?:一一对应|对应|挂钩|关联)/,
            /\b(?:logged|recorded|compared|scored|checked|reconciled|joined|matched|benchmarked)\s+(?:[\w.,-]+\s+){0,4}?against\s+(?:the\s+)?(?:model['’]s|AI['’]s|its|actual|real|final|each)\b/,
            /\b(?:ligad|vinculad|associad|cruzad)\p{L}*\s+(?:\p{L}+\s+){0,4}?(?:a|aos?|às?|com)\s+(?:\p{L}+\s+){0,2}?(?:resultados|desfechos|contratações|pagamentos)\s*(?:reais|efetiv\p{L}+)?/u,
            /(?:对应|关联|挂钩)(?:到)?(?:真实|实际|最终)(?:的)?(?:结果|回款|理赔|录用|成交)/,
          ],
          ['@number', /\b(?:years?|anos)\b/u, '年'],
        ],
      },
      // Years of labelled outcomes tied to the model's outputs.
      {
        all: [
          [
            /\b(?:label(?:l)?ed|annotated|verified|confirmed|adjudicated|settled)\s+(?:[\w-]+\s+){0,2}?(?:outcomes|results|diagnoses|repayments|defaults|hires|hiring\s+results)\b/,
            /\b(?:resultados|desfechos)\s+(?:\p{L}+\s+){0,2}?rotulad\p{L}+/u, /\brotulad\p{L}+\s+(?:\p{L}+\s+){0,2}?(?:resultados|desfechos|com\s+o\s+resultado)/u,
            /标注(?:过)?的?[\u4e00-\u9fff]{0,6}(?:结果|结局|数据)/, /带[\u4e00-\u9fff]{0,4}(?:结果|标签)(?:标注)?的?[\u4e00-\u9fff]{0,8}数据/,
          ],
          ['@number'],
        ],
      },
      // Accumulated at scale and growing with use: "the largest labelled set of factory defect images (2.7M), and it grows with every line it inspects".
      {
        all: [
          LABELLED,
          [
            /\b(?:data|dataset|datasets|data\s*set|set|images|records|cases|claims|calls|examples|samples|documents|videos|scans|transcripts|interactions|outcomes|results|reads|reports|notes|dialogues|conversations|events|incidents|failures|logs|readings)\b/,
            /\b(?:dados|imagens|registros|casos|exemplos|amostras|laudos|resultados)\b/u, '数据', '样本', '图片', '图像', '记录', '案例', '影像',
          ],
          // (not a bare count: "fine-tuned on 40,000 annotated claims" is a training set, not a loop)
          [
            /\b(?:years?|anos)\b/u, /\bfrom\s+(?:the\s+|its\s+|their\s+)?(?:customers|clients|deployments|production|live|real)\b/, /\bcollected\s+(?:on|from|in)\b/,
            /\bgrow(?:s|ing)?\s+(?:with|by)\b/, /\baccumulat\w+/, /\bamass\w*/, /\b(?:every|each)\s+(?:deployment|customer|inspection|line|case|claim|call|campaign)\b/,
            /\bacumul\p{L}*/u, /\bcresce\s+(?:a\s+cada|com)\b/u, '积累', '沉淀', '累计',
          ],
        ],
        within: 160,
      },
      // Years of outcomes accumulated: "quatro anos de resultados de entrevistas ligados às contratações efetivas".
      {
        all: [
          [
            /\b(?:\d+|one|two|three|four|five|six|seven|eight|nine|ten|several)\s+years?\s+of\s+(?!(?:[\w-]+\s+){0,3}?(?:financial|audited|operating|P&L)\b)(?:[\w-]+\s+){0,3}?(?:outcomes?|results?|labels|claims|repayments?|hiring\s+(?:outcomes|results))\b/,
            /\b(?:\d+|dois|três|quatro|cinco|seis|sete|oito|nove|dez|vários)\s+anos\s+de\s+(?:\p{L}+\s+){0,2}?(?:resultados|desfechos)\b/u,
            /[\d一二两三四五六七八九十几]+年(?:的|来)?[^，。]{0,10}(?:结果数据|标注数据)/,
          ],
        ],
        unless: ['financial', 'audited', 'operating results', 'P&L', 'financeiros', 'auditados', '财务'],
      },
    ],
    // A loop still to be built, public data, past states, questions and years still to come.
    unless: [
      '@notYetFact',
      '@pastState', /[?？]/, /\b20(?:2[6-9]|3\d)\b/, /20(?:2[6-9]|3\d)年/, 'once we', 'none yet', 'not yet', 'public data', 'public datasets',
      'dados públicos', '公开数据', 'synthetic', 'board', 'investors', 'LPs', 'milestone', 'next step', 'roadmap', 'next phase', 'próximo passo', '下一步', '路线图',
      // A loop that has ended: "until the 2024 renegotiation customers shared campaign metrics".
      /\buntil\s+(?:the\s+)?(?:(?:early|mid|late|end\s+of)[\s-]+)?(?:\w+\s+)?20\d\d\b/, /\b(?:was|were|has\s+been|have\s+been)\s+(?:dropped|removed|terminated|revoked|withdrawn|cancell?ed)\b/,
      /\bpublic(?:ly)?\s+(?:available\s+)?(?:[\w-]+\s+){0,2}?(?:data|datasets?|sources?|records|filings|corpora)\b/, /\bdados\s+(?:\p{L}+\s+)?públicos\b/u, /公开的?[\u4e00-\u9fff]{0,4}数据/,
      'from scratch', /(?<!\b(?:no|not|without|any)\s)\bpre-?train(?:s|ed|ing)?\b/, '预训练', 'do zero',
      // Bought or scraped data is not a loop from the company's own customers.
      'licensed from', 'purchased', 'bought from', 'scraped', 'open dataset', 'open datasets', 'open-source dataset', 'comprados', 'adquiridos', '购买', '爬取',
    ],
  },
} satisfies RuleSpec;
