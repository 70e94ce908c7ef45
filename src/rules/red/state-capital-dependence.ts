import type { RuleSpec } from '../types';

/**
 * zhu/state-capital-dependence: Next rounds depend on government money.
 * Triggers in the catalogue:
 * - {government, state capital, state-owned, SOE investor, guidance fund, municipal / provincial fund, local government, industrial fund; PT capital estatal, fundo do governo, fundo de orientação; ZH 国资, 国有资本, 政府引导基金, 地方政府, 产业基金}
 * - + {next round, lead, bridge, runway, follow-on, Series; PT próxima rodada, liderar; ZH 下一轮, 领投, 融资, 过桥}.
 * - !{customer, buyer, procurement}.
 */
// Government and state money as an investor: funds, platforms, SOEs; not the government as a customer or regulator.
const stateMoney = [
  /\b(?:local|municipal|provincial|city|district|central|regional|state|national)\s+governments?\b/u,
  /\b(?:city|municipal|provincial|district|local|state|county)(?:['’]s)?\s+(?:\p{L}+\s+){0,2}?(?:investment|capital|financing)\s+(?:holding\s+)?(?:groups?|platforms?|arms?|holdings?|vehicles?|companies|company|funds?)\b/u,
  /\bgovernments?['’]s\s+(?:[\p{L}-]+\s+){0,2}?(?:funds?|money|capital|investment|financing|funding|platforms?|vehicles?|backing|equity)\b/u,
  /\b(?:municipal|provincial|city|district|regional|county|local)[\s-]+(?:level\s+)?(?:state\s+)?(?:capital|investment|financing)\s+(?:platforms?|arms?|holdings?|groups?|vehicles?)\b/u,
  /\bgovernments?(?:[\s-]+(?:backed|owned|linked|affiliated|guided|led|sponsored|controlled|run))?\s+(?:\p{L}+\s+){0,2}?(?:funds?|money|capital|investors?|investment|financing|funding|platforms?|vehicles?|LPs?|backers?|grants?|subsid\w*|loans?|support|backing)\b/u,
  /\bgovernment[\s-]+(?:backed|owned|linked|affiliated|guided|led|sponsored|controlled)\b/u,
  /\bstate[\s-]+(?:capital|owned|backed|linked|affiliated|controlled|money|funds?|funding|investors?|investment|platforms?|LPs?|shareholders?|banks?|sponsored|run)\b/u,
  /\bSOEs?\b/u, /\bSASAC(?:[\s-]+(?:affiliated|backed|linked|controlled))?\b/u, 'central SOE', 'guidance fund', 'guidance funds', 'government-guided fund', 'industry fund', 'industrial fund', 'industry funds',
  // Local authorities and zones as investors: "the Wuxi high-tech zone", "a national AI fund", "the Big Fund".
  /\b(?:high[\s-]tech|hi[\s-]tech|economic(?:\s+and\s+technological)?|development|free[\s-]trade|industrial|science)\s+(?:development\s+)?(?:zone|park)(?:['’]s)?\s+(?:\p{L}+\s+){0,2}?(?:fund|funds|investment|platform|administration|management committee|has|will|is|committed|offered)\b/u,
  /\b(?:national|state-level|provincial-level|city-level)\s+(?:AI\s+|\p{L}+\s+)?(?:fund|funds|investment fund|industry fund|mother fund|fund of funds)\b/u, 'Big Fund', 'national team', 'mother fund', 'government fund of funds',
  /\b(?:city|municipal|provincial|district|local)\s+(?:authorities|government|administration)\b/u,
  'industrial funds', /\b(?:municipal|provincial|city|district|regional|county)[\s-]+(?:level\s+)?(?:\p{L}+\s+){0,2}?(?:funds?|investment platforms?|investment vehicles?|investment (?:groups?|companies))\b/u,
  'sovereign fund', 'sovereign wealth fund', 'sovereign funds', 'public money', 'public funds', 'taxpayer money',
  // PT
  'capital estatal', 'fundo estatal', 'fundos estatais', 'estatal', 'estatais', 'fundo do governo', 'fundos do governo', 'fundo governamental',
  'fundo de orientação', 'fundos de orientação', 'governo municipal', 'governo provincial', 'governo local', 'governo estadual', 'governo federal',
  /\bfundos?\s+(?:\p{L}+\s+){0,2}?(?:ligad[oa]s?|vinculad[oa]s?|controlad[oa]s?|apoiad[oa]s?|bancad[oa]s?)\s+(?:a[os]?\s+|à\s+|pel[oa]s?\s+)?(?:governo|estado|prefeitura|poder público)/u,
  /\bgoverno\s+(?:do|da|de)\s+(?:estado|município|província|cidade|São Paulo|Minas|Rio|Santa Catarina|Paraná|Pernambuco|Bahia|Ceará)/u,
  'fundos estaduais', 'fundo estadual', 'fundos públicos', 'fundo público', 'recursos estatais', 'dinheiro estatal', 'BNDESPar', 'capital público', 'investidores estatais', 'investidor estatal',
  'prefeitura', 'fundo provincial', 'fundo municipal', 'fundo soberano', 'dinheiro público', 'recursos públicos', 'BNDES', 'Finep', 'dinheiro do governo',
  // ZH
  '省级', '市级', '区级', '母基金', '政府投资', '高新区', '开发区', '管委会', '新区', '国家级基金', '国家基金', '政府性基金', '国资平台',
  '国资', '国有资本', '国有', '国企', '央企', '政府引导基金', '引导基金', '地方政府', '市政府', '省政府', '区政府', '政府基金', '政府资金', '政府背景',
  '产业基金', '产业引导基金', '国资委', '城投', '市属', '省属', '区属', '国家队', '大基金',
  /政府(?:的)?(?:资金|基金|出资|投资|背景|平台|资本|补贴|专项资金)/u,
];

// "Without the provincial guidance fund's money …", "sem o aporte do fundo estatal", "没有政府引导基金的资金": the negation
// belongs to the claim, so it is part of the trigger.
const withoutStateMoney = [
  /\bwithout\s+(?:the\s+|this\s+|a\s+|its\s+)?(?:\p{L}+\s+){0,3}?(?:capital|money|funding|investment|commitment|backing|support|injection|cheque|check|tranche)\s+(?:from|of)\s+(?:the\s+|a\s+)?(?:\p{L}+\s+){0,3}?(?:guidance|government|state|provincial|municipal|city|district|SOE|sovereign|industry|industrial)\b/u,
  /\bwithout\s+(?:the\s+|a\s+|its\s+)?(?:[\p{L}'’-]+\s+){0,4}?(?:guidance|government|state|provincial|municipal|city|district|SOE|sovereign|industry|industrial)\s+(?:[\p{L}'’-]+\s+){0,2}?(?:fund|funds|fund's|fund’s|capital|money|investors?|platform|platform's)/u,
  /\bsem\s+(?:o\s+|a\s+)?(?:\p{L}+\s+){0,2}?(?:aporte|capital|dinheiro|recursos|investimento)\s+(?:d[oa]s?\s+)?(?:\p{L}+\s+){0,2}?(?:governo|estatal|estado|prefeitura|fundo)/u,
  /(?:没有|缺少|离开)(?:了)?[^，。]{0,8}(?:政府|国资|引导基金|产业基金)[^，。]{0,6}(?:资金|注资|支持|投资)/u,
];

export default {
  id: "zhu/state-capital-dependence",
  kind: "red",
  title: "Next rounds depend on government money",
  claim: "Future funding depends on government or state capital; Zhu says domestic model companies are basically looking to the government for money, and government money is not easy to get now.",
  severity: "warning",
  source: "zhu",
  passages: { zhu: ["p-next-round-government", "p-research-needs-giants-govt"], interviewer: ["q-get-in-first", "q-agi-dreams"], editor: ["e-state-capital-rounds"] },
  quote: {
    passages: ["p-next-round-government"],
    en: "\"The current situation is different from the Four Little Dragons'. The Four Little Dragons grew up during a capital bubble, and there were rounds and rounds and rounds … Until now, who can still finance the next round? Today the domestic large models are basically going to the government for money, and government money isn't easy to get now.\" — Zhu Xiaohu",
  },
  questions: ["Who can still finance the next round?", "If the government money does not come, or comes with conditions, what is the runway?"],
  openQuestion: "Who can still finance the next round if government money does not come?",
  message: 'Future funding leans on government or state money ({evidence}); state capital is hard to get now, so who else can fund the next round?',
  match: {
    type: 'phrase',
    patterns: [
      // State money leading, anchoring or filling a round, or the runway depending on it. The second group avoids the
      // words of the first ("government funding", "state capital"), which would otherwise answer it by themselves.
      {
        all: [
          stateMoney,
          [
            'next round', 'next rounds', 'future rounds', 'follow-on', 'follow on', /\bSeries\s+[A-F]\+?/u, /\b[A-F]\+?\s+round\b/u, 'bridge', 'bridge loan',
            'runway', 'lead', 'leads', 'led by', 'lead investor', 'anchor', 'anchored', 'anchoring', 'cornerstone', 'fill the round', 'the round',
            'this round', 'its round', 'the rounds', 'fund the', 'back the', 'commitment', 'committed', 'depends on',
            // Where future money comes from: "future capital needs will be met primarily by …", "the financing strategy rests on …".
            'capital needs', 'funding needs', 'financing needs', 'future capital', 'future funding', 'future financing', 'next financing', 'next raise', 'next funding',
            'financing strategy', 'financing plan', 'funding plan', 'capital plan', 'funding strategy', 'capital strategy', 'fundraising plan', 'later rounds', 'subsequent rounds',
            /\b(?:will|would|is expected to|are expected to|should)\s+(?:\p{L}+\s+)?come\s+(?:\p{L}+\s+)?from\b/u, 'primarily from', 'mainly from', 'largely from', 'mostly from',
            'met by', 'provided by', 'rests on', 'rest on', 'counting on', 'counts on', 'banking on', 'contingent on', 'tied to', 'expected from', 'in talks', 'co-lead', 'co-leads',
            'to lead', 'will lead', 'underwrite', 'backstop', 'top up', 'top-up', 'turning to', 'turn to', 'turns to', 'fall back on', 'falls back on',
            // "Private VCs have passed on the next round, so …": the other investors' refusal is part of the claim.
            /\b(?:VCs|investors|funds|private (?:money|capital|investors|VCs)|the market|market(?:-based)? investors)\s+(?:have\s+|had\s+)?(?:passed on|declined|turned down|walked away from|shied away from|stayed away from)\b/u,
            'ancorar', 'ancorada', 'ancorado', 'puxar', 'puxada',
            'plano de financiamento', 'próximas rodadas', 'próxima captação', 'vir de', 'virá de', 'virão de', 'contando com', 'conta com', 'pressupõe', 'coliderar',
            '取决于', '仰赖', '兜底', '接盘', '出资', '后续轮次', '下一笔', '资金需求', '融资计划', '融资规划', '融资规划假设', '融资计划假设', '资金规划假设', '财务规划假设', '财务模型假设', /(?:规划|计划|模型|预算|方案|测算)(?:中)?假设/u,
            /\bonly\s+(?:be\s+)?(?:funded|financed|possible|viable|covered|sustainable)\s+if\b/u, 'depend on', 'dependent on', 'relies on', 'rely on', 'reliant on', 'assumes', 'hinges on', 'injection', 'raise', 'cash runs out',
            'próxima rodada', 'rodada', 'rodadas', 'série', 'liderar', 'liderada', 'liderado', 'ponte', 'fôlego', 'continuidade', 'aporte',
            'captação', 'financiamento', 'depende', 'dependem', 'caixa',
            '下一轮', '下轮', '后续融资', '领投', '融资', '过桥', '跟投', '注资', '资金来源', '轮', '续命', '依靠', '依赖', '指望',
          ],
        ],
        within: 160,
      },
      // "后续资金主要是国资": "主要是" holds the hypothetical cue "要是", so it is part of the trigger here.
      {
        all: [stateMoney, ['主要是', '主要为', '主要来自', '主要依靠', '主要靠', '都来自']],
        within: 40,
      },
      // "Without the promised capital from the provincial guidance fund, the company cannot finance …": the
      // negations belong to the claim.
      {
        all: [
          withoutStateMoney,
          [
            /\b(?:cannot|can't|could not|couldn't|would not be able to|will not be able to|is unable to|unable to)\s+(?:\p{L}+\s+)?(?:finance|fund|survive|continue|pay|afford|sustain|operate|execute|close|complete|build|train|meet)/u,
            /\bnão\s+(?:consegue|conseguirá|conseguiria|tem como|teria como|pode|poderá)\s+(?:\p{L}+\s+)?(?:financiar|sobreviver|continuar|pagar|sustentar|operar|executar)/u,
            /(?:无法|不能|难以|没法)(?:继续)?(?:融资|支撑|维持|运营|完成|支付|续命|生存)/u,
          ],
        ],
      },
      {
        all: [withoutStateMoney],
      },
    ],
    // The state as a customer or buyer is zhu/model-price-war's concern, not a funding dependence.
    unless: [
      'customer', 'customers', 'client', 'clients', 'buyer', 'buyers', 'procurement', 'tender', 'tenders', 'contract', 'contracts', 'sells to',
      'sold to', 'purchase order', 'excluded', 'exclude', 'excludes', 'excluding', 'optional', 'has offered', 'have offered', 'breakeven', 'break-even', 'existing cash', 'excluído', 'excluídos', '排除', 'pilot', 'deployments', 'grant-free', 'fully covered by', 'commercial investors only',
      'cliente', 'clientes', 'compra', 'compram', 'licitação', 'contrato', 'contratos',
      '客户', '采购', '招标', '订单', '合同', '中标',
    ],
  },
} satisfies RuleSpec;
