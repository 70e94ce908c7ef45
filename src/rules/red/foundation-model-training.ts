import type { RuleSpec } from '../types';

/**
 * zhu/foundation-model-training: Startup pre-training its own general foundation model.
 * Triggers in the catalogue:
 * - {pre-train, train from scratch, own / proprietary foundation or base model, general-purpose LLM, GPT-4-class, GPT-4 parity; PT pré-treinar, modelo fundacional próprio, treinar do zero; ZH 预训练, 自研大模型, 基座模型, 通用大模型, 从零训练, 对标GPT-4}
 * - + {budget / use of funds / GPU cluster / thousands of GPUs / tens or hundreds of billions of parameters / trillions of tokens / US$ tens of millions; ZH 千亿参数, 万卡, 算力投入}.
 * - !{fine-tune, LoRA, open weights, continued pre-training of an open model with a small budget}.
 */
export default {
  id: "zhu/foundation-model-training",
  kind: "red",
  title: "Startup pre-training its own general foundation model",
  claim: "A startup that plans to spend tens of millions of dollars pre-training a GPT-4-class general model risks having the spend made worthless when someone open-sources an equivalent; only the giants (and governments) can fund that race, and China can follow at an order of magnitude less cost.",
  severity: "warning",
  source: "zhu",
  passages: { zhu: ["p-gpt4-research-cost", "p-gpt4-not-gpt5", "p-open-source-wastes-spend", "p-giants-must-do-it", "p-regret-gpt4-dilemma", "p-daring-to-smash-money", "p-200-models", "p-china-follow-order-less", "p-research-needs-giants-govt", "p-7-trillion", "p-us-base-huge", "p-knew-it-wont-work", "p-no-chance-no-talk"], interviewer: ["q-gpt5", "q-everyone-talks", "q-regret", "q-agi-dreams", "q-when-decided", "q-china-us-gap", "q-met-each"], editor: ["e-gpt4-training-cost", "e-moonshot-stopped-pretraining", "e-zero-one-pivot", "e-zhu-forum-no-independent"] },
  quote: {
    passages: ["p-gpt4-research-cost", "p-gpt4-not-gpt5", "p-open-source-wastes-spend"],
    en: "\"The point is, let me ask you a very practical question right now: do you want to invest in research? You will do scientific research of at least 40 to 50 million US dollars.\" [Interviewer: \"(Research) for GPT-5?\"] \"No, for GPT-4!!! GPT-5 costs hundreds of millions of dollars!\" […] \"The question is: what if you spend 40 to 50 million dollars to produce it and someone else open-sources it? Aren't you doing it all for free [i.e. for nothing]? That is a very practical problem. Now, of most companies in China, how many dare to really spend money developing GPT-4?\" — Zhu Xiaohu\n\nAnd `p-regret-gpt4-dilemma`: \"Do you do GPT-4 or not? If you don't, what's the difference between you and the others; if you do, in case others open-source GPT-4, you'll regret it.\"",
  },
  questions: ["How much of the round goes to pre-training compute, and what is that spend worth if an equivalent open model is released?", "Do you do GPT-4 or not? If not, how are you different; if yes, how do you survive an open-source release?", "Why should a startup rather than a giant fund this, when following costs an order of magnitude less (`p-china-follow-order-less`)?"],
  openQuestion: "What is the pre-training spend worth if an equivalent open-source model is released? Do you do GPT-4 or not?",
  message: 'Plans to pre-train its own general model ({evidence}); what is that spend worth the day an equivalent model is open-sourced?',
  match: {
    type: 'phrase',
    patterns: [
      // Unmistakable: training a general / base / foundation model of its own, from scratch, GPT-4-class.
      {
        all: [[
          /\btrain(?:s|ing|ed)?\s+(?:(?:a|an|its|their|our|the company's|the company’s)\s+)?(?:own\s+)?(?:[\w-]+\s+){0,3}(?:base|foundation|foundational|general[- ]purpose|general)\s+(?:language\s+)?(?:model|LLM)s?\s+(?:from scratch|from zero|in-house)\b/,
          /\btrain(?:s|ing|ed)?\s+(?:its|their|our|the company's|the company’s)\s+own\s+(?:[\w-]+\s+){0,2}(?:base|foundation|foundational|general|large language|frontier)\s+(?:language\s+)?(?:model|LLM)s?\b/,
          /\b(?:from scratch|from zero)\b[^.;]{0,60}\b(?:base|foundation|foundational|general|GPT-4-class|large language)\s+(?:language\s+)?(?:model|LLM)/,
          /\b(?:base|foundation|foundational|general[- ]purpose|general)\s+(?:language\s+)?(?:model|LLM)s?\b[^.;]{0,40}\bfrom (?:scratch|zero)\b/,
          /\btrain(?:s|ing|ed)?\s+(?:a|an|its own|our own|their own)\s+(?:\d+B[- ]parameter\s+|(?:[\w-]+\s+){0,2})(?:LLM|large language model|language model|large model)s?\s+from (?:scratch|zero)\b/,
          /\b\d{2,4}B[- ]param(?:eter)?s?\s+(?:[\w-]+\s+)?(?:LLM|model|base model|foundation model)\s+from (?:scratch|zero)\b/,
          /\bGPT-?4[- ](?:class|level|grade|equivalent)\s+(?:foundation\s+|base\s+|general\s+)?(?:model|LLM)\b[^.;]{0,40}\b(?:in-house|from scratch|from zero|of its own|of our own)\b/,
          /\b(?:build|building|builds|develop|developing|train|training)\s+(?:a|an|its own|our own)\s+GPT-?4[- ](?:class|level|grade|equivalent)\s+(?:foundation\s+|base\s+|general\s+)?(?:model|LLM)\b/,
          'pré-treinar um modelo fundacional', 'pré-treinamento de um modelo fundacional', 'treinar do zero', 'treinando do zero',
          'treinado do zero', 'treina do zero', 'modelo fundacional próprio', 'modelo de linguagem geral próprio', 'modelo base próprio',
          '从零训练', '从零开始训练', '从零预训练', '从头训练', '从头预训练', '自研千亿', '自研万亿', '训练自己的基座', '训练自有基座', '自训基座', '基座大模型的预训练', '通用大模型的预训练',
          '对标GPT-4的', '对标 GPT-4', '自研基座', '自研的基座', '自研预训练', '预训练基座', '预训练一个基座', '预训练通用', '自研通用大模型',
          /\bfrom[- ](?:scratch|zero|the ground up)\s+(?:pre-?)?training\b/,
          /\btrain\w*\s+(?:a|an|its own|our own|their own)\s+\d{1,4}B\b[^.;]{0,30}\bmodel\b[^.;]{0,20}\bfrom (?:scratch|zero|random initiali[sz]ation)\b/,
          /\b(?:build|building|builds|train|training|trains|develop|developing|develops|create|creating)\s+(?:a|an|the|its own|our own|their own)\s+(?:Chinese|China['’]s|domestic|homegrown|home-grown|local)\s+(?:GPT-?4o?|GPT-?5|OpenAI|Claude)\b/,
          /\b(?:China|Brazil|Asia)['’]s\s+(?:own\s+)?(?:GPT-?4o?|GPT-?5)\b/, /\bo\s+GPT-?4\s+(?:chinês|brasileiro)\b/u, /中国版\s?(?:GPT|ChatGPT|OpenAI)/u,
          /\bfrom random initiali[sz]ation\b/, /\b(?:pre-?train\w*|train\w*)\b[^.;]{0,60}\bfrom the ground up\b/,
          /\bfrom the ground up\b[^.;]{0,40}\b(?:base|foundation|foundational|general)\s+(?:language\s+)?(?:model|LLM)/,
          /\b(?:base|foundation|foundational|general(?:[- ]purpose)?)\s+(?:language\s+)?(?:model|LLM)s?\b[^.;]{0,30}\bfrom the ground up\b/,
          // PT "um LLM próprio do zero", "do zero um modelo fundacional" (not "modelo de negócio do zero").
          /\b(?:LLM|modelo (?:base|fundacional|geral|de linguagem))\b[^.;]{0,30}\bdo zero\b/u, /\bdo zero\b[^.;]{0,30}\b(?:LLM|modelo (?:base|fundacional|geral|de linguagem))\b/u,
          /\b(?:build|develop|create)\w*\s+(?:its|their|our)\s+own\s+(?:[\w-]+\s+){0,2}(?:base|foundation|foundational|general|frontier)\s+(?:language\s+)?(?:model|LLM)s?\s+from the ground up\b/,
        ]],
        // "trains its own foundation model and ships the consumer chat app" is the two-wheel plan
        // (zhu/model-and-app); with a budget or scale it is also this rule (patterns below).
        unless: ['app', 'apps', 'chat app', 'consumer', 'to-C', 'DAU', 'MAU', 'aplicativo', 'C端', '应用', 'App'],
      },
      // Pre-training, a general model or a model of its own, plus the scale that makes it a foundation-model
      // bet: money, compute, GPUs, parameters, tokens, use of proceeds.
      {
        all: [
          [
            'pre-train', 'pre-trains', 'pre-training', 'pretraining run', 'general-model pre-training', 'general-purpose model',
            'general-purpose LLM', 'general LLM', 'general foundation model', 'general model', 'general language model',
            'GPT-4-class', 'GPT-4 class', 'GPT-4-level', 'GPT-4 level', 'GPT-4 parity', 'parity with GPT-4', 'reach GPT-4',
            'match GPT-4', 'catch up with GPT-4', /\b(?:base|foundation|general)[- ]model (?:pre-?)?training\b/,
            'frontier-scale', 'frontier scale', 'from-scratch', 'in-house model trained', 'close the gap with GPT-4', 'close the gap with GPT-4o',
            /\bfunds?\s+(?:the\s+|a\s+|its\s+)?(?:[\w-]+\s+){0,2}(?:foundation|base|general)\s+model/,
            /\b(?:second|third|next)[- ]generation\s+(?:foundation|base|general)\s+model/,
            // Frontier-class models, training runs and the company's own base model, with a scale below:
            // "US$30-50M on GPUs to build a frontier-class model", "a training run on 2,000 H800s".
            /\b(?:frontier|GPT-?4o?|GPT-?5)[- ](?:class|level|grade|tier|scale)\s+(?:foundation\s+|base\s+|general\s+)?(?:model|LLM)s?\b/,
            'training run', 'training runs', 'pre-training run', 'compute budget', 'training compute', 'GPU budget',
            /\btrain(?:ing|s|ed)?\s+(?:of\s+)?(?:the|its|their|our)\s+(?:company['’]s\s+)?(?:own\s+)?(?:first\s+|next\s+|flagship\s+)?(?:base|foundation|foundational|general)\s+(?:language\s+)?(?:model|LLM)s?\b/,
            /\btreinamento\s+(?:d[oe]\s+)?(?:seu\s+|um\s+|próprio\s+)?modelo\s+(?:base|fundacional|geral)\b/u, 'rodada de treinamento',
            '训练基座', '基座训练', '训练通用大模型', '算力预算', '训练预算',
            /\b(?:own|in-house|proprietary|home-grown|homegrown|self-developed|self-trained)\s+(?:[\w-]+\s+){0,2}(?:base|foundation|foundational|general|frontier)\s+(?:language\s+)?(?:model|LLM)s?\b/,
            /\b(?:base|foundation|foundational|frontier)\s+(?:language\s+)?(?:model|LLM)s?\s+(?:of (?:its|their|our) own|in-house)\b/,
            // Training a model of its own, with the scale group below: "training their own 100B+ model".
            /\b(?:train\w*|build\w*|develop\w*)\s+(?:its|their|our)\s+own\s+(?:[\w+-]+\s+){0,2}(?:model|LLM)s?\b/,
            /\btreina\p{L}*\s+(?:de\s+)?(?:um|o|seu|nosso|próprio)\s+(?:próprio\s+)?(?:modelo (?:base|fundacional|geral)|LLM)/u, 'modelo base próprio',
            'pré-treino', 'pré-treinar', 'pré-treinamento', 'pré-treinando', 'pré-treinou', 'modelo fundacional próprio',
            'modelo de linguagem geral', 'modelos de linguagem gerais', 'nível GPT-4', 'desempenho do GPT-4', 'nível do GPT-4',
            /paridade com o GPT-?4/, /alcançar o GPT-?4/,
            '预训练', '通用大模型', '通用模型', '自研模型', '自研大模型', '自研基座', '自研的基座', '自有基座', '自研通用大模型', '对标GPT-4', '对标GPT4',
            /(?<![A-Za-z0-9_])GPT-?4(?:级别|水平|级)/,
          ],
          [
            'use of proceeds', 'use of funds', 'proceeds', 'this round', 'the round', 'round', 'raise', 'raising', 'budget', 'capex',
            'training budget', 'headcount', 'research staff', 'leased compute', 'GPU hours',
            'compute', 'GPU', 'GPUs', 'H100', 'H100s', 'A100', 'A100s', 'H800', 'H800s', 'H20', 'GPU cluster', 'cards',
            // Accelerator counts by model name: "4,000 A800s", "2,048 Ascend 910Bs", "512 H200s".
            /\b\d[\d,.]*\s*(?:k\s+)?(?:Nvidia\s+|Huawei\s+)?(?:A\d{2,3}|H\d{2,3}|L40S?|B\d{3}|GB\d{3}|Ascend(?:\s+910[BC]?)?|910[BC])s?\b/, 'A800', 'A800s', 'H200', 'H200s', 'Ascend', '昇腾',
            /\b\d[\d.,]*\s?(?:B|bn|billion|T|trillion)[- ]?(?:parameters?|params?|tokens?)\b/, /\b\d{2,4}B\b/,
            'trillion tokens', 'billion parameters', 'billions of parameters', 'trillions of tokens', 'tens of millions', 'hundreds of millions',
            'thousands of GPUs', '@amount',
            'rodada', 'recursos', 'captação', 'orçamento', 'bilhões de parâmetros', 'trilhões de tokens', 'cluster de',
            '融资', '本轮', '算力', '万卡', '千卡', '显卡', '千亿参数', '万亿参数', '亿参数', '千亿', '万亿', '亿美元', '万美元', '亿元',
            /投入\s?\d/, '算力投入',
            /(?<![A-Za-z0-9_])GPU/, /\d+(?:T|万亿)\s?(?:token|tokens)/,
          ],
        ],
      },
      // A base or foundation model trained on web-scale data: "a foundation model trained on 5 trillion tokens".
      {
        all: [
          ['base model', 'foundation model', 'foundational model', 'frontier model', 'modelo fundacional', '基座模型', '基座大模型', '底座模型'],
          ['trained on', 'training on', 'trains on', 'train on', 'treinado com', 'treinado em', '训练'],
          [/\b\d[\d.,]*\s?(?:T|trillion)\s?tokens?\b/, 'trillion tokens', /\b\d{2,4}B\b/, 'billion parameters', 'GPUs', 'cluster', 'trilhões de tokens', '万亿', '千亿', '万卡'],
        ],
      },
      // Pre-training a general model, even without a budget: "a full pre-training run for a generalist model".
      {
        all: [
          ['pre-train', 'pre-trains', 'pre-training', 'pretrain', 'pretraining', 'pré-treinar', 'pré-treinamento', 'pré-treino', '预训练'],
          [
            'generalist model', 'general model', 'general-purpose model', 'general LLM', 'general-purpose LLM', 'general foundation model',
            'modelo geral', 'modelo de linguagem geral', 'modelo generalista', '通用大模型', '通用模型', '多语种通用',
          ],
        ],
        within: 80,
        // "trains its own general model and ships the consumer app" is zhu/model-and-app's claim.
        unless: ['app', 'apps', 'chat app', 'consumer', 'to-C', 'DAU', 'MAU', 'aplicativo', 'C端', 'App'],
      },
      // "a foundation model intended to rival GPT-4": the verb belongs to the claim, not to a third party.
      {
        all: [
          [/\b(?:rival|rivals|rivalling|rivaling|match|matches|beat|beats|catch up with|catches up with)\s+GPT-?4\w*/],
          ['pre-train', 'pre-training', 'training', 'train', 'foundation model', 'base model', 'general model', 'own model', 'proprietary model'],
        ],
        within: 120,
      },
      // "to avoid dependence on third parties", "rather than rely on anyone else's weights": a purpose or
      // contrast that belongs to the claim, not a negation of the training plan.
      {
        all: [
          [
            /\b(?:train|build|develop)(?:s|ing)?\s+(?:its|their|our|the company's|the company’s)\s+own\s+(?:[\w-]+\s+){0,2}(?:base|foundation|foundational|general|large language|frontier)\s+(?:language\s+)?(?:model|LLM)s?\b/,
            'próprio modelo fundacional', 'modelo fundacional próprio', 'treinado do zero', 'treinar do zero', '自研基座', '从零训练', '自研大模型',
          ],
          [
            /\b(?:to avoid|rather than|instead of)\s+(?:depend\w*|rely\w*|reliance|using|use|build\w* on|licens\w*|lock-in)/,
            /\b(?:para não|sem) depender(?:\s+de\s+(?:ninguém|terceiros|outros|ninguem))?/, '不依赖', '不受制于', '不用依赖',
          ],
        ],
      },
    ],
    // Adapting open weights at small cost is Zhu's advice (zhu/green/open-source-finetune); continued
    // pre-training of an open model is domain adaptation, not a general model; a company downstream of
    // the race, or describing its founders' past, is not in it.
    unless: [
      'fine-tune', 'fine-tunes', 'fine-tuned', 'fine-tuning', 'finetune', 'finetuning', 'LoRA', 'continued pre-training',
      'continual pre-training', 'domain adaptation', 'distill', 'distilled', 'distillation', 'ajuste fino', '微调', '继续预训练',
      '增量预训练', '蒸馏',
      // Open weights, unless the memo contrasts them with its own model ("rather than relying on open weights").
      /(?<!\b(?:rather than|instead of|not|never|without|avoid)\s+(?:\w+\s+){0,2})\b(?:open[- ]weights?|open[- ]source models?|open models?|LLaMA|Llama|Mistral|Qwen2(?:\.5)?|DeepSeek)\b/,
      'pesos abertos', 'modelos abertos', '开源',
      'pre-training data', 'pretraining data', 'pre-trained models', 'pretrained models', 'out of scope', 'not in scope', 'open checkpoint', 'open checkpoints', 'fora do escopo', '不在范围',
      // Serving costs are not a training bet: "the compute budget for inference".
      /\b(?:for|of|on)\s+inference\b/, 'inference budget', 'inference compute', 'inference cost', 'inference costs', '推理成本', '推理算力',
      // Downstream of the race, or describing it as the giants' game.
      'sits downstream', 'stays downstream', 'downstream of', 'downstream user', 'that race', 'this race', "giants'", "giants’",
      'only the giants', 'game for', 'open-sourced', 'open sourced', 'build on whatever', 'application layer', 'app layer',
      'stays out', 'stay out', 'unrelated to', 'irrelevant to', 'se mantém distante', 'mantém distância', 'fora dessa disputa',
      'sem relação', '无关', '不相关', '处于下游', '作为下游', '下游应用',
      // Counterfactual costs ("would cost US$50M") and the founders' past employers.
      'would cost', 'would require', 'would need', 'would take', /\bspent (?:19|20)\d\d\b/, 'former employer', 'previous employer',
      'prior employer', 'at their previous', 'ex-empregador', /\b(?:while|when) (?:at|working at)\b/,
      /\bat (?:SenseTime|Alibaba|Baidu|Tencent|ByteDance|Google|Meta|Microsoft|OpenAI|DeepMind|Huawei|Megvii|iFlytek)\b(?!\s+Cloud)/,
    ],
  },
} satisfies RuleSpec;
