import type { RuleSpec } from '../types';

/**
 * zhu/model-will-subsume: Betting on a gap the next model release will close.
 * Triggers in the catalogue:
 * - {differentiator / moat / core IP / key technology / value; PT diferencial, fosso; ZH 核心技术, 壁垒, 护城河}
 * - + {capability on the model roadmap}: context length / window / token limit, long documents, reasoning, chain-of-thought prompting, algorithmic hallucination fix, memory, image control / consistency, code completion or generation, translation quality, summarisation, prompt optimisation, multimodal understanding; PT limite de contexto, raciocínio, alucinação; ZH 上下文长度, 长文本, 推理能力, 幻觉, 提示词工程, 多模态.
 * - !{human review, manual correction, workflow integration, outsourced team, customer's systems}.
 */
/** What the memo says the company's value is. */
const VALUE = [
  'differentiator', 'differentiators', 'differentiation', 'differentiated', 'moat', 'core IP', 'core technology', 'core tech',
  'key technology', 'the IP', 'its IP', 'our IP', /\b(?:key|core|main|chief)\s+IP\b/, /\b(?:main|core|key|real|primary|chief|whole)\s+value\b/, 'sets the product apart', 'sets it apart',
  'what sets', 'stands out', 'key differentiator', 'secret sauce', 'value proposition', 'value lies', 'its value', 'our value',
  'the value', 'selling point', 'selling points', 'headline feature', 'main feature', 'key feature', 'flagship feature',
  'killer feature', 'what customers pay for', 'customers pay for', 'competitive edge', 'edge', 'USP', 'proprietary',
  'core advantage', 'advantage', 'the product’s value', "product's value", 'pitch', 'technical barrier', 'barrier to entry',
  'entry barrier', 'investment case', 'the bet', 'R&D budget', 'R&D spend', 'R&D effort',
  // Where the case rests and why customers choose it: "the defensibility thesis rests on", "they win on memory",
  // "customers pick the product because", "o que diferencia o produto".
  'differentiat*', 'distinctive', 'defensibility', 'defensible', 'win on', 'main asset', 'key asset', 'core asset', 'wedge', 'the wedge', 'cunha', '切入点', 'value most', 'values most', 'customers value', 'wins on', 'winning on',
  'customers pick', 'customers choose', 'users pick', 'users choose', 'reason to buy', 'why customers',
  'diferencia*', 'o que distingue', 'destaca', 'clientes escolhem', '区别于', '之所以选择', '客户选择', '胜在', '取胜',
  'diferencial', 'diferenciais', 'fosso', 'vantagem', 'valor do produto', 'valor da empresa', 'proposta de valor',
  'tecnologia central', 'tecnologia proprietária', 'principal ativo', 'sistema próprio', 'próprio', 'própria', 'barreira',
  'cobra por', 'cobra justamente', 'clientes pagam por', 'charges for',
  '核心技术', '核心能力', '核心竞争力', '壁垒', '护城河', '卖点', '差异化', '产品价值', '价值在于', '价值主要', '价值来自', '主打', '优势', '自研', '独家', '核心资产',
];

