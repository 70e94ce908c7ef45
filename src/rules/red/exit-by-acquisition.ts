import type { RuleSpec } from '../types';

/**
 * zhu/exit-by-acquisition: Exit relies on a big-tech acquisition.
 * Triggers in the catalogue:
 * - {acquisition, acquire, acquirer, M&A, acqui-hire, strategic buyer, trade sale, licence-and-hire; PT aquisição, venda estratégica; ZH 收购, 并购, 被收购, 卖给大厂}
 * - + {big-tech names (Alibaba, Tencent, ByteDance, Baidu, Meituan, Microsoft, Google), strategic premium, exit, return of capital, downside protection; ZH 战略溢价, 退出, 保本}.
 * - !{IPO as base case, company as acquirer}.
 */
// Being bought: acquisition words, not "customer acquisition" and not the company buying others.
const acquisition = [
  /(?<!(?:customer|user|client|data|talent|lead|traffic|channel|paid|organic|growth|audience|subscriber|land|asset|equipment|GPU|compute|hardware|patient|merchant|driver|seller)[\s-])\bacquisitions?\b/u,
  'acquirer', 'acquirers', 'acquiror', 'be acquired', 'being acquired', 'get acquired', 'acquired by', 'acquire the company', 'acquire us',
  'acqui-hire', 'acquihire', 'acqui-hired', 'acqui-hiring', 'M&A', 'M & A', 'trade sale', 'strategic sale', 'sale of the company', 'sell the company', 'sell itself to', 'strategic buyer', 'strategic buyers', 'strategic acquirer', 'strategic acquirers', 'takeover',
  'taken over', 'take over the company', 'buyout', 'licence-and-hire', 'license-and-hire', 'licensing-and-hiring', 'licence and hire',
  'license and hire', 'reverse acqui-hire', /\blicen[cs]es?\s+(?:the\s+|its\s+)?(?:model|technology|IP|models)\s+and\s+hires?\s+(?:the\s+|its\s+)?(?:team|founders)/u, /\b(?:Character\.?AI|Inflection|Adept|Covariant)[\s-]style\b/u, 'acquisition target', 'takeout', 'take-out',
  /\b(?:acquire|acquires|acquiring|buy|buys|buying|purchase|purchasing|snap up|snaps up|pay up for|pay for|pick up|picks up|picking up|scoop up|scoops up|absorb|absorbs|absorbing)\s+(?:(?:the|our|its|this|whole|entire)\s+(?:whole\s+|entire\s+)?(?:team|company|startup|business)\b|us|(?:[\p{L}-]+\s+){0,2}?(?:AI|model|LLM|research|application|startup|engineering)\s+teams|startups like|companies like)\b/u,
  // "buy vertical AI teams rather than build them": the contrast is the claim.
  /\b(?:buy|buying|acquire|acquiring)\s+(?:[\p{L}-]+\s+){0,4}?(?:rather than|instead of)\s+build(?:ing)?\b/u,
  // The likely buyer, or buyers already circling: "Tencent as the most likely buyer", "acquisition interest from two majors".
  /\b(?:purchase|buyout)\s+by\b/u, /\b(?:bolt-on|tuck-in|add-on)\s+(?:acquisition\s+)?for\b/u, /\bsold\s+to\s+(?:an?\s+|the\s+|one\s+of\s+the\s+)?(?:strategic|big tech|hyperscaler|giant|incumbent|Alibaba|Tencent|ByteDance|Baidu|Meituan|Microsoft|Google|Amazon|Apple|Meta|JD|Huawei)\w*/u,
  /\bcomprador(?:a|es|as)?\s+(?:natural|naturais|óbvi[oa]s?|lógic[oa]s?|provável|prováveis|estratégic[oa]s?)\b/u,
  /\bas\s+(?:the|a|an)\s+(?:most\s+)?(?:likely|logical|obvious|natural|eventual|ideal|credible|probable)\s+(?:buyer|acquirer|owner|home)\b/u,
  /\b(?:most\s+)?(?:likely|logical|obvious|natural|eventual|ideal|credible|probable)\s+(?:buyers?|acquirers?|owners?|home)\s+(?:for|of)\s+(?:the\s+|this\s+)?(?:company|business|startup|asset|team)\b/u,
  /\b(?:the\s+)?(?:most\s+)?(?:likely|logical|obvious|probable|natural)\s+(?:buyers?|acquirers?)\s+(?:is|are|would be|include)\b/u,
  /\b(?:company|startup|business|it|we)\s+(?:\p{L}+\s+){0,2}?(?:be|get|being|getting|gets|is)\s+bought\b/u,
  // A sale to a giant or a strategic buyer, not "sells to enterprises".
  /\b(?:sale|sell-off)\s+(?:of\s+the\s+(?:company|business)\s+)?to\s+(?:an?\s+|the\s+|one\s+of\s+the\s+)?(?:(?:Chinese|US|American|global|domestic|Brazilian|leading|major)\s+){0,2}(?:big|bigger|large|larger|strategic|tech|internet|platform|hyperscaler|cloud|incumbent|giant|acquirer|Alibaba|Tencent|ByteDance|Baidu|Meituan|Microsoft|Google|Amazon|Apple|Meta|Salesforce|Oracle|JD|Huawei|Xiaomi|Kuaishou|PDD|Ant|NetEase|SAP|Nvidia|Samsung|Totvs|Stone)/u,
  /\b(?:sell|selling|sold)\s+(?:the\s+company|the\s+business|itself|out)\s+to\b/u,
  // An exit to a named giant or a big-tech buyer: "an exit to Baidu or Meituan", "a big-tech buyer", "a corporate acquirer".
  /\bexit(?:s|ing)?\s+(?:via\s+a\s+sale\s+)?to\s+(?:an?\s+|the\s+|one\s+of\s+the\s+)?(?:(?:Chinese|US|American|global|domestic|leading|major)\s+){0,2}(?:big|large|strategic|tech|internet|platform|hyperscaler|cloud|incumbent|giant|acquirer|buyer|Alibaba|Tencent|ByteDance|Baidu|Meituan|Microsoft|Google|Amazon|Apple|Meta|Salesforce|Oracle|JD|Huawei|Xiaomi|Kuaishou|PDD|Ant|NetEase|SAP|Nvidia|Samsung|Totvs|Stone)/u,
  /\b(?:big[\s-]tech|strategic|corporate|industry|platform|hyperscaler|incumbent|internet[\s-]major)\s+(?:buyers?|acquirers?|purchasers?)\b/u,
  /\b(?:compr(?:e|ar|em|ará|aria|ariam|arão)|adquir(?:a|ir|am|irá|iria|iriam|irão))\s+(?:a\s+|nossa\s+|essa\s+)?(?:startup|empresa|companhia|equipe|time)\b/u, /\bsaída\s+para\s+(?:a\s+|o\s+|uma?\s+)?(?:big\s+tech|grande|gigante|Tencent|Alibaba|ByteDance|Baidu|Meituan)/u,
  // PT
  /\baquisiç(?:ão|ões)\b(?!\s+de\s+(?:clientes|usuários|dados|talentos|tráfego|leads|equipamentos|GPUs))/u, 'adquirida', 'adquirido', 'adquirir a empresa',
  'adquirente', 'comprador estratégico', 'compradores estratégicos', 'venda estratégica', 'venda da empresa',
  /\bvenda\s+da\s+empresa\s+(?:para|a)\b|\bvenda\s+(?:para|a)\s+(?:uma?\s+|a\s+|o\s+|um\s+d[oa]s\s+)?(?:big\s+techs?|comprador|adquirente|estratégic|gigante|Alibaba|Tencent|ByteDance|Baidu|Meituan|Microsoft|Google|Amazon|Apple|Meta)/u,
  /\bvenda\s+(?:do\s+negócio\s+|do\s+controle\s+)?(?:para|a)\s+(?:uma?\s+|a\s+|o\s+|um\s+d[oa]s\s+)?(?:player|grupo|investidor|parceiro|plataforma|incumbente)\s+(?:\p{L}+\s+)?(?:estratégic\w*|grande|global)/u,
  /\bvenda\s+(?:da\s+empresa\s+|do\s+negócio\s+)?(?:para|à|ao)\s+(?:a\s+|o\s+)?(?:Totvs|Stone|Nubank|Itaú|Mercado Livre|iFood|Magalu|Magazine Luiza|Ambev|Bradesco|Vtex|Locaweb|Linx|Cielo|PagSeguro|PicPay|Globo|Natura|XP|BTG)(?![\p{L}\p{N}_])/u,
  /\blicenciamento\s+(?:\p{L}+\s+){0,3}?(?:mais|e|\+|com)\s+(?:a\s+)?contratação\s+(?:d[oa]\s+)?(?:time|equipe|fundadores)/u, /\b(?:formato|modelo|estilo|nos moldes d[oe])\s+(?:do\s+)?(?:acordo\s+)?(?:Character\.?AI|Inflection)/u,
  /\bCharacter\.?AI\s?[–—\-/]\s?Google\b|\bGoogle\s?[–—\-/]\s?Character\.?AI\b|\bInflection\s?[–—\-/]\s?Microsoft\b|\bMicrosoft\s?[–—\-/]\s?Inflection\b/u, 'compra da empresa',
  'comprar a empresa', /\bcomprad[oa]s?\s+(?:por|pel[oa]s?)\b/u, 'comprar times', 'comprar equipes', 'fusão', 'fusões', 'M&A',
  // ZH
  '收购', '并购', '被收购', '被并购', /(?:卖给|出售给)(?:大厂|巨头|互联网大厂|阿里|腾讯|字节|百度|美团|京东|华为|小米|快手|拼多多|战略方|产业方)/u, '收编', '兼并', '接盘', '买下', '战略买家',
  '人才收购', '被买走', '买走', '潜在买家', '潜在收购方', /授权(?:技术)?(?:加|\+|并|和)(?:招聘|吸纳|收编)(?:团队)?/u,
];

