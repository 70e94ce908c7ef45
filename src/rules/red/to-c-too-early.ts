import type { RuleSpec } from '../types';

/**
 * zhu/to-c-too-early: Assumes the consumer AI breakout is now.
 * Triggers in the catalogue:
 * - {consumer, to-C, C端, super-app, 超级应用, consumidor} + {now, this year, imminent, breakout, explode, iPhone moment, window; PT agora, explosão; ZH 爆发, 窗口期, iPhone时刻, 已经到来}.
 * - !{on-device model, B first, enterprise first, timing uncertain}.
 */
/** Consumer framing. */
const CONSUMER = [
  'consumer', 'consumers', 'to-C', 'to C', '2C', 'B2C', 'C-end', 'C-side', 'super-app', 'super app', 'super-apps',
  'super apps', 'superapp', 'killer app', 'killer consumer', 'mass market', 'mass-market', 'end users', 'everyday users',
  'hundreds of millions of', 'AI apps', 'AI app', 'consumer AI', 'AI companion', 'AI companions', 'companion apps', 'companion app',
  'consumidor', 'consumidores', 'consumidor final', 'B2C', 'superapp', 'superapps', 'super aplicativo', 'aplicativos de IA',
  'pessoa física', 'pessoas físicas', 'usuário final', 'usuários finais', 'grande público',
  /(?<![A-Za-z])(?:C端|(?:2C|ToC|to\s?C)(?![A-Za-z]))/, '国民级', '国民应用', '国民级应用', '消费者', '消费级', '超级应用', /(?<![A-Za-z])(?:AI)?超级(?:App|APP|应用)/, '大众用户', '个人用户', '普通用户',
];

/** The breakout is now: explosion, window, inflection, this year. */
const BREAKOUT = [
  'breakout', 'break out', 'breaks out', 'breaking out', 'explode', 'explodes', 'exploding', 'explosion', 'explosive growth',
  'iPhone moment', 'inflection point', 'tipping point', 'imminent', 'already under way', 'already underway', 'is happening',
  'happening now', 'happening right now', 'has arrived', 'moment is now', 'window', 'land grab',
  'take off', 'takes off', 'taking off', 'mass adoption', 'the year of', 'breakout year', 'go mainstream', 'goes mainstream', 'going mainstream',
  /\b(?:this|20\d\d)\s+is\s+the\s+year\b/, /\b(?:this|now)\s+is\s+the\s+moment\b/, /\bwaiting\s+(?:a|another|one|six|\d+)\s+(?:year|quarter|months?|cycle)\s+would\s+be\s+too\s+late\b/,
  /\b(?:will|to)\s+adopt\b[^.;]{0,40}\b(?:this|next)\s+year\b/, /\bwill\s+(?:emerge|arrive|appear)\s+(?:this|next)\s+year\b/,
  /\b(?:this|next)\s+year\s+(?:is|will be)\s+the\s+year\b/, /\b20\d\d\s+(?:is|will be)\s+the\s+(?:breakout\s+)?year\b/,
  'explosão', 'explodir', 'explode', 'momento iPhone', 'janela', 'já está em curso', 'em curso', 'está acontecendo agora',
  'acontecendo agora', 'ponto de inflexão', 'virada', 'decolar', 'adoção em massa',
  '爆发', '井喷', '窗口期', '窗口', /(?<![A-Za-z])iPhone(?:时刻|时代)/, 'iPhone moment', '已经到来', '已到来', '就在眼前', '拐点', '元年', '风口', '起飞', '大规模普及',
  /\b(?:boom|wave|surge|gold rush)\b[^.;]{0,30}\b(?:this year|now|has begun|has started|is starting|is beginning|under way|underway)\b/,
  /\b(?:will|to)\s+(?:emerge|arrive|appear|break out|explode|take off|go mainstream)\s+(?:this year|next year|within\s+(?:the\s+next\s+)?(?:\d+|\w+)\s+(?:months|years?))/,
  /\bconsumers?\s+(?:are|is)\s+(?:now\s+)?ready\b/, 'already begun', 'has begun', 'already started', 'already here',
  /\b(?:wins?|won)\s+in\s+20\d\d\s+(?:wins?|will\s+win)\b/,
  /\bwill\s+(?:emerge|arrive|appear|break\s+out|explode|take\s+off)\s+(?:in|within)\s+(?:the\s+)?(?:next\s+)?(?:\d+|\w+)\s+(?:months|years?)\b/,
  /\b(?:boom|onda|explosão)\s+(?:dos|das|de)\s+(?:apps?|aplicativos?|IA)\b/, /\bboom\s+(?:in|of)\s+(?:consumer\s+)?AI\s+apps?\b/, 'AI app boom', 'vivendo o boom',
  /\b(?:market|consumers?)\s+(?:is\s+|are\s+|as\s+)(?:now\s+)?ready\s+for\b/,
  'inflecting', 'the time is now', 'time is now', 'now is the time', /\b(?:time|moment|era|hour|day)\s+has\s+(?:finally\s+)?come\b/,
  /\bnext\s+(?:\d+|\w+)\s+(?:months|quarters|years?)\s+will\s+(?:decide|determine|settle)\b/, /\b(?:opportunity|moment|timing)\s+is\s+(?:right\s+)?now\b/, /\bnow,?\s+not\s+(?:in\s+)?(?:\w+\s+)?(?:years?|later)\b/,
  'chegou a hora', 'a hora é agora', 'o momento é agora', '来临', '已来', '时机已到', '时机成熟', '正当时', '入场时机', '最佳时机', '黄金期', '黄金时期',
  'gold rush', 'golden window', 'ride the wave', 'ride this wave', 'catch the wave', 'the wave of', 'breaking right now', 'breaking now',
  /\bwill\s+be\s+(?:decided|won|settled|determined|built)\s+(?:in\s+)?(?:20\d\d|this\s+year|next\s+year|within)\b/,
  /\b(?:intends?|wants?|aims?|plans?)\s+to\s+be\s+(?:it|that\s+app|that\s+one|this\s+app)\b/,
  /\b(?:weeks|months),?\s+not\s+years,?\s+away\b/, 'mass-market adoption', 'estourar', 'estoura', 'vão estourar', /\b20\d\d\s+será\s+o\s+ano\b/,
  /\b(?:aparece|surge|surgirá|chega|chegará|explode)\w*\s+(?:ainda\s+)?(?:este|neste|esse|nesse)\s+ano\b/, 'ainda este ano', /\bquer\s+ser\s+(?:esse|este|o)\s+app\b/,
  /今年(?:一定|必然|就|肯定)?会(?:跑出|出现|诞生|爆发|迎来)/, '跑出国民级', '就是那一个', 'go mainstream this year', 'goes mainstream this year',
];

