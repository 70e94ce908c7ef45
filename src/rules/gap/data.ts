import type { RuleSpec } from '../types';

/**
 * zhu/gap/data: The memo never says where the data comes from.
 * Triggers in the catalogue:
 * - {data, dataset, records, corpus, authorisation, data partnership, data loop; PT dados, base de dados, autorização; ZH 数据, 数据集, 数据闭环, 授权} + {a source, owner, size or explicit absence}.
 * - Only applies when the memo is about an AI / model-based company (mentions model, LLM, AIGC, AI; ZH 大模型, AIGC, 人工智能; PT modelo, IA).
 */
export default {
  id: "zhu/gap/data",
  kind: "gap",
  title: "The memo never says where the data comes from",
  claim: "Zhu's companion question is \"where is your data?\"; for an AI company, a memo that never names its data source and ownership leaves it unanswered.",
  severity: "information",
  source: "zhu",
  passages: { zhu: ["p-core-questions-scenario-data", "p-data-barrier-short-video", "p-mna-who-willing"], interviewer: ["q-app-barriers", "q-rejected"] },
  quote: {
    passages: ["p-data-barrier-short-video", "p-mna-who-willing"],
    en: "[On the barrier above the model layer:] \"Data, ah — there is no short-video product data in the US. Look at Amazon and Shopify: they're still picture-based. All e-commerce in the United States is picture-based. In the last three years China has switched to short video.\" […] \"I have data and scenarios — what do you have? You only have a few people.\" — Zhu Xiaohu",
  },
  questions: ["Where is your data — what is it, who owns it, and how does it grow?"],
  openQuestion: "Where is the data — what is it, who owns it, and how does it grow?",
  message: 'The memo never says where the data comes from: what it is, who owns it, how much there is.',
  match: {
    type: 'absence',
    answers: [
      // A data asset with a size: "two million ad-performance records", "300万条投放数据", "três anos de dados".
      {
        all: [
          [
            /\bdata\b(?!\s+(?:scientists?|engineers?|engineering|cent(?:er|re)s?|rooms?|team|teams|privacy|protection|security|governance|strategy|platform|infrastructure|analysts?|science))/, 'dataset', 'datasets', 'data set', 'training set', 'training corpus', 'records', 'corpus', 'corpora', 'logs', 'transcripts', 'labelled examples', 'labeled examples',
            'annotations', 'samples', 'images', 'recordings', 'outcomes', 'tokens', 'transcripts', 'conversations', 'call recordings',
            'documents', 'cases', 'accumulated', 'histórico', 'históricos', 'base histórica', 'base própria', /\bacumul(?:ou|amos|ados|adas)\b/u,
            '影像', '图像', '图片', '录音', '文本', '病历', '案例', '单据', '工单', '对话', '积累', /\bhistorical\s+[\w-]+/, /\blabel(?:l)?ed\s+[\w-]+/, /\bannotated\s+[\w-]+/, 'dados', 'registros', 'base de dados', 'amostras', 'conjunto de dados',
            /数据(?!科学家|中心|团队|安全|隐私)/, '数据集', '语料', '样本', '记录', '标注',
          ],
          [
            // A count, not a model version ("GPT-4", "Qwen2.5-14B") or a year.
            /(?<![\p{L}\d.\-])(?!(?:19|20)\d\d(?![\d,.]))\d[\d,.]*\s?(?:k|K|M|B|bn|million|billion|thousand|milhões|milhão|mil|bilhões|万|亿|千)?(?![\p{L}\d\-])/u,
            /\b(?:two|three|four|five|six|seven|eight|nine|ten|twelve|twenty|hundreds|thousands|millions|dozens|dois|duas|três|quatro|cinco|dez|milhares|milhões)\b/u,
            /[\d一二三四五六七八九十两百千万几数]+(?:万|亿|千)?(?:条|份|张|小时|年)/,
          ],
        ],
        within: 70,
        unless: ['data scientist', 'data scientists', 'data engineer', 'data engineers', 'data center', 'data centre', 'data centers', 'data centres', 'data room', 'cientistas de dados', '数据科学家', '数据中心'],
      },
      // Where the data comes from or who owns it: "authorised by customers", "licensed from", "public corpora only", "客户授权".
      {
        all: [
          [
            /\bdata\b(?!\s+(?:scientists?|engineers?|engineering|cent(?:er|re)s?|rooms?|team|teams|privacy|protection|security|governance|strategy|platform|infrastructure|analysts?|science))/, 'dataset', 'datasets', 'data set', 'training set', 'corpus', 'corpora', 'records', 'training data', 'dados', 'base de dados', 'conjunto de dados',
            /数据(?!科学家|中心|团队|安全|隐私)/, '数据集', '语料', '训练数据',
          ],
          [
            /\bfrom\s+(?:its\s+|our\s+|the\s+company's\s+|their\s+)?(?:customers|clients|users|partners|deployments|hospitals|banks|employers|merchants|brands)\b/,
            /\b(?:customer|customers'|client|clients'|patient|merchant|first-party|in-house|operational|transaction)\s+data\b/, /\bauthori[sz]\w*/, /\blicen[cs](?:e|es|ed|ing)\b/, /\bpartnership\b/, /\bexclusive\b/, /\bowns?\b/, /\bowned\b/, /\bfirst[\s-]party\b/,
            /\bcollected\b/, /\bscraped\b/, /\bpublic(?:ly\s+available)?\b/, /\bopen\s+datasets?\b/, /\bpurchased\b/, /\bbought\b/, /\bsourced\b/,
            /\bdata\s+sources?\b/, /\bcomes?\s+from\b/, /\bprovided\s+by\b/, /\buser[\s-]generated\b/, /\bsynthetic\b/, /\bgenerated\s+by\b/, /\baccumulated\b/,
            /\bclientes\b/u, /\bautoriz\p{L}*/u, /\bparceria\b/u, /\blicenciad\p{L}*/u, /\bpróprios\b/u, /\bpúblic\p{L}*/u, /\bcoletad\p{L}*/u, /\bfornecid\p{L}*/u,
            /\bsintétic\p{L}*/u, /\bacumulad\p{L}*/u, /\bexclusiv\p{L}*/u,
            '来源', '来自', '授权', '合作', '独家', '自有', '公开', '采集', '积累', '购买', '客户', '合成',
          ],
        ],
      },
      // An explicit absence answers too: "no proprietary data yet".
      {
        all: [
          [
            'no proprietary data', 'no data of its own', 'no own data', 'no data moat', 'public data only', 'only public data', 'no data yet',
            'sem dados próprios', 'nenhum dado próprio', 'apenas dados públicos', '没有自有数据', '没有专有数据', '没有数据', '仅使用公开数据', '暂无数据',
          ],
        ],
      },
    ],
    // Only a memo about models, algorithms, training or data has a "where is your data?" question. The catalogue's
    // talk-around lines ("Trained on high-quality data.", "The team's algorithms are best in class.") must get the gap
    // on their own, so the scope is that vocabulary, not only "AI"; "business model" and "modelo de negócio" do not count.
    appliesIf: [
      'AI', 'A.I.', 'artificial intelligence', 'LLM', 'LLMs', 'GPT', 'AIGC', 'GenAI', 'machine learning', 'deep learning', 'neural',
      /(?<!\b(?:business|revenue|pricing|operating|financial|subscription|delivery|service|franchise|licensing|commercial)\s)\bmodels?\b/,
      /\balgorithms?\b/, /\btrain(?:s|ed|ing)?\b/, /\bfine-?tun\w*/,
      'IA', 'inteligência artificial', /\bmodelos?\b(?!\s+de\s+(?:negócios?|receita|precificação|assinatura|cobrança|gestão))/u, /\balgoritmos?\b/u,
      /\btreinad\p{L}*/u, '人工智能', '大模型', '模型', '算法', '训练', '智能体', '生成式', '机器学习', '深度学习',
    ],
    sections: ['Data', 'Product', 'Technology', 'Moat', 'Dados', 'Produto', 'Tecnologia', '数据', '产品', '技术', '壁垒'],
    lookedFor: 'a data source, owner, size or an explicit "no proprietary data" statement',
  },
} satisfies RuleSpec;