export default {
  id: "zhu/exit-by-acquisition",
  kind: "red",
  title: "Exit relies on a big-tech acquisition",
  claim: "The exit thesis relies on a strategic acquisition at a premium; Zhu says the giants think they can build it themselves, prices are completely different from before, and M&A now means buying the team — at best returning principal plus interest.",
  severity: "warning",
  source: "zhu",
  passages: { zhu: ["p-principal-plus-interest", "p-acquire-team", "p-mna-who-willing", "p-giants-do-it-themselves", "p-ali-price-different", "p-team-open-source-level", "p-what-are-we-missing"], interviewer: ["q-mna-wave", "q-giants-acquire", "q-light-years-acquisition"], editor: ["e-acquihire-script"] },
  quote: {
    passages: ["p-principal-plus-interest", "p-acquire-team"],
    en: "\"It's a total relief for Lao Wang (Wang Huiwen), and basically the investors will get their capital back. This is also a warning — future M&A, if not that successful, may let investors get back principal plus interest. The big companies aren't that rich; M&A can't be compared with before. If it's just to let investors get back principal plus interest, then what's the point of investing?\" […] \"Now M&A may mean acquiring a team just for the sake of acquiring a team. How much is the team worth? How much can you spend? It's completely different from the old days.\" — Zhu Xiaohu",
  },
  questions: ["Which acquirer, why would they not build it themselves, and at what price — more than principal plus interest?", "How much is the team worth, especially if it only reaches open-source level (`p-team-open-source-level`)?"],
  openQuestion: "Which acquirer, why wouldn't they build it themselves, and would the price beat principal plus interest?",
  message: "The exit rests on a big-tech acquisition ({evidence}); M&A now often means buying the team, returning principal plus interest at best.",
  match: {
    type: 'phrase',
    patterns: [
      // Being acquired as the exit, the downside protection or the source of a premium, or by a named giant.
      {
        all: [
          acquisition,
          [
            'exit', 'exits', 'exit path', 'exit route', 'liquidity', 'liquidity event', 'return our capital', 'return of capital', 'capital back',
            'money back', 'principal', 'returns', 'return', 'downside', 'protected', 'protection', 'floor', 'premium', 'strategic premium', 'multiple',
            'base case', 'realistic', 'natural', 'attractive', 'target', 'underwrite', 'underpins', 'outcome', 'money out', 'get out', 'our money',
            '@bigTech', 'big tech', 'big-tech', 'internet platform', 'internet platforms', 'internet groups', 'internet group', 'tech giants',
            'large platform', 'large platforms', 'hyperscaler', 'hyperscalers', 'Tencent Cloud', 'Alibaba Cloud', 'Baidu AI Cloud', 'Salesforce',
            'Oracle', 'Nvidia', 'Samsung', 'Ant Group', 'NetEase', 'Totvs', 'Stone', 'Nubank', 'Itaú', 'Mercado Livre', 'iFood',
            'saída', 'liquidez', 'retorno', 'prêmio', 'prêmio estratégico', 'ágio', 'múltiplo', 'big tech', 'big techs', 'proteção', 'piso',
            /\b(?:grandes?|gigantes?)\s+(?:empresas?\s+)?(?:de\s+)?(?:tecnologia|internet|plataformas?)\b/u, 'plataforma grande', 'grandes plataformas',
            // "主要是" holds the hypothetical cue "要是"; as part of the trigger it does not count.
            '退出路径主要是', '退出方式主要是', '退出渠道主要是', '退出主要是', '退出', '保本', '战略溢价', '溢价', '大厂', '巨头', '本金', '回本', '收回', '底线', '退出路径', '回报',
          ],
        ],
        within: 160,
        unless: [
          /\bIPO\s+(?:\p{L}+\s+){0,6}?(?:as|is|remains)\s+(?:the\s+|our\s+)?base(?:[\s-]case)?\b/u, /\bbase[\s-]case\s+(?:is|remains)\s+(?:an?\s+)?IPO\b/u,
          /\bIPO\s+(?:\p{L}+\s+){0,5}?como\s+(?:a\s+)?saída\s+(?:base|principal)/u, /以[^。，]{0,12}IPO作为(?:基准|主要)/u,
          /\b(?:base|primary|main)\s+(?:case\s+)?exit\s+(?:is|remains|will be)\s+(?:an?\s+)?(?:IPO|listing)\b/u, /\bsaída\s+(?:base|principal)\s+(?:é|será)\s+(?:o\s+|um\s+|a\s+)?(?:IPO|listagem|abertura de capital)/u,
          /IPO为(?:基准|主要退出)/u, 'alternative scenario', 'sensitivity', 'cenário alternativo', 'sensibilidade', '敏感性', '备选',
        ],
      },
      // Buyers already circling, counted on as the exit: "several platforms have approached the founders, which gives us an
      // exit floor". Approaches about partnerships or distribution are not an exit.
      {
        all: [
          [
            /\b(?:inbound|strategic|acquisition|takeover|M&A|buyer)\s+interest\b/u, /\b(?:have|has|already)\s+(?:\p{L}+\s+)?(?:approached|courted|sounded out)\s+(?:the\s+)?(?:founders|company|management|team|CEO)\b/u,
            /\b(?:interesse|sondagens?)\s+(?:estratégic[oa]\s+)?de\s+(?:compra|aquisição|compradores)/u, /(?:收购|并购)意向|(?:大厂|巨头)(?:已经?|曾)?(?:接触|洽谈)/u,
          ],
          [
            'exit', 'exits', 'exit floor', 'liquidity', 'floor', 'downside', 'capital back', 'money back', 'return our capital', 'principal', 'premium', 'outcome', 'base case',
            'saída', 'liquidez', 'piso', 'retorno', '退出', '保本', '本金', '底线', '回本',
          ],
        ],
        within: 160,
        unless: ['partnership', 'partnerships', 'distribution', 'integration', 'pilot', 'parceria', '合作'],
      },
      // "Even if the company fails, a big-tech acqui-hire returns our money": the conditional belongs to the claim.
      {
        all: [
          acquisition,
          [
            /\b(?:even if|even in the event)\s+(?:the\s+(?:company|business|product|startup)|it|we)\s+(?:fails|fail|struggles|stalls|misses|underperforms)/u,
            /\beven\s+if\s+(?:[\p{L}'’-]+\s+){0,3}?(?:fails?|struggles?|stalls?|misses|underperforms?|disappoints?|slows?|flops?|does not work|doesn't work|falters?)\b/u,
            /\bmesmo\s+(?:que|se)\s+(?:a\s+empresa\s+)?(?:fracasse|falhe|dê errado|não decole)/u, /(?:即使|即便|就算|哪怕)(?:项目|公司)?失败/u, /(?:即使|即便|就算|哪怕)[^，。]{0,10}(?:失败|不|没|未|受挫|遇阻|欠佳|低于预期)/u,
            /\beven\s+in\s+(?:the\s+|a\s+)?(?:worst|downside|bear)[\s-](?:case|scenario)\b|\bin\s+(?:the\s+|a\s+)?(?:worst|downside|bear)[\s-](?:case|scenario)\b/u,
            /\b(?:mesmo\s+)?no\s+pior\s+(?:dos\s+)?(?:casos?|cenários?)\b/u,
            // "Worst case, ByteDance picks up the team": the downside case is where the claim is made.
            /(?:^|[,;:(]\s*|\b(?:at|in)\s+(?:the\s+)?)(?:worst|downside|bear)[\s-](?:case|scenario)(?:\s*[,:—–)-])/u, /\b(?:worst|downside|bear)[\s-](?:case|scenario)\s+(?:is|would be|remains)\b/u,
            /\bno\s+(?:pior|cenário\s+de\s+baixa)[^,]{0,20},/u, /(?:最坏|最差|悲观)(?:情况|情形|情景)(?:下|是|为)?[，,：:]?/u, /(?:即使|即便|哪怕)?(?:在)?最坏(?:的)?情况下|(?:即使|即便|哪怕)(?:在)?最差(?:的)?情况下/u,
          ],
        ],
      },
    ],
    // The company as the acquirer, or a past deal of the founders, is not an exit thesis.
    unless: [
      // User acquisition, not M&A: "acquisition is almost entirely via Douyin short videos".
      /\bacquisition\s+(?:is|comes|runs|happens|costs?)\s+(?:\p{L}+\s+){0,2}?(?:via|through|from|on|in)\b/u, 'acquisition channel', 'acquisition channels', 'acquisition cost', 'acquisition costs', 'CAC',
      // The giants as customers: "sells to big-tech buyers".
      /\b(?:sells|selling)\s+to\b/u, 'procurement', 'compras corporativas', '采购',
      'the company acquired', 'we acquired', 'it acquired', 'company bought', 'we bought', /\b(?:bolt-on|tuck-in)\s+(?:acquisitions?|deals?|M&A)\b/u, 'acquisition strategy', 'acquisitive',
      'previous company', 'previous start-up', 'previous startup', 'prior company', 'prior startup', 'last company', 'serial founder',
      /\b(?:its|our|the company's|the company’s)\s+(?:\p{L}+\s+)?acquisitions?\s+of\b/u, /\bacquisitions?\s+of\s+(?:a|an|two|three|several|smaller|small|data|annotation|labelling|labeling)\b/u,
      // An acquisition treated as upside only, with the case standing on a listing.
      'as upside', 'upside only', 'only as upside', 'pure upside', 'treat it as upside', 'treated as upside', 'como upside', '仅作为上行', '只作为上行',
      /\b(?:case|base case|underwriting|returns?|model)\s+(?:\p{L}+\s+){0,3}?(?:stands on|rests on|assumes|is based on|relies on)\s+(?:an?\s+|the\s+)?(?:[\p{L}-]+\s+){0,3}?(?:IPO|listing)\b/u,
      'a empresa adquiriu', 'adquirimos', 'empresa anterior', 'aquisição de uma', 'aquisições de',
      '公司收购了', '我们收购了', '上一家公司', '前公司', '通过收购', '通过并购', '计划收购', '拟收购', '收购一家', '收购了一家', '并购一家', '收购上游', '收购下游',
    ],
  },
} satisfies RuleSpec;