/** Capabilities on every foundation model's roadmap (context, reasoning, memory, control, code, translation …). */
const CAPABILITY = [
  /\bcontext[\s-]+(?:window|length|limit|ceiling|cap|size|compression|extension)s?\b/, 'entire codebases', 'production code', 'coding', 'token limit', 'token ceiling', 'token-ceiling',
  /\b\d{2,3}K(?:[- ]token)?(?: context| ceiling| limit| window)?\b/, 'long context', 'long-context', 'longer context',
  'long documents', 'longer documents', 'long document', 'long filings', 'long contracts', /\b\d[\d,]*-page\b/,
  /\b\d[\d.]*\s+páginas\b/, /\d+页/,
  /\breasoning\b(?!\s+(?:models?|LLMs?|engines?))/, 'reason better', 'reason more', 'reason through', 'chain-of-thought', 'chain of thought', 'multi-step', 'multistep',
  'maths accuracy', 'math accuracy', 'maths', 'self-consistency', 'hallucination', 'hallucinations', 'anti-hallucination',
  // Hallucination in other words, and the context window named indirectly: "inventing citations", "cannot fit in its window".
  /\b(?:invent\w*|fabricat\w*|making\s+up|makes\s+up|made[\s-]up)\s+(?:\w+\s+)?(?:citations?|facts?|sources?|references?|numbers|figures|cases|answers)\b/, /\bfit\s+(?:in|into|within)\s+(?:its|the|their|a)\s+(?:context\s+)?window\b/,
  /\blembr\p{L}*/u, 'inventar fatos', 'inventar citações', '编造', '捏造',
  'hallucination-free', 'fact check', 'fact-check', 'long-term memory', 'memory module', 'memory layer', 'memory system',
  'persistent memory', 'memory for', 'long-term recall', 'recall them', 'remember*', 'consistency engine', 'consistent characters',
  'consistent across', 'same face', 'same character', 'looking the same', 'visual consistency', 'style consistency',
  'character consistency', 'image consistency', 'image control',
  // Consistency of generated images and video: "consistent character faces", "keeps the same product look across shots".
  /\bconsistent\s+(?:[\w-]+\s+){0,2}(?:faces?|characters?|styles?|looks?|identit(?:y|ies)|poses?|outfits?|products?)\b/, 'face consistency',
  /\b\d{1,4}[Kk](?:[- ]token)?\s+(?:context|window|limit|ceiling)\b/, 'code review', 'code reviews', 'code suggestions', 'writes code',
  'unit tests', 'test generation', 'revisão de código', '代码审查', '代码补全', '图表', '复杂表格', '表格理解', '读懂表格', 'gráficos', 'tabelas complexas',
  /(?:形象|人物|角色|风格|画面|人脸|脸)[^，。；]{0,12}(?:保持一致|一致性|统一)/u,
  'identity preservation', 'same look', 'on-model', 'rosto consistente', 'rostos consistentes', 'mesmo rosto', '人脸一致', '画风一致', '风格一致', 'precise control', 'controllable', 'code completion',
  'code generation', 'generates code', 'text-to-SQL', 'to-SQL', 'into SQL', 'SQL', 'translation quality', 'LLM translation',
  'machine translation', 'translation', 'summary quality', 'summaries', 'summarisation', 'summarization', 'summariser',
  'summarizer', 'prompt optimisation', 'prompt optimization', 'prompt-optimisation', 'prompt-optimization',
  /\b(?:chart|table|diagram|graph|figure)s?\s+(?:and\s+(?:chart|table|diagram|graph|figure)s?\s+)?(?:reading|understanding|parsing|extraction|comprehension)\b/,
  'multimodal understanding', 'multimodal', 'charts and tables', 'charts', 'read images', 'image understanding', 'images poorly',
  'limite de contexto', 'janela de contexto', 'contratos longos', 'documentos longos', 'raciocínio', 'raciocinar', 'raciocine',
  'alucinação', 'alucinações', 'memória', 'tradução', 'resumo', 'resumos', 'geração de código', 'código SQL', 'mesmo personagem',
  'personagem consistente', 'consistência',
  '上下文', '长文本', '长文档', '超长', /推理(?!成本|服务|算力|集群|芯片|速度|延迟|部署|费用|卡|框架|引擎)/, '思维链',
  /(?<![A-Za-z])SQL(?![A-Za-z])/, '幻觉', '提示词工程', '提示词优化', '多模态', '长期记忆', '记忆',
  '代码生成', '翻译质量', '摘要', '一致性', '可控', '固定人物', '人物一致', '角色一致', '固定构图',
];

/** The model itself. */
const MODEL = [
  '@frontierModel', 'model', 'models', 'LLM', 'LLMs', 'GPT-4V', 'modelo', 'modelos', '模型', '大模型',
  /(?<![A-Za-z0-9_])(?:GPT-?4[oV]?|GPT|ChatGPT|Claude|Gemini|LLM)(?![A-Za-z0-9_])/,
];

