import type { RuleSpec } from '../types';

/**
 * zhu/expensive-valuation: Rich valuation with no revenue; no plan for the next round.
 * Triggers in the catalogue:
 * - {valuation, post-money, pre-money, priced at, multiple, premium, markup; PT avaliação, prêmio; ZH 估值, 投后, 溢价}
 * - + {scarcity, pedigree, strategic, AI premium, pre-revenue, no revenue, forward revenue, expected markup; PT escassez, sem receita; ZH 稀缺, 尚无收入, 团队背景}.
 * - Raise confidence when no revenue figure appears in the same section (see zhu/gap/revenue).
 * - !{x ARR with growth, profitable, cash-flow positive}.
 */
// The price of the round: valuation words in the three languages.
const valuation = [
  'valuation', 'valuations', 'valued at', 'post-money', 'pre-money', 'post money', 'pre money', 'entry price', 'entry valuation', 'round price',
  /\b(?:rich|full|high|steep|punchy|aggressive|lofty|toppy|demanding|stretched)\s+(?:multiple|price|valuation|entry|pricing|entry price)\b/u, 'paying up', 'pay up',
  'price per share', 'priced at', 'markup', 'mark-up', 'step-up', 'step up', 'headline price', 'entry multiple', 'valuation cap',
  // A product's "premium tier" or "premium price" is not the round's premium.
  /(?<!\b(?:charges?|charged|charging|commands?|commanded|commanding|earns?|earned|fetch(?:es)?|fetched|sells?\s+at|sold\s+at|sell\s+at)\s+a\s+)\bpremium\b(?![\s-]+(?:tier|plan|subscription|version|users?|price|prices|pricing|features?|products?|customers?|segment|brand|positioning|account|membership|service|offering))/u,
  'avaliação', 'avaliada em', 'avaliado em', 'valuation', 'pós-money', 'pré-money', 'pós money', 'pré money', 'preço de entrada', 'preço da rodada',
  /\bprêmio\b(?!\s+(?:de\s+seguro|do\s+seguro|anual|mensal))/u, 'ágio', 'múltiplo de entrada', 'valor de mercado',
  '估值', '投后', '投前', '溢价', '入场价格', '入场价', '本轮定价', '作价',
  // An amount marked post or pre: "RMB 8bn post", "US$800M pre", "at US$1.5B post".
  /(?:US\$|\$|RMB|CNY|¥|R\$|USD|€|HK\$)\s?\d[\d.,]*\s?(?:bn|billion|b|m|mn|mm|million|bi|mi|bilhões|bilhão|milhões|亿元?|万)?\s+(?:post|pre|pós|pré)(?:[\s-]money)?\b/u,
  /\b(?:pay|paying|asked to pay)\s+(?:\p{L}+\s+)?\d+(?:\.\d+)?\s?(?:x|×|times)\s+(?:the\s+)?(?:last|previous|prior|seed|Series\s+[A-F]|A|B)\b/u,
  /\b(?:company|startup|business|empresa)\s+(?:is\s+|now\s+)?(?:worth|vale)\s+(?:US\$|R\$|\$|RMB|¥)\s?\d/u,
  /\bvalu(?:e|es|ed|ing)\s+(?:the\s+company|the\s+business|the\s+startup|it|us)\s+at\b/u,
  /\b(?:entering|enter|entry|invest(?:ing)?|coming in|come in|buying in|paying)\s+(?:in\s+)?at\s+(?:an?\s+|the\s+)?(?:US\$|\$|RMB|¥|R\$|USD|€|\d)/u, /\bentra(?:mos|r|remos)?\s+a\s+(?:um\s+)?(?:US\$|R\$|\$|\d)/u,
  // The price called rich: "the price is full", "a toppy entry", "估值偏高".
  /\b(?:valuation|price|pricing|entry|entry price|multiple|round|post-money|pre-money)\s+(?:is|looks|feels|seems|appears|remains)\s+(?:\p{L}+\s+)?(?:full|rich|steep|punchy|aggressive|lofty|toppy|demanding|stretched|expensive|elevated|racy|frothy)\b/u,
  /估值(?:明显|确实|已经)?(?:偏高|过高|很高|较高|很贵|太贵|不便宜|昂贵|高企)/u, /\b(?:valuation|avaliação|preço)\s+(?:está\s+|é\s+)?(?:salgad[oa]|esticad[oa]|car[oa]|elevad[oa])\b/u,
];

