import type { RuleSpec } from '../types';

/**
 * zhu/fomo: FOMO or consensus as the investment case.
 * Triggers in the catalogue:
 * - {FOMO, fear of missing out, can't afford to miss, last chance, window closing, everyone is investing, all top funds, consensus, exposure to the theme, allocation; PT não podemos ficar de fora, última chance, consenso, todos os fundos; ZH 错过, 不能错过, 共识, 抢份额, 头部基金都投了, 窗口期}
 * - as the stated reason {because, so, therefore, given; ZH 所以, 因此}.
 * - !{despite, we recognise, regret, wait}.
 */
// Missing-out triggers that carry their own negation ("cannot afford to miss", "não podemos ficar de fora", "不能错过").
const selfNegated = [
  /\b(?:cannot|can't|can ?not|could not|couldn't|must not|mustn't|should not|shouldn't|do not want to|don't want to|cannot afford to|can't afford to|can ill afford to)\s+(?:afford\s+to\s+)?(?:(?:miss|be absent|be left out|be left behind|sit (?:this|it) out|sit out|stay out|stay on the sidelines|pass on this|be without|ignore this)(?=\s*(?:[.;,:!)]|$|—|-\s))|(?:miss|be absent from|be left out of|sit out|stay out of|pass on|be without)\s+(?:out\s+on\s+)?(?:this|the|a|such an?|an?|our)\s+(?:\p{L}+\s+){0,2}?(?:round|deal|wave|boat|train|cycle|company|category|winner|moment|shift|generation|theme|space|sector|allocation|position|trend|opportunity(?!\s+to\s+(?!invest|back|own|get in|participate|enter)))\b|miss\s+(?:it|this one|out)\b)/u,
  /\b(?:(?:raise|grow|win|succeed|happen|move on|go ahead|close)\s+without\s+us|without\s+us\s+on\s+the\s+cap\s+table)\b/u,
  /\b(?:without|no|lack|lacks|lacking)\s+(?:any\s+|an?\s+)?(?:\p{L}+\s+)?(?:exposure to (?:the\s+)?(?:AI|LLM|GenAI|generative|foundation|model|theme|sector|space|category|wave|trend|agent)|(?:generative[\s-]AI|gen[\s-]AI|foundation[\s-]model|AI|LLM|GenAI|model|agent)\s+(?:position|exposure|bet|name|logo|company|holding)s?)/u,
  // "the only major fund without a foundation-model position".
  /\bthe\s+only\s+(?:[\p{L}-]+\s+){0,2}?(?:fund|firm|investor|VC|house|platform)\s+(?:in\s+\p{L}+\s+)?without\b/u,
  // "晚一步就没有份额了".
  /(?:晚|慢|迟)(?:一步|一点|了|几天)(?:就)?(?:没有|没|拿不到|抢不到|进不去)(?:份额|额度|机会|位置)?/u,
  /\b(?:all|every one of|each of)\s+(?:our\s+|the\s+)?(?:peer|competing|rival|top(?:[\s-]tier)?|other|leading)\s+(?:funds?|VCs?|firms?|investors?)\s+(?:\p{L}+\s+){0,6}?(?:and|but|while|whereas)\s+we\s+(?:do|have|did|are|still)\s*(?:not|n't)\b/u,
  /\bnão\s+(?:podemos|pode|devemos|deve|queremos|dá para|há como)\s+(?:nos\s+dar\s+ao\s+luxo\s+de\s+)?(?:ficar de fora|ficar fora|perder|deixar passar|estar ausentes?|ficar para trás)/u,
  /\bsem\s+(?:nenhuma\s+|qualquer\s+)?exposição\s+(?:ao|à|a)\s+(?:tema|setor|onda|IA|categoria)/u,
  /(?:不能|不可|不容|不想|不愿|害怕|怕|担心|生怕|绝不能|绝不可|不可以)(?:再)?(?:错过|缺席|踏空|掉队|落后|没有(?:一席之地|位置))/u,
  /错过(?:就没有|就没了)|(?:现在)?不上车|拿不到(?:额度|份额|配额)|(?:没有理由|没理由)(?:缺席|错过|不投)/u,
  /\b(?:leave|leaves|leaving|left)\s+us\s+(?:out|behind|without)\b/u,
  /\bnot\s+(?:having|owning|holding)\s+(?:one|any|a|an)\b(?:\s+\p{L}+){0,3}\s+(?:would|will|could)\s+be\s+(?:hard|difficult|awkward|impossible|embarrassing)\s+to\s+(?:explain|justify)/u,
  /\bif\s+we\s+(?:are\s+not|aren't|do\s+not|don't)\s+(?:in|participate in|join|invest in|get into)\s+(?:this|the)\s+(?:round|deal)(?:[^.;]{0,40}?\b(?:no|without)\s+(?:any\s+)?(?:AI\s+)?exposure)?/u,
  /\bse\s+(?:a gente|nós|o fundo)\s+não\s+(?:estiver|estivermos|entrar|entrarmos|investir|investirmos|participar|participarmos)\s+(?:n?esta|n?essa|da|na)\s+rodada(?:[^.;]{0,40}?\bsem\s+(?:nenhuma\s+)?exposição)?/u,
  /\b(?:so as not to|in order not to|to avoid|avoid)\s+(?:missing|losing|being left out of)\s+(?:out\s+on\s+)?(?:this|the|our)\s+(?:\p{L}+\s+)?(?:round|deal|allocation|wave|opportunity|cycle|company)\b/u, /\bpara\s+não\s+(?:perder|ficar de fora|ficarmos de fora)/u,
  /\bsem\s+(?:due\s+)?diligência\s+(?:completa|total)/u, /再不(?:进|投|上车|出手|入场|跟)/u,
  // "the one AI company we cannot afford not to own"; "staying on the sidelines is not an option"; "we can't wait for the data".
  /\b(?:cannot|can't|can ?not|could not|couldn't)\s+afford\s+not\s+to\s+(?:own|have|be|invest|participate|back|hold|do)\b/u,
  /\b(?:staying|stay|sitting|sit|being|remaining)\s+(?:on\s+the\s+sidelines|out|absent)\b[^.;]{0,40}?\b(?:is|would be|seems)\s+(?:not an option|no option|unthinkable|unacceptable|a mistake|a failure|irresponsible|indefensible)\b/u,
  /\b(?:missing (?:out|it|this)|passing on (?:this|it)|not participating|not being in (?:this|the) round)\b[^.;]{0,40}?\b(?:is|would be|seems)\s+(?:not an option|unthinkable|unacceptable|a mistake|irresponsible|indefensible)\b/u,
  /\bficar(?:mos)?\s+de\s+fora\s+(?:não\s+é\s+(?:uma\s+)?opção|seria\s+um\s+erro|é\s+impensável)/u,
  /\b(?:cannot|can't|no time to|do not have time to|don't have time to)\s+wait\s+for\s+(?:the\s+)?(?:\p{L}+\s+)?(?:data|retention|cohorts?|diligence|results|numbers|references|reference calls)\b/u,
  /\bnão\s+(?:dá|há tempo|temos tempo|podemos)\s+(?:para\s+)?esperar\b/u,
  // "the lead will not hold our allocation past Wednesday", "we should not let price discipline cost us a seat".
  /\b(?:will not|won't|cannot|can't|would not|wouldn't|not)\s+(?:hold|keep|reserve|guarantee|save)\s+(?:our|the|an?|any)\s+(?:allocation|spot|pro[\s-]?rata|seat|place)\b/u,
  /\b(?:should|must|can|will)\s*(?:not|n't)\s+let\s+(?:[\p{L}'’-]+\s+){0,3}?(?:cost|keep|stop|prevent)\s+us\b/u,
  /\b(?:do not|don't|would not|wouldn't)\s+want\s+to\s+be\s+the\s+(?:only\s+)?(?:fund|firm|investor|VC|one|house)\s+(?:that|who)\b/u,
  // "现在不投就再也拿不到份额了": the "不" is part of the threat.
  /(?:现在|再|这轮|本轮)?不(?:投|进|上车|出手|跟)(?:的话)?[，,]?(?:就|则)?(?:再也|永远|彻底)?(?:拿不到|没(?:有)?机会|错过|晚了|来不及|掉队)/u,
  /\b(?:no|little|not enough|without)\s+time\s+for\s+(?:full\s+|proper\s+|complete\s+|the usual\s+)?(?:technical\s+|customer\s+|financial\s+|legal\s+)?(?:due\s+)?diligence/u,
];

