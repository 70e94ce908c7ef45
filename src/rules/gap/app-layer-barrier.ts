import type { RuleSpec } from '../types';

/**
 * zhu/gap/app-layer-barrier: AI-application memo never states the barrier above the model layer.
 * Triggers in the catalogue:
 * - Scope: memo mentions building on a model {LLM, GPT, LLaMA, foundation model, AIGC; PT modelo, IA generativa; ZH 大模型, AIGC}.
 * - Satisfied by {data loop / proprietary data lead / months ahead} or {sales team / sales management / channel} stated as the barrier (ZH 数据壁垒, 数据闭环, 销售能力, 渠道; PT barreira, dados próprios, equipe de vendas).
 */
export default {
  id: "zhu/gap/app-layer-barrier",
  kind: "gap",
  title: "AI-application memo never states the barrier above the model layer",
  claim: "For an application built on a large model, the interviewer asks what barrier the application company has above the model; Zhu's answer is data (a closed-loop, vertical data lead) first and sales-management capability second. A memo that names neither leaves the question open.",
  severity: "information",
  source: "zhu",
  passages: { zhu: ["p-data-barrier-short-video", "p-hard-to-copy-year-ahead", "p-vertical-data-loop", "p-sales-management"], interviewer: ["q-app-barriers", "q-copy-immediately"] },
  quote: {
    passages: [],
    en: "*\"If the bottom layer is a large-model capability, what barriers do the application companies above it build?\"* — \"Data, ah …\" *\"But other Chinese companies see that the effect is good and can copy it immediately.\"* — \"It's hard to copy; it's a year ahead of everyone else. […] The second is sales-management capability. Most large-model founders don't know how to manage sales.\" — Zhang Xiaojun / Zhu Xiaohu",
  },
  questions: ["Above the model layer, what is the barrier — which data lead, which sales capability — and how far ahead does it put you?"],
  openQuestion: "Above the model layer, what is the barrier — data lead, sales capability — and how far ahead does it put you?",
  message: 'The memo never says what barrier the company has above the model layer: no data lead, no sales capability.',
  match: {
    type: 'absence',
    answers: [
      // A lead over copycats stated with what drives it: the third-party words ("ahead of copycats") are part of the answer.
      {
        all: [
          [
            /\b(?:ahead\s+of|lead\s+over|head\s+start\s+(?:on|over))\s+(?:\w+\s+){0,2}?(?:copycats|competitors|rivals|peers|challengers|everyone|the\s+market|new\s+entrants|followers|imitators)\b/,
            /\bà\s+frente\s+d[oa]s?\s+(?:\p{L}+\s+)?(?:concorrentes|rivais|copiadores|imitadores|demais)\b/u, /领先(?:竞品|竞争对手|对手|同行|友商|跟随者)/,
          ],
        ],
      },
      // The barrier named as data or sales: "Barrier above the model: closed-loop performance data", "护城河是数据闭环".
      {
        all: [
          [
            'barrier', 'barriers', 'moat', 'moats', 'defensibility', 'defensible', 'hard to copy', 'hard to replicate', 'difficult to copy', 'difficult to replicate',
            'head start', 'lead', 'ahead', 'edge', 'competitive advantage', 'barreira', 'barreiras', 'fosso', 'defensabilidade', 'difícil de copiar',
            'difícil de replicar', 'vantagem competitiva', 'à frente', '壁垒', '护城河', '难以复制', '很难复制', '领先', '优势',
          ],
          [
            /\bclosed[\s-]loop\b/, /\bdata\s+(?:loop|flywheel|lead|advantage|moat)\b/, /\b(?:proprietary|exclusive|outcome|performance|first-party|vertical|customer)\s+data\b/,
            /\bsales\s+(?:team|force|capabilit\w+|management|organi[sz]ation|machine|engine|network|channel|channels)\b/, /\b(?:direct|distribution)\s+(?:sales|channel|channels)\b/,
            /\bchannel\s+(?:partners|network|access)\b/, /\bdados\s+(?:próprios|exclusivos|proprietários|de\s+desempenho|de\s+resultado)\b/u, /\bciclo\s+fechado\b/u,
            /\b(?:equipe|força|time)\s+de\s+vendas\b/u, /\bcanal\s+(?:de\s+vendas|direto|de\s+distribuição)\b/u, /\bcapacidade\s+comercial\b/u,
            '数据闭环', '数据积累', '独家数据', '自有数据', '数据优势', '数据壁垒', '销售团队', '销售能力', '销售管理', '渠道', '地推团队', '直销',
          ],
        ],
      },
      // A barrier stated as a large accumulated asset: "Our edge is 2.3 million historical declarations with outcomes".
      {
        all: [
          [
            'barrier', 'barriers', 'moat', 'defensibility', /\b(?:our|its|the\s+company's|an?)\s+edge\s+(?:is|comes|lies)\b/, 'hard to copy', 'hard to replicate',
            'barreira', 'fosso', 'defensabilidade', 'difícil de copiar', '壁垒', '护城河', '难以复制',
          ],
          [/\b\d[\d,.]*\s?(?:million|billion|thousand|k|M)\b/, /\b\d[\d,.]*\s?(?:milhões|milhão|mil)\b/u, /\d[\d,.]*\s?(?:万|亿)(?:条|份|个|小时)?/, /\b(?:years|anos)\s+of\b/, /\d+年(?:的)?/],
        ],
        unless: ['users', 'downloads', 'MAU', 'DAU', 'usuários', '用户', 'raised', 'funding', '融资'],
      },
      // The two levers Zhu names, stated with scale: "a 40-person sales team managed by the CEO", "closed-loop data from 65% of customers".
      {
        all: [
          [
            /\bsales\s+(?:team|force|reps|representatives|staff|organi[sz]ation)\b/, /\bsalespeople\b/, /\baccount\s+executives\b/, /\bdirect\s+sales\b/,
            /\b(?:equipe|força|time)\s+de\s+vendas\b/u, /\bvendedores\b/u, '销售团队', '销售人员', '地推团队', '直销团队',
            /\bclosed[\s-]loop\b/, /\bdata\s+(?:loop|flywheel)\b/, /\bciclo\s+fechado\b/u, '数据闭环', '数据飞轮',
          ],
          ['@number'],
        ],
      },
    ],
    // Only memos about an application built on a model have a "barrier above the model layer" question.
    appliesIf: [
      'AI', 'LLM', 'LLMs', 'large language model', 'large language models', 'large model', 'large models', 'foundation model', 'foundation models',
      'base model', 'GPT', 'ChatGPT', 'Claude', 'Gemini', 'LLaMA', 'Llama', 'Mistral', 'Qwen', 'DeepSeek', 'AIGC', 'generative AI', 'GenAI',
      'fine-tune', 'fine-tuned', 'fine-tuning', 'model API', 'prompt', 'prompts', 'copilot', 'agent', 'agents',
      'IA', 'modelo de linguagem', 'modelos de linguagem', 'IA generativa', 'modelo fundacional',
      '大模型', '基座模型', '基础模型', '生成式', '人工智能', '通义', '文心', '豆包', 'Kimi', '智谱', '智能体',
    ],
    sections: ['Moat', 'Defensibility', 'Competition', 'Barrier', 'Fosso', 'Defensabilidade', 'Concorrência', '壁垒', '护城河', '竞争'],
    lookedFor: 'a data lead (closed-loop or proprietary data, how far ahead) or a sales capability (sales team, channel) stated as the barrier',
  },
} satisfies RuleSpec;
