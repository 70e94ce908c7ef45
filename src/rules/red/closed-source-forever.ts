import type { RuleSpec } from '../types';

/**
 * zhu/closed-source-forever: Thesis assumes closed models keep their lead.
 * Triggers in the catalogue:
 * - {open source / open weights / 开源 / código aberto} + {never / cannot catch up / gap widens / permanently behind; ZH 永远追不上, 差距越来越大; PT nunca vai alcançar}.
 * - {closed / proprietary frontier model, OpenAI, frontier labs} + {lead is durable / stays ahead / moat / secret sauce}.
 * - {scaling laws, compute scaling} + {will continue / no wall / keeps delivering}.
 */
/** Open-source and open-weight models and their community. */
const OPEN = [
  'open source', 'open-source', 'open weights', 'open-weight', 'open models', 'open model', 'open community', 'open checkpoints',
  'open checkpoint', 'open-source community', 'open release', 'open releases', 'open LLMs', 'open-source LLMs', 'open-source teams',
  'community models', 'community-built models', 'community LLMs', 'open-source projects', 'open alternatives', 'open ones', 'Llama', 'LLaMA', 'DeepSeek', 'Mistral', 'código aberto', 'pesos abertos', 'modelos abertos',
  'modelo aberto', 'comunidade open source', 'open source', '开源', '开源社区', '开源模型', '开源阵营', '开源大模型', '开源权重',
];

