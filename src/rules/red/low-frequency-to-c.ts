import type { RuleSpec } from '../types';

/**
 * zhu/low-frequency-to-c: Low-frequency consumer app.
 * Triggers in the catalogue:
 * - {consumer, to-C, C端, app, users; PT consumidor, usuário} + {few times a year, monthly, twice a month, occasional, one-off, one-time purchase, seasonal, event-based, low frequency; PT baixa frequência, ocasional, compra única; ZH 低频, 偶尔, 一次性, 一年几次}.
 * - Usage metrics below roughly weekly use (e.g. DAU/MAU under 10%) when stated.
 * - !{daily, multiple sessions per day, high frequency; ZH 高频, 每天}.
 */
export default {
  id: "zhu/low-frequency-to-c",
  kind: "red",
  title: "Low-frequency consumer app",
  claim: "A consumer app with low usage frequency cannot hold on once the technology curve slows, because it is easy for others to bolt the feature on; to-C needs high demand and high frequency.",
  severity: "warning",
  source: "zhu",
  passages: { zhu: ["p-midjourney-low-frequency", "p-to-c-high-frequency"], interviewer: ["q-era-compare"], editor: ["e-pika-midjourney-summary", "e-2c-high-frequency", "e-pika-midjourney-pivot"] },
  quote: {
    passages: ["p-midjourney-low-frequency", "p-to-c-high-frequency"],
    en: "\"I think Midjourney [the MT renders it 'Meio da jornada'] can't be protected. Why is Midjourney still hot? Because the technology iteration cycle is still steep — Midjourney 5, Midjourney 6, the versions come fast. But when the technology curve slows down, it can't hold on, because the to-C app has very low frequency and it's very easy to attach something to it. Why would the big companies give you a chance? […] So, just like the mobile internet, to-C apps must have high demand and high frequency to have a chance of lasting. I have many concerns about Midjourney.\" — Zhu Xiaohu",
  },
  questions: ["How often does a typical user need this — per day, per week?", "What stops a super-app or a big platform from adding it as a feature? Why would the big companies give you a chance?", "What happens to engagement when model releases stop bringing visible jumps?"],
  openQuestion: "How often does a typical user need this, and why would the big companies leave the feature to you?",
  message: 'Consumer use looks low-frequency ({evidence}); to-C needs high demand and high frequency, or a big platform bolts the feature on.',
  match: {
    type: 'phrase',
    patterns: [
      // Usage (open, use, return, session, need) + a count per year, month or decade below weekly.
      {
        all: [
          [
            'use', 'uses', 'used', 'using', 'usage', 'open', 'opens', 'opened', 'return', 'returns', 'come back', 'comes back',
            'back', 'visit', 'visits', 'session', 'sessions', 'log in', 'logs in', 'launch', 'launches', 'need', 'needs',
            'engage', 'engages', 'active', 'buy', 'buys', 'purchase', 'purchases', 'sees each user', 'users', 'user', 'customer',
            'customers', 'consumer', 'consumers', 'people', 'households', 'families', 'generate', 'generates', 'create', 'creates',
            'order', 'orders', 'book', 'books', 'plan', 'plans', 'engagement',
            'compra', 'compram', 'comprado', 'usa', 'usam', 'uso', 'usado', 'usada', 'utilizado', 'utilizada', 'abre', 'abrem', 'volta', 'voltam', 'acessa', 'acessam', 'sessões', 'precisa', 'precisam', 'usuário',
            '使用', '打开', '用一次', '用', '访问', '登录', '回来', '需要',
          ],
          [
            // Per month: at most about three (less than weekly); per year, quarter or decade: any small count.
            /\b(?:once|twice|(?:one|two|three|a few|few|[1-3](?:\.\d+)?)\s+times?)\s+(?:a|per|each|every)\s+month\b/,
            /\b(?:once|twice|(?:one|two|three|four|five|six|a few|few|several|\d{1,2}(?:\.\d+)?)\s+times?)\s+(?:a|per|each|every)\s+(?:year|decade|quarter|season|lifetime)\b/,
            /(?<![\d.])(?:[0-3](?:\.\d+)?|one|two|three)\s+(?:sessions?|visits?|opens?|uses|launches)\s+(?:per\s+(?:user|MAU|customer|person|consumer)\s+)?(?:a|per|each|every)\s+month\b/,
            /(?<![\d.])(?:\d{1,2}(?:\.\d+)?|one|two|three|four|five|six)\s+(?:sessions?|visits?|opens?|uses|launches)\s+(?:per\s+(?:user|MAU|customer|person|consumer)\s+)?(?:a|per|each|every)\s+(?:year|quarter)\b/,
            // "two or three times annually", "~3 sessions/yr".
            /\b(?:once|twice|(?:one|two|three|four|five|six|a few|few|several|a couple of|a handful of|\d{1,2}(?:\.\d+)?)(?:\s*(?:or|to|-|–)\s*(?:two|three|four|five|six|\d{1,2}))?\s+times?)\s+(?:annually|yearly|per\s+annum|a\s+quarter|quarterly)\b/,
            /(?<![\d.])~?\d{1,2}(?:\.\d+)?\s*(?:sessions?|visits?|uses|opens|orders|purchases)\s*\/\s*(?:yr|year|quarter|qtr)\b/,
            // A rate stated after the metric: "sessions per user are about 1.5 a month", "visits per user: 2 a month".
            /\b(?:sessions?|visits?|uses|opens|launches)\s+per\s+(?:user|MAU|customer|person|consumer|subscriber)(?:\s*(?:is|are|[:：]|of|at|run|average|averages))?(?:\s*(?:about|around|roughly|just|only|under|below|~))?\s*(?:0?\.\d+|[0-2](?:\.\d+)?|one|two|a couple)\s+(?:a|per|each|every)\s+(?:month|quarter|year)\b/,
            'one-and-done', /\brarely\s+(?:buy|buys|purchase|purchases|order|orders)\s+(?:a\s+)?(?:second|another|again)\b/,
            /\b(?:once|twice)\s+(?:a|per)\s+(?:year|month|decade)\b/, 'once a decade', 'once in a lifetime', 'a few times a year',
            'few times a year', 'a couple of times a year', 'once or twice a year', 'once or twice a month', 'every few months',
            /\bevery\s+(?:few|couple of|several|\d+|two|three|four|five|ten)\s+years\b/, /\bonce,?\s+(?:when|before|after|during|per|for\s+(?:a|the|each))\b/,
            /\b(?:a handful of|a few|several|two or three|once or twice)\s+times\s+(?:over|in|during|per)\s+(?:a|their|one['’]s|the|a\s+whole)\s+(?:career|lifetime|life|decade)\b/,
            /\b(?:under|below|less than|fewer than)\s+(?:one|a single|1|two|2)\s+(?:sessions?|visits?|uses|opens)\b/,
            'only once', 'just once', 'a single time', 'once every', 'a cada poucos anos', 'uma única vez', 'só uma vez', '几年才', '只用一次', '用一次就',
            /\b(?:uma|duas|três|quatro|poucas|algumas|\d+)\s+vez(?:es)?\s+(?:por|ao|no|a cada)\s+(?:ano|mês|trimestre|década)\b/, 'uma vez por ano', 'poucas vezes por ano',
            'algumas vezes por ano', 'uma vez na vida',
            /一年(?:只|才)?(?:用|打开|使用)?(?:一|两|三|几|一两|两三)次/, /(?:每年|全年|一年)(?:只|才|不过|仅)?(?:使用|打开|用)?(?:一|两|三|几|一两|两三|[1-3])次/,
            /每月(?:只|才|不过|仅)?(?:使用|打开|用)?(?:一|两|一两|[12])(?:\.\d+)?次/, /(?:全年|每年|一年)[^。；，]{0,10}(?:[1-3]|一|两|三|几|一两|两三)次/,
            /每个?月[^。；，]{0,6}(?:[1-2](?:\.\d+)?|一|两|一两)次/, '一年几次', '几年一次', '几年才用一次',
          ],
        ],
      },
      // Consumer framing + occasional, one-off, seasonal or event-driven use.
      {
        all: [
          [
            'consumer', 'consumers', 'to-C', 'B2C', 'users', 'user', 'app', 'apps', 'households', 'people', 'shoppers', 'travellers',
            'travelers', 'couples', 'families', 'parents', 'students', 'individuals', 'each user', 'customers', 'buyers',
            'engagement', 'usage', 'use', 'demand', 'sessions', 'session', 'traffic', 'downloads', 'visits',
            'C-end', 'product', 'products', 'AI-generated', 'generates', 'consumidor', 'consumidores', 'usuário', 'usuários', 'aplicativo',
            'app', 'pessoas', 'famílias', 'noivos', 'produto', 'gera', 'gerados', '产品', '主营', '生成',
            /(?<![A-Za-z])C端/, /(?<![A-Za-z])(?:App|APP|app)(?![A-Za-z])/, '用户', '消费者', '个人', '家庭', '新人', '游客',
          ],
          [
            'occasional', 'occasionally', 'one-off', 'one off', 'one-time purchase', 'one-time buy', 'one-time fee', 'single purchase',
            'single pack', 'a single pack', 'single session', 'a single session', 'single use', 'single-use', 'seasonal', 'event-based',
            'event-driven', 'special occasions', 'special events', 'special occasion', 'life events', 'low frequency', 'low-frequency',
            'infrequent', 'infrequently', 'rarely used', 'rarely use', 'rarely open', 'sporadic', 'sporadically', 'before each trip',
            'before every trip', 'once per trip', 'per trip', 'when they need a new', 'only when they need', 'only when needed',
            /\b(?:spikes?|spiking|peaks?|peaking)\s+(?:only\s+)?(?:around|during|before)\s+(?!(?:the\s+)?(?:evening|morning|lunch|commute|weekend|launch|exam)s?\b)/,
            /\bonly\s+(?:need|use|open|want)\w*\s+(?:[\p{L}-]+\s+){0,3}(?:when|before|during|around)\b/u, 'rarely otherwise',
            /\bbefore\s+(?:birthdays|holidays|weddings|trips|festivals|Christmas|the holidays|each holiday|a move|moving)\b/,
            /\b(?:all|most|nearly all|almost all|the bulk|the majority)\s+of\s+(?:its\s+|their\s+|the\s+)?(?:traffic|usage|use|sessions|downloads|activity|revenue)\s+(?:in|during|around|before)\b/,
            /\b(?:filing|tax|wedding|holiday|exam|graduation|gift(?:ing)?|travel|application|admissions?|job-hunting|moving)\s+season\b/,
            /\b(?:bought|purchased|used|needed|opened)\s+once\b/, /\bonce\s+(?:per|for each|in a)\s+(?:child|baby|pregnancy|wedding|lifetime|move|trip|home|house|career)\b/,
            'wedding invitations', 'greeting cards', 'birthday cards', 'holiday cards', 'eulogy', 'eulogies', 'convites de casamento',
            'cartões de aniversário', 'cartões comemorativos', 'datas comemorativas', '请柬', '贺卡', '祝福视频', '旺季', '淡季',
            /(?:求职|毕业|婚礼|报税|旅游|节日|开学|春节)季/,
            /\bonly\s+(?:relevant|useful|needed|used|opened)\s+(?:during|when|before|around|for|at)\b/, 'rarely come back', 'rarely comes back',
            'rarely return', 'rarely returns', 'never come back', 'never return', /\b(?:buy|buys|purchase|purchases)\s+(?:[\p{L}-]+\s+){0,4}once\b/u,
            /\bthen\s+(?:lapses?|churns?|drops?\s+off|stops?|disappears?|goes\s+dormant|go\s+dormant)\b/,
            /\bfor\s+(?:Chinese\s+New\s+Year|Christmas|Spring\s+Festival|Valentine['’]s\s+Day|Mother['’]s\s+Day|weddings?|birthdays?|graduations?|Halloween)\s+and\s+(?:little|nothing)\s+else\b/,
            /\brepeat\s+(?:purchases?|use|usage|visits?|buyers?|orders?)\s+(?:is|are)\s+(?:rare|low|minimal|uncommon|negligible)\b/,
            'family occasions', 'weddings and funerals', /\bonly\s+a\s+(?:handful|couple|few)\s+(?:of\s+)?times\b/, 'dormant', 'compra avulsa',
            /\b(?:cluster|clusters|clustered|concentrated|concentrate)\s+(?:around|during|before)\s+(?:[\p{L}'’-]+\s+){0,2}(?:Spring\s+Festival|Chinese\s+New\s+Year|Christmas|holidays?|festivals?|Qixi|Valentine|birthdays?|weddings?|exams?|graduation|tax)/u,
            '只买一次', '买一次', '按次收费', /年均[^。；，]{0,6}(?:[1-3]|一|两|三)次/, /每次(?:出行|旅行|搬家|考试|节日)前/,
            /\bonce\s+in\s+(?:their|a|one['’]s|your|his|her)\s+(?:lives?|lifetime)\b/, 'lumpy', 'bursty', 'spiky',
            /\b(?:mainly|mostly|only|primarily|largely)\s+(?:at|during|around|before|in)\s+(?:[\p{L}'’-]+\s+){0,2}(?:time|season|holidays?|festivals?|Christmas|New\s+Year|weddings?|birthdays?|exams?|trips?)\b/u,
            /\bthen\s+(?:deletes?|uninstalls?|abandons?|forgets?)\b/, /\bbefore\s+(?:a|each|every)\s+(?:trip|move|wedding|exam|holiday|journey)\b/,
            /\b(?:enrolment|enrollment|admissions)\s+season\b/,
            /\b(?:mainly|mostly|only|primarily|largely)\s+(?:at|during|around|before|near)\s+(?:[\p{L}'’-]+\s+){0,2}(?:deadlines?|filing)\b/u,
            'compra pontual', 'uso pontual', /\buma\s+vez\s+e\s+(?:não|nunca\s+mais)\s+(?:volta|retorna)\b/, 'nunca mais volta*', 'não volta mais',
            'rest of the year', 'one-time use', 'one-time-use', 'once in a while', 'holiday season', 'wedding season', 'around holidays', 'around the holidays',
            /\bonly\s+(?:around|at|during|before|on|for)\s+(?:[\p{L}'’-]+\s+){0,3}(?:Christmas|holidays?|birthdays?|festivals?|New Year|weddings?|Valentine['’]?s|graduations?|exam season|tax season|trips?|moves?|anniversar(?:y|ies))\b/u,
            'baixa frequência', 'ocasional', 'ocasionalmente', 'compra única', 'uso único', 'datas especiais', 'ocasiões especiais',
            'eventos especiais', 'sazonal', 'esporádico', 'esporádica', 'antes de cada viagem', 'só quando precisa*', 'apenas quando precisa*',
            '低频', '偶尔', '一次性', '一年几次', '节点才', '才会使用', '才会用', '才用', '才打开', '出游前', '季节性', '特殊场合', '红白喜事',
            /只在[^。；，]{0,8}(?:节日|春节|中秋|七夕|婚礼|搬家|出游|考试|开学)/, /(?:节日|婚礼|节庆)(?:类|场景|贺卡|祝福)/,
          ],
        ],
      },
      // Phrases that say it alone: a low-frequency need, a one-time purchase.
      {
        all: [
          [
            'low-frequency use', 'low-frequency usage', 'low-frequency need', 'low-frequency needs', 'low-frequency demand',
            'low-frequency app', 'low-frequency product', 'low-frequency consumer', 'low-frequency scenario*', 'low usage frequency',
            'used only occasionally', 'occasional-use', 'occasional use',
            /\bone[\s-]?(?:time|off)\s+(?:[\p{L}\p{N}$¥.,]+\s+){0,2}(?:purchases?|payments?|buys?|packs?|packages?|bundles?)\b/u,
            'baixa frequência de uso', 'uso ocasional', 'uso esporádico',
            '低频场景', '低频需求', '低频应用', '低频产品', '低频消费', '使用频率低', '使用频次低', '频次很低', '频率很低', '一次性消费', '一次性购买',
          ],
        ],
      },
      // A stated DAU/MAU under about 12%: less than weekly use.
      { all: [[/(?:\bDAU\s*\/\s*MAU\b|日活\s*\/\s*月活|日活跃?\s*\/\s*月活跃?)[^\d%。.;]{0,25}(?<![\d.,])(?:[1-9]|1[0-2])(?:[.,]\d+)?\s?%/]] },
    ],
    // Daily or weekly habits, and business users, are the opposite of the flag; billing periods are not usage.
    unless: [
      // Weekly use, not "weekly actives fall by 80%".
      'daily', 'every day', 'each day', 'per day', 'per week', 'every week', 'each week',
      /\b(?:once|twice|\w+\s+times|\d+(?:\.\d+)?\s+times|hours?|minutes?|sessions?)\s+a\s+(?:day|week)\b/,
      /\b(?:used|uses|use|opened|opens|open|returns?|return|log(?:s|ged)?\s+in|active|practise|practice)\s+(?:\w+\s+)?weekly\b/, 'weekly basis',
      'multiple sessions', 'several times a day', 'high frequency', 'high-frequency', 'habit',
      'B2B', 'enterprise', 'businesses', 'merchants', 'operators', 'to-B', 'SMEs', 'employees', 'teams', 'in-house', 'firms',
      'studios', 'brands', 'venues', 'professionals', 'factories', 'farms', 'retailers', 'distributors', 'wholesalers',
      'billed', 'billing', 'invoiced', 'monthly subscription', 'annual subscription', 'subscription plan', 'subscribers pay', 'renew*', 'annual plan', 'pays annually', 'release*', 'update*', 'ships',
      'por dia', 'diariamente', 'todo dia', 'todos os dias', 'por semana', 'semanal', 'empresas', 'assinatura mensal', 'assinatura anual',
      '高频', '每天', '每日', '每周', '日活', '企业', '商家', 'B端', '订阅', '年费', '更新',
    ],
  },
} satisfies RuleSpec;
