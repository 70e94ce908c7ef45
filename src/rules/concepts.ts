import type { Term } from '../engine/terms';

/**
 * Shared concepts of the lexicon: named lists of terms that several rules use, written once. A rule
 * refers to one as `@name`. `.redflags.json` can add terms to any concept (`"terms": {"domesticModel":
 * ["AcmeLM"]}`), for a firm's own list of model vendors, say. Each list holds English, Portuguese and
 * Chinese terms, and the interview's machine-translation spellings where they differ.
 */
export const concepts = {
  /** Domestic (Chinese) closed models, their vendors and their hosted platforms. */
  domesticModel: [
    'ERNIE', 'ERNIE Bot', 'ERNIE 4.0', 'Wenxin Yiyan', 'Wenxin Yiyin', 'Wenxin', '文心一言', '文心', '千帆', 'Qianfan',
    'Qwen-Max', 'Qwen-Plus', 'Qwen-Turbo', 'Qwen-Long', 'Tongyi Qianwen', 'Tongyi Thousand Questions', 'Tongyi', '通义千问', '通义',
    'DashScope', 'Bailian', '百炼', 'Alibaba Cloud model', 'Alibaba Cloud Model Studio', 'Model Studio',
    'GLM-4', 'GLM-4 API', 'GLM-4-Plus', 'ChatGLM', 'Zhipu', 'Zhipu AI', '智谱', '智谱清言', 'BigModel', 'Smart Spectrum',
    'Doubao', '豆包', 'Beanbag', 'Volcano Engine', 'Volcengine', '火山引擎', '火山方舟', 'Ark platform', 'Coze', '扣子',
    'Kimi', 'Moonshot', 'Moonshot AI', '月之暗面', 'Dark Side of the Moon', 'moonshot-v1',
    'MiniMax', 'abab', 'Hailuo', '海螺', 'Baichuan', 'Baichuan Intelligence', '百川', '百川智能',
    'Yi-Large', 'Yi API', '01.AI', 'Zero One Everything', '零一万物', 'Hunyuan', 'Tencent Hunyuan', 'Tencent Mixed Yuan', '混元', '腾讯混元',
    'Yuanbao', '元宝', 'iFlytek Spark', 'iFlytek', 'Spark model', '讯飞星火', '星火大模型', 'StepFun', 'Step Star', '阶跃星辰', 'Step-1', 'Step-2',
    'SenseNova', '日日新', '商汤', 'SenseTime', 'Pangu', '盘古', 'ernie-4.0-turbo', 'qwen-max', 'glm-4',
  ] as Term[],
  /** Hosted APIs of open-weight families: the vendor hosts it, but the weights are open (Information, not Warning). */
  openWeightApi: ['DeepSeek API', 'DeepSeek', '深度求索', 'deepseek-chat', 'GLM-4-Flash', 'SiliconFlow', '硅基流动'] as Term[],
  /** Frontier closed models and their vendors (mostly US). */
  frontierModel: [
    'GPT-4', 'GPT-4o', 'GPT-4 Turbo', 'GPT-4o mini', 'GPT-3.5', 'GPT-3.5 Turbo', 'GPT-5', 'GPT', 'ChatGPT', 'OpenAI',
    'OpenAI API', 'Claude', 'Anthropic', 'Gemini', 'Gemini Pro', 'PaLM', 'o1', 'o3', 'the LLM API', 'LLM API', 'LLM APIs',
    'a frontier model', 'frontier models', 'the underlying model', 'the base model', 'foundation model API', 'gpt-4o',
    'Azure OpenAI', 'Grok',
  ] as Term[],
  /** Open-weight model families. */
  openModel: [
    'LLaMA', 'Llama', 'Llama 2', 'Llama 3', 'Llama 3.1', 'LLaMA 2', 'LLaMA2', 'Llama2', 'Llama3', 'Mistral', 'Mistral 7B', 'Mixtral',
    'Gemma', 'Qwen2', 'Qwen2.5', 'Qwen 2', 'Qwen 2.5', 'Qwen3', 'Qwen-7B', 'Qwen-14B', 'Qwen-72B', 'Qwen2.5-7B', 'Qwen2.5-72B',
    'DeepSeek-V2', 'DeepSeek-V3', 'DeepSeek-R1', 'DeepSeek V3', 'DeepSeek R1', 'Yi-34B', 'Yi-6B', 'GLM-4-9B', 'ChatGLM3-6B',
    'MiniCPM', 'InternLM', 'Phi-3', 'Falcon', 'Baichuan2', 'open-weight', 'open weights', 'open-weight model', 'open-weights',
    'open-source model', 'open-source models', 'open source model', 'open-source LLM', 'open-source base', 'open model',
    'open models', '开源模型', '开源大模型', '开源权重', '开源的', '开源', 'código aberto', 'pesos abertos', 'modelo aberto',
    'modelos abertos', 'modelo de código aberto',
  ] as Term[],
  /** Self-hosting and adapting open weights. */
  selfHosted: [
    'self-hosted', 'self-host', 'self-hosts', 'self-hosting', 'fine-tuned', 'fine-tune', 'fine-tunes', 'fine-tuning', 'finetuned', 'LoRA',
    'on our own GPUs', 'on our GPUs', 'on its own GPUs', 'on our servers', 'on its own servers', 'on-prem', 'on-premise', 'on premises',
    'in-house', 'own servers', 'our own servers', 'locally', '本地部署', '私有化部署', '微调', '自有服务器', '自己的服务器', '自建',
    'hospedado em nossos servidores', 'hospedados em nossos servidores', 'nossos servidores', 'ajuste fino', 'auto-hospedado', 'servidores próprios',
  ] as Term[],
  /** The Chinese and US tech giants, and their consumer AI products. */
  bigTech: [
    'ByteDance', 'Bytedance', 'Byte Dance', 'TikTok', 'Douyin', '字节', '字节跳动', '抖音', 'Alibaba', 'Ali', 'Alibaba Cloud', 'Aliyun', '阿里',
    '阿里巴巴', '阿里云', 'Taobao', 'Tencent', '腾讯', 'WeChat', '微信', 'Baidu', '百度', 'Meituan', '美团', 'JD', 'JD.com', '京东',
    'Kuaishou', '快手', 'Huawei', '华为', 'Xiaomi', '小米', 'Pinduoduo', '拼多多', 'Microsoft', 'Google', /(?<!\b(?:a|da|na|uma|sua|nossa|essa|esta|nessa|nesta|desta|dessa|cuja|como)\s+)\bMeta\b(?!\s+(?:é|e|de|da|do|dos|das|para|principal|final|anual|mensal))/, 'Amazon', 'Apple',
    'OpenAI', 'big tech', 'big-tech', 'the giants', 'tech giants', 'internet giants', 'large platforms', 'big platforms',
    'the big companies', '大厂', '巨头', '互联网大厂', 'grandes plataformas', 'big techs', 'gigantes',
  ] as Term[],
  /** Consumer AI products of the giants and the model companies. */
  giantProducts: [
    'Doubao', '豆包', 'Kimi', 'Yuanbao', '元宝', 'Tongyi', '通义', 'ERNIE Bot', '文心一言', 'ChatGPT', 'Gemini', 'Qwen app', 'Quark',
    '夸克', 'Baidu search', 'Hunyuan', '混元', 'Copilot', 'Perplexity', 'Zhipu Qingyan', '智谱清言', 'Jimeng', '即梦', 'Kling', '可灵',
  ] as Term[],
  /** Named companies that are not the memo's subject: used to recognise market context (near-miss N3). */
  namedThirdParties: [
    'Moonshot', 'Moonshot AI', 'Kimi', 'Zhipu', 'Zhipu AI', 'Baichuan', 'StepFun', 'MiniMax', '01.AI', 'ModelBest', 'OpenAI', 'Anthropic',
    'Google', 'Microsoft', /(?<!\b(?:a|da|na|uma|sua|nossa|essa|esta|nessa|nesta|desta|dessa|cuja|como)\s+)\bMeta\b(?!\s+(?:é|e|de|da|do|dos|das|para|principal|final|anual|mensal))/, 'ByteDance', 'Alibaba', 'Tencent', 'Baidu', 'Meituan', 'Doubao', 'DeepSeek', 'Pika', /\bRunway\s+(?:ML|AI|Gen-?\d)\b/, 'Midjourney',
    'Character.AI', 'Inflection', 'FancyTech', 'Jasper', 'Perplexity', 'Sora', 'Light Years Beyond', 'Light Years Away', 'SenseTime',
    'Megvii', 'iFlytek', 'Huawei', 'Xiaomi', 'Apple', 'Amazon', 'Wang Huiwen', 'Sam Altman', 'Yang Zhilin', 'Wang Xiaochuan', 'Li Guangmi',
    'Luo Yonghao', 'J1 Assistant', 'Poe', 'Claude', 'Gemini', 'ChatGPT', 'Hikvision', 'Ctrip', 'TurboTax', 'Mafengwo', 'Tripadvisor', 'Kling',
    '月之暗面', '智谱', '百川', '阶跃星辰', '零一万物', '字节', '字节跳动', '阿里', '阿里巴巴', '腾讯', '百度', '美团', '豆包', 'Kimi', '商汤', '旷视',
    '李广密', '王慧文', '杨植麟', '王小川', '光年之外',
  ] as Term[],
  /** Depending on a model or platform. */
  dependsOn: [
    'built on', 'built on top of', 'builds on', 'build on', 'on top of', 'powered by', 'runs on', 'run on', 'running on', 'wraps', 'wrapper',
    'calls', 'calling', 'call the', 'via the', 'via API', 'through the API', 'through its API', 'through their API', 'API', 'APIs', 'SDK',
    'plug-in', 'plugin', 'hosted', 'integrates', 'integrate', 'integrated', 'relies on', 'rely on', 'relying on', 'depends on', 'depend on',
    'dependent on', 'based on', 'uses', 'use', 'using', 'deployed on', 'published on', 'agent platform', 'bot store', 'as the foundation',
    'as its foundation', 'as the core engine', 'as our core engine', 'as its core engine', 'under the hood', 'backbone', 'chose',
    'construído sobre', 'construída sobre', 'construído em cima', 'construiu', 'em cima do', 'em cima da', 'via API', 'usa a API', 'usa o',
    'roda sobre', 'roda em', 'depende', 'baseado em', 'baseada em', 'integra', 'acessado via', 'acessada via', 'chama a API',
    '基于', '调用', '接入', '套壳', '底层用', '底层', '依赖', '构建在', '搭建', '使用', '采用', '跑在',
    // Handing the core work to the model: "Kimi does the heavy lifting", "fica a cargo do Kimi", "完全交给通义千问".
    // Generated or hosted in the vendor's cloud, with no second source: "generated on Baichuan's cloud", "single-vendor".
    /\b(?:generated|produced|answered|served|hosted|computed)\s+(?:on|in)\s+(?:the\s+)?(?:[\p{L}'’]+\s+)?(?:cloud|servers?|platform|endpoints?|infrastructure|data\s+cent(?:re|er)s?)\b/u, 'single vendor', 'single-vendor', 'sole vendor', 'one vendor',
    /\b(?:has|have)\s*(?:not|n['’]t)\s+(?:yet\s+)?(?:tested|evaluated|qualified|onboarded|set\s+up|added|integrated)\s+(?:a\s+|any\s+)?(?:second|backup|alternative|other|fallback)\s+(?:vendor|provider|model|supplier)/,
    'heavy lifting', 'does the work', 'does all the', 'does most of the', 'outsourced to', 'outsources', 'delegated to', 'delegates',
    'handles all', 'powers', 'powering', 'a cargo do', 'a cargo da', 'terceirizad*', 'delega', 'delegada',
    '交给', '交由', '外包给', '全部由', '完全由',
  ] as Term[],
  /** First-person and company references: the memo's own subject. */
  self: [
    'we', 'our', 'us', 'the company', 'the startup', 'the team', 'the founders', 'management', 'its', 'it', 'their', 'they',
    'a empresa', 'a startup', 'nós', 'nosso', 'nossa', 'nossos', 'nossas', 'a equipe', 'o time', '公司', '我们', '团队', '该公司', '创始团队',
  ] as Term[],
  /** AI and model vocabulary: whether a memo is about an AI company at all. */
  aiTerms: [
    'AI', 'A.I.', 'artificial intelligence', 'LLM', 'LLMs', 'large language model', 'large model', 'foundation model', 'base model', 'GPT',
    'AIGC', 'generative AI', 'GenAI', 'machine learning', 'model', 'models', 'fine-tune', 'fine-tuned', 'neural', 'agent', 'agents',
    'chatbot', 'copilot', 'IA', 'inteligência artificial', 'modelo', 'modelos', 'IA generativa', '人工智能', '大模型', '模型', 'AI', '智能体',
    '生成式', '机器学习',
  ] as Term[],
  /** A currency amount or a count: "US$4.2M", "RMB 12M", "¥0.1", "5 million", "1,200", "4x". */
  amount: [
    /(?:US\$|R\$|HK\$|S\$|\$|¥|￥|€|£|RMB|CNY|USD|BRL|EUR|yuan|reais|dólares|元|美元)\s?\d[\d,.]*(?:\s?(?:k|K|m|M|mn|MM|bn|B|million|billion|thousand|milhões|milhão|mil|bilhões|bilhão|万|亿|千万|百万))?/,
    /\d[\d,.]*\s?(?:k|K|m|M|mn|MM|bn|B|million|billion|thousand|milhões|milhão|mil|bilhões|bilhão|万|亿|千万|百万)?\s?(?:US\$|\$|RMB|CNY|USD|BRL|yuan|reais|dólares|元|美元|万元|亿元|千万元|百万元|万美元|亿美元)/,
    /\d[\d,.]*\s?(?:万元|亿元|千万元|百万元|万美元|亿美元|千万美元|百万美元)/,
    // Spelled-out currencies: "400 million dollars", "2 million US dollars", "5 milhões de dólares".
    /\d[\d,.]*\s?(?:million|billion|thousand|milhões|milhão|bilhões|bilhão|mil)?\s+(?:de\s+)?(?:US\s+|U\.S\.\s+)?(?:dollars|dólares|euros|yuan|renminbi)\b/,
  ] as Term[],
  /** A number or a multiple. */
  number: [
    // Not a bare year: "in 2023" is a date, not a figure.
    /(?<![\d.,])(?!(?:19|20)\d\d(?![\d.,%xX×倍kKMB万亿]))\d[\d,.]*\s?(?:%|x|×|倍|k|K|M|B|bn|million|billion|thousand|milhões|mil|万|亿|个|家|名|人)?/,
    /\b(?:one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|fifteen|twenty|thirty|forty|fifty|hundred|hundreds|thousand|thousands|dozen|dozens|dois|duas|três|quatro|cinco|seis|sete|oito|nove|dez|doze|vinte|trinta|cem|cento|mil)\b/,
    /[一二三四五六七八九十两百千万几数]+(?:个|家|倍|年|月|名|位|万|亿)/,
  ] as Term[],
  /**
   * Named industries and business buyers: a concrete payer ("mid-size insurers", "FMCG brands", "律所"), as opposed
   * to "enterprises", "industries" or "many sectors", which name no one.
   */
  industry: [
    'insurer', 'insurers', 'insurance companies', 'insurance carriers', 'bank', 'banks', 'credit unions', 'lenders', 'hospital', 'hospitals', 'clinics',
    'healthcare providers', 'pharmacies', 'pharma companies', 'pharmaceutical companies', 'retailers', 'retail chains', 'supermarkets', 'brands',
    'FMCG', 'consumer brands', 'merchants', 'e-commerce sellers', 'online sellers', 'manufacturers', 'factories', 'automakers', 'car dealers',
    'dealerships', 'employers', 'recruiters', 'recruiting firms', 'staffing agencies', 'HR departments', 'law firms', 'legal departments',
    'schools', 'universities', 'training schools', 'logistics companies', 'freight forwarders', 'forwarders', 'customs brokers', 'carriers', 'shippers', 'advertisers', 'ad agencies',
    'agencies', 'SMEs', 'SMBs', 'restaurants', 'restaurant chains', 'hotels', 'hotel chains', 'accounting firms', 'accountants', 'utilities',
    'telecom operators', 'real estate agents', 'property managers', 'brokers', 'brokerages', 'farmers', 'cooperatives', 'agribusinesses', 'municipalities',
    'seguradoras', 'bancos', 'cooperativas de crédito', 'hospitais', 'clínicas', 'farmácias', 'varejistas', 'redes de varejo', 'supermercados', 'marcas',
    'lojistas', 'indústrias', 'fabricantes', 'montadoras', 'concessionárias', 'empregadores', 'recrutadores', 'escritórios de advocacia', 'escolas',
    'universidades', 'transportadoras', 'anunciantes', 'agências', 'PMEs', 'restaurantes', 'hotéis', 'escritórios de contabilidade', 'contadores',
    'imobiliárias', 'corretoras', 'produtores rurais', 'cooperativas', 'distribuidoras', 'prefeituras',
    '保险公司', '险企', '银行', '医院', '诊所', '药店', '药企', '零售商', '连锁零售', '商超', '品牌方', '品牌商', '快消品牌', '快消', '商家', '电商卖家', '卖家',
    '制造企业', '工厂', '车企', '经销商', '雇主', '招聘方', '猎头', '律所', '法务部门', '学校', '高校', '培训机构', '物流公司', '货代', '广告主', '代理商',
    '中小企业', '中小商家', '餐饮', '餐厅', '酒店', '会计师事务所', '代账公司', '运营商', '房产中介', '农户', '合作社', '政府部门',
  ] as Term[],
  /**
   * Past-state words that green rules can use as suppressors: a strength that no longer holds is not a strength.
   * Not bare years or "in the past N months", which date a current fact ("ARR tripled in 2024").
   */
  pastState: [
    // "used to sell", not the passive "is used to retrain" nor "are captured and used to fine-tune".
    /(?<!\b(?:is|are|be|being|been|was|were|gets?|got|and|also|then|directly|automatically)\s)\bused\s+to\b/, 'previously', 'formerly', 'originally', 'no longer', 'historically', 'was once', 'once was', 'before the pivot',
    'before pivoting', 'pivot', 'pivoted', 'pivoting', 'legacy', /\bexited\b(?!\s+(?:20\d\d|the\s+year|Q[1-4]|H[12]|last\s+year|at\s+a))/, 'dissolved', 'disbanded', 'wound down', 'peaked',
    'old business', 'prior business', 'back in', /\buntil\s+(?:early\s+|mid-?|late\s+)?20(?:1\d|2[0-4])\b/, 'let go', 'laid off', /\bsince\s+(?:been\s+)?(?:closed|shut|discontinued|sold|divested|wound)\b/,
    /\b(?:previous|prior|former|last|earlier|first)\s+(?:startup|company|venture|employer|job|role)\b/, 'empresa anterior', 'startup anterior', '上一家公司', '上一次创业', '前东家',
    'costumava', 'anteriormente', 'antigamente', 'originalmente', 'deixou de', 'no passado', 'até o ano passado', 'legado',
    'pivotou', 'antes do pivô', 'antes da mudança', '曾经', /曾(?![任在经])/, '以前', '转型前', '一度', '早年', '旧业务', '已解散', '已停止',
  ] as Term[],
  /**
   * Wording that makes a strength something other than a fact about this company now, shared by the green
   * rules: a competitor after a possessive ("its nearest rival"), a wish-list item ("Evidence that …"),
   * Portuguese competitors in a sentence read as English, and "not yet" / "yet to".
   */
  notYetFact: [
    /\b(?:its|our|their|the\s+company['’]s)\s+(?:[\w-]+\s+){0,2}?(?:rivals?|competitors?|peers?|incumbents?|competition)\b/,
    /\bseus?\s+(?:principais?\s+)?(?:concorrentes?|rivais)\b/u,
    /^\s*(?:\d+[.)]\s*)?(?:evidence|proof|signs?|confirmation|a\s+demonstration)\s+(?:that|of)\b/,
    'concorrente', 'concorrentes', 'rivais',
    /\bnot\s+yet\b/, /\byet\s+to\b/,
  ] as Term[],
};

export type ConceptName = keyof typeof concepts;

/** Names of the concepts `.redflags.json` may extend. */
export const CONCEPT_NAMES = Object.keys(concepts) as ConceptName[];