/** Open source never catches up; the gap only widens. Negation words are part of these triggers. */
const NEVER = [
  /\b(?:will|would|can|could)?\s*(?:never|not|n't|cannot|can't|won't|unable to)\s+(?:ever\s+)?(?:\w+\s+){0,2}(?:catch up|close the gap|keep up|keep pace|match|rival|replicate|reproduce|be replicated|be reproduced|be matched|reach)\b/,
  /\bunlikely\s+(?:ever\s+)?to\s+(?:ever\s+)?(?:match|catch up|close the gap|rival|reach|equal)\b/,
  /\b(?:never|won['’]t|will\s+not|cannot|can['’]t|can\s+not)\s+(?:ever\s+|fully\s+)?(?:close[sd]?|bridge[sd]?|erase[sd]?)\b/,
  /\b(?:do not|don't|does not|doesn't|did not)\s+(?:expect|believe|think|see)\s+(?:[\w-]+\s+){0,4}(?:to\s+)?(?:ever\s+)?(?:match|matching|catch up|catching up|close the gap|closing the gap|rival|reach)\b/,
  /\blacks?\s+(?:the\s+)?(?:\w+\s+){0,3}to ever\s+(?:catch up|close the gap|match|keep up)\b/,
  /\b(?:gap|lead|distance|moat)\b[^.;]{0,50}?\b(?:will|would|is going to|should|to)\s+(?:only\s+)?(?:continue to\s+|keep\s+)?(?:widen\w*|grow\w*|increas\w*|expand\w*)/,
  /\b(?:widening|growing|structural|permanent|durable|insurmountable|unbridgeable)\s+(?:quality\s+|capability\s+|performance\s+)?(?:gap|lead)\b/,
  /\b(?:gap|lead)\s+(?:\w+\s+){0,6}is\s+(?:structural|permanent|durable|insurmountable)(?:,? not (?:temporary|transitory|cyclical))?/,
  /\b(?:permanently|always|forever|perpetually|structurally)\s+(?:\w+\s+)?behind\b/,
  /\b(?:will\s+)?(?:always|forever|permanently|perpetually)\s+(?:trail|lag|lag behind|be behind|be a step behind|follow)\b/,
  /\b(?:stay|stays|will stay|will remain|will always be|will be)\s+(?:\w+\s+){0,4}behind\b/, /\bremain(?:s)?\s+(?:a\s+)?(?:budget option|second[- ]tier|inferior|a generation behind)\b/,
  /\bwithout ever\s+(?:catching up|closing the gap|matching)/,
  /\b(?:cannot|can't|could never|will never be able to|won't be able to|unable to)\s+afford\b/, 'structurally disadvantaged', 'structural disadvantage',
  /\b(?:will not|won't|cannot|can't|never)\s+(?:\w+\s+)?(?:catch|overtake|surpass|outpace|keep pace with|compete with|beat)\s+(?:the\s+)?(?:frontier|closed|proprietary|OpenAI|GPT|leaders?|labs?)/,
  /\bnão\s+(?:vai|vão|terá|terão|conseguirá|conseguirão|consegue|conseguem|tem|têm)\s+(?:como\s+)?(?:alcan\p{L}*|acompanhar|competir|igualar|superar|chegar)/u,
  /(?:不可能|无法|难以|很难|永远不会|不会|根本)(?:再)?(?:追上|赶上|超越|追平|匹敌|赶超)/,
  /\b(?:forever|always|perpetually|permanently)\s+(?:\w+\s+){0,2}(?:catch[- ]up|chasing|chase|following)\b/, 'play catch-up', 'playing catch-up',
  /\b(?:sem jamais|nunca|jamais)\s+(?:vai\s+|vão\s+|irá\s+|irão\s+)?(?:cheg\p{L}*|igual\p{L}*|acompanh\p{L}*)\s+(?:a|ao|à|o)\b/u,
  /(?:很难|难以|无法|不可能)[^，。；]{0,2}(?:缩小|弥补|追平)/, /(?:将|会)?(?:一直|永远|始终|长期)落后/,
  /\b(?:to\s+)?ever\s+(?:catch(?:ing)? up|clos(?:e|ing) the gap|match(?:ing)?|keep(?:ing)? up|rival(?:ling)?)\b/,
  /\b(?:remain|remains|stay|stays|will be|be)\s+(?:a\s+)?(?:distant\s+|permanent\s+)?(?:second|second-best|runner-up|also-rans?|followers?|laggards?|fast followers?)\b/,
  /\b(?:gap|lead|distance)\b[^.;]{0,60}?\b(?:widens|widening|only grows|keeps growing|keeps widening|grows wider|gets wider|getting wider)\b/,
  /\b(?:sempre|para sempre|permanentemente|eternamente)\b[^.;]{0,30}\batrás\b/u, '难以追赶', '追赶不上', '望尘莫及',
  /\b(?:sem jamais|nunca|jamais)\s+(?:vai\s+|vão\s+|irá\s+|irão\s+|conseguirá\s+|conseguirão\s+)?alcan\p{L}*/u, /\bnão\s+(?:vai|vão|conseguirá|conseguirão|consegue|conseguem)\s+alcan\p{L}*/u,
  /\b(?:a|o)\s+(?:distância|diferença|gap)\s+(?:só\s+)?(?:aumenta|vai aumentar|aumentará|cresce|vai crescer)/, 'sempre atrás', 'permanentemente atrás',
  /\b(?:vão|vai|irão|devem|deve)?\s*(?:ficar|continuar|permanecer)\s+(?:sempre\s+)?(?:\p{L}+\s+){0,3}atrás\b/u, /\bsempre\s+(?:uma|um)\s+(?:geração|passo|ano)\s+atrás/,
  '永远追不上', '永远赶不上', '追不上', '赶不上', '无法追上', '无法赶上', '无法复制', '不可能追上', '难以追上', '很难再进入第一梯队', '永远落后', '始终落后',
  /差距[^，。；]{0,8}(?:拉大|扩大|越来越大|只会变大)/,
];

/** Closed frontier models and their labs. */
const CLOSED = [
  'closed models', 'closed model', 'closed-source', 'closed source', 'closed frontier', 'closed labs', 'closed lab',
  'proprietary model', 'proprietary models', 'proprietary frontier', 'frontier labs', 'frontier lab', 'top labs',
  'leading labs', 'frontier models', 'LLM proprietário', 'modelo proprietário', '自研闭源', /\bGPT[- ]class\b/, 'Claude', 'GPT-4o', /\btop (?:US |American |frontier |closed )?labs?\b/, 'frontier closed systems', 'closed systems',
  'hyperscaler-backed labs', 'big labs', 'large labs', 'AI labs', 'US labs', 'the labs', 'laboratórios fechados', '闭源实验室', '头部闭源', 'OpenAI', 'Anthropic', 'Google DeepMind', 'GPT-4', 'GPT-4o', 'GPT-5',
  'laboratórios de ponta', 'labs de ponta', 'modelos de ponta', 'cutting-edge labs', 'leading-edge labs', '头部实验室', '前沿实验室',
  'modelos fechados', 'modelo fechado', 'fechados', 'modelos proprietários', 'modelos de fronteira', 'closed-weight', 'closed weights', 'closed-source labs', 'proprietary labs', 'proprietary providers', 'laboratórios de fronteira', '闭源', '闭源模型', '闭源大模型',
  /(?<![A-Za-z0-9_])(?:OpenAI|Anthropic|GPT-?[45]o?)(?![A-Za-z0-9_])/,
];

/** Keeping or widening the lead. */
const LEAD = [
  /\b(?:stay|stays|staying|remain|remains|remaining|keep|keeps|keeping|will stay|will remain)\s+(?:[\w–-]+\s+){0,4}ahead\b/, 'for the foreseeable future',
  'foreseeable future', /\bkeeping\s+(?:proprietary|closed)\s+models?\s+(?:well\s+)?(?:clear|ahead)\b/, /liderança\b[^.;]{0,60}\bé duradoura/,
  /\bdistância se mantém/, /领先(?:优势)?(?:会|将)?(?:持续|长期存在|一直保持|保持下去)/, /(?:差距|代差)[^，。；]{0,8}(?:越来越|只会|持续)(?:大|明显|拉大|扩大)/, /\bkeep(?:s|ing)?\s+(?:a|their|its|the)\s+(?:[\w–-]+\s+){0,3}lead\b/,
  /\b(?:always|forever|permanently)\s+(?:be\s+|stay\s+|remain\s+)?(?:a\s+)?(?:\w+\s+){0,2}ahead\b/,
  /\b(?:lead|advantage|edge)\s+(?:is|will be|to be|remains|stays|should be|would be)\s+(?:\w+\s+)?(?:durable|permanent|lasting|structural|unassailable|sustainable)\b/,
  /\bdurable lead\b/, /\blead\s+(?:will|should|would|to)\s+(?:keep\s+|continue to\s+)?(?:compound|grow|widen)\w*/, 'keeps compounding', 'keep compounding',
  /\b(?:lead|advantage|edge|head start|moat)\b[^.;]{0,50}\b(?:as|is|will be|to be)\s+(?:\w+\s+)?(?:durable|permanent|lasting|structural|unassailable|sustainable|insurmountable|unbeatable)\b/,
  /(?:领先|优势|差距)[^，。；]{0,4}(?:是)?结构性/,
  /\bcontinuar(?:á|ão)\s+(?:superior(?:es)?|à frente)/u, /(?:vantagem|liderança|distância|diferença)[^.;]{0,60}(?:deve|vai|irá|tende a|devem|vão)\s+(?:se\s+)?(?:ampliar|aumentar|crescer|manter|alargar)/u,
  /(?:领先|优势)(?:地位)?[^，。；]{0,4}(?:稳固|牢固|不可撼动|难以撼动)/, /(?:长期|持续|一直|永远|始终)(?:保持|维持)[^，。；]{0,4}(?:领先|优势|代差|差距)/, /(?:难以|无法|不可能|很难)(?:被)?(?:复制|超越|撼动)/, /仍(?:然)?(?:明显)?(?:强于|领先|优于)/, 'lead will hold', 'will hold its lead', /\bmaintain(?:s|ing)?\s+(?:their|its|the)\s+lead\b/, /\bkeep(?:s|ing)?\s+(?:their|its)\s+lead\b/,
  /\b(?:to|will)\s+remain\s+the\s+best\b/, /\bremain(?:s)?\s+the\s+best\s+available\b/, /\bstay(?:s)?\s+unmatched\b/,
  'indefinitely', 'in perpetuity', 'secret sauce', 'cannot be replicated', 'cannot be reproduced', "can't be replicated",
  'pulling further ahead', 'pull further ahead',
  // The edge persists: "OpenAI's advantage over open models to persist for the life of the fund".
  /\b(?:lead|edge|advantage|superiority|head start)\b[^.;]{0,50}?\b(?:persists?|to\s+persist|endures?|to\s+endure|lasts?|to\s+last)\b/u,
  // The edge compounds: "the frontier labs' edge over open models compounds over time".
  /\b(?:lead|edge|advantage|head start|superiority)\b[^.;]{0,40}?\b(?:compounds?|compounding|keeps?\s+growing|grows?\s+over\s+time|grows?\s+every\s+year)\b/u,
  /\b(?:vantagem|liderança|dianteira)\b[^.;]{0,40}?\b(?:se\s+)?(?:acumula|cresce\s+com\s+o\s+tempo|só\s+aumenta)\b/u, /(?:领先|优势)[^，。；]{0,6}(?:滚雪球|不断累积|越积越大)/u,
  /\b(?:continuar(?:á|ão)|seguir(?:á|ão)|permanecer(?:á|ão)|vão continuar|vai continuar|devem continuar|deve continuar|vão seguir|vai seguir|vão permanecer|vai permanecer|continuam|seguem)\s+(?:\p{L}+\s+){0,2}(?:à frente|na frente|superior(?:es)?|melhor(?:es)?|na liderança|líder(?:es)?)/u,
  /(?:ampliar|aumentar|manter|preservar)(?:ão|á)?\s+(?:a\s+|sua\s+)?(?:vantagem|dianteira|liderança)/u,
  /(?:领先|优势|差距)[^，。；]{0,6}(?:长期|持续|一直|永远|始终)(?:保持|存在|领先|扩大|拉大)/, '长期保持领先', '将长期领先', '始终领先', /(?:一直|始终|永远|长期)(?:强于|优于|领先于)/,
  /manter(?:ão|á|a)?\s+a\s+liderança/, /mantenham\s+a\s+liderança/, 'liderança duradoura', 'por muitos anos',
  '持续领先', '保持领先', '一直领先', '长期领先', '永远领先', '领先优势会持续',
];

/** Keeping or growing an edge, or staying better: broad, so the subject must not be the company itself (see its pattern). */
const KEEP_EDGE = [
  // Staying better: "remaining meaningfully better than anything open source", "will stay superior".
  /\b(?:stay|stays|staying|remain|remains|remaining|will stay|will remain|continue to be|continues to be|keep being|will be)\s+(?:\w+\s+){0,2}(?:better|stronger|superior|more capable|smarter|dominant|unrivall?ed|unmatched|in front|on top|state[- ]of[- ]the[- ]art|SOTA|the best|best in class|best-in-class|at the frontier|the frontier|in the lead|the leaders?|number one)\b/,
  /\b(?:frontier|lead|leadership|crown|top spot|state of the art)\s+(?:will\s+)?(?:stay|stays|remain|remains)\s+(?:firmly\s+|squarely\s+)?with\b/,
  // Keeping or growing the edge: "will keep their performance edge", "widen their lead", "pull away".
  /\b(?:keep|keeps|keeping|retain|retains|retaining|maintain|maintains|maintaining|preserve|preserves|hold|holds|holding|widen|widens|widening|extend|extends|extending|grow|grows|growing|increase|increases)\s+(?:a|their|its|the)\s+(?:[\w–-]+\s+){0,3}(?:lead|edge|advantage|superiority|dominance|head start|moat)\b/,
  /\b(?:continu\w+ to|keep|keeps|keeping|will keep|will continue to)\s+(?:lead|leading|dominate|dominating|set the pace|setting the pace|outpace|outpacing|outperform\w*|beating|winning)\b/,
  /\b(?:hard|difficult|impossible)\s+(?:for\s+(?:anyone|others|open[- ]source|the community)\s+)?to\s+(?:replicate|copy|reproduce|match|catch)\b/,
  'pull away', 'pulls away', 'pulling away', /\b(?:better|stronger|superior|more capable)\s+than\s+(?:anything|any|all|every)\s+(?:\w+\s+)?(?:open|open-source|open-weight|community)\b/,
];

/** The curve stays steep. */
const CURVE_STEEP =
  /\b(?:(?:stay(?:s|ing)?|remain(?:s|ing)?|be|is|keeps? being) as steep as (?:it was |it has been )?in 20\d\d(?:[–-](?:20)?\d\d)?|keeps? climbing|keeps? accelerating|stay(?:s|ing)? (?:as )?steep|remain(?:s|ing)? (?:as )?steep|at the same pace|at (?:today['’]s|the current|this) (?:pace|rate)|at the 20\d\d(?:[–-]20\d\d)? pace)\b|远未见顶|不会见顶|持续陡峭/;

export default {
  id: "zhu/closed-source-forever",
  kind: "red",
  title: "Thesis assumes closed models keep their lead",
  claim: "The thesis assumes closed frontier models keep or widen their lead and that the technology curve stays steep; Zhu expects open source to catch up as soon as the curve slows.",
  severity: "information",
  source: "zhu",
  passages: { zhu: ["p-curve-slows-open-catches", "p-100k-cards", "p-open-source-will-catch-up", "p-curve-pc-analogy", "p-gpt5-slowdown", "p-7-trillion", "p-sora-us-trial-error"], interviewer: ["q-li-guangmi-closed", "q-poker-cards", "q-curve-slow-when"], editor: ["e-open-source-validated", "e-deepseek-v3", "e-zhu-right-open-source"] },
  quote: {
    passages: ["p-curve-slows-open-catches", "p-100k-cards"],
    en: "\"OpenAI's technology iteration curve is still relatively steep, and open source is definitely a year or even a year and a half behind closed source, but when the closed-source iteration curve slows down, open source will rise. […] OpenAI has only a few hundred engineers; open source is used by millions or tens of millions of engineers around the world — how can it always be behind closed source? Like Android: is it worse than iOS now? Definitely not.\" […] \"As soon as the technology iteration curve slows, open source immediately catches up — who can guarantee keeping secrets forever? There are no secrets to keep.\" — Zhu Xiaohu (the seed repeats one sentence of this answer; the repetition is an MT artefact)",
  },
  questions: ["What happens to the thesis if open-source models reach today's closed frontier within 12–18 months?", "Which part of the value depends on a closed model staying ahead, and on the iteration curve staying steep?"],
  openQuestion: "What happens to the thesis if open-source models catch up with today's closed frontier within 12–18 months?",
  message: 'The thesis assumes closed models keep their lead ({evidence}); open source catches up as soon as the iteration curve slows.',
  match: {
    type: 'phrase',
    patterns: [
      // Open source can never catch up, or the gap only widens.
      { all: [OPEN, NEVER], within: 140 },
      // "The community cannot replicate what the top US labs have built."
      { all: [['the community', 'the open community', 'community models', 'a comunidade'], NEVER], within: 40 },
      // Closed frontier models (or their labs) keep their lead, or their secret sauce cannot be copied.
      { all: [CLOSED, LEAD], within: 160 },
      // Same claim with broader keep-the-edge wording; the edge must belong to the closed labs, not to the
      // company beating them ("our model remains better than GPT-4") or building on them ("OpenAI-based").
      {
        all: [CLOSED, KEEP_EDGE],
        within: 120,
        unless: [
          /\bthan\s+(?:the\s+)?(?:GPT|Claude|OpenAI|Anthropic|Gemini|closed|proprietary|frontier)/, /-based\b/, 'wrapper', 'wrappers', 'using',
          'built on', 'on top of', 'our model', 'our own model', 'fine-tuned', 'the company will', 'the team will', 'sales',
        ],
      },
      // The same claim stated as the thesis's assumption ("assuming its proprietary model stays ahead"), or
      // with a future horizon ("until 2028"): the assumption and the horizon words belong to the claim,
      // not to a hypothetical or a past state.
      {
        all: [['assuming', 'assumes', 'assume', 'assumption', 'pressupõe', 'pressupondo', 'premissa', 'assumimos', '假设', '前提是'], CLOSED, LEAD],
        within: 200,
      },
      {
        all: [CLOSED, LEAD, [/\b(?:until|through|till|to|by|até|em)\s+(?:at least\s+|pelo menos\s+)?20(?:2[5-9]|[3-9]\d)\b/, /(?:到|至)20(?:2[5-9]|[3-9]\d)年/]],
        within: 200,
      },
      // The company's edge rests on exclusive or early access to the best closed model.
      {
        all: [
          ['exclusive access', 'preferential access', 'early access', 'privileged access', /\bexclusive\s+(?:[\w-]+\s+)?(?:access|licen[cs]e|partnership|deal|rights)\b/, 'acesso exclusivo', 'acesso antecipado', '独家接入', '优先接入', '独家使用'],
          ['closed model', 'closed models', 'closed-source', 'most capable', 'frontier model', 'frontier models', 'OpenAI', 'Anthropic', 'modelo fechado', 'modelos fechados', '闭源', '最强'],
          ['lead', 'ahead', 'sets it apart', 'edge', 'advantage', 'vantagem', 'liderança', '领先', '优势', '竞争力'],
        ],
        within: 120,
      },
      // The technology curve stays steep: scaling laws keep delivering, capability keeps climbing.
      {
        all: [
          [
            'scaling laws', 'scaling law', 'compute scaling', 'model scaling', 'scaling curve', 'scaling hypothesis', 'model capability',
            'model capabilities', 'frontier capability', 'AI capability', 'AI capabilities', 'capability curve', 'iteration curve',
            'technology curve', 'AI progress', 'model progress', 'leis de escala', 'lei de escala', 'curva de iteração', 'Scaling Law',
            '缩放定律', '规模定律', '迭代曲线', '模型能力',
          ],
          [
            'will continue', 'will keep', 'keep delivering', 'keeps delivering', 'keep producing', 'keeps producing', 'keep working',
            'keep holding', 'will hold', 'hold for', 'continue to hold', 'seguem entregando', 'continuam entregando',
            'seguirão entregando', 'vão continuar', 'continuarão', '持续有效', '还会持续', CURVE_STEEP,
          ],
        ],
        within: 100,
      },
      // "Scaling will continue to unlock new capabilities", "bigger models keep delivering step changes".
      {
        all: [
          [/\b(?:scaling|compute|bigger models|larger models|more parameters|more compute|pre-?training scale)\b/],
          [/\b(?:continue to|continues to|keep|keeps|will keep|will)\s+(?:unlock|deliver|produc|yield|bring|add|driv|generat)\w*\s+(?:[\w-]+\s+){0,3}(?:capabilit\w*|gains|improvements|breakthroughs|step changes|intelligence|leaps)\b/],
        ],
        within: 60,
      },
      // Bare "capability" or "progress" only with an explicit steep-curve phrase.
      { all: [['capability', 'capabilities', 'the curve', 'progress', 'capacidade', '能力'], [CURVE_STEEP]], within: 60 },
      // "… with no plateau", "no sign of a wall": the negation is the claim.
      {
        all: [
          ['scaling laws', 'scaling law', 'compute scaling', 'capability', 'capabilities', 'the curve', 'progress', 'leis de escala', '规模定律', '缩放定律'],
          [
            /\b(?:no|without (?:a|any))\s+(?:signs? of (?:a\s+)?)?(?:plateau\w*|wall|slowdown|slowing|flattening|ceiling)\b/, /\bwill not (?:plateau|slow)/, /\bwon't (?:plateau|slow)/,
            /\bsem (?:sinal de )?(?:platô|teto|desaceleração)/, '没有天花板', '不会放缓', '远未见顶',
          ],
        ],
        within: 100,
      },
    ],
    // A model-agnostic stack, a quarterly switch to the best model, or a view the memo has already
    // revised answers the question; "open source lags by about a year" is a fact Zhu agrees with.
    unless: [
      'model-agnostic', 'model agnostic', 'vendor-agnostic', 'whichever model', 'whichever open model', 'ported', 'assumed',
      'changed that view', 'revised', 'opposite view', 'does not share', "doesn't share", 'investors argue', 'investors expect',
      'investors believe', 'agnóstico', '模型无关', '模型中立', 'model-neutral', 'currently', 'at present', 'right now',
      // "Today" dates a fact ("open models trail by a year today"), but "at today's pace" projects the curve forward.
      /\btoday\b(?!['’]s\s+(?:pace|rate|speed|trajectory|trend|cadence))/, 'atualmente', /\bhoje\b(?!\s+(?:por|pelos)\s+muitos\s+anos)/u, '目前',
      // Third parties, spelled out because the named-subject cue is off (see suppressedBy).
      'competitor', 'competitors', "competitor's", 'rival', 'rivals', 'peers', 'incumbents', 'analysts', 'critics', 'commentators',
      'observers', 'some investors', 'many investors', 'other investors', 'other funds', 'many founders', 'other startups',
      'concorrente', 'concorrentes', 'analistas', 'críticos', 'outros fundos', '竞品', '竞争对手', '对手', '同行', '分析师', '业内', '其他基金',
    ],
    // The claim is about named third parties (OpenAI, Anthropic, the frontier labs): a sentence that opens
    // with "OpenAI and Anthropic keep a lead …" is the thesis, not market context, so the named-subject
    // part of the third-party class would silence the rule's own positives. Generic third-party words are
    // in `unless` instead.
    suppressedBy: ['negation', 'rejection', 'hypothetical', 'rebuttal', 'past', 'quotation'],
  },
} satisfies RuleSpec;
