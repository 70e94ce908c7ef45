import type { RuleSpec } from '../types';

/**
 * zhu/below-open-source-bar: Model company judged against domestic peers, not the best open-source model.
 * Triggers in the catalogue:
 * - {our / the company's model} + {best / leading / first / top tier among domestic or Chinese models, C-Eval / CMMLU / SuperCLUE rank, "GPT-3.5 level", "close to GPT-4"; PT melhor entre os modelos chineses, primeiro escalão; ZH 国内第一, 第一梯队, 国产最强, 榜单第一}.
 * - Fire only when the comparison set contains no open-source model: !{LLaMA / Llama, Mistral, Gemma, open-weight Qwen, DeepSeek, "open source", 开源, código aberto}.
 */
export default {
  id: "zhu/below-open-source-bar",
  kind: "red",
  title: "Model company judged against domestic peers, not the best open-source model",
  claim: "A model company is worth something only if it at least reaches the best open-source level, and has unique value only if it catches closed source; \"best among domestic models\" or \"GPT-3.5 level\" is not the bar.",
  severity: "warning",
  source: "zhu",
  passages: { zhu: ["p-beat-open-source-valuable", "p-open-source-bar", "p-team-open-source-level", "p-mna-who-willing"], interviewer: ["q-yang-team", "q-light-years-acquisition"], editor: ["e-domestic-level-slowing", "e-chinese-open-source-top"] },
  quote: {
    passages: ["p-open-source-bar", "p-beat-open-source-valuable"],
    en: "\"As for the progress of China's large models: if you catch up with open source, you at least still have a reason to exist; if you can't catch up with open source, there is no point; if you catch up with closed source, only then can you have unique additional value.\" […] \"They (Dark Side of the Moon) are ahead among domestic large models, but they still need to prove their long-term value by at least catching up with US open source. If they can surpass open source, it will be really valuable as a team.\" — Zhu Xiaohu",
  },
  questions: ["On the target tasks, how does the model compare with the best open-weight model available today?", "If it only reaches open-source level, how much would anyone pay to acquire the team (`p-team-open-source-level`)?"],
  openQuestion: "Compared with the best open-weight model on the target tasks, where does the model stand?",
  message: 'The model is measured against domestic peers ({evidence}); the bar is the best open-source model, and a model below it has no reason to exist.',
  match: {
    type: 'phrase',
    patterns: [
      // Self-evidently a domestic ranking of a model: "first among Chinese LLMs", "国产大模型第一".
      {
        all: [[
          /\b(?:ranks?|ranked|ranking|places?|placed|placing|sits?|is|comes?|came|finished|finishes)\s+(?:#?\d|first|second|third|top(?:[- ](?:three|3|five|5))?|number one|no\.?\s?1)\s+(?:among|of|in)\s+(?:the\s+|all\s+)?(?:domestic|chinese|china's|china’s|national|homegrown|home-grown)[\w-]*\s+(?:[\w'’-]+\s+){0,2}(?:models?|LLMs?|large models?|entrants|entries|labs?|lists?|leaderboards?|rankings?|benchmarks?)\b/,
          /\b(?:first|second|third|top|#\s?1|no\.?\s?1|number one)\s+among\s+(?:the\s+|all\s+)?(?:domestic|chinese|china's|china’s|homegrown|home-grown)[\w-]*\s+(?:[\w-]+\s+){0,2}(?:models?|LLMs?|entrants|entries|labs?|players)\b/,
          /(?:#\s?1|no\.?\s?1|number one|best|leading|top|strongest|top-ranked|highest-ranked)\s+(?:domestic|chinese|homegrown|home-grown|indigenous)[\w-]*\s+(?:[\w-]+\s+)?(?:models?|LLMs?|labs?|large models?|entrants?)\b/,
          /\b(?:China's|China’s|Chinese|domestic|national)\s+(?:first|top)[- ]tier\b/,
          /\b(?:China's|China’s)\s+(?:#\s?|No\.?\s?|number\s+)(?:1|2|3|one|two|three)\b/,
          /\b(?:China's|China’s)\s+(?:strongest|best|leading|top|most capable)\s+(?:[\w-]+\s+){0,2}(?:models?|LLMs?|labs?)\b/,
          /\b(?:first|top)[- ]tier\s+in\s+China\b/,
          /\b(?:top|best|leading|strongest)\s+(?:(?:two|three|five|ten|2|3|5|10)\s+)?(?:[\w-]+\s+){0,2}(?:domestic|chinese|homegrown)[\w-]*\s+(?:[\w-]+\s+){0,2}(?:models?|LLMs?|labs?|developers?|players?|entrants?)\b/,
          /\b(?:two|three|four|five|2|3|4|5)\s+(?:best|strongest|leading|top)\s+(?:[\w-]+\s+){0,2}(?:labs?|models?|LLMs?|developers?)\s+(?:in|of)\s+China\b/,
          /\b(?:melhores|maiores|principais|mais fortes)\s+(?:laboratórios|modelos|LLMs|desenvolvedores)\b[^.;]{0,40}\b(?:da|na) China\b/u,
          /\b(?:first|top|leading)\s+(?:echelon|tier|rank|group)\s+of\s+(?:the\s+)?(?:domestic|chinese|china's|china’s|homegrown)\b/,
          /(?:国产|国内)[^，。；]{0,8}模型中(?:排名|位列|位居|名列)?(?:靠前|第[一二三]|领先|前列|前[三五]|最强)/,
          /(?:国产|国内)[^，。；]{0,10}(?:评测|榜单|排行榜?)[^，。；]{0,4}(?:位列|排名|名列|排在|位居)?(?:第一|第二|前三|前五|前列|榜首)/, /\b(?:first|top)[- ]tier\s+(?:of\s+)?(?:Chinese|domestic)\s+(?:models?|LLMs?|labs?)\b/,
          /\bno other (?:Chinese|domestic) (?:model|LLM)/, /\b(?:leads|beats|outperforms|tops)\s+(?:every|all|each)\s+(?:other\s+)?(?:Chinese|domestic)\b/,
          /melhor(?:es)? (?:modelo|LLM)s? (?:chinês|chineses|nacional|nacionais|doméstico)/, /melhor entre os modelos (?:chineses|nacionais)/,
          /nenhum outro modelo (?:chinês|nacional|doméstico)/, 'primeiro escalão',
          // The comparison set named as domestic only: "benchmarked only against domestic peers".
          /\b(?:benchmark\w*|compar\w*|measured|tested|evaluated|scored)\s+only\s+(?:against|with|to|versus)\s+(?:\p{L}+\s+)?(?:domestic|Chinese|local|homegrown)\s+(?:peers|rivals|models|LLMs|labs|competitors|players)\b/u,
          /\b(?:comparad[oa]|medid[oa]|testad[oa])\s+(?:apenas|só|somente)\s+(?:com|contra)\s+(?:\p{L}+\s+)?(?:modelos|pares|rivais|concorrentes)\s+(?:chineses|nacionais|locais)\b/u, /只(?:和|与|跟)国内(?:同行|模型|大模型|竞品)(?:比|对比|比较)/u,
          /\bmais\s+(?:forte|potente|avançado|capaz)\s+entre\s+(?:as|os)\s+(?:startups|empresas|modelos|laboratórios|LLMs)\s+(?:chinesas|chineses|nacionais|domésticas|domésticos)\b/u,
          /\b(?:liderança|lidera|primeiro lugar|topo)\b[^.;]{0,50}\bentre os (?:modelos|LLMs)\s+(?:\p{L}+\s+){0,3}(?:chineses|nacionais|da China|na China|domésticos)/u, 'primeira linha nacional', 'entre os modelos chineses',
          'entre os modelos nacionais', 'entre os LLMs chineses',
          /(?:排名|位列|位居|名列|排在)(?:国产|国内)(?:大模型|模型)?(?:第一|第二|前三|前五|前列|首位)/, '国产第一', '国内前三', '国产前三',
          '国产大模型第一', '国产模型第一', '国内大模型第一', '国内第一', '国产最强', '国内最强', '第一梯队', '头部梯队', '国内领先',
          '国内大模型榜单', '榜单第一', '榜首', '没有其他国产模型', '无一国产模型',
          // "the strongest foundation model built in China", "best-in-China".
          /\b(?:strongest|best|most capable|most advanced|leading|top|top-ranked|highest-ranked|#\s?1|number one)\s+(?:[\w-]+\s+){0,3}(?:models?|LLMs?)\s+(?:(?:built|made|developed|trained|produced)\s+)?(?:in|from|out of)\s+China\b/,
          /\b(?:best|top|#1|number one|strongest)[- ]in[- ]China\b/,
          // "the highest of any model from a Chinese lab", "ahead of every other Chinese startup".
          /\b(?:highest|best|top|strongest|leading|first|most capable|ahead of|beats?|beating|outperform\w*)\b[^.;]{0,40}?\b(?:of|among|from|in)?\s*(?:any|all|every)\s+(?:other\s+)?(?:(?:Chinese|domestic|homegrown|home-grown|China-based)\s+(?:[\w-]+\s+){0,2}(?:models?|LLMs?|labs?|model (?:makers?|companies|startups)|entrants?|submissions?)\b|(?:[\w-]+\s+)?(?:models?|LLMs?|labs?|startups?|entrants?)\s+(?:from|built in|made in|in|developed in|out of)\s+(?:a\s+)?(?:Chinese|China|domestic)\b)/,
          // "leads the domestic pack".
          /\b(?:leads?|leading|tops?|topping|heads?|ahead of)\s+(?:the\s+)?(?:domestic|Chinese|local|home-grown|homegrown)\s+(?:pack|field|peers|competition|cohort|rivals|players|contenders)\b/,
          // "国内权威榜单中名列前茅", "在国产模型中处于领先地位".
          /(?:国产|国内)(?:[^，。；]{0,6}(?:模型|大模型|LLM)[^，。；]{0,6}(?:评测|榜单|排行榜?|测评|基准)?|[^，。；]{0,6}(?:模型|大模型|LLM)(?:评测|榜单|排行榜?|测评|基准)?|(?:权威)?(?:评测|榜单|排行榜?|测评|基准))[^，。；]{0,6}(?:名列前茅|居首|夺冠|登顶|排名靠前|靠前|领先地位|处于领先|第一梯队|头部)/,
          /(?:ocupa|está|ficou|aparece)\s+(?:entre\s+)?(?:o|os)\s+(?:primeiro|primeiros|três|cinco|dez)\s+(?:\p{L}+\s+){0,2}(?:do|dos|no|nos)\s+(?:ranking|rankings|placar)\s+(?:chin\p{L}+|nacional|nacionais|doméstico)/u,
        ]],
        // "wants to own both the best Chinese base model and the app" is the two-wheel plan (zhu/model-and-app).
        unless: ['both', 'wants to', 'aims to', 'aim to', 'aspires', 'ambition', 'plan to be', 'plans to be', 'app maker', 'at the same time'],
      },
      // A model (or its benchmarks) measured only against named domestic models or the GPT-3.5 mark.
      {
        all: [
          [
            'model', 'models', 'LLM', 'benchmark', 'benchmarks', 'evals', 'evaluation', 'scores', 'score', 'performance', 'quality',
            'leaderboard', 'C-Eval', 'CMMLU', 'SuperCLUE', 'OpenCompass', 'modelo', 'desempenho', 'ranking', 'provas', '模型', '大模型',
            '得分', '评测', '榜单', '能力', /(?<![A-Za-z0-9_])(?:C-Eval|CMMLU|SuperCLUE|OpenCompass)(?![A-Za-z0-9_])/,
          ],
          [
            /\b(?:overtak(?:e|es|en|ing)|overtook|eclips(?:e|es|ed|ing)|leapfrog(?:s|ged|ging)?|pull(?:s|ed)? ahead of|(?:is|are)\s+(?:stronger|better|higher)\s+than|stronger than|scores? above|scored above|beat(?:s|ing)?|ahead of|outperform(?:s|ed|ing)?|outscor(?:es|ed|ing)|surpass(?:es|ed|ing)?|exceed(?:s|ed|ing)?|leads?|tops?(?!\s+of\b)|ties with|ties|matches|matching|rivals|comparable to|on par with|competitive with|favou?rabl[ey] (?:against|with)|better than|edg(?:e|es|ed|ing) out|benchmark(?:s|ed|ing)? (?:itself|the model|it)\s+(?:\w+\s+)?against|in line with)\s+(?:the\s+|other\s+|latest\s+|releases\s+from\s+)*/,
            /\bcompar\w*\s+(?:\w+\s+){0,3}(?:only\s+)?(?:with|against|to)\b/, 'against which', 'wins against',
            'peer set', 'peer group', 'versus', 'vs', 'vs.', 'relative to', 'compared with', 'compared to', 'comparable to the latest releases from', 'supera', 'superou', 'empata com', 'à frente do', 'à frente de', 'comparável ao',
            '超过', '超越', '领先于', '优于', '比肩', '媲美', '持平',
          ],
          [
            '@domesticModel', 'ERNIE 4.0', 'ERNIE 4', 'Baichuan 2', 'Baichuan2', 'GLM-4', 'ChatGLM', 'Moonshot', 'Zhipu', 'Hunyuan',
            'SenseNova', 'Spark', 'domestic peers', 'domestic models', 'domestic rivals', 'other Chinese models', 'Chinese models',
            'Chinese closed models', 'domestic closed models', 'Chinese LLMs', 'domestic LLMs', 'modelos chineses', 'modelos nacionais',
            'domestic labs', 'Chinese labs', 'domestic alternatives', 'domestic competitors', 'domestic competition', 'local players', 'local models', 'local rivals', 'Chinese peers', 'Chinese rivals', 'Chinese competitors', 'Chinese startups', '国内同类模型', '国内同类', '国产同类', '国内竞品', /\b(?:Beijing|Shanghai|Hangzhou|Shenzhen|China)(?:'s|’s)\s+(?:big|major|leading|top)\s+labs?\b/,
            '文心', '文心4.0', '智谱', '百川', '混元', '国产模型', '国产大模型', '国内模型', '国内同行',
            /(?<![A-Za-z0-9_])(?:ERNIE|GLM-4|ChatGLM|Baichuan|Hunyuan|Kimi|SenseNova)/,
          ],
        ],
        within: 160,
      },
      // A model called the best, strongest or #1 within China: "best in class in China", "#1 among Chinese LLMs",
      // "one of the three strongest LLMs developed domestically", "o mais forte já desenvolvido na China".
      {
        all: [
          ['model', 'models', 'LLM', 'LLMs', 'checkpoint', 'modelo', 'modelos', '模型', '大模型'],
          [
            /(?:^|[^\w])(?:#\s?1|no\.?\s?1)(?![\w.])/, /\b(?:best|strongest|leading|number one|most capable|most advanced|most powerful|top-ranked|highest-ranked|best[- ]in[- ]class|best-performing|top-performing|top (?:two|three|five|2|3|5)|ranks? first|ranked first)\b/,
            /\b(?:o|a|os|as)\s+(?:\p{L}+\s+)?(?:mais forte|mais fortes|melhor|melhores|mais capaz|mais avançado|mais avançados|líder|líderes)\b/u, '最强', '第一', '最好', '领先', '顶尖',
          ],
          [
            /\b(?:in|inside|within|from|out of)\s+China\b/, /\b(?:developed|built|made|trained)\s+(?:domestically|in China|locally in China)\b/, /\bdomestically\b/,
            /\bamong\s+(?:all\s+|other\s+|the\s+)?(?:Chinese|domestic|homegrown|home-grown|China's|China’s)\b/, 'Chinese-built', 'China-built', 'made-in-China',
            /\b(?:na|da|feito na|desenvolvido na|desenvolvidos na)\s+China\b/u, /\b(?:from|out of|by)\s+(?:a\s+|any\s+)?(?:Chinese|domestic)\s+(?:startups?|labs?|compan(?:y|ies)|teams?|players?|developers?)\b/, 'local players', 'do país', 'no país', /\bentre os\s+(?:\p{L}+\s+)?(?:chineses|nacionais|domésticos)\b/u, '国内', '国产', '中国最', '全国',
          ],
        ],
        within: 100,
        unless: ['app', 'apps', 'aplicativo', 'revenue', 'receita', 'GPU', 'GPUs', 'chips', 'market share', 'customers', 'clientes', '收入', '客户', '应用'],
      },
      // A model ranked on a domestic leaderboard: "tops the SuperCLUE list", "#2 on OpenCompass's domestic list".
      {
        all: [
          ['model', 'models', 'LLM', 'LLMs', 'modelo', '模型', '大模型'],
          [
            /\b(?:ranks?|ranked|ranking|places?|placed|tops?(?!\s+of\b)|topped|leads?|led|first|second|third|#\s?[1-3]|no\.?\s?[1-3]|number one|top[- ](?:three|3|five|5|ten|10))\b/,
            /\b(?:primeiro|segundo|terceiro|lidera|liderou|topo)\b/, '第一', '第二', '前三', '榜首', '领先', '名列前茅', '登顶', '居首', '夺冠', '前列', /\b(?:among the|in the)\s+top\b/, /\b(?:melhores|primeiros)\b/,
          ],
          [
            'domestic list', 'domestic leaderboard', 'domestic leaderboards', 'Chinese leaderboard', 'Chinese leaderboards',
            'C-Eval', 'CMMLU', 'SuperCLUE', 'OpenCompass', 'FlagEval', /(?<![A-Za-z0-9_])(?:C-Eval|CMMLU|SuperCLUE|OpenCompass|FlagEval)(?![A-Za-z0-9_])/,
          ],
        ],
        within: 150,
      },
      // "与国内其他闭源模型相比……均不落下风": the negated inferiority is the claim.
      {
        all: [
          ['国内其他', '国产其他', '其他国产', '国内同类', '国内主流', '国产主流', '国内同行'],
          ['不落下风', '不逊于', '不输于', '不输给', '领先', '优于', '更强', '持平', '相当', '超过'],
        ],
        within: 80,
      },
      // Judged by the GPT-3.5 mark or "close to GPT-4".
      {
        all: [
          ['model', 'models', 'LLM', 'checkpoint', 'checkpoints', 'performance', 'quality', 'modelo', 'desempenho', '模型', '能力', '水平', '理解'],
          [
            /\bGPT-?3\.5(?:[- ]Turbo)?[- ](?:level|class|grade|parity|quality|like|equivalent|comparable|calibre|caliber|tier)\b/,
            /\b(?:competitive with|close to|near|nearing|approaching|just (?:below|under|behind|short of)|slightly (?:below|behind|under)|equal to|equals|same level as|equivalent to|comparable (?:to|with)|similar to|parity with|on (?:a )?par with|in line with|level with|as good as|matching|match(?:es|ed)?|rival(?:s|ed|ling)?|reach(?:es|ed|ing)?|hits?|around|roughly|approximately)\s+(?:the\s+)?(?:level of\s+|performance of\s+)?GPT-?3\.5\b/,
            /(?:equivalente|comparável|similar|semelhante|igual|próximo|par)\s+(?:a|ao|à)\s+(?:do\s+|de\s+)?GPT-?3\.5/, /(?:nível|patamar|altura)\s+(?:do\s+|de\s+)?GPT-?3\.5/,
            /(?:相当于|等同于|媲美|追平|对标)\s?GPT-?3\.5/, /\b(?:reaches|reached|matches|rivals|at|on par with|comparable to|close to|approaching|approaches|nears|near)\s+GPT-?3\.5\b/,
            /\b(?:close to|approaching|approaches|nears|near|nearing)\s+GPT-?4\b/, /\bnível (?:do )?GPT-?3\.5\b/,
            /se aproxima(?:ndo)? do GPT-?(?:3\.5|4)/, /próximo do GPT-?(?:3\.5|4)/, /(?:接近|达到|比肩|逼近)\s?GPT-?(?:3\.5|4)/, /与\s?GPT-?3\.5\s?(?:相当|持平|接近)/, /GPT-?3\.5\s?(?:水平|级别)/,
          ],
        ],
      },
    ],
    // The bar is cleared (or at least used) when the comparison includes the best open-weight models;
    // an application company fine-tuning its own model is not a model company.
    unless: [
      // The catalogue's open-source set: the leading open-weight families, not every open checkpoint
      // (beating Baichuan2 or ChatGLM3-6B is still a domestic comparison).
      'LLaMA', 'Llama', 'Llama 2', 'Llama 3', 'Llama 3.1', 'Llama2', 'Llama3', 'Mistral', 'Mixtral', 'Gemma', 'Qwen2', 'Qwen2.5',
      'Qwen 2', 'Qwen 2.5', 'Qwen3', 'Qwen-72B', 'Qwen2.5-72B', 'DeepSeek', 'DeepSeek-V2', 'DeepSeek-V3', 'DeepSeek-R1',
      'open source', 'open-source', 'open-weight', 'open weight', 'open weights', 'open checkpoints', 'open checkpoint',
      'open models', 'open model', 'código aberto', 'pesos abertos', 'modelos abertos', '开源',
      /(?<![A-Za-z0-9_])(?:Llama|LLaMA|DeepSeek|Qwen2|Qwen3|Mistral|Gemma)/,
      'fine-tuned', 'fine-tune', 'fine-tuning', 'ajuste fino', '微调',
      // Statements about domestic models as a class, cited from a survey, are market context.
      'as a group', 'survey', 'industry report', 'em conjunto', '整体',
    ],
  },
} satisfies RuleSpec;
