import type { RuleSpec } from '../types';

/**
 * zhu/competing-with-giants: Same track as the giants.
 * Triggers in the catalogue:
 * - {ByteDance / Byte / 字节 / Doubao / 豆包, Alibaba / Ali / 阿里 / Tongyi / 通义, Tencent / 腾讯 / Yuanbao / 元宝 / Hunyuan, Baidu / 百度 / ERNIE / 文心, Kimi / Moonshot, OpenAI / ChatGPT, Google / Gemini}
 * - + {compete, head-on, vs, take share, rival, alternative to, same users; PT competir, concorrer; ZH 正面竞争, 抢份额, 对标}.
 * - {general-purpose chatbot, general assistant, AI search, horizontal super-app; ZH 通用聊天机器人, 通用助手, AI搜索} alone → Information.
 * - !{customer, partner, supplier, reseller; ZH 客户, 合作伙伴}.
 */
/** The giants and their consumer AI products. */
const GIANTS = [
  // @bigTech minus "Meta" and "Ali", which collide with Portuguese "meta" (goal) and personal names.
  'ByteDance', 'Byte Dance', 'TikTok', 'Douyin', '字节', '字节跳动', '抖音', 'Alibaba', 'Alibaba Cloud', 'Aliyun', '阿里', '阿里巴巴',
  '阿里云', 'Taobao', '淘宝', 'Tmall', '天猫', 'Tencent', '腾讯', 'WeChat', '微信', 'Baidu', '百度', 'Meituan', '美团', 'JD.com', '京东',
  'Kuaishou', '快手', 'Huawei', '华为', 'Xiaomi', '小米', 'Pinduoduo', '拼多多', 'Microsoft', 'Google', 'Amazon', 'Apple', 'OpenAI',
  "Meta's", 'Meta AI', 'big tech', 'big techs', 'the giants', "the giants'", 'tech giants', 'internet giants', 'large platforms',
  'big platforms', 'the big companies', 'the big players', 'platform giants', 'hyperscalers', '大厂', '巨头', '互联网大厂',
  'grandes plataformas', 'gigantes', 'big techs',
  '@giantProducts', 'ERNIE', 'ERNIE Bot', '文心', 'Qwen', '通义千问', 'Kimi', 'Moonshot', '月之暗面', 'CapCut', '剪映', 'DingTalk', '钉钉',
  'Feishu', '飞书', 'Lark', 'Bing', 'Siri', 'Alexa', 'WPS', 'Meitu', '美图', 'Xiaohongshu', '小红书', 'Zhihu', '知乎',
];