export default {
  id: "zhu/model-will-subsume",
  kind: "red",
  title: "Betting on a gap the next model release will close",
  claim: "The product's core value is something foundation models will soon do completely by themselves (longer context, better reasoning, controllable images, code), so the work will be \"subverted\" by the next release.",
  severity: "warning",
  source: "zhu",
  passages: { zhu: ["p-do-what-ai-cannot", "p-hallucination-workflow"], interviewer: ["q-sora-impact"], editor: ["e-model-capabilities-grew", "e-misjudge-direction"] },
  quote: {
    passages: ["p-do-what-ai-cannot"],
    en: "\"You must do things that AI cannot do 100% — that is the opportunity for China. Whatever large models can do 100% will soon be subverted; what you are doing now [if it is that] is a waste.\" — Zhu Xiaohu",
  },
  questions: ["Which of your core capabilities will the next GPT, Claude, Gemini or open-source release provide natively? What is left when it does?", "Which part of the customer's outcome will always need workflow integration, manual correction or fine-tuning? (Zhu: hallucinations and bias make that unavoidable, `p-hallucination-workflow`.)"],
  openQuestion: "Which core capability will the next model release provide natively, and what remains when it does?",
  message: 'Core value is a gap in today\'s models ({evidence}); what the next model release does by itself will be subverted.',
  match: {
    type: 'phrase',
    patterns: [
      // A claim of value (differentiator, moat, core technology, selling point) resting on a capability
      // that is on every model's roadmap.
      { all: [VALUE, CAPABILITY], within: 130 },
      // Improving, beating or working around a model's own capability: "makes the base model reason
      // better", "lifts GPT-4o's maths accuracy", "melhora o raciocínio do GPT-4", "突破大模型上下文长度限制".
      {
        all: [
          [
            /\b(?:makes?|making|lets?|letting|helps?|enables?)\s+(?:the\s+|off-the-shelf\s+|base\s+|underlying\s+|foundation\s+|general\s+|[\w-]+\s+){0,3}(?:models?|LLMs?|GPT-?4o?|ChatGPT|Claude|Gemini)\b/,
            /\b(?:better|more accurately|more reliably|higher quality)\s+than (?:the\s+|what\s+)?(?:base\s+|underlying\s+|foundation\s+|current\s+|off-the-shelf\s+|vanilla\s+|general-purpose\s+)?(?:models?|LLMs?|GPT-?4[oV]?|ChatGPT|Claude|Gemini)\b/,
            /\b(?:beats?|beating|outperforms?|outperforming|surpass(?:es|ing)?|exceeds?)\s+(?:the\s+)?(?:(?:vanilla|off-the-shelf|base|underlying|raw|plain)\s*)?(?:models?|LLMs?|GPT-?4[oV]?|ChatGPT|Claude|Gemini)\b/,
            /\bsqueez\w*\s+(?:better|more)\b/, /\b(?:lifts?|raises?|boosts?|improves?|increases?)\s+(?:the\s+)?(?:base model's|model's|GPT-?4o?'s|Claude's|LLM's|models')/,
            'than the underlying model', 'than the base model', 'than GPT-4', 'than current models', 'models lack', 'model lacks',
            'models still get wrong', 'still gets wrong', 'beyond the limit', 'far longer than', 'despite its', 'overcome', 'overcomes',
            'work around', 'works around', 'get around', 'gets around', 'bypass', 'bypasses', 'extends', 'beats single-shot',
            'improves', 'improve', 'enhances', 'boosts', 'lifts', 'out of the base model', 'out of the model',
            'melhora', 'melhorar', 'aprimora', 'contorna', 'contornar', 'supera o limite', 'além do limite', 'melhor do que o',
            'além da janela', 'muito além', 'além do que',
            '提升', '增强', '突破', '绕过', '弥补', '做不到', '超越', '比基座模型', '比大模型', '比通用模型', '让大模型', '让模型', '使大模型', '帮大模型',
          ],
          [...CAPABILITY, 'reason', 'code', 'traduzir', 'traduz', 'resumir', '保持一致', 'summarises', 'summarizes', 'summarise', 'summarize', 'control over', 'consistency', 'accuracy'],
          MODEL,
        ],
        within: 160,
      },
      // The gap stated as today's models' limit: "something today's 128K-token models cannot do natively",
      // "whereas current image models drift". The limit words are triggers, not a negation of the claim.
      {
        all: [
          VALUE,
          CAPABILITY,
          [
            /\b(?:models?|LLMs?|chatbots?|assistants?|GPT-?4[oV]?|ChatGPT|Claude|Gemini|they|it)\s+(?:still\s+)?(?:cannot|can't|can ?not|are unable to|is unable to|fail to|fails to|struggle to|struggles to|do not|don't|does not|doesn't)\s+(?:yet\s+)?(?:\w+\s+){0,2}?(?:do|handle|process|read|manage|match|achieve|remember|reason|follow|keep|get|fit)\b(?:\s+(?:this|that|it|right))?(?:\s+(?:natively|reliably|yet|today|well|on (?:their|its) own|by (?:themselves|itself)))?/,
            /\bwhereas (?:current|today's|today’s|existing|off-the-shelf|general-purpose)\s+(?:[\w-]+\s+)?models?\b/,
            /\b(?:today's|today’s|current|existing)\s+(?:[\w-]+\s+)?models?\s+(?:\w+\s+){0,3}(?:poorly|badly|weakly|unreliably)\b/,
            /\b(?:modelos?|LLMs?|chatbots?)\b(?:\s+\p{L}+){0,2}\s+(?:ainda\s+)?não\s+(?:\p{L}+\s+){0,2}?(?:oferecem|oferece|fazem|faz|conseguem|consegue|resolvem|resolve|sabem|têm|tem|suportam)\b(?:\s+(?:nativamente|sozinhos?|bem))?/u, /\b(?:models?|chatbots?|assistants?|LLMs?) (?:drift|forget|hallucinate)\b/,
            'models lack', 'model lacks', 'current models lack',
            /\bmodel(?:os)?\b[^.;]{0,30}?\bainda não (?:\p{L}+\s+){0,2}?(?:fazem|faz|conseguem|consegue|resolvem|resolve|sabem)\b(?:\s+sozinhos?)?/u,
            '短板', '做不到', '无法做到', '还做不到', '无法原生支持',
          ],
        ],
        within: 220,
      },
      // "remembers conversations from months ago": the time words belong to the capability, not a past state.
      { all: [VALUE, [/记住[^，。；]{0,12}(?:对话|内容|偏好|信息)/, /\bremember\w*\s+(?:\w+\s+){0,4}from (?:weeks|months|years) ago\b/, /\blembr\p{L}*\s+(?:\p{L}+\s+){0,4}de (?:semanas|meses|anos) atrás/u]], within: 130 },
      // "… hallucination detection that flags wrong answers without human input": the automation is the claim.
      {
        all: [
          VALUE,
          CAPABILITY,
          [/\b(?:without|with no|no need for)\s+(?:any\s+)?(?:human|manual|people|expert)\s*(?:input|review|intervention|involvement|oversight|in the loop|checks?)?\b/, /\bsem (?:intervenção|revisão) humana\b/, '无需人工', '不需要人工', '无需人工干预'],
        ],
        within: 200,
      },
    ],
    // People and workflow around the model are Zhu's opportunity (zhu/green/value-beyond-model); a memo
    // that treats model upgrades as a tailwind has already answered the question.
    unless: [
      'human review', 'human reviewers', 'reviewers', 'manual correction', 'manually', 'corrected by', 'annotators', 'outsourced',
      'workflow integration', 'checked by', 'reviewed by', 'verified by', 'approved by', 'minor feature', 'side feature',
      'small part', 'minor part', "customer's systems", 'customers’ systems', 'ERP', 'model upgrade', 'model upgrades',
      'each model release', 'every model release', 'free quality boost', 'tailwind', 'model-agnostic', 'model agnostic',
      // Model progress as a tailwind: "model improvements in reasoning only make the product better".
      /\b(?:model|models|LLM)\s+(?:improvements?|progress|upgrades?|advances?)\b/iu, 'better models', 'as models improve',
      'as models get better', 'make the product better', 'makes the product better', 'benefits from', 'benefit from',
      /\b(?:next|new|newer|future|each|every)\s+(?:model|models|release|releases|generation)\b[^.;]{0,40}?\b(?:lowers?|cuts?|reduces?|only helps?)\s+(?:our|its|the company['’]s|their)\s+(?:cost|costs|COGS)\b/u,
      'modelos melhores', 'à medida que os modelos', '受益于', '模型越强', '模型进步',
      'revisão humana', 'revisores', 'correção manual', 'manualmente',
      '人工审核', '人工校对', '人工修正', '人工复核', '人工', '外包', '工作流集成',
    ],
  },
} satisfies RuleSpec;