// A mark-up that is the fear of missing out ("get in before the valuation doubles": zhu/fomo), a revenue multiple,
// or a rise that revenue kept pace with.
const revaluationExcuses = [
  'before the valuation', 'before the price', 'allocation', 'antes que', 'alocação', '拿不到', '上车', '额度',
  /\d+(?:\.\d+)?\s?(?:x|×|times)\s+(?:[\p{L}'’-]+\s+){0,3}?(?:revenue|revenues|sales|ARR|run[\s-]rate|EBITDA|earnings|gross profit)\b/u,
  'ARR', 'revenue grew', 'revenue has grown', 'revenue tripled', 'revenue doubled', 'revenues grew', 'in line with revenue',
  'receita cresceu', 'receita dobrou', '收入增长', '营收增长', '收入翻',
];

export default {
  id: "zhu/expensive-valuation",
  kind: "red",
  title: "Rich valuation with no revenue; no plan for the next round",
  claim: "The valuation is rich relative to revenue, data and scenarios, and the memo does not say who can fund the next round or how the valuation will be held.",
  severity: "warning",
  source: "zhu",
  passages: { zhu: ["p-valuation-expensive", "p-next-round-government", "p-no-scenes-no-data-expensive", "p-regret-gpt4-dilemma"], interviewer: ["q-get-in-first", "q-first-look"] },
  quote: {
    passages: ["p-valuation-expensive", "p-next-round-government"],
    en: "\"It's very cheap to get in [sic: the MT says 'barato'; the next sentence shows the point is the opposite — possibly a lost rhetorical question, 'Is it cheap to get in?'], and everyone still tries. Valuations so expensive — go in there for what? I just don't want to talk.\" […] \"Until now, who can still finance the next round? […] Besides, the valuation has been pushed up this far — how do you hold the valuation?\" — Zhu Xiaohu",
  },
  questions: ["What revenue supports this valuation?", "Who can still finance the next round, and at what price? How do you hold the valuation?"],
  openQuestion: "What revenue supports the valuation? Who can still finance the next round, and how is the valuation held?",
  message: 'The price rests on something other than revenue ({evidence}): what revenue supports it, and who funds the next round?',
  match: {
    type: 'phrase',
    patterns: [
      // The price justified by scarcity, pedigree, strategic value or the size of the AI opportunity.
      {
        all: [
          valuation,
          [
            'scarcity', 'scarce', 'rarity', /\brare\b(?![\s-]+earth)/u, 'pedigree', 'pedigreed', 'credentials', 'résumé', 'résumés', 'resume', "team's background",
            "founders' background", 'academic background', 'academic record', 'strategic value',
            // Not "justified by" alone: revenue growth can justify a price too.
            'size of the AI opportunity', 'AI opportunity', 'the opportunity warrants', 'top AI talent', 'world-class team', 'star team',
            'escassez', 'escasso', 'escassa', 'raridade', 'raro', 'rara', 'currículo', 'histórico acadêmico', 'pedigree', 'trajetória dos fundadores',
            'prêmio estratégico', 'oportunidade de IA', 'tamanho da oportunidade',
            '稀缺', '稀缺性', '战略价值', '想象空间',
            // Reputation and pedigree words, and the price carried by something other than numbers.
            // The price carried by who the founders are: "because the founders are the best speech researchers in China".
            /\b(?:because|given|since|on the strength of|on the back of|justified by|supported by|explained by|attributed to|attributable to|accounted for by|comes? from|reflects|reflecting|driven by|based on|owing to|thanks to|anchored (?:in|on|by))\s+(?:of\s+)?(?:the\s+|its\s+)?(?:[\p{L}'’-]+\s+){0,3}?(?:founders?|founding team|team|CEO|CTO|researchers?|scientists?|pedigree|résumés?|credentials|alumni)\b/u,
            'we accept', 'willing to pay', 'comfortable paying', 'worth paying', 'fame', 'famous', 'celebrity', 'star power', 'name recognition', 'prestige', 'prestígio', 'fama',
            /(?:US\$|\$|RMB|¥)\s?\d[\d.,]*\s?(?:m|mn|million|bn)?\s+(?:per|a|for each)\s+(?:researcher|engineer|scientist|head|employee|team member|PhD)\b/u, /\bper\s+(?:researcher|engineer|scientist|PhD)\b/u, '人均估值', /每(?:个|位|名)(?:研究员|工程师|科学家|博士)/u,
            'track record', "founder's track record", "founders' track record", 'reputation', 'star founders', 'star founder', 'irreplaceable', 'team quality', 'quality of the team',
            'calibre', 'caliber', 'AI talent', 'talent scarcity', 'ex-OpenAI', 'ex-DeepMind', 'Google Brain', 'citations', 'academic standing', 'brand-name founders',
            'hype', 'the AI theme', 'AI premium', 'scarcity premium',
            /\b(?:rather than|instead of|not|and not)\s+(?:by\s+|on\s+|from\s+|in\s+)?(?:any\s+|current\s+|actual\s+|its\s+)?(?:traction|revenue|revenues|numbers|fundamentals|customers|metrics|commercial (?:progress|milestones|traction))\b/u,
            'reputação', 'nome dos fundadores', 'marca dos fundadores', 'talento', /\b(?:e\s+)?não\s+(?:pela|por|na|em|pelo)\s+(?:receita|tração|números|clientes)\b/u,
            '学术影响力', '学术地位', '名气', '声望', '名望', '学术声望', '行业影响力', '商业进展', '商业表现', '经营数据', '光环', '明星团队', '顶级团队', '讲故事', /(?:而非|而不是|并非|不是)(?:基于|来自|靠|由)?(?:收入|营收|业绩|客户|商业化|基本面)/u,
            // Pedigree words count only when they carry the price: "估值溢价由团队背景支撑".
            /(?:团队背景|创始人背景|履历|光环|名校|大厂背景|学术背景)[^。；]{0,12}(?:支撑|撑起|体现|反映|决定|溢价|值得|支持)|(?:支撑|体现|反映|基于|来自|考虑到|由于|靠)[^。；]{0,12}(?:团队背景|履历|光环|学术背景|顶级团队|明星团队)/u,
          ],
        ],
        within: 160,
        // A price carried by revenue growth is not carried by the team's name.
        unless: [
          'ARR', /\d+(?:\.\d+)?\s?(?:x|×)\s+(?:\p{L}+\s+){0,2}?(?:revenue|revenues|ARR|sales|EBITDA|earnings)\b/u, 'revenue grew', 'revenue growth', 'growing revenue', 'revenue has',
          'receita cresce*', 'crescimento da receita', '收入增长', '营收增长', '收入翻',
        ],
      },
      // Paying for the people, said outright: "we are paying for the founders", "买的是团队".
      {
        all: [[
          /\bwe(?:['’]re| are)?\s+(?:really\s+|essentially\s+|mostly\s+|basically\s+)?(?:paying|pay)\s+(?:up\s+)?for\s+(?:the\s+)?(?:founders|team|talent|pedigree|names?|brand|résumés|people)(?![’']s)\b/u,
          /\bpaga-se\s+pel[oa]\s+(?:nome|time|equipe|currículo)|\bestamos\s+pagando\s+pel[oa]\s+(?:nome|time|equipe|currículo)/u, /(?:为|给)(?:团队|创始人|履历)(?:的)?(?:光环)?买单|买的是(?:团队|人|创始人)/u,
        ]],
      },
      // The price with no revenue behind it: pre-revenue, closed beta, no commercial milestones.
      {
        all: [
          valuation,
          [
            'pre-revenue', 'pre revenue', 'no revenue', 'zero revenue', 'no meaningful revenue', 'no material revenue',
            /\bwithout\s+(?:an?\s+|any\s+|material\s+|meaningful\s+|significant\s+|real\s+|much\s+)?(?:revenue|sales|customers|commercial traction|traction|paying customers)(?:\s+(?:line|stream|base|history))?\b/u,
            /\bsem\s+(?:ter\s+|nenhum[ao]?\s+|qualquer\s+)?(?:receita|faturamento|clientes|vendas|tração)\b/u,
            // The price assumes what has not happened: "the deal prices in years of growth that hasn't started".
            /\bpric(?:es|ed|ing)\s+in\s+(?:\p{L}+\s+){0,3}?(?:years|growth|perfection|success|everything|a\s+lot|flawless)\b(?:[^.;]{0,30}?\b(?:that|which)\s+(?:has|have)(?:\s*n['’]t|\s+not)\s+(?:yet\s+)?(?:started|begun|happened|materiali[sz]ed|arrived|shown up))?/u, /\bprecifica\s+(?:\p{L}+\s+){0,3}?(?:anos|crescimento|perfeição)\b/u,
            /\b(?:no|zero|without)\s+(?:\p{L}+\s+)?(?:commercial|revenue)\s+(?:milestones?|traction|proof)\b/u, 'before revenue', 'ahead of revenue',
            'closed beta', 'still in beta', 'private beta', 'no product yet', 'pre-product', 'pre product', 'not yet launched', 'yet to launch',
            'sem receita', 'ainda sem receita', 'pré-receita', 'pré receita', /\bainda\s+não\s+(?:fatura|faturou|tem receita|gera receita|gerou receita|vende)/u,
            /\b(?:no|zero|negligible|minimal|de minimis|little|nil)\s+(?:\p{L}+\s+)?(?:revenue|revenues|sales|ARR)\b/u, 'no paying customers', 'no customers', 'zero customers', 'no paying users', 'no paid users', 'sem faturamento', 'sem clientes', 'sem clientes pagantes', '没有付费客户', '没有客户',
            /\bnot\s+(?:on|by|against)\s+(?:its\s+|the\s+)?(?:current|today's|existing|actual|trailing)\s+(?:revenue|sales|numbers|traction|ARR)/u,
            /\bpriced\s+(?:as|for|like)\s+(?:an?\s+|the\s+)?(?:future|eventual|category|market|sector)\s+(?:leader|winner|champion)/u, 'priced for perfection',
            /\bnão\s+(?:pela|na|com base na)\s+receita\s+atual/u,
            '尚无收入', '零收入', '没有收入', '暂无收入', '未产生收入', '尚未产生收入', '还没有收入', '没有营收', '尚无营收', '零营收', '尚未商业化', '内测',
            // Revenue shown as none in a list or table, or not yet earned: "revenue: none to date", "| Revenue | n/a |".
            /\b(?:revenues?|receita|faturamento|ARR|sales)\s*(?:to date\s*)?[:|：]\s*(?:none|nil|n\/a|zero|nenhuma|nenhum|0(?![.,]?\d)|[—–-](?=\s|$|\|))/u,
            'none to date', 'no revenue to date', 'no revenue yet', 'pre-commercial', 'pre commercial', 'pre-commercialisation', 'pre-commercialization', 'yet to book', 'yet to generate',
            'not yet generating', 'before any revenue', 'no commercial revenue', 'no recurring revenue', 'ahead of fundamentals', 'ahead of traction', 'ahead of the numbers',
            'pré-comercial', 'ainda não gera receita', 'sem receita recorrente',
            /\b(?:revenue|revenues|ARR|sales)\s+(?:is\s+|are\s+|remains?\s+|still\s+|of\s+)*(?:less than|under|below|barely|just|only|<)\s*(?:US\$|\$|RMB|¥|R\$|USD)?\s?\d/u,
            /\bpriced\s+(?:as\s+if|like)\b/u, /\bonly\s+(?:makes sense|works|pays off|is justified|adds up)\s+if\b/u, /\bsó\s+(?:faz sentido|se justifica)\s+se\b/u, /只有[^。，]{0,12}才(?:合理|说得通|成立)/u, 'still in pilot', 'only pilots',
            'with a demo', 'just a demo', 'only a demo', 'a prototype', 'only a prototype', 'a slide deck', 'só um protótipo', '只有demo', '只有Demo', '只有PPT',
            /\bfor\s+a\s+team\s+of\s+\d+\b/u, 'only in pilot', 'still piloting', 'pilot stage',
            /\bno\s+(?:\p{L}+\s+){0,2}?(?:customers|contracts|paying users|clients|orders|deployments)\b/u,
            /\bnão\s+(?:tem|há|possui)\s+(?:\p{L}+\s+)?(?:receita|faturamento|clientes)/u,
            // Revenue too small or flat to matter: "less than US$1m in annual revenue", "with no change in revenue".
            /\b(?:less than|under|below|barely|just|only|<)\s*(?:US\$|\$|RMB|¥|R\$|USD)?\s?\d[\d.,]*\s?(?:k|m|mn|million|thousand|mil)?\s+(?:in\s+|of\s+)?(?:annual\s+|annuali[sz]ed\s+|recurring\s+|trailing\s+)?(?:revenue|revenues|ARR|sales)\b/u,
            /\bno\s+(?:change|growth|increase|improvement|movement)\s+in\s+(?:revenue|revenues|sales|ARR)\b|\b(?:revenue|sales)\s+(?:has\s+been\s+|is\s+|remained\s+|stayed\s+)?(?:flat|unchanged|stagnant)\b|\bflat\s+revenue\b/u,
            /\bsem\s+que\s+a\s+receita|\breceita\s+(?:estável|parada|estagnada)\b|\bsem\s+clientes\s+pagantes\b/u,
            /(?:没有|尚无|暂无|还没有|几乎没有|尚未产生|未产生)[^，。；]{0,5}(?:收入|营收|付费客户)|颗粒无收|收入为零/u,
            /(?:尚未|还未|仍未|没有|未|尚无|暂无|还没有|几乎没有|基本没有)(?:产生|实现|获得|形成|确认)?(?:任何|实质性?的?|规模化?的?|稳定的?|明显的?|像样的?)?(?:收入|营收|销售收入|商业收入|付费客户|付费用户)/u,
            /(?:收入|营收)(?:基本|几乎)?(?:没有|没)(?:变化|增长|起色)|(?:收入|营收)(?:几乎|基本)?(?:为零|可以忽略|可忽略)/u,
          ],
        ],
        within: 160,
      },
      // A high multiple of revenue (30x and up), or a multiple of forward revenue: "100x forward revenue", "收入的120倍".
      // 10–20x revenue is an ordinary price for a growing software company.
      {
        all: [
          [
            /\b(?:[3-9]\d|[1-9]\d{2,3})(?:\.\d+)?\s?(?:x|×|times)\s+(?:[\p{L}'’-]+\s+){0,3}?(?:revenue|revenues|sales|ARR|run[\s-]rate)\b/u,
            /\b(?:forward|projected|future)\s+(?:revenue|sales|ARR)\s+(?:multiple\s+)?of\s+(?:[3-9]\d|[1-9]\d{2,3})\s?(?:x|×|times)/u,
            /\b(?:[3-9]\d|[1-9]\d{2,3})\s?(?:x|×|vezes)\s+(?:a\s+|o\s+)?(?:receita|faturamento|ARR)/u,
            /(?:PS|P\/S|市销率)(?:约|达|为|高达|超过|接近|达到)?\s?(?:[3-9]\d|[1-9]\d{2,3})(?:\.\d+)?\s?倍|(?:收入|营收|销售额|ARR)的?(?:[3-9]\d|[1-9]\d{2,3})倍|(?:预测|预期|未来)(?:收入|营收)的?\d+倍|(?:[3-9]\d|[1-9]\d{2,3})倍(?:市销率|PS)|PS(?:[3-9]\d|[1-9]\d{2,3})倍/u,
          ],
        ],
      },
      // "Priced at a premium to every domestic peer … pedigree rather than traction": the peers are the benchmark, not a third party.
      {
        all: [
          [/\bpremium\s+to\s+(?:(?:every|all|its|the|listed)\s*)?(?:\p{L}+\s+)?(?:peers?|comparables|comps|competitors)\b/u, /\bprêmio\s+(?:sobre|em relação a)\s+(?:tod[oa]s\s+)?(?:os\s+|as\s+)?(?:pares|concorrentes|comparáveis)/u, /(?:高于|超过)(?:所有|全部)?(?:同行|可比公司|竞品)/u],
          [
            // One expression, so that "pedigree rather than traction" is matched whole (its "rather than" is part of the claim).
            /\b(?:pedigree|credentials|scarcity|scarce|strategic|pre-revenue|no revenue|team|brand|narrative|hype|story|résumé|reputation)(?:\s+rather\s+than\s+(?:traction|revenue|numbers|fundamentals|customers|metrics))?\b/u,
            'escassez', 'currículo', '稀缺', '团队背景', '履历',
          ],
        ],
        within: 160,
      },
      // An expected mark-up or a steep step-up: "we expect a 3x markup in the next round", "the step-up is 10x".
      {
        all: [
          [
            'markup', 'mark-up', 'step-up', 'step up', 'write-up', 'reprice', 'repriced', 'repricing', 're-rate', 're-rating', 'reprecificação',
            /\bmark(?:s|ed|ing)?\s+(?:\p{L}+\s+){0,3}?up\b/u, 'up-round', 'up round',
            /\b(?:next|following|subsequent|upcoming)\s+(?:round|raise|Series\s+[A-F])\s+(?:\p{L}+\s+){0,4}?(?:priced|valued|price|valuation)\b/u,
            /\bpróxima\s+rodada\s+(?:\p{L}+\s+){0,4}?(?:precificada|avaliada|preço|avaliação|valuation)\b/u, /下一轮(?:的)?(?:估值|定价|价格)/u,
          ],
          [
            /\b\d+(?:\.\d+)?\s?(?:x|×|times|fold)\b/u, /\b(?:doubl|tripl|quadrupl)(?:e|es|ed|ing)\b/u, 'multiplied', 'jumped', 'soared',
            /\b(?:dobr|tripl|quadruplic)(?:ou|ar|e|ará|ado|ada)(?![\p{L}\p{N}_])/u, /\d+(?:\.\d+)?\s?vezes/u, /翻(?:了)?(?:一|两|三|四|五|十|\d)?(?:番|倍)|\d+(?:\.\d+)?倍|翻倍|暴涨|飙升/u,
          ],
        ],
        within: 80,
        unless: revaluationExcuses,
      },
      // The valuation itself rising steeply: "the valuation has quadrupled in nine months".
      {
        all: [
          ['valuation', 'valuations', 'post-money', 'pre-money', 'avaliação', 'valuation', '估值', '投后估值', '投前估值'],
          [
            /\b(?:doubl|tripl|quadrupl)(?:ed|ing)\b/u, 'multiplied', 'jumped', 'soared', 'skyrocketed', 'ballooned',
            'risen', 'rose', 'climbed', 'gone up', 'went up', 'increased', /\bfrom\s+(?:US\$|\$|RMB|¥|R\$|USD)\s?\d[\d.,]*\s?\p{L}*\s+to\s+(?:US\$|\$|RMB|¥|R\$|USD)\s?\d/u,
            'subiu', 'aumentou', /\b(?:de\s+)(?:US\$|R\$|\$)\s?\d[\d.,]*\s?\p{L}*\s+para\s+(?:US\$|R\$|\$)\s?\d/u, '上涨', '提升至', '涨到', /从[^，。]{0,10}涨至/u,
            /\b\d+(?:\.\d+)?\s?(?:x|×|times|fold)\s+(?:higher|up|increase|jump|since|in\s+(?:\d+|one|two|three|six|nine|twelve|eighteen)\s+months)\b/u,
            /\b(?:dobrou|triplicou|quadruplicou|dobrar|triplicar|multiplicou|disparou|saltou)\b/u, /翻(?:了)?(?:一|两|三|四|五|十|\d)?(?:番|倍)|翻倍|暴涨|飙升/u,
            /(?:涨|上涨|提升|增长|抬升|跳升|抬高|上调)了?(?:近|约|超过|将近)?(?:\d+|一|两|三|四|五|六|七|八|九|十)(?:\.\d+)?倍/u,
            /\b\d+(?:\.\d+)?\s?(?:x|×|times)\s+(?:the\s+|its\s+)?(?:last|previous|prior|Series\s+[A-F]|seed|A|B|C)(?:['’]s)?\s+(?:round|valuation|post|price|mark)\b/u,
            /\b(?:up|higher)\s+\d+(?:\.\d+)?\s?(?:x|×|times|fold)\b/u,
          ],
        ],
        within: 80,
        unless: revaluationExcuses,
      },
    ],
    // Revenue, profit or cash flow that carries the price, or a price at or below comparables, answers the rule.
    // A premium paid by an acquirer is zhu/exit-by-acquisition's claim.
    unless: [
      // A price that rests on reaching AGI is zhu/agi-thesis's claim.
      'AGI', 'general intelligence', 'superintelligence', 'inteligência artificial geral', '通用人工智能', '超级智能',
      'acquisition', 'acquire', 'acquired', 'acquirer', 'acqui-hire', 'trade sale', 'M&A', 'takeover', 'taken over', 'buyout', 'strategic sale', 'sale to', 'buyer', 'aquisição', 'adquirida', 'adquirir', '收购', '并购',
      'we declined', 'declined the', 'passed on', 'we passed', 'walked away', 'turned down', 'recusamos', 'declinamos', '放弃了', '婉拒',
      'profitable', 'profitability', 'cash-flow positive', 'cash flow positive', 'positive cash flow', 'free cash flow', 'EBITDA positive', 'in line with',
      'discount', 'discounted', 'cheap', 'cheaper', 'reasonable', 'fair value', /\bbelow\s+(?:\p{L}+\s+){0,3}?(?:comparables|comps|peers|benchmarks)\b/u, 'resets', 'reset', 'down round', 'flat round',
      'lucrativa', 'lucrativo', 'lucro', 'fluxo de caixa positivo', 'desconto', 'razoável',
      '盈利', '现金流为正', '正现金流', '合理', '折价', '打折',
    ],
  },
} satisfies RuleSpec;
