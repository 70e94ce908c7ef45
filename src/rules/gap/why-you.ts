import type { RuleSpec } from '../types';

/**
 * zhu/gap/why-you: The memo never says why this team.
 * Triggers in the catalogue:
 * - {why us / why this team / unfair advantage / founder–market fit; PT por que nós, vantagem injusta; ZH 为什么是我们, 独特优势, 创始人与市场匹配} or team text with {a concrete prior result: customers won, revenue, systems built, exclusive access}.
 */
export default {
  id: "zhu/gap/why-you",
  kind: "gap",
  title: "The memo never says why this team",
  claim: "\"Why you?\" is the last of Zhu's standard questions; a memo that describes the team only with adjectives leaves it unanswered.",
  severity: "information",
  source: "zhu",
  passages: { zhu: ["p-market-why-you", "p-founder-portrait"], interviewer: ["q-founder-portrait"] },
  quote: {
    passages: ["p-market-why-you"],
    en: "\"(The questions I ask) are basically the same: where is your market opportunity? How big is the market opportunity? Why you? Those are the questions.\" — Zhu Xiaohu",
  },
  questions: ["Why you — what does this team have (experience, customers, data, sales) that others don't?"],
  openQuestion: "Why this team — what do they have that others don't?",
  message: 'The memo never says why this team: it describes the founders without a concrete prior result or an unfair advantage.',
  match: {
    type: 'absence',
    answers: [
      // An explicit "why this team" with something concrete behind it.
      {
        all: [
          [
            'why this team', 'why us', 'why we win', 'why them', 'why these founders', 'unfair advantage', 'founder-market fit', 'founder market fit',
            'right to win', 'por que nós', 'por que este time', 'por que esta equipe', 'por que eles', 'vantagem injusta', 'vantagem desleal',
            '为什么是我们', '为什么是这个团队', '为什么是他们', '独特优势', '创始人与市场匹配', '团队优势', '核心优势',
          ],
          [
            '@number', /\bexclusive\w*/, /\b(?:built|ran|run|led|founded|co-founded|scaled|sold|grew|launched|managed|brought\s+in|signed|exited|created|designed|owned|wrote)\b/,
            /\b(?:former|formerly|previously|ex-)\b/, /\bexclusiv\p{L}*/u, /\b(?:construiu|liderou|fundou|comandou|vendeu|escalou|criou|gerenciou|trouxe|assinou|dirigiu)\b/u,
            '独家', '曾', '主导', '负责', '搭建', '带领', '创立', '操盘', '签下', '前',
          ],
        ],
      },
      // A founder's concrete prior result: "the CTO built the previous generation … used by 2,000 employers".
      {
        all: [
          [
            'CEO', 'CTO', 'COO', 'CPO', 'CFO', 'founder', 'founders', 'co-founder', 'co-founders', 'cofounder', 'head of', 'chief', 'president', 'fundador',
            'fundadora', 'fundadores', 'cofundador', 'cofundadora', 'sócio', 'sócia', 'sócios', '创始人', '联合创始人', '创始团队', '首席', '总裁', '合伙人',
          ],
          [
            /\b(?:built|ran|led|founded|co-founded|scaled|sold|grew|launched|managed|brought\s+in|signed|exited|created|designed|shipped|closed|took|spent)\b/,
            /\b(?:construiu|liderou|fundou|comandou|vendeu|escalou|criou|gerenciou|trouxe|assinou|dirigiu|levou|passou)\b/u,
            '曾任', '曾在', '曾经', '主导', '负责过', '搭建了', '带领', '创立', '操盘', '签下', '做到', '从0到1',
          ],
          ['@number', '@amount'],
        ],
      },
      // A specific prior role: "former head of sales at Meituan", "ex-CTO of …", "曾任美团销售总监".
      {
        all: [
          [/\b(?:former|formerly|previously|ex-)\b/, /\b(?:ex-|ex\s|antigo|antiga|anteriormente|foi)\b/u, '曾任', '前', '曾在', '曾担任'],
          [
            /\b(?:head|VP|vice\s+president|director|general\s+manager|GM|CTO|CEO|COO|CPO|CFO|lead|chief\s+\w+|founder|co-founder|partner|principal)\b/,
            /\b(?:diretor|diretora|chefe|líder|gerente|vice-presidente|fundador|fundadora|sócio)\b/u, '负责人', '总监', '副总裁', '总经理', '高管', '创始人', 'CTO', 'CEO',
            '负责', '主管', '带队', '操盘',
          ],
        ],
        within: 40,
      },
      // Exclusive access the team brings: "an exclusive data partnership with the country's largest recruiting platform".
      {
        all: [
          [/\bexclusive\w*/, /\bexclusiv\p{L}*/u, '独家'],
          [
            'partnership', 'data', 'access', 'contract', 'licence', 'license', 'distribution', 'channel', 'agreement', 'rights', 'parceria', 'acesso', 'dados',
            'contrato', 'distribuição', 'canal', 'direitos', '合作', '数据', '渠道', '授权', '代理', '协议',
          ],
        ],
      },
    ],
    sections: ['Team', 'Founders', 'Why us', 'Equipe', 'Time', 'Fundadores', '团队', '创始团队'],
    lookedFor: 'a "why this team" answer or a concrete prior result of the founders (customers won, systems built, exclusive access)',
  },
} satisfies RuleSpec;