export default {
  id: "zhu/fomo",
  kind: "red",
  title: "FOMO or consensus as the investment case",
  claim: "The case for investing rests on fear of missing out or on consensus (\"all top funds are in\", \"last chance to get allocation\") rather than on revenue, data and scenarios.",
  severity: "warning",
  source: "zhu",
  passages: { zhu: ["p-typical-fomo", "p-what-are-we-missing", "p-vcs-never-consensus", "p-big-factories-fomo", "p-tech-romanticism", "p-let-bullet-fly", "p-one-year-later"], interviewer: ["q-funds-fomo", "q-not-afraid-missing", "q-pressure", "q-moonshot-1b", "q-one-year", "q-wang-huiwen-reaction"], editor: ["e-ali-round", "e-dragons-still-there"] },
  quote: {
    passages: ["p-typical-fomo", "p-what-are-we-missing", "p-vcs-never-consensus"],
    en: "\"Some of them are typical FOMO — that is, Fear of Missing Out.\" [Interviewer: \"Aren't you afraid of missing it?\"] \"We don't care — what are we missing?\" […] \"Why would there be much pressure? Chinese VCs have never made money by consensus.\" — Zhu Xiaohu\n\nAnd `p-let-bullet-fly`: \"Calm down, everyone, let the bullet fly for a while. Let it fly for half a year and you'll know whether it works or not.\"",
  },
  questions: ["Without the other funds in the round, does the deal stand on revenue, data and scenarios?", "What will be known in six months if we wait (\"let the bullet fly\")?"],
  openQuestion: "Without the other funds in the round, does the deal stand on revenue, data and scenarios?",
  message: 'The case leans on fear of missing out or on consensus ({evidence}); VCs never made money by consensus.',
  match: {
    type: 'phrase',
    // The engine judges each pattern on the earliest hit of each group, so triggers that carry their own negation
    // ("cannot afford to miss", "não podemos ficar de fora", "不能错过", "without us") form a pattern of their own:
    // a plain trigger earlier in the sentence must not leave them to be stopped by their own "not".
    patterns: [
      {
        all: [selfNegated],
      },
      // "The top funds all backed competitors; we cannot be absent": the competitors are the other funds' bets, not a third party.
      {
        all: [
          selfNegated,
          [/\b(?:backed|funded|invested in|bet on|own|hold|are in|have|backing|funding)\s+(?:\p{L}+\s+){0,2}?(?:competitors|rivals|peers|a competitor|a rival)\b/u, /(?:投了|押注|投资了?)[^。，]{0,6}(?:竞品|竞争对手)/u, /(?:investiram|apostaram|estão)\s+(?:em|n[oa]s?)\s+(?:concorrentes|rivais)/u],
        ],
      },
      // Urgency, allocation scarcity or fear of being left out, stated as a reason to invest.
      {
        all: [
          [
            'afraid of missing', 'afraid to miss', 'now or never',
            /\bmiss(?:ing|ed)?\s+(?:out\s+on\s+)?(?:this|the|the current|this AI|the AI|the next)\s+(?:\p{L}+\s+)?(?:wave|round|boat|train|cycle|opportunity|deal|generation|moment|shift|category|winner)\b/u,
            /\b(?:we|the fund|our fund|us|the firm)\s+(?:\p{L}+\s+){0,2}?(?:left behind|miss(?:ing)? out|miss(?:ing)? the boat|miss(?:ing)? the train)\b/u,
            /\b(?:need|needs|must have|require|requires|gain|get|secure|increase|want|wants)\s+(?:more\s+|some\s+|an?\s+)?(?:\p{L}+\s+)?exposure to (?:the\s+)?(?:AI|LLM|GenAI|generative|foundation|model|theme|sector|space|category|wave|trend|agent)/u,
            /\b(?:gap|hole|blind spot)\s+in\s+(?:our|the fund's|the)\s+(?:\p{L}+\s+)?portfolio\b/u,
            /\b(?:hold|have|own|need|needs|take)\s+(?:an?|one)\s+(?:AI|LLM|GenAI|model|foundation[- ]model|agent)\s+(?:position|bet|name|exposure|logo)\b/u,
            /\bLPs\s+(?:expect|want|ask|demand|require|are asking)\b/u, 'strategic necessity', 'strategic imperative',
            /\ballocation\s+(?:is|remains|will be)\s+(?:(?:nearly|almost|already|very|quickly|fast)\s+)?(?:tight|limited|scarce|constrained|capped|gone|running out|spoken for|taken|full|disappearing)\b|\b(?:secure|get|lose|losing|keep|need|needs|want)\s+(?:an?\s+|our\s+|the\s+|any\s+)?(?:allocation|pro[\s-]?rata|spot in the round|seat at the table)\b/u,
            /\b(?:heavily|massively|highly|already|significantly|\d+(?:\.\d+)?x)\s+oversubscribed\b|\boversubscribed\s+(?:by\s+)?\d+(?:\.\d+)?\s?(?:x|times)\b/u,
            /\b(?:hard|difficult|awkward|impossible|embarrassing)\s+to\s+(?:explain|justify)\s+to\s+(?:our\s+)?LPs\b/u,
            /\b(?:we|us|the fund)\s+(?:are|will be|would be|get|risk being|could be)\s+(?:shut|locked|frozen|priced|cut)\s+out\b/u,
            /\b(?:sitting|sit)\s+(?:it|this|this one|the round|this round)\s+out\b/u, /\bcompetition\s+for\s+(?:the|this)\s+(?:deal|round|allocation)\b/u,
            /\b(?:ahead of|before|without waiting for|instead of|skip(?:ping)?|shortcut|compress(?:ed|ing)?|abbreviated?)\s+(?:full\s+|complete\s+|proper\s+|the usual\s+|the\s+)?(?:due\s+)?diligence\b/u,
            /\bspeed (?:matters|is more important|beats|over)\b/u,
            // Being the one fund left out: "we can't be the fund without a position", "不能成为唯一没投的机构".
            /\b(?:can['’]t|cannot|can\s+not|must\s+not|mustn['’]t|don['’]t\s+want\s+to)\s+(?:be|remain|end\s+up\s+as)\s+the\s+(?:only\s+|one\s+)?(?:fund|firm|investor|house|VC|platform)\s+(?:without|that\s+(?:missed|sat\s+out|passed)|not\s+in|left\s+out)\b/u,
            /\bnão\s+podemos\s+ser\s+o\s+(?:único\s+)?fundo\s+(?:sem|fora|que\s+ficou\s+de\s+fora)\b/u, /不能(?:成为|做)(?:唯一)?(?:没有|没)(?:投|布局)的(?:机构|基金)/u,
            /\b(?:every|all|each)\s+(?:of\s+)?(?:the\s+|our\s+)?(?:top(?:[\s-]tier)?|leading|major|big|large|tier[\s-]one|serious|peer|other|notable|marquee|top\s+\w+)\s+(?:[\p{L}&]+\s+){0,4}?(?:funds?|VCs?|investors?|firms?)\s+(?:are|is|have|has|were|own|owns|hold|holds)\s+(?:(?:\p{L}+\s+)?(?:in|investing|backed|invested|piling|pouring|participating|already|all|rushing|scrambling|chasing|joined|committed|bought|writing)\b|(?:an?\s+)?(?:\p{L}+\s+)?(?:model|AI|LLM|foundation[\s-]model|agent|GenAI)\s+(?:company|companies|lab|labs|bet|bets|position|positions|name|names|exposure|startup|startups))/u,
            /\b(?:the\s+)?top\s+(?:\w+\s+){0,2}(?:funds|VCs|firms)\s+(?:have\s+)?all\s+(?:backed|invested|joined|bet|piled|come in)/u,
            /\b(?:\d|two|three|four|five|six|several)\s+(?:top(?:[\s-]tier)?|tier[\s-]one|leading|major|marquee|blue[\s-]chip)\s+(?:\p{L}+\s+)?(?:funds|VCs|investors)\s+(?:have\s+|are\s+)?already\s+(?:committed|invested|signed|in|joined|backed)/u,
            /\b(?:top[\s-]tier|tier[\s-]one|top|marquee|blue[\s-]chip|brand[\s-]name|the best|the big)\s+(?:\p{L}+\s+)?(?:funds|VCs|investors|firms|names)\s+(?:have\s+|are\s+)?already\s+(?:committed|invested|signed|in|joined|backed|piled in|taken (?:a\s+)?(?:position|positions|allocation))\b/u,
            // Passing called the mistake: "passing would be a mistake", "missing this deal would be a costly error".
            /\b(?:passing|to pass|pass(?:ing)?\s+on\s+(?:this|it|the\s+(?:deal|round))|missing\s+(?:this|it|out|the\s+(?:deal|round))(?:\s+(?:deal|round|one))?|not\s+(?:investing|participating)|sitting\s+(?:this|it)(?:\s+one)?\s+out|saying\s+no)\b[^.;]{0,30}?\b(?:would|will|could)\s+be\s+(?:a\s+|an\s+)?(?:\p{L}+\s+)?(?:mistake|error|blunder|regret|misstep)\b/u,
            /\b(?:perder|deixar passar|ficar de fora d)[\p{L}\s]{0,20}?\bseria\s+(?:um\s+)?(?:\p{L}+\s+)?(?:erro|equívoco)\b/u, /(?:错过|不投|放弃)[^，。]{0,8}(?:将|会|就)?是(?:一个)?(?:巨大的|严重的)?(?:错误|失误)/u,
            /\bbefore\s+(?:the\s+)?(?:reference calls|references|diligence|DD|technical diligence|customer calls|background checks)\s+(?:are|is)\s+(?:complete|completed|done|finished)/u,
            /(?:大家|所有人|各家|同行|别人)都在投/u, /(?:就|会|将)(?:彻底)?掉队/u, /头部[^，。]{0,12}基金[^，。]{0,6}(?:都|均)(?:已经?|已)(?:下注|投了|进场|入局|布局)/u,
            /组合(?:里|中)(?:必须|需要|一定要|得)有/u, '配置需要', /\bportfolio\s+(?:must|needs to|has to|should)\s+(?:include|have|hold|contain)\s+(?:an?|one)\s+(?:\p{L}+\s+)?(?:AI|LLM|model|GenAI|foundation)/u,
            /\b(?:encurtar|acelerar|pular|abreviar)\s+(?:a\s+)?(?:due\s+)?diligência/u, /\balocação\s+(?:está\s+)?(?:disputada|apertada|limitada|escassa)/u,
            /\bpassing\s+(?:on\s+)?(?:this|the)\s+(?:round|deal|opportunity)\s+(?:would\s+)?(?:mean|means|risks|leaves|cedes)\b/u, 'ceding the category',
            /\btodo\s+mundo\s+(?:está|estão)\s+(?:investindo|entrando)/u, /\bficar(?:mos)?\s+de\s+fora\s+(?:agora|desta|dessa|deste|desse)\b/u,
            /\beveryone(?:\s+else)?\s+(?:is|are)\s+(?:investing|in|buying|piling)\b|\beverybody\s+is\s+(?:investing|in)\b/u,
            /\bficar(?:mos)?\s+(?:de\s+)?fora\s+(?:desta|dessa|da)\s+(?:rodada|onda|oportunidade|tese|categoria)/u, 'medo de ficar de fora', 'medo de perder',
            /\b(?:ganhar|ter|precisa de|precisamos de)\s+exposição\s+(?:ao|à|a)\s+(?:tema|setor|onda|IA|categoria)/u,
            /\b(?:garantir|perder|assegurar)\s+(?:a\s+|nossa\s+|uma\s+)?(?:alocação|participação na rodada|pro[\s-]?rata)\b/u,
            /\btodos os (?:\p{L}+\s+){0,2}?fundos\s+(?:\p{L}+\s+){0,3}?(?:estão|já|entraram|investiram|investem)/u,
            /\bdifícil\s+de\s+(?:explicar|justificar)\s+(?:aos|para os)\s+(?:cotistas|LPs|investidores)/u, /\bficar(?:mos)?\s+de\s+fora\s+seria\b/u,
            /\bmust[\s-](?:own|have)\s+(?:\p{L}+\s+)?(?:asset|position|name|deal|company|exposure|logo)\b/u, 'at any price', 'price matters less',
            /错过(?:就|则|的话)|(?:各大|头部|主流|知名|一线)(?:基金|机构|VC|投资机构)(?:都|均)(?:在)?(?:抢|争抢|追|投)/u,
            /\b(?:rodada\s+)?(?:muito\s+)?(?:superdemandada|sobredemandada|disputadíssima)\b/u,
            /错过(?:这一波|这波|这一轮|这轮|本轮|这个|这次|这一次)/u, /(?:赶紧|必须|尽快|抓紧|马上)(?:尽快)?上车|抢(?:份额|额度|配额)|(?:额度|份额|配额)(?:非常|十分|很|极其|已经)?(?:紧张|有限|稀缺)/u,
            /头部基金(?:都|均|全部)?(?:已经)?(?:投了|进场|入局|在投)/u, /(?:都|均|全部)已经?投了[^。]{0,12}(?:我们|本基金)/u, '踏空', '卡位', '占坑',
            // The big funds are all in, in Chinese: "头部机构都已布局", "一线美元基金基本都投了".
            /(?:头部|一线|主流|知名|顶级|顶尖|各大|所有|市场上的?)(?:的)?(?:美元|人民币|双币)?(?:基金|机构|VC|投资机构|投资人|资本)[^，。；]{0,8}(?:都|均|全都|基本都|几乎都)(?:已经?|已)?(?:下注|投了|进场|入局|布局|出手|押注|在投|参与|上车|抢)/u,
            // The portfolio must hold one: "本基金必须有一家大模型公司", "the fund needs an AI-native name in Fund IV".
            /(?:我们|本基金|基金|组合|投资组合)(?:里|中|内)?(?:必须|一定要|需要|得|不能没有)(?:有|配置|持有|拥有|投)(?:一[家个]|至少一[家个])/u,
            /\b(?:we|the fund|our fund|this fund|fund\s+[IVX\d]+|the portfolio|our portfolio|the firm|our firm)\s+(?:still\s+|really\s+|now\s+|simply\s+)?(?:need|needs|must have|must own|has to have|have to have|needs to (?:own|have|hold)|need to (?:own|have|hold))\s+(?:an?|one|at least one)\s+(?:[\p{L}-]+\s+){0,2}?(?:AI|LLM|GenAI|model|foundation[\s-]model|agent)(?:[\s-](?:native|first|focused|era))?\s+(?:name|company|position|bet|lab|asset|logo|exposure|investment|deal|holding|startup)\b/u,
            /\b(?:stay|remain|look|be seen as|keep)\s+(?:relevant|credible|competitive|current)\s+(?:with|to|for|in front of)\s+(?:our\s+)?LPs\b/u, /\bLPs\s+(?:will|would)\s+(?:ask|question|expect|want|demand|push|penali[sz]e)/u,
            /\bLPs\s+(?:have\s+|had\s+|keep\s+|are\s+)?(?:repeatedly\s+|already\s+|increasingly\s+|often\s+)?(?:asked|asking|questioned|questioning|pressed|pressing|pushed|pushing)\s+(?:us\s+)?why\s+(?:we|the fund)\b/u,
            /\b(?:os\s+)?(?:LPs|cotistas)\s+(?:vão|irão|devem|iriam)\s+(?:cobrar|perguntar|questionar)/u, /LP(?:们)?(?:会|要)?(?:追问|问责|质疑)/u,
            // Waiving diligence to keep up: "we propose to waive the customer reference calls", "尽调可以后补".
            /\b(?:waive|waiving|waived|skip|skipping|forgo|forgoing|forego|foregoing|shorten|shortening|compress|compressing|abbreviate|abbreviating|truncate|truncating|dispense with|bypass|bypassing|postpone|postponing|defer|deferring)\s+(?:the\s+|our\s+|some\s+|most\s+|all\s+|part of the\s+)?(?:(?:usual|full|standard|customer|reference|technical|expert|background|commercial|financial|legal|remaining)\s+)*(?:reference calls|references|reference checks|customer calls|customer interviews|diligence|DD|background checks|technical review|expert calls|site visits|code review)\b/u,
            /\b(?:diligence|DD|reference calls|customer calls|references)\s+(?:can|will|could|may|would)\s+(?:be\s+)?(?:done|completed|finished|run|held|conducted|happen)\s+(?:after|post)[\s-](?:closing|close|signing|investment|the round|wiring)\b/u,
            /\b(?:dispensar|pular|encurtar|abreviar|adiar|simplificar|acelerar|dispensamos|pulamos|encurtamos)\s+(?:a\s+|as\s+|o\s+|os\s+)?(?:due\s+)?(?:diligência|referências|ligações com clientes|checagens?|conversas com clientes)/u,
            /(?:尽调|尽职调查|背调|客户访谈|专家访谈|客户回访)(?:工作)?(?:可以|可|先|再|就)?(?:后补|省略|简化|压缩|跳过|缩短|放一放|投后再做|交割后再做|之后再做)|(?:压缩|简化|跳过|缩短|省略|省掉|免去)(?:了)?(?:尽调|尽职调查|背调|客户访谈|专家访谈)/u,
            // Missing out called the bigger risk: "being late is the bigger risk than overpaying", "错过的风险更大".
            /\b(?:missing(?:\s+(?:out|it|this(?:\s+one)?))?|not participating|not investing|staying out|sitting (?:it|this|this one|the round) out|being late|being absent|passing|not owning (?:one|it)|not having (?:one|it)|not being in|being left out)\b[^.;]{0,40}?\b(?:is|would be|poses|seems|looks)\s+(?:(?:the|a|an|by far the)\s*)?(?:bigger|greater|biggest|larger|real|main|more serious|worse|costlier)\s+(?:risk|mistake|error)\b/u,
            /\b(?:bigger|greater|biggest|larger|real)\s+(?:risk|mistake)\s+(?:is|would be|lies in)\s+(?:\p{L}+\s+){0,2}?(?:missing|not participating|not owning|not having|staying out|sitting (?:it|this) out|being late|being left out|passing|not investing)\b/u,
            /\b(?:better|rather)\s+(?:to\s+)?(?:overpay|pay up|pay a full price|pay a premium|stretch on price)\s+than\s+(?:to\s+)?(?:miss|be|sit|stay|pass|lose|watch|go without)\b/u,
            // Signing before the checks are done: "we should sign anyway", "commit before the reference checks".
            /\b(?:sign|commit|invest|proceed|approve|go ahead|close)\s+anyway\b/u,
            /\b(?:sign|commit|invest|proceed|approve|close|wire)\s+(?:\p{L}+\s+){0,2}?before\s+(?:the\s+|our\s+)?(?:reference checks|references|diligence|DD|customer calls|technical review)\s+(?:are|is)\s+(?:done|complete|completed|finished|in)\b/u,
            /(?:大家|所有人|各家|同行|别人|机构们)[^，。；]{0,4}都在(?:抢|进|布局|下注|追|投)/u, /(?:尽快|赶紧|抓紧|马上)(?:拿下|锁定|抢下|确认)(?:份额|额度)/u,
            // Everyone wants in; allocation, not the model, sets the ticket: "allocation is the constraint".
            /\b(?:invest|commit|sign|move|decide|act|approve)\s+now\s+(?:rather than|instead of)\s+wait(?:ing)?\b/u, /\bbefore\s+the\s+(?:round|allocation|book)\s+(?:closes|fills|is full)\b/u,
            /\bantes\s+que\s+(?:a\s+)?(?:rodada|janela)\s+(?:se\s+)?feche\b|\bperc(?:a|amos)\s+(?:a\s+|nossa\s+)?(?:vaga|alocação)\b/u,
            /\bthe\s+(?:only\s+)?(?:fund|firm|investor|VC|house)\s+(?:that|who)\s+(?:sat\s+(?:this|it|the round)(?:\s+one)?\s+out|missed|passed on|stayed out|was not in)\b/u,
            /\b(?:everyone|everybody)(?:\s+else)?\s+(?:is|are)\s+(?:piling|rushing|pouring|crowding|getting|scrambling|racing)\s+(?:in|into|to get in)\b/u,
            /\bcost\s+us\s+(?:a|the|our)\s+(?:seat|spot|place|allocation|deal|position)\b/u,
            /\bwaiting\s+(?:\p{L}+\s+){0,2}?(?:means|would mean|risks|leaves)\s+(?:us\s+)?(?:being\s+)?(?:shut out|left out|locked out|priced out|missing|losing|out of)\b/u,
            /\b(?:everyone|everybody|the whole market|every fund|all the (?:good|smart|top) (?:funds|investors|money))\s+(?:[\p{L}'’-]+\s+){0,3}?(?:wants\s+(?:in|to get in|a piece|allocation)|(?:is|are)\s+(?:already\s+)?in\s+the\s+(?:round|deal))\b/u,
            /\btodo\s+o\s+mercado\s+(?:quer|querendo)\s+entrar|\btodo\s+mundo\s+quer\s+entrar/u,
            /\ballocation\s+is\s+the\s+(?:binding\s+)?(?:constraint|issue|bottleneck|limiting factor)\b|\b(?:ticket|cheque|check)\s+size\s+is\s+(?:set|driven|determined|dictated)\s+by\s+(?:what\s+we\s+can\s+get|allocation)/u, 'whatever allocation', 'as much allocation as',
            /\b(?:finish|complete|do|run|conduct|wrap up)\s+(?:the\s+|our\s+)?(?:\p{L}+\s+)?(?:diligence|DD|reference calls|customer calls|references)\s+(?:after|post)[\s-]?(?:signing|closing|close|investment|the round|wiring|funding)\b/u,
            /\b(?:concluir|terminar|fazer)\s+(?:a\s+)?(?:due\s+)?diligência\s+(?:depois|após)\s+(?:a\s+)?(?:assinatura|o fechamento|o aporte)/u, /(?:投后|交割后|签约后)(?:再)?补(?:做)?尽调/u, /否则(?:我们的)?(?:份额|额度)(?:将|会|就)?(?:被|给)/u, /(?:份额|额度)(?:将|会|就)?被(?:其他|别的)(?:机构|基金|投资人)(?:拿走|抢走|瓜分)/u,
            /\bo\s+(?:maior\s+)?risco\s+(?:maior\s+)?(?:é|seria)\s+(?:ficar de fora|não participar|não entrar|perder (?:a|esta|essa) (?:rodada|onda))/u, /(?:错过|不投|缺席|踏空)(?:的)?(?:风险|代价)(?:远)?(?:更大|大于|高于|更高)/u,
            /\b(?:risk|risks|risking)\s+(?:being\s+)?(?:left out|left behind|shut out|locked out|priced out|missing out|missing the (?:wave|round|boat|cycle))\b/u,
            /\b(?:rodada\s+)?(?:super\s?disputada|superconcorrida|muito disputada|disputadíssima|concorridíssima)\b/u,
          ],
        ],
      },
      // A closing window or a last chance, about getting into this round (not a market window for the product).
      {
        all: [
          [
            'last chance', 'last opportunity', 'final chance', 'final opportunity', 'only chance', 'only shot', 'last shot', 'one shot', 'last window', 'only window',
            /\b(?:rare|unique|once-in-a-\p{L}+|fleeting|short)\s+(?:chance|opportunity|window)\s+to\s+(?:back|invest|own|get|join|enter|buy)/u, /\b(?:window|door)\s+(?:is\s+|will be\s+)?(?:closing|closes|shutting|narrowing)\b/u, /\b(?:window|door)\s+to\s+(?:\p{L}+\s+){0,5}?(?:is\s+|will\s+)?(?:closing|closes|shutting|shuts|narrowing|close)\b/u,
            'closing window', 'before the window closes', /(?<![\p{L}\p{N}_])última\s+(?:chance|oportunidade|janela)\b/u, /\bjanela\s+(?:está\s+)?(?:se\s+)?(?:fechando|fecha|fechará|vai fechar|vai se fechar)(?![\p{L}\p{N}_])/u,
            /(?:最后|最后的|唯一的)(?:一次|一个)?[^，。]{0,10}?(?:机会|上车机会|窗口)/u, '窗口期', '窗口关闭', '窗口正在关闭',
          ],
          [
            'allocation', 'invest', 'investing', 'investment', 'round', 'get in', 'get into', 'getting in', 'getting into', 'buy in', 'entry', 'enter', 'valuation', 'cap table', 'term sheet', 'pro rata',
            /\b(?:several|other|many|multiple)?\s*(?:peers|funds|investors|VCs|bidders)\s+(?:are\s+)?(?:already\s+)?(?:circling|competing|lining up|bidding|chasing)\b/u,
            'back', 'backing', 'alocação', 'entrar', 'rodada', 'avaliação', 'valuation', 'investir', 'aporte',
            'at the company', 'at this company', 'unaffordable', 'out of reach', 'before it becomes', 'stake', 'shares', 'price', 'participação', 'preço',
            '份额', '额度', '上车', '估值', '价格', '入场', '投资', '本轮', '这一轮', '进场', '出手',
          ],
        ],
        within: 120,
      },
      // A crowded or hot round as the reason to move: "Given how crowded the round is, we recommend approving now".
      {
        all: [
          [/\b(?:crowded|hot|fast[\s-]moving|competitive)\s+(?:round|deal|process)\b|\bround\s+is\s+(?:crowded|hot|moving fast|competitive)\b|\bhow crowded\b/u, /\brodada\s+(?:muito\s+)?(?:disputada|concorrida)\b/u, /(?:抢手|火热|热门)的?(?:项目|轮次|本轮)|本轮(?:非常|十分)?(?:抢手|火热)/u],
          ['recommend', 'approve', 'approving', 'move', 'decide', 'commit', 'quickly', 'fast', 'speed', 'sign', 'now', 'this week', 'recomendamos', 'rápido', 'agora', '尽快', '马上', '建议'],
        ],
        within: 120,
      },
      // A deadline forced by competing money: "approve within 24 hours because three other funds have term sheets out",
      // "投委会需在48小时内决策，否则份额将被其他机构拿走". A timeline alone ("we sign by Friday") is not enough.
      {
        all: [
          [
            /\b(?:approve|approval|commit|confirm|decide|decision|sign|respond|answer|wire|close)\s+(?:\p{L}+\s+){0,3}?(?:within|in|by|before)\s+(?:\d+|twenty-four|forty-eight|seventy-two|two|three|a few)\s+(?:hours|days|business days)\b/u,
            /\b(?:by|before|on)\s+(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|tomorrow|tonight|end of (?:the )?week|EOW|the weekend)\b/u, 'exploding term sheet', 'exploding offer', 'hard deadline', 'tight deadline',
            /\b(?:\d+|24|48|72)[\s-]hours?\s+(?:deadline|window|turnaround)\b/u, 'this week', 'timing is critical', 'round closes',
            /\b(?:em|dentro de)\s+(?:\d+|24|48|72)\s+horas\b|\baté\s+(?:a\s+)?(?:segunda|terça|quarta|quinta|sexta|sábado|domingo|amanhã)(?![\p{L}\p{N}_])/u, 'esta semana', 'nesta semana',
            /(?:\d+|二十四|四十八)小时(?:内|之内)|本周内|这周内|明天之前|周[一二三四五](?:之)?前|尽快(?:过会|决策|签)/u,
          ],
          [
            'other funds', 'other investors', 'other bidders', 'competing term sheets', 'term sheets out', 'multiple term sheets', 'have term sheets', 'oversubscribed', 'shut out',
            'lose the allocation', 'lose our allocation', 'goes elsewhere', 'go elsewhere', 'crowded', 'competitive process', 'competition for',
            'outros fundos', 'outros investidores', 'perder a alocação', 'perderemos a alocação', 'superdisputada', 'disputada', '其他机构', '别的机构', '被抢', '拿走', '抢走', '份额', '额度',
          ],
        ],
        within: 160,
      },
      // The FOMO named as such: analysts name it mostly to discount it ("lots of FOMO around the deal, but the committee
      // approved on recurring revenue"), so a contrast or a fundamentals word in the sentence answers it.
      {
        all: [['FOMO', 'fear of missing out', 'fear of missing', 'medo de ficar de fora', 'medo de perder', '错失恐惧', '怕错过', '害怕错过']],
        unless: [
          'but', 'however', 'yet', 'revenue', 'retention', 'unit economics', 'contracts', 'data', 'cash flow', 'mas', 'porém', 'receita', 'contratos', 'dados',
          '但', '但是', '不过', '收入', '续费', '留存', '数据', '合同',
        ],
      },
      // The other funds are all in, so we should be too: "HongShan, Qiming and Hillhouse are all in — we should be too".
      {
        all: [
          [
            /\b(?:are|have|were|had)\s+all\s+(?:already\s+)?(?:in|invested|committed|backed|joined|signed|piled in|come in|on board|participating|in the round)\b/u,
            /\ball\s+(?:the\s+)?(?:top|leading|major|big|serious|smart|best)\s+(?:money|funds|investors|VCs|firms)\s+(?:is|are|have)\s+(?:already\s+)?(?:in|here|committed|invested)\b/u, 'the market has spoken', 'smart money is in',
            /\b(?:todos|todo mundo|tod[oa]s\s+os\s+(?:grandes|principais|melhores))\s+(?:\p{L}+\s+){0,2}?(?:já\s+)?(?:estão|entraram|investiram|apostaram)\b/u,
            /(?:都|均|全都|基本都)(?:已经?|已)?(?:投了|进场|入局|布局|下注|参与了?|上车)/u,
            /\b(?:outros|demais)\s+fundos\s+(?:já\s+)?(?:garantiram|fecharam|confirmaram|entraram|assinaram|travaram)/u, /\bother\s+funds\s+(?:have\s+)?(?:already\s+)?(?:secured|locked in|confirmed|taken|signed|committed)\b/u,
            /(?:其他|别的)(?:机构|基金)(?:已经?|都)(?:锁定|确认|拿到|签了)/u,
          ],
          [
            'we should', 'we need to', 'we must', 'we have to', 'we cannot', "we can't", 'follow', 'follow them', 'join them', 'as well', 'be in', 'our turn', 'keep up',
            'decide quickly', 'decide fast', 'move fast', 'move quickly', 'decidir rápido', 'decidir logo', '尽快决策', '尽快决定',
            'devemos', 'precisamos', 'temos que', 'também', 'não podemos', '我们也', '我们必须', '我们需要', '我们应该', '我们应当', '跟进', '跟上', '本基金也',
          ],
        ],
        within: 120,
        unless: ['still', 'insist', 'regardless', 'nonetheless', 'nevertheless', 'only if', 'ainda assim', 'mesmo assim', '仍', '依然', '坚持'],
      },
      // "If we do not commit by Friday we are shut out": the condition states the threat, so it is part of the trigger.
      {
        all: [
          [
            /\bif\s+we\s+(?:do not|don't|fail to|cannot|can't|won't|are not|aren't|hesitate|wait|delay)\b(?:\s+(?:commit|move|act|sign|decide|invest|participate|join|confirm|get in|go in|bid|to commit|to move|to act|to sign))?/u,
            /\bse\s+(?:nós\s+|a gente\s+)?(?:não\s+)?(?:confirmarmos|decidirmos|entrarmos|investirmos|assinarmos|esperarmos|demorarmos)/u, /(?:如果|要是|若)[^，。]{0,4}(?:不|没有?|再不|犹豫|再等)(?:投|进|上车|出手|决定|确认)?/u, /\bse\s+(?:nós\s+)?(?:demorarmos|hesitarmos|esperarmos)\b/u, /\bif\s+we\s+(?:wait|delay|hesitate|take too long)\b/u,
            /\bif\s+(?:the\s+IC|the committee|our IC|the investment committee|we)\s+(?:debates?|takes?|waits?|delays?|hesitates?|deliberates?|spends?)\b/u,
          ],
          [
            'left out', 'left behind', 'shut out', 'locked out', 'priced out', 'lose our allocation', 'lose the allocation', 'lose our spot', 'lose the spot', 'too late',
            'without us', 'someone else', 'another fund', 'other funds', 'goes elsewhere', 'go elsewhere', 'miss the', 'miss out', 'no exposure', 'lose access',
            'ficar de fora', 'ficaremos de fora', 'perder a', 'perdemos', 'tarde demais', 'outro fundo', '错过', '拿不到', '被抢', '其他机构', '来不及', '没机会',
            'allocation', 'take the', 'will take', 'takes the', 'scoop', 'grab', 'fills up', 'round fills', 'be gone', 'alocação', 'perderemos', 'vaga', '份额', '额度', '拿走',
            /\blos(?:e|ing)\s+(?:the|our)\s+(?:spot|allocation|seat|deal|place|pro[\s-]?rata)\b/u, 'vai para outro', 'no exposure', 'sem exposição', '没有布局', '没有任何布局', '空白', '缺席',
          ],
        ],
        within: 160,
      },
      // "Missing the AI cycle would be our version of missing mobile in 2010": the dated analogy is part of the claim.
      {
        all: [
          [/\b(?:the\s+way|like|as)\s+we\s+missed\b|\bmiss(?:ed|ing)\s+(?:the\s+)?(?:mobile|internet|cloud|e-?commerce|SaaS|crypto|EV|mobile internet|smartphone|iPhone)(?:\s+(?:wave|cycle|era|shift|boom|revolution))?(?:\s+in\s+(?:19|20)\d\d)?/u, /错过(?:了)?(?:移动互联网|互联网|电商|新能源)/u, /\bperder(?:mos)?\s+(?:a\s+)?(?:onda\s+)?(?:d[oa]\s+)?(?:mobile|internet|celular)/u],
          [/\bmiss(?:ing)?\s+(?:out\s+on\s+)?(?:this|the|the current|this AI|the AI)\s+(?:\p{L}+\s+)?(?:wave|round|cycle|shift|generation|moment)\b/u, 'AI', 'this cycle', 'this wave', 'this one', 'IA', '大模型', '这一波'],
        ],
        within: 160,
      },
      // Consensus given as the reason: "Given the consensus on AI, speed matters more than diligence".
      {
        all: [
          ['consensus', 'consenso', '共识', '一致看好', '市场共识'],
          [
            // The consensus has to be given as a reason to invest, not as a market forecast.
            'invest', 'investing', 'investment', 'recommend', 'participate', 'participating', 'speed', 'round', 'diligence', 'allocation', 'backing',
            'bet', 'commit', 'committing', 'move quickly', 'move fast', 'act quickly', 'we should', 'IC',
            'propose', 'lead', 'asking price', 'at any price', 'which is why', 'so we', 'therefore', 'consensus winner', 'consensus pick', 'consensus choice', 'consensus bet', 'consensus trade',
            /\b(?:need|needs|want|wants|get|gain|secure|must have|lack|lacks)\s+(?:more\s+|some\s+)?(?:\p{L}+\s+)?exposure\b/u, /\b(?:precisamos|precisa|ter|ganhar)\s+(?:de\s+)?exposição\b/u, /(?:需要|必须有|要有)(?:一定的?)?敞口/u,
            'propomos', 'diligência', 'investir', 'investimento', 'recomendamos', 'rodada', 'aporte', 'entrar rápido',
            '投资', '出手', '跟投', '尽快', '领投', '本轮', '尽调', '上车',
          ],
        ],
        within: 120,
        unless: ['whatever the', 'regardless of', 'independent of', 'independentemente', '无论', '不管', 'against the consensus', 'contrarian', 'non-consensus', 'non consensus', 'contra o consenso', '非共识', '逆共识'],
      },
    ],
    // Acknowledging the FOMO and underwriting on fundamentals, or choosing to wait, is the opposite claim.
    unless: [
      'despite', 'we recognise', 'we recognize', 'we are aware', 'aware of', 'regret', 'regrets', 'regretted', 'wait', 'waiting',
      'let the bullet fly', 'marking them down', 'marked down', 'resist', 'not a reason', 'is not why', 'apesar', 'reconhecemos', 'esperar',
      'aguardar', 'arrepend*', '尽管', '等待', '后悔', '不为所动', '让子弹飞',
      'wrote down', 'written down', 'write-down', 'writedown', 'wrote them down', 'baixa contábil', '减值',
      // "Not because of FOMO": the negation sits in another clause ("我们不打算因为怕错过就出手").
      /\b(?:not|never|won't|will not|do not|don't|refuse to|no longer)\s+(?:\p{L}+\s+){0,3}?(?:because of|out of|due to|driven by|on the basis of|based on|for fear of)\s+(?:\p{L}+\s+){0,2}?(?:FOMO|fear|consensus|momentum|hype)/u,
      /(?:不|并不|绝不|不会|不打算|不应|不该|不能)(?:会|打算|应该?)?(?:因为|出于|由于)[^，。]{0,6}(?:怕|害怕|担心)?(?:错过|FOMO|共识)/u, /\bnão\s+(?:\p{L}+\s+){0,3}?(?:por|por causa d[eoa])\s+(?:FOMO|medo)/u,
    ],
  },
} satisfies RuleSpec;