export default {
  id: "zhu/competing-with-giants",
  kind: "red",
  title: "Same track as the giants",
  claim: "The startup competes head-on with ByteDance, Alibaba, Tencent, Baidu (or the frontier labs) in a general product the giants believe they can build themselves, or in a feature they can easily bolt on — and the giants already have the scenarios and data.",
  severity: "warning",
  source: "zhu",
  passages: { zhu: ["p-giants-do-it-themselves", "p-midjourney-low-frequency", "p-giants-must-do-it", "p-regret-gpt4-dilemma", "p-openai-forced-gpts", "p-worse-than-four-dragons"], interviewer: ["q-giants-acquire", "q-era-compare", "q-openai-apps"], editor: ["e-history-repeating", "e-four-dragons-lesson", "e-chatbots-absorb", "e-zhu-forum-no-independent"] },
  quote: {
    passages: ["p-giants-do-it-themselves", "p-midjourney-low-frequency"],
    en: "\"ByteDance surely isn't willing to do M&A; it thinks it can do it [itself]. Baidu certainly thinks it can do it. Tencent is hard to say … And Tencent has always thought it's not urgent; it is slowly behind, but it has the scenarios, it has the data — look at Tencent from games to video, music and literature: behind at first, then first.\" […] \"It's very easy to attach something to it [i.e. for others to add it as a feature]. Why would the big companies give you a chance?\" — Zhu Xiaohu",
  },
  questions: ["Why would the big companies give you a chance?", "What do you have that ByteDance, Alibaba, Tencent or Baidu cannot add as a feature — and that they don't already have in scenarios and data?"],
  openQuestion: "Why would the big companies give you a chance? What can't they add as a feature?",
  message: 'Same track as the giants ({evidence}); why would the big companies give you a chance, and what can they not add as a feature?',
  match: {
    type: 'phrase',
    patterns: [
      // Portuguese "competir com o Doubao no mercado de …": the span runs past "no" (= "in the"), which reads as a
      // negation when a short Portuguese sentence is detected as English. It stops at a real negation. A pattern
      // of its own, because a phrase alternative ("competir") would win over the regex in a shared group.
      {
        all: [
          GIANTS,
          [
            /\b(?:competir|concorrer|disputar|brigar|rivalizar)\s+(?:diretamente\s+|de frente\s+)?com(?:(?!\b(?:não|nao|nunca|sem|nem)\b)[^.;:]){0,60}/,
            /\b(?:alternativa|(?:principal\s+|maior\s+)?concorrente(?:\s+diret[oa])?|rival)(?:\s+(?:brasileira|brasileiro|nacional|local|barata|gratuita|aberta|latina|latino-americana|direta|direto))?\s+(?:ao|à|aos|às|do|da|dos|das)\b(?:(?!\b(?:não|nao|nunca|sem|nem)\b)[^.;:]){0,60}/,
            /\b(?:tirar|roubar|tomar|ganhar)\s+(?:participação|usuários|clientes|mercado|market share|share)\b(?:(?!\b(?:não|nao|nunca|sem|nem)\b)[^.;:]){0,60}/,
          ],
        ],
      },
      // A giant or its consumer AI product + head-on competition.
      {
        all: [
          GIANTS,
          [
            'compete', 'competes', 'competing', 'compete head-on', 'head-on', 'head to head', 'take share', 'takes share',
            // Not a giant's own edge over someone else: "OpenAI's advantage over open models".
            /(?<!['’]s\s)\b(?:differentiation|differentiated|positioning|edge|advantage|advantages)\s+(?:vs\.?|versus|against|over|from)/,
            /\bout-?(?:ship|execute|build|iterate|innovate|maneuver|manoeuvre|pace|run|market)\w*/,
            'taking share', 'take market share', 'steal share', 'win share', 'grab share', 'share from', 'share away from',
            /\b(?:pull|win|lure|steal|draw|take|poach)\w*\s+(?:\w+\s+){0,3}away\s+from\b/,
            'take on', 'takes on', 'taking on', 'go after', 'goes after', 'going after', 'challenge', 'challenges', 'challenging',
            'challenger', 'displace', 'displacing', 'dethrone', 'unseat', 'replace', 'replacing', 'alternative to', 'substitute for',
            'same users', 'same customers', 'same creators', 'same audience', 'same user base', "'s user base", '’s user base',
            'same segment', 'same market', 'aimed squarely at',
            // The company's segment described as the giants' battleground: "a segment where ByteDance and Alibaba are spending heavily".
            /\b(?:a|the|this)\s+(?:segment|category|market|space|race|arena)\s+where\b/, 'spending heavily', 'pouring money into', 'pouring billions into',
            /\bsame\s+(?:[\p{L}-]+\s+){0,2}(?:users|customers|creators|audience|user base|merchants|segment|consumers|students|queries|use case)\b/u,
            'squarely at', "answer to", 'Chinese version of', "China's version of", 'local version of', 'Chinese alternative to',
            /['’]s\s+(?:creator|user|customer|audience|student|merchant|subscriber)\s+base\b/, 'rival to', 'a rival to', 'a rival of', 'to rival',
            // "against" only as competition ("compete against", "positioned against"): "runs against Doubao-pro" is an API call.
            /\b(?:compete\w*|position\w*|pitted|pit|battle\w*|fight\w*)\s+(?:[\p{L}'’-]+\s+){0,3}against\b/u,
            /\b(?:go(?:es|ing)?|up|directly|squarely|head[\s-]to[\s-]head)\s+against\b/,
            /\b(?:win|winning|won|lure|luring|poach|poaching|convert|converting)\s+(?:them\s+|those\s+users\s+|users\s+)?over\b/,
            /\b(?:people|users|consumers)\s+already\s+(?:chatting|using|on)\b/, /\b(?:exactly\s+)?the\s+(?:same\s+)?(?:users|customers|audience|creators|students|consumers)\s+(?:that\s+|who\s+|whom\s+)?[\p{L}.]+\s+already\b/u,
            /\b(?:ChatGPT|Doubao|Kimi|Perplexity|Quark|Yuanbao|CapCut|ERNIE(?:\s+Bot)?|Copilot|Gemini|Siri|Alexa|Google|Baidu|WeChat|TikTok|Douyin|豆包|元宝|夸克)[\s-]?(?:rival|competitor|challenger|killer|contender)s?\b/u, /\bswitch(?:es|ed|ing)?\s+(?:over\s+|away\s+)?from\b/, 'migrate from', 'migrating from', 'defect from',
            /\b(?:target\w*|aimed at|aims at|convert\w*|win|winning)\b[^.;]{0,40}\b(?:who|that)\s+(?:today\s+|currently\s+|now\s+|already\s+)?use\b/,
            /\b(?:the|a|an|o|a)\s+(?:\p{L}+\s+)?(?:ChatGPT|Doubao|Kimi|Perplexity|CapCut|Siri|TikTok|WeChat)\s+(?:for|of|brasileir[oa]|nacional|latino|para)\b/u,
            /(?:更懂|更好用的|更便宜的|年轻人的|学生版|下一个)[^。；，]{0,8}(?:豆包|ChatGPT|Kimi|元宝|夸克|剪映|文心一言)/, 'overlaps with', 'overlap with', 'overlapping with', 'competitive set', 'competes with', /\bwe\s+(?:win|beat|outperform)\s+on\b/,
            /\b(?:a|the)\s+(?:better|cheaper|faster|smarter|Chinese|local|friendlier)\s+(?:ChatGPT|Doubao|Kimi|Perplexity|Baidu|Quark|Yuanbao|CapCut|Copilot)\b/,
            /\b(?:does|do)\s+(?:(?:essentially|basically|largely|exactly|much)\s*)?what\s+[\p{L}.]+\s+(?:does|do|already does)\b/u,
            /\b(?:ChatGPT|Doubao|Kimi|Perplexity|Quark|Yuanbao|CapCut|ERNIE\s+Bot|Copilot|Gemini)[\s-](?:style|clone|copycat|like)\b/, 'rivaling', 'rivalling', 'overtake', 'overtakes', 'overtaking',
            /\b(?:main|primary|direct|biggest|key|closest|chief)\s+(?:competitor|rival)s?\b/, 'fight', 'fights', 'battle', 'battles', 'war with', 'the Chinese ChatGPT',
            'the next ChatGPT', 'the ChatGPT of', 'beat', 'beats', 'outcompete', 'outcompetes',
            // PT
            'competir', 'compete', 'competirá', 'concorrer', 'concorre', 'concorrerá', 'disputar', 'disputa', 'brigar', 'rivalizar',
            'tirar participação', 'roubar participação', 'tomar participação', 'ganhar participação', 'tirar usuários', 'roubar usuários',
            'alternativa ao', 'alternativa à', 'substituir', 'tomar o lugar', 'ocupar o lugar', 'destronar', 'take the place of',
            /\btake\s+(?:over\s+)?[\p{L}.]+['’]s\s+(?:place|spot|position|crown)\b/u, 'diretamente com', 'de frente', 'frente a frente', 'contra o', 'contra a',
            'contra os', 'mesmos usuários', 'mesmo público',
            // ZH
            '正面竞争', '直接竞争', '竞争', '正面交锋', '抢份额', '抢占', '抢用户', '抢流量', /抢[^。；，]{0,10}(?:份额|用户|流量|入口|市场)/, '争夺', '对标', '替代', '取代', '硬刚', '抗衡', '叫板',
            /(?<![A-Za-z])PK(?![A-Za-z])/, '重合', '重叠', '分一杯羹', '对抗', '同台', '同一批用户', '用户重合',
          ],
        ],
      },
      // A product or feature set likened to a giant's app ("feature set comparable to the giants' apps").
      {
        all: [
          GIANTS,
          ['replicates', 'replicate', 'replicating', 'clones', 'copies', 'recreates', 'comparable to', 'on par with', 'as good as', 'better than', 'mirrors', 'mirror', 'clone of', 'copy of', 'similar to', 'vs', 'versus',
            'same features', 'same feature set', 'same functions', 'mesmas funções', 'mesmos recursos', 'mesmas funcionalidades',
            '基本一致', '一致', '相同', '一样', '差不多',
            'equivalente a', 'comparável', 'igual ao', 'igual à', 'parecido com', '类似', '对标', '媲美', '翻版', '复刻'],
          ['app', 'apps', 'feature', 'features', 'feature set', 'feature list', 'product', 'products', 'UX', 'interface', 'experience',
            'aplicativo', 'funcionalidades', 'recursos', '产品', '功能', '体验', '界面', /(?<![A-Za-z])App(?![A-Za-z])/],
        ],
        within: 120,
        unless: ['model quality', 'model releases', 'releases from', 'first tier', 'first-tier', 'parameters', 'MMLU', 'C-Eval', '模型能力', '第一梯队', 'qualidade do modelo'],
      },
      // A general-purpose chatbot, assistant or AI search product, alone: the giants' own track (Information).
      {
        all: [
          [
            // Not "general-purpose assistant": that is zhu/personal-assistant's claim.
            /\b(?:general[\s-]?purpose|generalist|horizontal|general|all[\s-]?purpose|general consumer)\s+(?:AI\s+|consumer\s+|conversational\s+|Chinese\s+)*(?:chat\s?bots?|chat apps?|chat products?|search engines?|search apps?|search products?|super[\s-]?apps?|Q&A apps?|answer engines?)\b/,
            /\bAI[\s-]+(?:powered\s+)?(?:search\s+(?:engine|app|product)s?|answer engines?)\b/, 'horizontal super-app', 'general chat',
            'chatbot generalista', 'chatbot de uso geral', 'chatbots generalistas', 'assistente de IA genérico', 'assistente genérico',
            'assistente generalista', 'buscador com IA', 'buscador de IA', 'mecanismo de busca com IA', 'busca com IA',
            '通用聊天机器人', '通用对话机器人', '通用聊天', '通用助手', '通用AI助手', '通用型AI助手', /(?<![A-Za-z])AI搜索/, '智能搜索引擎', '通用问答',
          ],
        ],
        // A vertical or enterprise search or assistant is not the giants' consumer track.
        unless: [
          'enterprise', 'internal', 'B2B', 'legal', 'lawyers', 'patent*', 'medical', 'clinical', 'doctors', 'e-commerce', 'catalog*',
          'documents', 'knowledge base', 'compliance', 'for banks', 'for hospitals', 'for insurers', 'employees',
          'empresas', 'corporativo', 'jurídico', 'médicos', '企业', '内部', '法律', '医疗', '知识库', '员工',
          // Market descriptions: who leads general chat is context, not the company's track.
          'dominated by', 'dominate', 'dominates', 'led by', 'leads', 'market share', 'three-way', '市场由', '三分天下', '占据', '主导', '份额', '领跑', '格局',
          'dominado', 'dominam', 'lidera',
        ],
        severity: 'information',
      },
    ],
    // Giants as customers, partners or investors are not rivals; benchmarks and model dependencies belong elsewhere.
    unless: [
      'customer', 'customers', 'client', 'clients', 'partner', 'partners', 'partnership', 'supplier', 'reseller', 'resellers',
      'distributor', 'investor', 'investors', 'shareholder', 'backed by', 'acquir*', 'buys', 'buying from', 'sells to', 'selling to',
      'benchmark*', 'tested against', 'evaluated against', 'compared against', 'scores', 'eval', 'evals', 'evaluation', 'leaderboard', 'credits',
      'built on', 'powered by', 'runs on', 'API', 'APIs', 'fine-tun*', 'hosted on', 'deployed on', 'mini-program', 'mini program',
      'cliente', 'clientes', 'parceiro', 'parceiros', 'parceria', 'fornecedor', 'investidor', 'investidores', 'aquisição',
      '客户', '合作伙伴', '合作', '供应商', '投资方', '股东', '收购', '基于', '调用', '接入', '评测', '跑分', '小程序',
      // A giant that might enter is a risk to discuss, not the company's chosen track.
      /\b(?:could|might|may|can)\s+(?:\w+\s+)?(?:enter|launch|build|copy|add|bolt|ship|release|move into|clone)\b/,
    ],
  },
} satisfies RuleSpec;
