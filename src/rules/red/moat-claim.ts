import type { RuleSpec } from '../types';

/**
 * zhu/moat-claim: Claimed moat or user loyalty for a model product.
 * Triggers in the catalogue:
 * - {moat, defensibility, lock-in, loyalty, loyal, sticky, stickiness, switching costs, first-mover advantage; PT fosso, fidelidade, fiéis, custo de troca; ZH 护城河, 壁垒, 忠诚度, 粘性, 迁移成本, 先发优势}
 * - + {model, model quality, brand, users, chatbot, assistant, app}.
 * - !{data loop, closed-loop data, proprietary data, customer authorisation, measured retention figures}.
 */
/** Words that assert users stay: loyalty, stickiness, attachment. */
const LOYALTY = [
  'loyal', 'loyalty', 'fiercely loyal', 'sticky', 'stickiness', 'stick with', 'sticks with', 'stay put', 'stays put',
  'unlikely to switch', 'unlikely to churn', 'unlikely to leave', 'rarely switch', 'rarely churn', 'rarely leave',
  'rarely try alternatives', 'grow attached', 'grew attached', 'get attached', 'become attached', 'emotionally attached',
  /\b(?:leaving|switching|churning|moving|migrating)\s+(?:\w+\s+)?(?:is|becomes|would be|gets)\s+(?:very\s+|too\s+|prohibitively\s+|extremely\s+|really\s+)?(?:costly|expensive|painful|hard|difficult)\b/,
  /\b(?:hard|difficult|costly|painful)\s+(?:\w+\s+){0,2}to\s+(?:leave|switch|churn|move|migrate)\b/,
  /\b(?:leaving|switching|churning|moving|migrating)\b(?:\s+[\p{L}\p{N}'’-]+){0,7}\s+(?:is|becomes|would\s+be|gets)\s+(?:\w+\s+)?(?:costly|expensive|painful|hard|difficult)\b/u,
  /\b(?:users|customers|people|subscribers)\s+(?:will|would)\s+stay\b/, 'legion of fans',
  /\bkeeps?\s+(?:\w+\s+)?(?:users|customers|people|subscribers|students|creators|teachers|fans)\s+from\s+(?:churning|leaving|switching|defecting)\b/,
  /\bfollow\s+(?:it|us|the\s+(?:app|brand|product))\s+(?:through|anywhere|wherever)\b/, 'devoted', 'devotion', 'fan base', 'fanbase', 'die-hard',
  'diehard', 'evangelists', 'brand affinity', 'emotional bond', 'emotional bonds', 'form bonds', 'rarely leave', 'rarely churn',
  /\btoo\s+(?:invested|attached|embedded|dependent|hooked)\s+(?:[\p{L}-]+\s+){0,5}to\s+(?:leave|switch|churn|move)\b/u,
  'emotional attachment', 'emotional connection', 'emotional connections', 'emotionally invested', 'emotional dependence', 'emotional dependency',
  'deep attachment', 'strong attachment', 'mindshare', 'mind share', 'default choice', 'rarely shop around', 'negligible churn', 'churn is negligible', 'near-zero churn', 'minimal churn',
  'hard to leave', 'hooked', 'addicted', 'habit-forming', 'get used to', 'gets used to', 'grow used to',
  'fiel', 'fiéis', 'fidelidade', 'fidelizados', 'fidelização', 'vínculo emocional', 'criam vínculo', 'criam um vínculo', 'vínculo com',
  'apego', 'apegado', 'dificilmente migra*', 'dificilmente sai', 'dificilmente saem', 'dificilmente deixa*', 'conexão emocional',
  /\b(?:troca|trocar|migração|migrar|saída|sair)\b[^.;]{0,40}\b(?:improváve(?:l|is)|difíce?il|difíceis|cara|custosa|rara)\b/, 'lealdade', 'dificilmente troca*', 'dificilmente abandona*', 'apegados',
  '忠诚度', '忠诚', '粘性', '黏性', '用上就', '很难离开', '很难迁移', '上瘾', '依赖性', '情感依赖', '情感连接', '情感纽带', '情感链接',
  /迁移意愿[^。；，]{0,3}(?:低|弱|很低|极低)/, /(?:换掉|离开|迁移)的?(?:意愿|可能)(?:很|极)?(?:低|小)/,
];

/**
 * The same claim said with a negation ("won't switch", "不会迁移"). Kept apart so that, when one is the first
 * trigger of its group, its negation word counts as part of the claim and not as a negation of it.
 */
const NO_SWITCH = [
  'never switch', 'never leave', 'never churn', "won't switch", 'will not switch', "don't switch", 'do not switch',
  // Habit as the lock: "users form a habit and will not want to leave".
  'will not want to leave', "won't want to leave", 'will not want to switch', "won't want to switch", 'form a habit', 'forms a habit', 'habit-forming',
  "won't leave", 'will not leave', "don't leave", 'do not churn', "don't churn", 'cannot live without', "can't live without",
  'no reason to switch', 'no reason to leave', 'not switch', 'not leave', 'not churn', 'not look elsewhere', 'never look elsewhere',
  "don't look elsewhere", 'not look for alternatives', 'never go back', 'not go back', "won't go back", 'never return to',
  'not shop around', "won't shop around", "don't shop around", 'never shop around',
  // One regex (not a phrase, which would win at the same position) so that "… por nada" joins the trigger.
  /\bnão\s+troca\w*(?:\s+(?:[\p{L}]+\s+){0,3}por\s+nada\b)?/u, 'não muda*', 'não abandona*', 'não larga*', 'não sai', 'não saem', 'nunca troca*', 'nunca abandona*',
  '很难再换', '很难换掉', '很难切换', '难以替换', '不会轻易迁移', '不会迁移', '不会流失', '不会离开', '不会换', '离不开', '不愿离开', '不会切换', '不会转向', '不再换',
];

/** Who or what is loyal. */
const USERS = [
  'users', 'user', 'customers', 'customer', 'consumers', 'subscribers', 'students', 'creators', 'fans', 'players', 'people', 'they',
  'once', 'brand', 'app', 'product', 'platform', 'chatbot', 'assistant', 'companion', 'tutor', 'model', 'teachers', 'learners',
  'families', 'parents', 'members', 'audience', 'community', 'business', 'retention',
  'usuários', 'usuário', 'clientes', 'consumidores', 'quem', 'marca', 'produto', 'ferramenta', 'assistente', 'aplicativo',
  '用户', '客户', '消费者', '粉丝', '产品', '品牌', '一旦',
];

/**
 * What loyal users would not move to, or the shock they would survive: part of the claim ("unlikely to churn
 * to a rival app", "even if a free alternative launched", "一旦用上"), so matched as a trigger rather than read
 * as a third party or a hypothetical.
 */
const ALTERNATIVES = [
  /\b(?:to|for|with|than|over|from)\s+(?:(?:a|an|any|another|the)\s*)?(?:rival|competitor|competing|alternative|other)(?:['’]s)?(?:\s+(?:free\s+)?(?:app|apps|product|products|tool|tools|service|services|offering|model|models|tier|chatbot|brand))?\b/,
  /\b(?:competitors?|rivals?|others)\s+(?:will\s+)?(?:find\s+(?:it\s+)?)?(?:very\s+|extremely\s+)?(?:hard|difficult|impossible)\s+to\s+(?:break|match|copy|replicate|dislodge|overcome)\b/,
  /\beven if\s+(?:(?:a|an|the|rivals?|competitors?)\s*)?(?:(?:free|cheaper|better|rival|competing|new|stronger)\s*)?(?:alternative|rival|competitor|model|app|product|option|tier)s?\b[^.;]{0,40}/,
  /\bmesmo (?:que|se)\s+(?:(?:um|uma)\s*)?(?:concorrente|rival|alternativa)[^.;]{0,40}/,
  /(?:即使|即便|哪怕)[^。；]{0,12}(?:免费|便宜|降价|更好|竞品|对手)/,
  /(?:一旦|只要)(?:开始|形成|养成)?(?:用上|用了|用过|使用|习惯|上手|接入)/, /即使(?:有)?(?:竞品|对手|免费|更便宜|更好)[^。；]{0,20}/,
];

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
  message: 'Claims a moat or user loyalty for a model product ({evidence}); Zhu: companies have no moats, users have no loyalty.',
  match: {
    type: 'phrase',
    patterns: [
      // "… that competitors cannot match": the negation and the third party are part of the claim, so they
      // are matched as triggers (cues inside triggers do not count).
      {
        all: [
          ['moat', 'moats', 'defensibility', 'defensible', 'competitive advantage', 'edge', 'barrier', 'barriers', 'wall', 'head start', 'lead', 'brand',
            'switching friction', 'switching costs', 'stickiness', 'loyalty', 'loyal',
            'fosso', 'defesa competitiva', 'vantagem competitiva', 'barreira', 'fidelidade', 'fiéis', '护城河', '壁垒', '优势', '领先', '忠诚度', '粘性', '黏性'],
          [
            /\b(?:competitors?|rivals?|others|no one|nobody|incumbents)(?:['’]s?)?\s+(?:can(?:not|['’]t| not)?|could(?:n['’]t| not)?|are unable to|will struggle to|struggle to|won['’]t be able to)\s+(?:\w+\s+)?(?:match|replicate|copy|catch up|reproduce|ship|rival|beat|close|overcome|erode|bridge|get over|get past|climb|breach|cross)\b/,
            /\b(?:competitors?|rivals?|others|incumbents|followers|copycats)\s+(?:would|will|could)\s+(?:need|take|require)\s+(?:\w+\s+){0,2}(?:years|a\s+long\s+time|quarters)\s+to\s+(?:close|match|catch|replicate|copy|reach)\b/,
            /\b(?:competitors?|rivals?|others|peers)\s+(?:are|remain|sit|lag)\s+(?:at\s+least\s+)?(?:[\p{L}\p{N}-]+\s+){0,3}behind\b/u,
            /\bahead\s+of\s+(?:its\s+|the\s+|all\s+)?(?:peers|competitors|rivals|competition|the\s+field)\b/, /领先(?:同行|对手|竞品|友商)/,
            /\bno\s+(?:rival|competitor|one|other\s+player|newcomer|entrant)\s+can\s+(?:\w+\s+)?(?:close|bridge|erode|cross|overcome)\b/,
            /\bno\s+(?:rival|competitor|one|other\s+player|newcomer|entrant)\s+(?:will\s+be\s+able\s+to|can|could|would\s+be\s+able\s+to)\s+(?:\w+\s+)?(?:dislodge|match|copy|replicate|catch|displace|beat|unseat)\b/,
            /\b(?:later|new|future|late|would-be)\s+(?:entrants|rivals|competitors|players)\s+(?:won['’]t|will not|cannot|can['’]t|could not|will struggle to)\s+(?:\w+\s+)?(?:scale|climb|match|catch|cross|breach|overcome|copy|replicate)\b/,
            /(?:后来者|后进者|新进入者)(?:很难|难以|无法)(?:撼动|追赶|追上|复制|超越)/,
            /\bahead of (?:anything|any|all|every)\b(?:\s+(?:of\s+)?(?:(?:its|the|our)\s*)?(?:competitors?|rivals?|peers?))?(?:\s+can\s+ship)?/,
            /\b(?:os\s+)?concorrentes\s+não\s+(?:conseguem|podem|vão conseguir)\s+(?:\w+\s+)?(?:igualar|copiar|replicar|acompanhar|alcançar)/,
            /\bnenhum\s+(?:concorrente|rival|competidor)\s+(?:vai\s+|irá\s+)?(?:conseguir|consegue|conseguirá|pode|poderá)\s+(?:\w+\s+)?(?:copiar|igualar|replicar|alcançar|acompanhar)/,
            /(?:竞争对手|对手|竞品|同行|友商)(?:都)?(?:无法|难以|很难|追不上|赶不上|复制不了|学不来)/,
          ],
        ],
      },
      // Words that are the claim by themselves: a moat, switching costs, lock-in, a first-mover advantage.
      {
        all: [
          [
            'switching cost', 'switching costs', /\block-in\b/, /\b(?:switching|leaving|moving|migrating)\s+(?:away\s+|elsewhere\s+)?(?:would|will)\s+cost\b/, 'locked in', 'first-mover advantage', 'first mover advantage',
            'switching friction', 'unassailable', 'winner-take-all', 'network effects',
            /\b(?:durable|lasting|sustainable|structural|unassailable|insurmountable|long-term|enduring)\s+(?:competitive\s+)?(?:advantage|edge|lead)\b/,
            /\b(?:hard|difficult|impossible|tough)\s+to\s+(?:displace|dislodge|unseat|copy|replicate|catch|catch up with|compete with)\b/,
            'custo de troca', 'custos de troca', /\bvantagem\s+(?:de|do|da)\s+pioneir\w*/, 'aprisionamento',
            /\bdif[ií]cil\s+de\s+(?:copiar|desbancar|replicar|alcançar|atacar|bater)\b/,
            /\bvantagem\s+(?:competitiva\s+)?(?:duradoura|sustentável|estrutural|inalcançável|permanente)\b/,
            /\b(?:switching|leaving|moving|migrating)\s+(?:away\s+|elsewhere\s+)?(?:would|will|means)\s+(?:mean\s+)?(?:losing|giving\s+up|abandoning|forfeiting)\b/,
            /\bdif[ií]cil\s+de\s+ser\s+(?:alcançad|copiad|replicad|batid|igualad|superad)\w*(?:\s+pel[oa]s?\s+(?:concorrentes|rivais|competidores))?/,
            '迁移成本', '转换成本', '先发优势', '很难撼动', '难以撼动', '难以复制', '很难复制',
          ],
        ],
      },
      // A moat made of the model, the brand, the users or a lead. A moat said to be a feature ("the moat is a memory
      // module") is the claim of zhu/model-will-subsume or zhu/thin-wrapper, not this one.
      {
        all: [
          ['moat', 'moats', 'fosso', 'fossos', 'fosso competitivo', '护城河'],
          [
            'model', 'models', 'model quality', 'LLM', 'algorithm', 'algorithms', 'brand', 'users', 'user', 'customers', 'loyalty',
            'loyal', 'lead', 'first-mover', 'first mover', 'first to market', 'network effect*', 'quality', 'performance', 'accuracy',
            'fluency', 'personality', 'community', 'ahead', 'best-in-class', 'superior', 'state-of-the-art', 'head start',
            'modelo', 'modelos', 'marca', 'usuários', 'usuário', 'qualidade', 'pioneir*', 'fidelidade', 'liderança',
            '模型', '算法', '品牌', '用户', '效果', '先发', '心智', '领先', '忠诚', '粘性', '黏性', '体验',
          ],
        ],
      },
      // Generic defensibility words need what the moat is made of: the model, the brand, the users.
      {
        all: [
          ['defensibility', 'defensible', 'barrier', 'barriers', 'barrier to entry', 'barriers to entry', 'defesa competitiva', 'barreira', 'barreiras', '壁垒', '核心壁垒', '竞争壁垒'],
          [
            'model', 'models', 'model quality', 'algorithm', 'algorithms', 'brand', 'users', 'user', 'customers',
            'chatbot', 'assistant', 'personality', 'UX', 'first-mover', 'first mover', 'community', 'fluency', 'accuracy', 'performance',
            'quality', 'companion', 'tutor', 'lead', 'first to market',
            'modelo', 'modelos', 'marca', 'usuários', 'usuário', 'algoritmo', 'qualidade', 'assistente',
            '模型', '算法', '品牌', '用户', '效果', '先发', '心智',
          ],
        ],
      },
      // Loyalty or a brand said to shield the company from rivals: "loyal to the brand, which protects the company from
      // cheaper rivals". The rivals are what the claim keeps out, so they are matched as triggers, not as a third party.
      {
        all: [
          [...LOYALTY, 'brand', 'marca', '品牌'],
          [
            /\b(?:protects?|protecting|shields?|shielding|insulates?|insulated|insulating|defends?|defending|guards?|guarding)\s+(?:[\p{L}'’]+\s+){0,3}?(?:from|against)\s+(?:[\p{L}'’-]+\s+){0,2}?(?:rivals?|competitors?|competition|challengers|new entrants|copycats|price cuts)\b/u,
            /\b(?:protege|blinda|isola)\s+(?:\p{L}+\s+){0,3}?(?:d[oa]s?|contra)\s+(?:\p{L}+\s+){0,2}?(?:concorrentes|rivais|concorrência)\b/u,
            /(?:抵御|挡住|免受)[^，。；]{0,6}(?:竞争对手|对手|竞品|价格战)/u,
          ],
        ],
      },
      // Loyalty asserted about users, with the alternative they would not move to, or plainly.
      { all: [NO_SWITCH, ALTERNATIVES] },
      { all: [LOYALTY, ALTERNATIVES] },
      { all: [NO_SWITCH, USERS] },
      { all: [LOYALTY, USERS] },
    ],
    // Zhu accepts a closed-loop data barrier (zhu/green/vertical-data-loop); measured retention is evidence, not a claim.
    unless: [
      // A question ("Where is the moat?") or a weak-loyalty observation is not a claim.
      /[?？]/, 'weak', 'fickle', 'limited loyalty', 'low loyalty', 'price-sensitive', 'follow price', 'follow the price', 'shallow', 'thin',
      'fraca', 'baixa fidelidade', '很弱', '较弱', '不高', '哪家便宜',
      'distribution network', 'sales network', 'exclusive', 'contracts', 'certification*', 'licence*',
      'data loop', 'closed-loop', 'closed loop', 'proprietary data', 'proprietary dataset', 'exclusive data', 'customer authorisation*',
      'customer authorization*', 'data flywheel', 'distribution contracts', 'exclusive distribution', 'licen*', 'regulatory',
      // Measured retention (a figure, a cohort) is evidence, not an assertion.
      'cohort', 'cohorts', 'retention rate', 'net revenue retention', 'net dollar retention', 'NRR', 'NDR', /\bD(?:7|30|90|180)\b/,
      /\bretention\b[^.;]{0,30}\d+(?:\.\d+)?\s?%/, /\d+(?:\.\d+)?\s?%[^.;]{0,20}\bretention\b/, /\b\d{1,3}(?:\.\d)?\s?%\s+(?:of\s+)?(?:users|renew)/,
      /\bretenção\b[^.;]{0,30}\d+(?:[.,]\d+)?\s?%/, /留存[^。；]{0,10}\d+(?:\.\d+)?\s?%/,
      // Third parties that claimed loyalty and lost it; a prompt is not a model moat (zhu/thin-wrapper).
      // "Loyalty … is low": the suppressor is the adjective only, so it does not overlap the trigger.
      /(?<=\b(?:loyalty|stickiness|switching\s+costs?|moats?)\b[^.;]{0,25}\b(?:is|are|remains?|stays?|looks?|seems?)\s+(?:\w+\s+)?)(?:low|weak|limited|minimal|non-existent|nil|negligible)\b/,
      /\b(?:little|no|low|limited|weak|scant|minimal)(?=\s+(?:brand\s+|user\s+|customer\s+)?(?:loyalty|stickiness))/,
      /\b(?:were|was)(?=\s+(?:\w+\s+)?(?:loyal|sticky|locked\s+in))/, 'that ended', 'ended when',
      'easily copied', 'easy to copy', 'easily replicated', 'commoditi*', 'must come from', 'has to come from', 'distribution',
      'whichever', 'supposed', 'eroded', 'erode', 'erodes', 'evaporated', 'disappeared', 'collapsed',
      'data', 'dataset', 'datasets', 'dados', '数据', 'labelled', 'labeled', 'annotated', 'anotados', '标注',
      // A moat made of a capability on the model roadmap is zhu/model-will-subsume's claim.
      /\breasoning\s+(?:layer|engine|module|scaffold|pipeline)\b/, 'hallucination*', 'context window', 'context length', 'long-context', 'long context',
      'memory module', 'memory layer', 'alucinaç*', 'janela de contexto', '上下文', '长文本', '幻觉', '推理能力',
      'zero', 'nenhuma lealdade', '零忠诚', 'touted', 'vendors that', 'lost a third', 'lost half', 'prompt', 'prompts', 'Prompt', '提示词',
      'has since', 'have since',
      // Loyalty schemes are a feature, not a claim. Lookarounds keep the suppressor off the trigger word itself
      // (a suppressor that overlaps a trigger does not count).
      /(?<=\bloyalty[\s-])(?:program\w*|scheme\w*|cards?|points|rewards|tiers?|club)/, /\bprogramas? de(?= fidelidade)/, /会员(?=忠诚)/,
      'dados proprietários', 'ciclo de dados', 'dados exclusivos', 'coorte',
      '数据闭环', '闭环数据', '独家数据', '专有数据', '留存率', '会员积分', '积分', '授权回传',
    ],
  },
} satisfies RuleSpec;