export default {
  id: "zhu/to-c-too-early",
  kind: "red",
  title: "Assumes the consumer AI breakout is now",
  claim: "The memo assumes consumer AI is breaking out now; in early 2024 Zhu judged to-C \"a bit early\" — the iPhone 1/2 stage — and expected it to explode only once a large model runs on every phone, at an unpredictable \"iPhone 3 moment\".",
  severity: "information",
  source: "zhu",
  passages: { zhu: ["p-iphone1-2", "p-to-c-iphone3", "p-to-b-no-burn", "p-b-first-productivity", "p-personal-assistant-pseudo-need"], interviewer: ["q-iphone3-moment", "q-b-first", "q-to-c-projects"] },
  quote: {
    passages: ["p-iphone1-2", "p-to-c-iphone3"],
    en: "\"Only iPhone 1, iPhone 2 [so far]. Large models evolve ten times faster than the mobile internet. When there is a large model on every mobile phone, to-C apps can explode.\" […] \"To-C will have its iPhone 3 moment. Just as mobile-internet to-C apps exploded with Multi-Touch — that was unexpected, right? Angry Birds and Fruit Ninja became worldwide hits only after Multi-Touch came out.\" — Zhu Xiaohu",
  },
  questions: ["What is the trigger (on-device model, new interaction) that makes this the moment?", "What does the company earn from B customers while to-C is still early?"],
  openQuestion: "What makes this the to-C moment (on-device model, new interaction)? What is the B-side revenue meanwhile?",
  message: 'Bets that the consumer AI breakout is now ({evidence}); in early 2024 Zhu called to-C "a bit early", the iPhone 1/2 stage.',
  match: {
    type: 'phrase',
    patterns: [
      // "… so the company has no enterprise product": the negation is the to-C-only bet itself, matched as a trigger.
      { all: [CONSUMER, BREAKOUT, [/\b(?:no|without\s+an?|zero)\s+(?:enterprise|B2B|B-side|business|corporate)\s+(?:product|revenue|customers|offering|plan|business|SKU|tier|version)s?\b/, /\bsem\s+(?:produto|receita|clientes)\s+(?:corporativ|B2B|empresaria)\w*/, /(?:没有|不做)(?:B端|企业)(?:业务|产品|客户|收入)?/]] },
      // Consumer AI + a breakout, explosion, window or inflection that is happening now or this year.
      { all: [CONSUMER, BREAKOUT] },
      // Skipping B customers to go straight to consumers, now.
      {
        all: [
          [
            /\b(?:skip|skips|skipping|bypass|bypasses|bypassing)\s+(?:the\s+)?(?:enterprise|B2B|B-side|B\s+side|business customers|corporate)/,
            /\b(?:go|goes|going)\s+(?:straight|directly|direct)\s+to\s+(?:the\s+)?consumers?\b/, 'consumer-first', 'consumers first', 'to-C first',
            /\bpula\s+o\s+mercado\s+corporativo/, /\b(?:vai|vamos|ir)\s+direto\s+(?:ao|para\s+o)\s+consumidor/, 'direto ao consumidor',
            /跳过(?:B端|企业)/, /直接做(?:C端|消费者)/, '先做C端', '直接做C端', '直接面向消费者',
          ],
          [
            'while', 'now', 'explod*', 'breakout', 'boom', 'wave', 'window', 'moment', 'adoption', 'already', 'betting', 'bet',
            'enquanto', 'agora', 'explosão', 'aproveitando', 'já', '爆发', '井喷', '窗口', '已经', '趁', '抓住',
          ],
        ],
      },
    ],
    // Zhu's own sequencing (B first, to-C once on-device models ship) and open timing are the opposite view.
    unless: [
      'on-device', 'on device', /\b(?:sells|selling)\s+to\b/, 'crowded', 'B first', 'B-first', 'enterprise first', 'enterprise-first', 'businesses first', 'timing uncertain',
      'timing is uncertain', 'uncertain', 'too early', 'premature', 'treat with caution', 'with caution', 'sceptical', 'skeptical',
      /\b(?:call|calls|called|label|labels|labelled|labeled|dub|dubs|dubbed)\s+(?:20\d\d|this year|next year)\b/,
      'relatórios', 'chamam', 'não compartilhamos', 'no dispositivo', 'incerto', 'cedo demais', 'prematuro',
      /还(?:需要|要|得)[^。；，]{0,6}(?:年|时间)/, '还早', '尚早', '端侧', '手机端模型', '先做B端', 'B端优先', '为时尚早', '太早', '不确定', '研报', '称为', '持保留态度',
      // A window or wave that closes, or past hype, is not a claim that the breakout is now.
      'window closed', 'hype cycle',
    ],
  },
} satisfies RuleSpec;
