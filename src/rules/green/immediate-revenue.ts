import type { RuleSpec } from '../types';

/**
 * zhu/green/immediate-revenue: Paying customers now; growing, profitable revenue without burn.
 * Triggers in the catalogue:
 * - {revenue, ARR, sales, GMV, paying customers, profit, profitable, cash-flow positive; PT receita, faturamento, lucro, lucrativa; ZH 收入, 营收, 付费客户, 盈利, 现金流为正}
 * - + {a number or growth multiple in the past or present tense}.
 * - !{expect, forecast, plan, projected, will; PT espera, projeção; ZH 预计, 预测, 计划}.
 */
export default {
  id: "zhu/green/immediate-revenue",
  kind: "green",
  title: "Paying customers now; growing, profitable revenue without burn",
  claim: "The company already earns real and fast-growing revenue, ideally profitable and without burning cash — Zhu's \"instant money\" and \"immediate commercialisation\".",
  severity: "information",
  source: "zhu",
  passages: { zhu: ["p-fancytech-revenue", "p-instant-money", "p-to-b-no-burn", "p-enterprise-growth-3-5x", "p-believe-agi-but-apps", "p-china-middle-value-added", "p-revenue-burn-question"], interviewer: ["q-aigc-investments", "q-enterprise-pessimism"], editor: ["e-verify-demand-cheaply"] },
  quote: {
    passages: ["p-fancytech-revenue", "p-instant-money"],
    en: "\"AIGC video ads — this is very cool. Their product is very effective and makes money instantly. When we invested in 2022, revenue was a little over US$10 million, and last year it was over US$50 million, an increase of five or six times, and all of it profitable.\" […] \"Take LLaMA and train it for two or three months … and you can commercialise it immediately. Think about it: the threshold for commercialisation is very, very low. It's instant money! It's instant money!\" — Zhu Xiaohu",
  },
  questions: ["Revenue by period and its growth multiple (he cites 3–5x a year for good AIGC enterprise companies, `p-enterprise-growth-3-5x`); profitability; growth without burning cash."],
  openQuestion: "",
  message: 'Revenue is already coming in ({evidence}): the "instant money" Zhu backs; confirm the growth multiple and that it comes without burning cash.',
  match: {
    type: 'phrase',
    patterns: [
      // No burn stated outright: the negation ("never burned", "não queima", "不烧钱") is part of the claim.
      {
        all: [
          [
            /\b(?:never|not|n't|no longer)\s+(?:\w+\s+)?(?:burn(?:ed|t|s|ing)?)\b/, /\bwithout\s+(?:[\w-]+\s+){0,6}?(?:burn(?:ed|t|s|ing)?|burning)\b/,
            /\bwithout\s+(?:a\s+|any\s+)?(?:(?:new|further|additional|fresh|external)\s*)?(?:round|raise|fundraise|fundraising|financing)\b/,
            /\bcash\s+(?:in\s+the\s+bank|balance|position|reserves?|on\s+hand)\s+(?:has\s+)?(?:grown|grew|risen|rose|increased|kept\s+growing)\b/,
            'no cash burn', 'no net burn', 'zero burn', 'zero cash burn', 'no burn', /\bburn\s*[:：=]\s*(?:none|zero|nil|0|n\/a)\b/, /\b(?:zero|no|nil)\s+(?:monthly\s+|net\s+|operating\s+)?burn\b/, 'self-funded', 'self-funding', 'bootstrapped',
            /\bno\s+(?:outside|external|new|further)\s+(?:capital|funding|money|financing)\b/, 'paid for out of profit', 'out of profits',
            /\b(?:not|never|n't)\s+(?:\w+\s+)?(?:needed|required|raised|taken|drawn)\s+(?:any\s+)?(?:outside|external|new|additional|further)\s+(?:capital|funding|money|financing)\b/,
            /\bnever\s+(?:raised|needed|taken|took)\s+(?:\w+\s+){0,2}?(?:round|capital|money|funding|financing)\b/, 'funded from revenue', 'funded by revenue',
            /\b(?:funded|financed|paid\s+for)\s+(?:\w+\s+){0,6}?(?:from|by|out\s+of|through|with)\s+(?:its\s+own\s+|operating\s+|internal\s+|retained\s+|(?:FY)?20\d\d\s+)?(?:profits?|revenues?|cash\s+flows?|earnings|cash\s+generation)\b/,
            /\bnever\s+(?:had\s+to\s+|needed\s+to\s+)?(?:draw|dip|tap)\w*\s+(?:on|into)\b/, 'funded out of revenue', 'funded from cash flow',
            /\bcover(?:s|ed)?\s+(?:all\s+)?(?:of\s+)?(?:its\s+|the\s+company's\s+)?(?:operating\s+)?(?:costs|expenses|opex)\b/,
            /(?:não|nunca|sem)\s+(?:\p{L}+\s+)?queim\p{L}*\s+(?:de\s+)?caixa/u, 'sem queima de caixa', 'autofinanciad*', 'se paga com a própria receita',
            /(?:没有|没|不|未|无需|从不|从未|不用)再?烧(?:过)?钱/, '不烧钱', '没有烧钱', '从未烧钱', '无需烧钱', '没烧过钱', '未烧钱', '从不烧钱', '自负盈亏', '自我造血', '没有靠融资', '无需外部融资',
          ],
        ],
      },
      // Growth with an explicit "without" (marketing spend, subsidies, outside capital): the "without" is part of the claim.
      {
        all: [
          [
            /(?<!\b(?:pre|zero|no|any)[\s-])\brevenues?\b(?!\s+(?:model|models|share|sharing|mix|recognition|streams?|retention|targets?|goals?|plans?|forecasts?|potential|opportunit\w+|multiples?))/, 'ARR', 'MRR', 'sales', 'GMV', 'turnover', 'bookings', 'billings', 'receita', 'receitas', 'faturamento',
            'vendas', '收入', '营收', '营业额', '销售额',
          ],
          [
            /\b(?:doubl|tripl|quadrupl)\w*/, /\b(?:two|three|four|five|six|seven|eight|nine|ten|\d+)[\s-]?fold\b/, /\b(?:grew|grown|rose|increased|up)\s+\d/,
            'dobrou', 'triplicou', 'quadruplicou', /\bcresceu\s+\d/, '翻倍', '翻番', /翻了?[一两二三四\d]?番/, /增长(?:了)?[\d一二三四五六七八九十两]+(?:倍|%)/,
          ],
          [
            /\bwithout\s+(?:[\w-]+\s+){0,3}?(?:external|outside|paid|any|marketing|advertising|ads|subsid\w*|discount\w*|new|additional|cash|capital|funding|raising|losses|a\s+sales)\b/,
            /\bsem\s+(?:\p{L}+\s+){0,2}?(?:marketing|publicidade|anúncios|investimento|captação|subsíd\p{L}*|desconto\p{L}*|mídia)/u,
            /(?:没有|无需|未|零)(?:任何)?(?:投放|广告|营销|补贴|融资|市场费用)/,
          ],
        ],
      },
      // A revenue line with an amount or a growth multiple: "ARR reached RMB 30M, up 4x", "营收2.3亿元".
      {
        all: [
          [
            /(?<!\b(?:pre|zero|no|any)[\s-])\brevenues?\b(?!\s+(?:model|models|share|sharing|mix|recognition|streams?|retention|targets?|goals?|plans?|forecasts?|potential|opportunit\w+|multiples?))/, 'ARR', 'MRR', 'annual recurring revenue', 'monthly recurring revenue', 'run-rate', 'run rate',
            /\bsales\b(?!\s+(?:and\s+marketing|&|team|teams|cycle|cycles|force|staff|people|reps?|headcount|hires?|capabilit\w+|manager\w*|management|pipeline|process|motion|channels?|leader\w*|lead|director|head|org\w*|engineers?|playbook|calls?|meetings?|efficiency|function|VP|department|capacity))/,
            'GMV', 'turnover', 'bookings', 'billings', 'net income', 'net profit', 'profit', 'profits', 'gross profit', 'EBITDA', 'top line', 'topline',
            'receita', 'receitas', 'receita recorrente', 'faturamento', 'faturou', 'lucro', 'lucro líquido',
            /(?<!(?:equipe|time|ciclo|força|diretor|diretora|gerente|área|canal|canais|processo|chefe|head)\s+de\s+)\bvendas\b/u,
            '收入', '营收', '营业收入', '营业额', '销售额', '年化收入', '净利润', '利润', '流水', '回款',
          ],
          [
            '@amount',
            /\b\d+(?:[.,]\d+)?\s?(?:x|×)(?!\s*(?:(?:trailing|current|forward|forecast|projected|next[\s-]year|annual|run[\s-]rate|its|the)\s+)?(?:revenue|ARR|sales|earnings|EBITDA|multiple|receita|faturamento))/,
            /\b(?:doubl|tripl|quadrupl)\w*/, /\b(?:two|three|four|five|six|seven|eight|nine|ten)[\s-]?fold\b/, /\b\d+[\s-]?fold\b/,
            /\b(?:grew|grown|rose|increased|up|growth\s+of|increase\s+of|cresceu|alta\s+de|crescimento\s+de)\s+(?:by\s+)?\d[\d.,]*\s?%/,
            /\bgrowth\s+(?:(?:was|of|at|reached|hit|came\s+in\s+at|stood\s+at|:)\s*)?(?:~|about\s+|roughly\s+)?\d[\d.,]*\s?%/,
            /\b\d[\d.,]*\s?%\s+(?:YoY|y\/y|year[\s-]on[\s-]year|year[\s-]over[\s-]year|annual\s+growth|growth|increase|higher|ao\s+ano|em\s+doze\s+meses|em\s+12\s+meses)\b/u, /(?<![\w-])\+\d[\d.,]*\s?%/,
            /同比增长[\d.]+%/, /增长[\d.]+%/,
            'dobrou', 'triplicou', 'quadruplicou', '翻倍', '翻番', /翻了?[一两二三四\d]?番/, /增长(?:了)?[\d一二三四五六七八九十两.]+(?:倍|%)/, /[\d一二三四五六七八九十两]+倍/,
            /\b(?:already\s+)?(?:exceeds?|exceeded|surpass(?:es|ed)?|tops?|topped)\s+(?:last\s+year['’]s|the\s+whole\s+of|all\s+of|the\s+full[\s-]year)\b/, /(?:已|已经)?超过(?:了)?去年全年/, /\bsupera\s+(?:todo\s+)?o\s+ano\s+passado\b/u,
          ],
        ],
        within: 60,
        // A valuation multiple is not earned revenue ("valued at 40x revenue"); a profitability fact in the same sentence still counts.
        unless: ['valuation', 'valued at', 'post-money', 'pre-money', 'valuation cap', 'avaliação', 'valuation of', '估值', '投前', '投后', 'priced at', 'round at'],
      },
      // Money earned, said with a verb: "the company books about RMB 3M a month", "invoiced US$4.1M last year", "customers have paid us $1.2M".
      {
        all: [
          [
            /\b(?:books|booked|bills|billed|invoices|invoiced|generates|generated|earns|earned|makes|made|collects|collected|brings\s+in|brought\s+in|grossed|netted|cleared)\s+(?:about\s+|roughly\s+|around\s+|over\s+|more\s+than\s+|nearly\s+|almost\s+|some\s+|close\s+to\s+|~\s?)?(?:US\$|\$|RMB|R\$|HK\$|¥|￥|€|£)\s?\d/,
            /\b(?:have|has)\s+paid\s+(?:us|the\s+company|it)\s+(?:\w+\s+)?(?:US\$|\$|RMB|R\$|¥|€)\s?\d/,
            /\b(?:customers|clients|brands|merchants|users|buyers|hospitals|schools)\s+(?:have\s+)?paid\s+(?:the\s+company\s+|us\s+)?(?:about\s+|over\s+|more\s+than\s+|nearly\s+)?(?:US\$|\$|RMB|R\$|¥|€)\s?\d/, /\bcash\s+(?:collected|receipts|collections)\b[^.;]{0,30}(?:US\$|\$|RMB|R\$|¥|€)\s?\d/,
            /\b(?:fatur(?:a|ou|am|aram)|ger(?:a|ou)\s+receita\s+de|arrecad(?:a|ou))\s+(?:cerca\s+de\s+|mais\s+de\s+|quase\s+)?(?:US\$|R\$|\$|RMB)\s?\d/u,
            /(?:实现|创造|取得)(?:了)?(?:营业)?(?:收入|营收|销售额)[\d约近超逾]/, /(?:创收|回款)[\d约近超逾]/,
          ],
        ],
        // A valuation multiple is not earned revenue ("valued at 40x revenue"); a profitability fact in the same sentence still counts.
        unless: ['valuation', 'valued at', 'post-money', 'pre-money', 'valuation cap', 'avaliação', 'valuation of', '估值', '投前', '投后', 'priced at', 'round at'],
      },
      // Customers invoiced, counted: "since launch it has invoiced 85 enterprise clients".
      {
        all: [
          [
            /\b(?:invoiced|billed|charged|collected\s+from)\s+(?:more\s+than\s+|over\s+|some\s+|about\s+)?\d[\d,.]*\+?\s+(?:[\p{L}-]+\s+){0,2}?(?:customers|clients|brands|merchants|enterprises|companies|businesses|accounts|hospitals|schools|banks|employers|advertisers|stores)\b/u,
            /\b(?:prepaid|paid[\s-]up[\s-]front|paid\s+in\s+advance)\s+(?:annual\s+|multi-year\s+)?(?:contracts?|subscriptions?|licen[cs]es?|plans?|orders?)\b/,
            /\bpag(?:am|aram)\s+(?:anuidade|o\s+ano)\s+adiantad\p{L}+/u, '预付', '预付款', '年费预付',
          ],
        ],
        // A valuation multiple is not earned revenue ("valued at 40x revenue"); a profitability fact in the same sentence still counts.
        unless: ['valuation', 'valued at', 'post-money', 'pre-money', 'valuation cap', 'avaliação', 'valuation of', '估值', '投前', '投后', 'priced at', 'round at'],
      },
      // Paying customers counted: "120 paying enterprise customers", "180 clientes pagantes", "260家企业客户全部按年付费".
      {
        all: [
          [
            /\bpaying\s+(?:[\p{L}-]+\s+){0,2}?(?:customers|clients|users|brands|merchants|accounts|subscribers|enterprises|companies|businesses|schools|hospitals|stores|teams|employers|advertisers|sellers)\b/u,
            /\bpaid\s+(?:customers|users|accounts|subscribers|seats|subscriptions)\b/, /\b(?:is|are|gets?|got|being)\s+(?:already\s+)?paid\s+by\b/,
            /\b(?:clientes|usuários|empresas|marcas|lojas|assinantes)\s+(?:\p{L}+\s+)?pagantes\b/u,
            /付费[\u4e00-\u9fff]{0,4}(?:客户|用户|企业|商家|品牌|会员|学校|医院)/,
          ],
          [/(?<![\d.,$¥€£])\d[\d,.]*(?![\d,.])\+?(?![\d.,]*\s?(?:%|月|年|日|号|x|×|\s?(?:months?|years?|days?|weeks?)\b))/],
        ],
        within: 40,
        // A valuation multiple is not earned revenue ("valued at 40x revenue"); a profitability fact in the same sentence still counts.
        unless: ['valuation', 'valued at', 'post-money', 'pre-money', 'valuation cap', 'avaliação', 'valuation of', '估值', '投前', '投后', 'priced at', 'round at'],
      },
      // A count of customers who pay: "Some 340 brands now pay a monthly fee", "260家企业客户全部按年付费".
      {
        all: [
          [
            /\b\d[\d,.]*\+?\s+(?:[\p{L}-]+\s+){0,3}?(?:customers|clients|brands|merchants|enterprises|companies|businesses|employers|schools|hospitals|banks|insurers|users|subscribers|accounts|stores|firms|restaurants|retailers|manufacturers|advertisers|developers|chains|SMEs|sellers|teams)\s+(?:[\p{L}-]+\s+){0,2}?(?:pay|pays|paid|are\s+paying|subscribe|subscribed|renew|renewed)\b/u,
            /\b\d[\d,.]*\+?\s+(?:\p{L}+\s+){0,3}?(?:clientes|marcas|empresas|lojas|varejistas|usuários|assinantes|escolas|hospitais|bancos)\s+(?:\p{L}+\s+){0,2}?(?:pagam|pagaram|assinam|renovaram)\b/u,
            /\d[\d,.]*(?:万|千)?(?:家|个|位|名)[\u4e00-\u9fff]{0,4}(?:客户|企业|商家|品牌|医院|学校|用户|门店|机构|律所|工厂|银行|药店)[\u4e00-\u9fff]{0,6}(?:付费|买单|续费|续约|订阅)/,
          ],
        ],
        // "… saves three hours a day, which is why 1,100 merchants pay": the point is productivity (zhu/green/to-b-productivity).
        unless: ['save', 'saves', 'saved', 'savings', 'replace*', 'which is why', 'because', 'porque', 'economiz*', '因为', '节省', '替代', 'valuation', 'valued at', '估值', 'avaliação'],
      },
      // Profitability or positive cash flow stated as a fact.
      {
        all: [
          [
            /\bprofitable\b(?!\s+(?:market|markets|segment|segments|niche|niches|industry|sector|opportunit\w*|customers|clients|channel|category))/,
            /\b(?:reached|achieved|attained|hit)\s+(?:\w+\s+)?(?:profitability|break[\s-]?even|breakeven)\b/, 'in the black', 'turned a profit',
            /\bcash[\s-]?flow[\s-]+(?:has\s+been\s+|was\s+|is\s+|stayed\s+|remained\s+|turned\s+|became\s+)?positive\b/,
            /\bpositive\s+(?:operating\s+|free\s+|net\s+)?cash[\s-]?flow\b/, /\b(?:operating\s+|free\s+)?cash[\s-]?flow\s+(?:\w+\s+){1,3}positive\b/,
            /\bEBITDA[\s-]positive\b/, /\bpositive\s+EBITDA\b/,
            /\b(?:operating|net|EBITDA|EBIT)\s+(?:profit|income|margin|earnings)\s+(?:was|has\s+been|is|stayed|remained|turned|were)\s+(?:\w+\s+)?positive\b/,
            /\bmargins?\s+(?:are|is|were|was|stay|stayed|remain|remained|turned)\s+(?:already\s+)?positive\b/,
            /\b(?:been|is|was|at|reached|stayed|remained|running\s+at)\s+(?:at\s+)?break[\s-]?even\b/,
            /正向(?:的)?(?:经营(?:性)?)?现金流/, /(?:经营(?:性)?)?现金流(?:持续|已经|已)?(?:为正|转正|回正)/, /\bcash[\s-]generative\b/,
            // A positive operating or net margin (not gross margin, which says nothing about profit).
            /\b(?:EBITDA|operating|net|profit)\s+margins?\s+(?:(?:of|at|was|is|reached|stood\s+at|:)\s*)?(?:about\s+|~)?(?<![-−–])\d[\d.,]*\s?%/,
            /\bmargem\s+(?:EBITDA|operacional|líquida)\s+(?:de\s+)?(?<![-−–])\d/u, /(?:净利率|净利润率|经营利润率)(?:为|达到?)?\d/,
            'lucrativa', 'lucrativo', 'lucrativas', 'lucrativos', 'dá lucro', 'com lucro', /\b(?:já\s+)?lucra(?:m)?\b/u, 'no azul', 'fluxo de caixa positivo',
            /\bgeração\s+de\s+caixa\s+positiva\b/, /\batingiu\s+o\s+ponto\s+de\s+equilíbrio\b/,
            /盈利(?!模式|能力|空间|预期|前景|点|路径|模型)/, '扭亏为盈', /现金流[^，。；,;]{0,4}(?:为正|转正|回正)/, '正向现金流', '正现金流', '已实现盈亏平衡', '实现盈亏平衡', '收支平衡',
            /\bcaixa\s+gerado\s+pela\s+(?:própria\s+)?operação\b/u, /\bger(?:a|ando|ou)\s+caixa\b/u, /\bgeração\s+(?:operacional\s+)?de\s+caixa\b/u,
            /\b(?:generates|generating|generated)\s+(?:positive\s+)?(?:free\s+|operating\s+)?cash\b/, /\bself[\s-]sustaining\b/, /\bnet[\s-]income[\s-]positive\b/,
          ],
        ],
      },
      // Customers pay from day one; payback measured in months.
      {
        all: [
          [
            /\b(?:customers|clients|buyers|brands|merchants|users)\s+(?:\w+\s+)?prepa(?:y|ys|id)\b/, 'pay in advance', 'pay annually in advance',
            'pay from day one', 'pay from the first month', 'pay from month one', 'paid from day one', 'pay upfront', 'pay up front',
            'pagam desde o primeiro mês', 'pagam desde o primeiro dia', '首月即付费', '第一个月就付费', '上线即付费',
          ],
        ],
      },
      { all: [[/\bpayback\b/], [/\b(?:under|within|less\s+than|below)\s+(?:one|a|two|three|four|six|\d+)\s+(?:months?|quarters?|weeks?)\b/]] },
    ],
    // Figures that are not this company's earned revenue: valuation multiples, revenue mix and unit prices, retention,
    // declines, losses, zero revenue; past states (pivots, legacy lines); questions; years still to come.
    unless: [
      '@notYetFact',
      // Revenue said to be nil: "with negligible revenue", "pre-revenue".
      /\b(?:negligible|minimal|no|zero|little|de\s+minimis|immaterial)\s+(?:\p{L}+\s+)?(?:revenue|revenues|sales|ARR)\b/u, 'pre-revenue', 'sem receita', '尚无收入', '没有收入',
      '@pastState', /[?？]/, /\b20(?:2[6-9]|3\d)\b/, /20(?:2[6-9]|3\d)年/,
      'not disclosed', 'undisclosed', 'revenue share', 'revenue-share', 'revenue sharing', 'revenue model', 'pricing', 'list price',
      // Someone else's size or a deal size: "hospitals with less than US$1M in annual revenue", "despite less than US$1m in revenue", "deals average $120k ARR".
      /\b(?:(?:with|on)\s+(?:less\s+than|under|over|more\s+than|up\s+to|barely|only|just)|despite(?:\s+(?:less\s+than|under|barely|only|just))?)\s+(?:US\$|\$|RMB|R\$|¥|€)\s?\d[\d,.]*(?![\d,.])\s?\w*\s+(?:in|of)\s+(?:annual\s+)?(?:revenue|sales|turnover|ARR)\b/,
      'ACV', 'average contract value', 'deal size', /\bdeals?\s+average\b/,
      // Nothing earned yet: "revenue: none to date".
      /\brevenues?\s*[:：]\s*(?:none|nil|zero|n\/a|0)\b/, 'none to date', 'plano de receita', 'modelo de receita', 'meta de receita', 'revenue plan', 'revenue line',
      // A price point, not revenue: "a US$20-per-month subscription", "assinatura mensal de RMB 68".
      /(?:US\$|\$|RMB|R\$|¥|€)\s?\d{1,4}(?:[.,]\d{1,2})?(?![\d.,]*\s?(?:k|K|m|M|mn|bn|million|thousand|mil|万))[\s-]*(?:per|a|\/)[\s-]*(?:month|mo|seat|user|year)\b/,
      /\b(?:assinatura|mensalidade|taxa)\s+(?:mensal|anual)\s+de\b/u, /\b(?:monthly|annual)\s+(?:fee|subscription|price|plan)\s+of\b/,
      /\b(?:comes?|came|coming)\s+from\b/, /\b(?:vem|vêm|veio|vinha)\s+d[eoa]s?\b/, '来自', 'per installation', 'per deployment', '客单价',
      'fell', 'fall', 'falling', 'declin*', 'decreas*', 'shrank', 'shrinking', 'shrunk', 'loss-making', 'unprofitable', 'net loss', 'losses',
      /(?<!\b(?:no|zero|without|never|not|n't|nil)\s(?:\w+\s)?)\bburn(?:s|ed|ing)?\b(?!\s*[:：=]\s*(?:none|zero|nil|0|n\/a)\b)/, 'queima', 'queimou', 'prejuízo', '亏损', /(?<!没有再?|没再?|不再?|无需|未|从不|从未|不用)烧钱/, '下滑', '下降',
      'zero revenue', 'pre-revenue', 'no revenue', '零收入', 'sem receita', 'pré-receita',
      'retention', 'churn', '留存', 'retenção', 'comparable', 'comparables', 'comps', 'benchmark',
      // The market's or the sector's revenue, not the company's.
      /\b(?:market|industry|sector|category|segment)(?:['’]s)?\s+(?:revenue|revenues|sales|spend|GMV)\b/, /\breceita\s+d[oe]\s+(?:mercado|setor)\b/u, '市场收入', '行业收入', '行业营收',
      'addressable', 'TAM', 'SAM', 'SOM', 'market size', 'market sizing', 'market is', '市场规模', '市场空间', 'mercado endereçável', 'tamanho do mercado',
      'estimate', 'estimates', 'estimated', 'reportedly', 'rumoured', 'rumored', 'unconfirmed', 'not confirmed', 'estimativa', 'estimamos', '估计', '估算', '据传',
      // Revenue mix and price points are not earned growth: "accounts for 80% of projected revenue", "定价每月68元".
      /\b(?:accounts?\s+for|responsible\s+for|makes?\s+up|represents?|responde\s+por|representa)\s+(?:\w+\s+)?(?:\d+%|most|the\s+bulk|a\s+maioria)/u,
      'projetado', 'projetada', 'projetados', /\bpriced?\s+(?:at|of|is)\s+(?:US\$|\$|RMB|R\$|¥|€)/, 'price point', /\bpreço\s+(?:de|é)\b/u, '定价', '来源', '售价', /\/\s?(?:mês|month|mo|year|ano|seat|user|usuário)\b/u,
      'target', 'targets', 'budget', 'guidance', 'base case', 'bull case', 'model assumes', 'meta de', '目标',
    ],
  },
} satisfies RuleSpec;
