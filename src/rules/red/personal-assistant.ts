import type { RuleSpec } from '../types';

/**
 * zhu/personal-assistant: General AI personal assistant — a pseudo-need.
 * Triggers in the catalogue:
 * - {personal assistant, AI assistant for everyone, life assistant, AI secretary, Jarvis, butler, all-purpose / universal / omnipotent assistant; PT assistente pessoal, secretária virtual, assistente onipotente; ZH 私人助理, 个人助理, 个人助手, 全能助手, 生活助手, 贾维斯}
 * - + consumer framing {every user, everyone, your life, in every pocket; ZH 每个人, 人人}.
 * - !{a named profession or enterprise function: radiologists, lawyers, customer service, sales team}.
 */
export default {
  id: "zhu/personal-assistant",
  kind: "red",
  title: "General AI personal assistant — a pseudo-need",
  claim: "Positioning as a general \"AI personal assistant\" for consumers rests on a typical pseudo-need born of technologists' imagination.",
  severity: "warning",
  source: "zhu",
  passages: { zhu: ["p-personal-assistant-pseudo-need"], editor: ["e-j1-assistant"] },
  quote: {
    passages: ["p-personal-assistant-pseudo-need"],
    en: "\"I don't know at what moment large models will explode into to-C apps. At present the term 'personal assistant' is a figment of the technologist's imagination. Let me ask you: how many people need a personal assistant? It's a typical pseudo-need!\" — Zhu Xiaohu",
  },
  questions: ["How many people need a personal assistant — who exactly, for which recurring job?", "What do they use today, and do they pay for it?"],
  openQuestion: "How many people need a personal assistant — who, for which recurring job, and what do they pay today?",
  message: 'Positions as a general AI personal assistant ({evidence}); Zhu calls it a typical pseudo-need: who exactly needs it, for which recurring job?',
  match: {
    type: 'phrase',
    patterns: [
      // A personal or all-purpose assistant (or its synonyms) + consumer framing: everyone, every user, your life.
      {
        all: [
          [
            /\bpersonal\s+(?:AI\s+|digital\s+|virtual\s+)?(?:assistants?|agents?|secretar(?:y|ies)|butlers?|concierges?|chiefs? of staff|aides?|companions? that|helpers?)\b/,
            /\b(?:universal|all[\s-]?purpose|omni[\s-]?capable|omnipotent|all[\s-]?in[\s-]?one|all[\s-]?round|all[\s-]?around|do[\s-]?(?:it[\s-]?all|everything)|super|general[\s-]?purpose\s+personal)\s+(?:AI\s+|digital\s+|virtual\s+|personal\s+|phone\s+|mobile\s+|life\s+)*(?:assistants?|agents?|secretar(?:y|ies)|butlers?|helpers?|aides?)\b/,
            /\b(?:AI|digital|virtual)\s+(?:secretar(?:y|ies)|butlers?|concierges?|chiefs? of staff|valets?|majordomos?)\b/, 'life assistant',
            /\bpersonal\s+AIs?\b(?!\s+(?:tutor|coach|trainer|stylist|therapist|doctor|nutritionist|teacher|companion|model|chip|computer|PC|device)s?\b)/,
            'life-management agent', 'life management agent', 'life-management assistant', 'life agent', 'life OS',
            'life assistants', 'assistant for everyone', 'assistant for everything', 'Jarvis', 'butler', 'chief of staff',
            'assistente pessoal', 'assistentes pessoais', 'secretária virtual', 'secretário virtual', 'secretária pessoal', 'mordomo',
            'mordomo digital', /\bassistentes?\s+(?:de\s+IA\s+)?(?:onipotentes?|universa(?:l|is)|para tudo|faz[\s-]tudo|todo[\s-]poderosos?)\b/,
            '私人助理', '个人助理', '个人助手', '私人助手', '全能助手', '万能助手', '生活助手', '贾维斯', '私人管家', 'AI管家', '数字管家', '智能管家',
            '生活助理', '万能助理', '生活管家', '私人秘书', 'AI秘书', '超级助理', '超级助手', '全能AI助手', '个人智能体', '私人智能体',
          ],
          [
            'everyone', 'every user', 'each user', 'every person', 'each person', 'anyone', 'everybody', 'every consumer', 'consumers',
            'consumer', 'your life', 'whole life', "user's life", 'their lives', 'your day', 'their day', 'daily life', 'everyday life',
            'errands', 'every pocket', 'in your pocket', 'in every pocket', 'smartphone owner', 'smartphone user', "user's phone",
            'on the phone', 'on your phone', 'every phone', 'email', 'emails', 'calendar', 'shopping', 'travel', 'groceries',
            'appointments', 'bills', 'chores', 'parents', 'families', 'households', 'people', 'users', 'manages', 'organises',
            'organizes', 'on their behalf', 'on your behalf', 'whatever you need', 'anything you need', 'all aspects', 'everything',
            'the masses', 'for the masses', 'mass market', 'mass-market', /\banything\s+(?:the\s+)?(?:user|you|users|they)\b/,
            /\btod[oa]s?\s+(?:o\s+|os\s+|as\s+|a\s+)?(?:brasileir|pessoa|usuári|consumidor|famíli|cidadã)\w*/,
            'every household', 'household', 'every family', 'ordinary people', 'ordinary users', 'any consumer', 'any user', 'on behalf of', 'regular people', 'everyday people', 'millions of',
            'cada pessoa', 'qualquer pessoa', 'cada família', 'toda família', 'famílias', 'cada lar', 'cada usuário', 'todo mundo', 'todos', 'toda a vida', 'a vida', 'agenda', 'e-mails',
            'compras', 'viagens', 'no bolso', 'consumidor', 'consumidores', 'usuário', 'usuários', 'tarefas do dia a dia', 'dia a dia',
            '每个人', '人人', '普通用户', '用户', '生活', '日程', '购物', '出行', '大小事务', '方方面面', '全部包办', '一切', '消费者', '大众', '每一个人', '手机里',
          ],
        ],
      },
      // A plain AI or digital assistant or agent needs strong life framing: it runs your life, for everyone.
      {
        all: [
          [/\b(?:AI|digital|virtual|always-on|intelligent)\s+(?:assistants?|agents?|helpers?)\b/, /\b(?:an?|one|your own)\s+AI\s+(?:that|which|to)\s+(?:\w+\s+){0,3}?(?:manages|runs|organi[sz]es|handles|takes care of|does)\b/,
            /\b(?:an?|one|the|your)\s+(?:AI\s+|digital\s+)?assistant\s+(?:that|which)\s+(?:\w+\s+){0,3}?(?:knows|manages|runs|handles|organi[sz]es|takes care of|does|remembers)\b/, /\b(?:one|single|general|generic|everyday|all-day)\s+(?:AI\s+)?(?:assistant|helper|agent)s?\b/, 'assistente de IA', 'assistente virtual', 'agente de IA', 'AI助手', '智能助手', '智能体', 'AI助理'],
          [
            'your life', 'your whole life', 'their whole life', 'digital life', 'entire life', 'whole life', 'everyday tasks', 'runs your life', 'manages your life', "user's life", "users' lives",
            'every user', 'every person', 'everyone', 'every household', 'every family', 'every pocket', 'every phone', 'daily errands',
            'the masses', 'for the masses', 'mass market', 'mass-market', /\banything\s+(?:the\s+)?(?:user|you|users|they)\b/,
            /\btod[oa]s?\s+(?:o\s+|os\s+|as\s+|a\s+)?(?:brasileir|pessoa|usuári|consumidor|famíli|cidadã)\w*/,
            'daily life', 'everyday life', 'day-to-day life', 'your day', 'your week', 'per person', 'each person', 'every individual', 'por pessoa', '每人一个', '每个人都', 'everyone uses', 'everyone will use', 'toda a rotina', 'rotina do usuário', 'rotina diária', 'cuida de tudo',
            'chores', 'errand', 'any errand', 'every errand', 'all aspects of', 'whatever you need', 'anything you need', 'from bills to', 'for everything',
            // The user's own life admin: "runs your calendar, inbox and shopping for you", "knows everything about you".
            /\byour\s+(?:calendar|inbox|email|emails|schedule|errands|bills|shopping|travel|life admin|appointments|finances)\b/, 'life admin', 'for you', 'everything about you',
            /\bsua\s+(?:agenda|caixa de entrada|rotina|vida)\b/u, '你的日程', '你的生活', '帮你',
            'toda a vida', 'vida inteira', 'cada pessoa', 'qualquer pessoa', 'cada usuário', 'todo mundo', 'tarefas do dia a dia',
            '每个人', '人人', '生活的方方面面', '衣食住行', '大小事务', '全部包办', '一切事务', '生活中的一切',
          ],
        ],
      },
    ],
    // An assistant for a named profession or enterprise function is a vertical tool, not the pseudo-need.
    unless: [
      // A pitch the company has moved away from.
      'has since', 'have since', 'original pitch', 'originally', 'refocused',
      // A profession served ("for radiologists", "sold to law firms"), not a profession booked ("booking doctors").
      /\b(?:for|by|to|serving|built for|designed for|aimed at|targeting)\s+(?:[\p{L}-]+\s+){0,3}(?:radiologists|doctors|physicians|clinicians|nurses|lawyers|attorneys|paralegals|accountants|recruiters|engineers|developers|brokers|realtors|teachers|hospitals|clinics|law firms|insurers|banks|merchants|stores|sales teams|salespeople|sales reps)\b/u,
      'radiologist*', 'paralegals', 'customer service', 'customer-service', 'customer support', 'sales team*', 'sales reps', 'salespeople',
      'HR teams', 'agents for insurers', 'insurance agents', 'enterprise*', 'employees', 'B2B', 'procurement', 'dental',
      'médicos', 'advogados', 'contadores', 'corretores', 'atendimento ao cliente', 'equipes de vendas', 'empresas', 'corretoras',
      '医生', '律师', '客服', '销售团队', '代理人', '保险', '企业', '员工', '医院', '门店', '商家', '展业',
    ],
  },
} satisfies RuleSpec;
