import type { RuleSpec } from '../types';

/**
 * zhu/agi-thesis: Case depends on reaching AGI.
 * Triggers in the catalogue:
 * - {AGI, artificial general intelligence, superintelligence, path to AGI; PT AGI, inteligência artificial geral; ZH AGI, 通用人工智能, 超级智能}
 * - + {justifies, thesis, mission, returns, valuation, by 20XX, belief / faith; PT justifica, tese; ZH 支撑估值, 信仰, 投资逻辑}.
 * - !{not part of the case, not modelled, even without}.
 */
// AGI and its synonyms in the three languages.
const agi = [
  'AGI', 'A.G.I.', 'artificial general intelligence', 'general intelligence', 'general-purpose intelligence', 'superintelligence',
  'super-intelligence', 'superintelligent', 'ASI', 'artificial superintelligence', /\bhuman[\s-]level\s+(?:general\s+)?(?:AI|intelligence|artificial intelligence)\b/u,
  'inteligência artificial geral', 'inteligência geral', 'superinteligência', 'IA geral',
  '通用人工智能', '超级智能', '通用智能', '强人工智能', '超级人工智能',
];

export default {
  id: "zhu/agi-thesis",
  kind: "red",
  title: "Case depends on reaching AGI",
  claim: "The investment case depends on reaching AGI, or on its timing; Zhu believes in AGI but invests in applications that commercialise immediately, thinks AGI is at least 5–10 years away, and says research dreams need big companies and governments.",
  severity: "information",
  source: "zhu",
  passages: { zhu: ["p-believe-agi-but-apps", "p-agi-5-10-years", "p-agi-energy", "p-research-needs-giants-govt", "p-what-no-faith"], interviewer: ["q-no-agi-faith", "q-if-wrong", "q-agi-dreams"] },
  quote: {
    passages: ["p-believe-agi-but-apps", "p-agi-5-10-years"],
    en: "\"No, I believe in AGI, but I believe in the application — ah, I believe this can be commercialised immediately.\" […] \"In my personal opinion, the core question is still whether AGI can be produced, whether it can produce an artificial intelligence that understands the world model. For now, I think at least 5 to 10 years are not visible [i.e. it is at least 5–10 years away].\" — Zhu Xiaohu",
  },
  questions: ["What does the company sell before AGI? Would the case hold if AGI is ten years away?"],
  openQuestion: "What does the company sell before AGI, and does the case hold if AGI is ten years away?",
  message: 'The case leans on reaching AGI ({evidence}); what does the company sell before AGI, which Zhu puts 5–10 years away?',
  match: {
    type: 'phrase',
    patterns: [
      // The race framing names rivals as the benchmark, not as the subject: "returns depend on reaching AGI before competitors".
      // A pattern of its own, so that the rivals are trigger words even when a thesis word comes first.
      {
        all: [
          agi,
          [
            'antes dos concorrentes', 'antes da concorrência', 'before competitors', 'before its competitors', 'before rivals', 'ahead of competitors', 'ahead of rivals',
            'ahead of its rivals', 'ahead of OpenAI', 'before OpenAI', 'antes da OpenAI', '先于竞争对手', '领先于竞争对手', '早于竞争对手', '先于OpenAI',
          ],
        ],
        within: 140,
      },
      // AGI as what the case, the valuation, the returns or the mission rest on.
      {
        all: [
          agi,
          [
            'justifies', 'justify', 'justified', 'justification', 'thesis', 'our case', 'the case', 'investment case', 'core of', 'mission', 'returns',
            'return', 'valuation', 'upside', 'bet on', 'bet', 'betting', 'belief', 'believe in', 'faith', 'conviction', 'why we', 'we invest',
            'investing', 'invest because', 'we are investing', 'we back', 'back that', 'path to', 'road to', 'on the way to', 'toward', 'towards',
            'race to', 'reach', 'reaches', 'reaching', 'achieve', 'achieves', 'achieving', 'first to', 'makes sense', 'underpin', 'underpins', 'driven by',
            'drives', 'hinges on', 'depends on', 'rests on', 'premised on', 'north star', 'end goal', 'ultimate goal', 'ambition', 'backing', 'underwrite', 'underwriting', 'shot at', 'distraction', 'rationale', 'call option', 'option on', 'optionality', 'vision', 'quest', 'roadmap', 'by-products', 'by-product',
            'secondary', 'second to',
            // What the company is worth and why we invest: "the value lies in its AGI programme", "getting to AGI first".
            'value', 'worth', 'lies in', 'the prize', 'what we are buying', 'paying for', 'reason', 'because', 'assumes', 'assumption', 'premise', 'timeline',
            /\b(?:build|building|builds|built|get(?:ting|s)?\s+to|creat(?:e|es|ing)|deliver(?:s|ing)?|develop(?:s|ing)?)\s+(?:the\s+|an?\s+|true\s+|real\s+)?(?:AGI|artificial general intelligence|general intelligence|superintelligence|ASI)\b/u, 'arrive', 'arrives', 'arrival', 'stepping stone', 'pursuit', 'pursue', 'pursuing', 'chase', 'chasing',
            'motivo', 'razão', 'investimento', 'investir', 'investimos', 'construir', 'construção', 'chance de', 'apostamos', 'convicção', 'valor', 'visão', 'se apoia', 'apoia',
            'premissa', 'rumo', 'endgame', 'end game', 'end-game', 'ultimate', 'all about', '终局', '最终',
            'justifica', 'justificam', 'tese', 'caso de investimento', 'missão', 'retorno', 'retornos', 'avaliação', 'valuation', 'aposta', 'apostar',
            'crença', 'fé', 'caminho para', 'chegar à', 'chegar a', 'alcançar', 'alcançarmos', 'atingir', 'rumo à', 'rumo a',
            'segundo plano', 'depende', 'razão de ser', 'secundária', 'secundário',
            '支撑估值', '支撑', '核心逻辑', '看好', '押注', '投资的核心', '估值', '信仰', '投资逻辑', '回报', '使命', '实现', '想象空间', '押注', '愿景', '终极目标', '次要', '原因', '通往', '之路', '率先', '前提',
            '理由', '做出', '做成', '相信', '投资', '价值', '核心', '路线', '押在', '赌', '赌注', '抵达', '冲刺',
          ],
        ],
        within: 140,
        unless: [
          'even without', 'even if AGI never', 'not modelled', 'not modeled', 'does not depend', 'mesmo sem', '即使没有', '即便没有',
          // "The founders talk about AGI, but the case is underwritten on signed contracts": the case is elsewhere.
          /\bbut\s+(?:the|our|its)\s+(?:case|thesis|underwriting|returns?|model|valuation|plan|budget)\b/u, /\bmas\s+(?:o\s+caso|a\s+tese|o\s+retorno|a\s+avaliação|o\s+plano)/u,
          /(?:但|但是|不过)(?:我们的)?(?:投资逻辑|回报|估值|测算|计划|预算)/u, 'regardless of', 'whether or not', 'irrespective of', 'independentemente', '无论', '不管',
          'irrelevant', 'not relevant', 'plays no', 'no role', 'no part', 'immaterial', 'irrelevante', '无关', '不相关',
          'current revenue', 'existing revenue', 'revenue only', 'receita atual', 'receita existente', '现有收入', '当前收入',
        ],
      },
      // Triggers that hold a cue word of their own: a target year ("before 2030" reads as a past date to the
      // past-state cues), "AGI, not near-term revenue", "years without commercialisation", "only makes sense if".
      {
        all: [
          agi,
          [
            /\b(?:by|before|around|within|ahead of)\s+(?:20[2-9]\d|the end of the decade|\d+\s+years)\b/u, /\b(?:até|antes de)\s+20[2-9]\d\b/u,
            /(?:20[2-9]\d年(?:前|之前|以前)|\d+年内)/u,
            /,\s+not\s+(?:(?:near[\s-]term|short[\s-]term|current|immediate)\s*)?(?:revenue|commerciali[sz]ation|products?|sales|cash flow|customers)/u,
            /\bwithout\s+(?:near[\s-]term\s+)?(?:revenue|commerciali[sz]ation|products?|a product)\b/u,
            /\bonly\s+(?:makes sense|works|pays off|is justified|adds up)\s+if\b/u, /\bsó\s+(?:faz sentido|se justifica|funciona)\s+se\b/u,
            /,\s+não\s+(?:a\s+|as\s+)?(?:receita|comercialização|vendas|produtos?)/u, /\bsem\s+(?:receita|comercialização|produto)\b/u,
            /(?:而非|而不是|不是)(?:短期|当前|眼前)?(?:收入|商业化|营收|产品)/u, /只有[^。，]{0,12}才(?:能)?(?:支撑|成立|合理)/u,
          ],
        ],
        within: 140,
        unless: [
          'even without', 'even if AGI never', 'not modelled', 'not modeled', 'does not depend', 'mesmo sem', '即使没有', '即便没有',
          // "The founders talk about AGI, but the case is underwritten on signed contracts": the case is elsewhere.
          /\bbut\s+(?:the|our|its)\s+(?:case|thesis|underwriting|returns?|model|valuation|plan|budget)\b/u, /\bmas\s+(?:o\s+caso|a\s+tese|o\s+retorno|a\s+avaliação|o\s+plano)/u,
          /(?:但|但是|不过)(?:我们的)?(?:投资逻辑|回报|估值|测算|计划|预算)/u, 'regardless of', 'whether or not', 'irrespective of', 'independentemente', '无论', '不管',
          'irrelevant', 'not relevant', 'plays no', 'no role', 'no part', 'immaterial', 'irrelevante', '无关', '不相关',
          'current revenue', 'existing revenue', 'revenue only', 'receita atual', 'receita existente', '现有收入', '当前收入',
        ],
      },
    ],
    // Research on AGI benchmarks, or third parties' AGI claims, are not this company's case.
    unless: ['benchmark', 'benchmarks', 'doctoral research', 'PhD thesis', 'dissertation', 'tese de doutorado', '博士论文'],
  },
} satisfies RuleSpec;
