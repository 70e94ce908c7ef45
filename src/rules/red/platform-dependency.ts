import type { RuleSpec } from '../types';

/**
 * zhu/platform-dependency: Product hosted in another company's content ecosystem.
 * Triggers in the catalogue:
 * - {WeChat official account / 公众号, mini-program / 小程序, Xiaohongshu / 小红书 / RED, Douyin / 抖音, Coze / 扣子 store, GPT Store, app-store featuring; PT conta oficial, miniaplicativo}
 * - + {all / only / main / 90% of distribution, traffic, users, channel; PT toda a distribuição, único canal; ZH 全部, 主要依赖, 唯一渠道, 流量}.
 * - !{one of several channels, customers publish there, data loop across platforms}.
 */
// Another company's content ecosystem or bot store. Not WeChat Pay or Alipay as payment rails, and not Coze as a
// model platform (that is zhu/wrapper-on-domestic-model): only its store.
const platform = [
  'official account', 'official accounts', 'WeChat official account', 'WeChat public account', 'public account', 'service account',
  'mini-program', 'mini program', 'miniprogram', 'mini-programs', 'mini programs', 'miniprograms', 'mini-app', 'mini app', 'mini-apps', 'mini apps',
  /\bWeChat\b(?![\s-]*Pay)/u, 'WeChat Channels', 'Weixin', 'Xiaohongshu', 'Little Red Book', 'RedNote', 'Douyin', 'TikTok', 'Kuaishou', 'Bilibili',
  'Weibo', 'Zhihu', 'Taobao Live', 'Pinduoduo', 'Coze store', 'Coze bot store', "Coze's store", 'GPT Store', 'GPTs store', 'bot store', 'app store featuring',
  'App Store featuring', 'WhatsApp', 'Instagram', 'YouTube', 'Discord', 'Telegram', 'Facebook groups', 'Shopify App Store', 'Slack marketplace',
  'conta oficial', 'contas oficiais', 'miniaplicativo', 'miniaplicativos', 'miniprograma', 'miniprogramas', 'mini-programa', 'mini-aplicativo',
  '公众号', '微信公众号', '服务号', '订阅号', '小程序', '微信小程序', '抖音小程序', '支付宝小程序', '视频号', '微信', '小红书', '抖音', '快手', 'B站',
  '哔哩哔哩', '微博', '知乎', '微信生态', '抖音生态', '扣子商店', 'Coze商店', 'GPT商店', '智能体商店',
  // Other hosts a product can live inside: workplace suites, marketplaces, super-apps.
  'WeCom', 'WeChat Work', 'DingTalk', 'Feishu', 'Lark', 'Slack', 'Microsoft Teams', 'Taobao', 'Tmall', 'Alipay', 'QQ', 'JD.com', 'Shopee', 'Amazon marketplace',
  'Amazon store', 'Mercado Livre', 'Mercado Libre', 'iFood', 'Meituan', 'Douyin shop', 'TikTok Shop', 'Kuaishou shop',
  '企业微信', '钉钉', '飞书', '淘宝', '天猫', '支付宝', '京东', '拼多多', '美团', 'QQ群', '抖店',
];

export default {
  id: "zhu/platform-dependency",
  kind: "red",
  title: "Product hosted in another company's content ecosystem",
  claim: "The product or its distribution lives inside another company's content ecosystem — WeChat official accounts, mini-programs, Xiaohongshu, a bot store — and is exposed to platform policy changes and to competition from the platform's own products.",
  severity: "hint",
  source: "editor",
  // Editor-sourced: the republisher extends Zhu's maxim (p-never-build-on-others-foundation) to platforms.
  passages: { zhu: ["p-never-build-on-others-foundation"], editor: ["e-platform-interpretation", "e-platform-risk"] },
  quote: {
    passages: ["e-platform-interpretation", "e-platform-risk"],
    en: "\"Also, I have another interpretation of the phrase 'never build a house on someone else's foundation': never host an application in someone else's content ecosystem, especially [WeChat] official accounts and Xiaohongshu. Your product's viability will be drastically reduced when the platform's policies get stricter or when there is a conflict with in-house products. That is a lesson learned from the past.\" — republisher's annotation\n\nHover cards for this rule must say \"Republisher's interpretation of Zhu's maxim; Zhu applied the maxim to domestic foundation models\".",
  },
  questions: ["What share of users and revenue arrives through the platform?", "What happens if the platform tightens its policies or launches its own version?"],
  openQuestion: "What share of users and revenue comes through the platform, and what happens if it changes policy or launches its own version?",
  message: "The product or its distribution lives on another company's platform ({evidence}); a policy change or the platform's own product can cut it off (the republisher's reading of Zhu's maxim).",
  match: {
    type: 'phrase',
    patterns: [
      // "There is no standalone app", "sem app próprio", "没有独立App": the negation is the claim. A pattern of its own,
      // because the engine judges a group on its earliest hit and a plain "only" earlier would leave the "no" as a cue.
      {
        all: [
          platform,
          [
            /\bno\s+(?:iOS|Android|web|mobile|desktop|standalone|native)(?:\s+(?:or|and|nor)\s+(?:iOS|Android|web|mobile|desktop))?\s+(?:app|apps|version|client|application)\b/u,
            /\bno\s+(?:other\s+)?(?:standalone|independent|native|separate|own|owned|proprietary)\s+(?:app|application|website|site|channel|distribution)\b|\bno\s+(?:app|apps|product|presence|channel|distribution|website|version|users?)\s+(?:outside|beyond|off|apart from|other than)\b|\bno\s+app\s+of\s+(?:its|our|their)\s+own\b|\bno\s+other\s+(?:channel|funnel|source|distribution|route)\b/u,
            /\bnão\s+(?:há|tem|existe|possui)\s+(?:um\s+|uma\s+)?(?:app|aplicativo|site|versão|canal)\s*(?:independente|própri[oa]|nativ[oa]|separad[oa])?|\bsem\s+(?:uma?\s+)?(?:versão|canal)\s+(?:independente|própri[oa]|nativ[oa])|\bsem\s+(?:um\s+)?(?:app|aplicativo|site)\s+(?:independente|próprio|nativo)/u,
            /没有(?:独立|自己|自有)的?(?:App|APP|app|应用|网站|渠道|客户端|产品|入口|站点|官网)|(?:仅|只|只能|仅能)(?:以|作为)[^，。；]{0,12}(?:形式|形态)|无独立(?:App|APP|app|应用)|没有其他(?:渠道|入口)/u,
          ],
        ],
        within: 120,
      },
      // All, only or most of the users, traffic or distribution through one platform; no app of its own.
      {
        all: [
          platform,
          [
            // A share of users, traffic or sales and where it comes from: "all distribution runs through …", "90% of traffic comes from …".
            /\b(?:all|every|each|100%|nearly every|almost every|virtually every|nearly all|almost all|virtually all|essentially all|substantially all|the vast majority of|the majority of|most of)\s+(?:of\s+)?(?:our\s+|its\s+|the\s+|the company's\s+|their\s+|new\s+)?(?:[\p{L}\p{N}][\p{L}\p{N},.]*\s+)?(?:distribution|traffic|users?|customers?|sign[\s-]?ups?|signups|growth|downloads|installs|sales|orders|leads|revenue|acquisition|usage|sessions|visits|subscribers|learners|students|patients|merchants|buyers|demand|funnel|installs|GMV|bookings|transactions|payments|volume|demand|members|students|learners|patients|sale|order|booking|download|install|visit|session|purchases?|transaction|enrol(?:l)?ments?|registrations?|onboarding|interactions|engagement|student enrol(?:l)?ment)\s+(?:[\p{L}'’-]+\s+){0,3}?(?:from|through|via|on|in|inside|within|by)\b(?=[^;；.。]{0,80}?(?:WeChat|Weixin|Xiaohongshu|RedNote|Little Red Book|Douyin|TikTok|Kuaishou|Bilibili|Weibo|Zhihu|Taobao|Tmall|Alipay|QQ|WeCom|DingTalk|Feishu|Lark|Slack|Teams|WhatsApp|Instagram|YouTube|Discord|Telegram|Facebook|Shopify|Pinduoduo|JD|Meituan|Mercado|iFood|Shopee|Amazon|GPT Store|Coze|bot store|mini[\s-]?programs?|mini[\s-]?apps?|official accounts?|public accounts?|service accounts?|微信|公众号|小程序|小红书|抖音|快手|视频号))/u,
            /\b(?:[7-9]\d|100)(?:\.\d+)?\s?%\s+(?:via|through|from|on|inside|within)\b(?=[^;；.。]{0,80}?(?:WeChat|Weixin|Xiaohongshu|RedNote|Little Red Book|Douyin|TikTok|Kuaishou|Bilibili|Weibo|Zhihu|Taobao|Tmall|Alipay|QQ|WeCom|DingTalk|Feishu|Lark|Slack|Teams|WhatsApp|Instagram|YouTube|Discord|Telegram|Facebook|Shopify|Pinduoduo|JD|Meituan|Mercado|iFood|Shopee|Amazon|GPT Store|Coze|bot store|mini[\s-]?programs?|mini[\s-]?apps?|official accounts?|public accounts?|service accounts?|微信|公众号|小程序|小红书|抖音|快手|视频号))/u,
            /\b(?:9\d|100|8\d|7\d)(?:\.\d+)?\s?%\s+(?:of\s+)?(?:our\s+|its\s+|the\s+|new\s+)?(?:\p{L}+\s+)?(?:distribution|traffic|users?|customers?|sign[\s-]?ups?|signups|growth|downloads|installs|sales|orders|leads|revenue|acquisition|usage|sessions|visits|subscribers|GMV|bookings|transactions|payments|volume)\s+(?:[\p{L}'’-]+\s+){0,3}?(?:from|through|via|on|in|inside|within|by)\b(?=[^;；.。]{0,80}?(?:WeChat|Weixin|Xiaohongshu|RedNote|Little Red Book|Douyin|TikTok|Kuaishou|Bilibili|Weibo|Zhihu|Taobao|Tmall|Alipay|QQ|WeCom|DingTalk|Feishu|Lark|Slack|Teams|WhatsApp|Instagram|YouTube|Discord|Telegram|Facebook|Shopify|Pinduoduo|JD|Meituan|Mercado|iFood|Shopee|Amazon|GPT Store|Coze|bot store|mini[\s-]?programs?|mini[\s-]?apps?|official accounts?|public accounts?|service accounts?|微信|公众号|小程序|小红书|抖音|快手|视频号))/u,
            /\b(?:built|hinges?|rests?|sits?|bets?)\s+(?:entirely\s+|wholly\s+|largely\s+)?(?:on|upon|atop|on top of)\b/u,
            /\b(?:only|sole|single|main|primary|principal|dominant|exclusive|one and only)\s+(?:\p{L}+\s+)?(?:channel|distribution channel|acquisition channel|source|funnel|route|surface|storefront|touchpoint|home|interface|front end|front-end|entry point)\b/u,
            /\b(?:exists?|lives?|runs?|operates?|is available|is accessible|can (?:only )?be (?:reached|used|accessed)|can only (?:reach|use|access|find)|are acquired|is acquired|is distributed|is sold)\s+(?:\p{L}+\s+){0,2}?(?:only|solely|exclusively|entirely|wholly|inside|within|through|via)\b/u,
            /\b(?:only|solely|exclusively|entirely|wholly|completely|fully)\s+(?:as|through|via|on|in|inside|within|from|reach|reachable|available|accessible|dependent|depends|relies|reliant)\b/u,
            /\b(?:depends?|relies|rely|reliant|dependent|hinges?)\s+(?:\p{L}+\s+)?(?:on|upon)\b/u, 'whole service', 'entire service', 'entire product', 'whole product',
            // The whole journey inside the platform: "from discovery to payment, happens inside WeChat".
            'whole customer journey', 'entire customer journey', 'whole user journey', 'entire user journey', 'end-to-end', 'from discovery to payment',
            /\b(?:happens?|happening|takes? place|occurs?|is completed|are completed|is done|are done)\s+(?:(?:entirely|fully|wholly|only|exclusively|all)\s+(?:inside|within|on|in)|inside|within)\b/u,
            // The product's form is the platform's: "the product is a Douyin mini-program", "Product form: a mini-program".
            /\b(?:product|service|app|tool|offering|business)\s+(?:is|exists as|runs as|lives as|ships as|is delivered as|is built as|takes the form of)\s+(?:a|an|one)\s+(?:[\p{L}-]+\s+){0,2}?(?:mini[\s-]?programs?|mini[\s-]?apps?|official account|public account|service account|shop|store|channel|bot)\b/u,
            /\b(?:distribution|acquisition|traffic|growth|channel|audience|demand|presence)\s+(?:is|comes from|runs through|relies on|sits on|lives on)\s+(?:a\s+single|one|just one|a lone|one single)\b|\b(?:entire|whole)\s+(?:audience|user base|customer base|community|distribution|business)\s+(?:sits|lives|is)\s+(?:on|in|inside)\b/u,
            /\bproduct\s+form\s*[:：]|\bformato\s+do\s+produto\s*[:：]|产品形态|产品形式/u, /\b(?:WeChat|Douyin|Xiaohongshu|TikTok|RedNote)[\s-](?:native|first|only)\b/u,
            /\b(?:most|the bulk of|the lion['’]s share of|nine in ten|nine out of ten|four in five|two[\s-]thirds of|three[\s-]quarters of|nearly every|the overwhelming majority of)\s+(?:of\s+)?(?:our\s+|its\s+|the\s+|new\s+|paying\s+)?(?:\p{L}+\s+)?(?:distribution|traffic|users?|customers?|sign[\s-]?ups?|signups|growth|downloads|installs|sales|orders|leads|revenue|acquisition|usage|sessions|visits|subscribers|demand|GMV)\s+(?:[\p{L}'’-]+\s+){0,3}?(?:from|through|via|on|in|inside|within|by)\b(?=[^;；.。]{0,80}?(?:WeChat|Weixin|Xiaohongshu|RedNote|Little Red Book|Douyin|TikTok|Kuaishou|Bilibili|Weibo|Zhihu|Taobao|Tmall|Alipay|QQ|WeCom|DingTalk|Feishu|Lark|Slack|Teams|WhatsApp|Instagram|YouTube|Discord|Telegram|Facebook|Shopify|Pinduoduo|JD|Meituan|Mercado|iFood|Shopee|Amazon|GPT Store|Coze|bot store|mini[\s-]?programs?|mini[\s-]?apps?|official accounts?|public accounts?|service accounts?|微信|公众号|小程序|小红书|抖音|快手|视频号))/u,
            /\b(?:roda|funciona|existe|opera|vive)\s+(?:apenas\s+|só\s+|somente\s+)?como\s+(?:um\s+|uma\s+)?(?:miniprograma|mini-?app|miniaplicativo|conta oficial|bot|loja)/u,
            /(?:完全|全部|只|仅|都|主要)(?:运行|部署|搭建|跑|寄居|生长|存在|活|开)(?:在|于)/u, '全靠', '主要靠', '基本靠', '完全靠', '几乎全部', '基本全部',
            /\btoda\s+a\s+(?:distribuição|aquisição|base|receita|demanda)|\btod[oa]s\s+os\s+(?:usuários|clientes|acessos|pedidos|alunos)|\b(?:apenas|somente|exclusivamente|unicamente)\s+(?:como|pel[oa]s?|n[oa]s?|via|através|dentro|em|por)\b|\b(?:existe|vive|roda|funciona|opera)\s+(?:apenas|somente|só|exclusivamente)(?![\p{L}\p{N}_])|\b(?:existe|vive|roda|funciona|opera|mora|está)\s+(?:inteiramente\s+|tod[oa]\s+)?dentro\s+d|(?<![\p{L}\p{N}_])únic[oa]\s+canal|\bcanal\s+únic[oa]|\bprincipal\s+canal|\b(?:9\d|100|8\d)\s?%\s+(?:d[oa]s?\s+)?(?:uso|usuários|clientes|tráfego|acessos|vendas|receita|pedidos|distribuição)|\bdepende(?:m)?\s+(?:\p{L}+\s+){0,2}?d[oa]s?\b|(?<![\p{L}\p{N}_])(?:acontece|acontecem|ocorre|ocorrem|é feit[oa]|são feit[oa]s|passa|passam)\s+(?:inteiramente\s+|tod[oa]s?\s+|apenas\s+|só\s+)?(?:dentro|através|por meio)\s+d|\btod[oa]\s+(?:o\s+|a\s+)?(?:atendimento|cobrança|venda|vendas|uso|tráfego|aquisição|relacionamento|operação|faturamento)\b/u,
            /百分之(?:百|九十|八十|七十)[^，。]{0,3}的?(?:用户|流量|客户|订单|收入|销售|新增|GMV|成交)/u,
            '寄生', '取决于', '受制于', '依附', '依托', '全部', '所有', '唯一', '主要依赖', '完全依赖', '依赖', '只能', '仅通过', '仅在', '只在', '都来自', '都通过', '绝大部分', '大部分', '九成', '主要来自',
            /只有[^，。]{0,10}(?:一个|这一|一种)(?:形态|入口|渠道)|都在[^，。]{0,8}(?:内|里)完成|(?:9\d|100|8\d)\s?%的?(?:用户|流量|客户|订单|收入|销售)/u,
          ],
        ],
        within: 120,
      },
      // "Channel mix: Xiaohongshu 78%, direct 12%": a platform with a dominant share written next to it.
      {
        all: [[
          /(?:Xiaohongshu|RedNote|Little Red Book|Douyin|TikTok|WeChat|Weixin|mini-?programs?|official accounts?|Kuaishou|Bilibili|WhatsApp|Instagram|GPT Store|小红书|抖音|微信|公众号|小程序|快手|视频号)\s*(?:[:：(（]\s*)?(?:[6-9]\d|100)(?:\.\d+)?\s?%/u,
          // The share first: "Distribution: 85% Xiaohongshu, 10% WeChat".
          /(?<![\d.])(?:[6-9]\d|100)(?:\.\d+)?\s?%\s*(?:via\s+|from\s+|on\s+|through\s+|d[oa]\s+|pelo\s+|no\s+)?(?:the\s+)?(?:Xiaohongshu|RedNote|Little Red Book|Douyin|TikTok|WeChat|Weixin|mini-?programs?|official accounts?|Kuaishou|Bilibili|WhatsApp|Instagram|GPT Store|Taobao|Alipay|小红书|抖音|微信|公众号|小程序|快手|视频号)/u,
          /(?:小红书|抖音|微信|公众号|小程序|快手|视频号)[^，。；]{0,10}(?:占比|占到|贡献了?|带来了?)(?:约|超过|近|将近)?(?:[6-9]\d|100)\s?%/u,
        ]],
      },
      // "Users discover and use us through Xiaohongshu posts": how users arrive, named as one platform.
      {
        all: [
          [
            /\b(?:users|customers|clients|buyers|subscribers|students|learners|patients|merchants|shoppers|members|readers|parents)\s+(?![^.;]{0,30}\bdirect(?:ly)?\b)(?:\p{L}+\s+){0,4}?(?:discover|find|reach|use|come|arrive|sign up|are acquired|acquire|buy|order|book)\s+(?:\p{L}+\s+){0,4}?(?:through|via|from|inside|within|on)\b(?=[^;；.。]{0,80}?(?:WeChat|Weixin|Xiaohongshu|RedNote|Little Red Book|Douyin|TikTok|Kuaishou|Bilibili|Weibo|Zhihu|Taobao|Tmall|Alipay|QQ|WeCom|DingTalk|Feishu|Lark|Slack|Teams|WhatsApp|Instagram|YouTube|Discord|Telegram|Facebook|Shopify|Pinduoduo|JD|Meituan|Mercado|iFood|Shopee|Amazon|GPT Store|Coze|bot store|mini[\s-]?programs?|mini[\s-]?apps?|official accounts?|public accounts?|service accounts?|miniprogramas?|miniaplicativos?|conta oficial|微信|公众号|小程序|小红书|抖音|快手|视频号))/u,
            /\b(?:usuários|clientes|alunos|pacientes)\s+(?:\p{L}+\s+){0,3}?(?:chegam|descobrem|encontram|usam|compram|acessam)\s+(?:\p{L}+\s+){0,2}?(?:pel[oa]s?|via|através|n[oa]s?)\b/u,
            /(?:用户|客户|学员|患者)(?:主要|都|全部|大多)?(?:通过|来自|在)/u,
          ],
          platform,
        ],
        within: 80,
        unless: ['also', 'too', 'as well', 'among', 'one of', 'também', '也'],
      },
    ],
    // Diversified channels, customers publishing on several platforms, or a move off the platform answer the risk.
    unless: [
      'used only for', 'only used for', 'is only for', 'are only for', 'used just for', 'usado apenas para', 'usado só para', '仅用于', '只用于', '只用来',
      'minor channel', 'small channel', 'secondary channel', 'small share', 'canal secundário', '次要渠道',
      'login', 'log in', 'log-in', 'sign-in', 'sign in with', 'single sign-on', 'authentication', 'alongside', 'login via', '登录', 'one of', 'one of several', 'one of five', 'several channels', 'multiple channels', 'multi-channel', 'diversified', 'across platforms',
      'cross-platform', 'which platform', 'each platform', /\ball\s+(?:two|three|four|five|six|of these|of them|major)\s+(?:platforms|channels)?/u, 'come direct',
      'direct traffic', 'direct visits', /(?<!\bno\s(?:\p{L}+\s)?)\b(?:own|native)\s+apps?\b/u, 'moved off', 'left the', 'brands post', 'customers post', 'customers publish',
      'um dos', 'vários canais', 'múltiplos canais', /(?<!\bsem\s)\bapp\s+próprio/u, 'saiu do', 'saiu da', 'diversificad*', '之一', '多个渠道', '多渠道', '自有App', '自有app', '自有渠道', '直接访问',
    ],
  },
} satisfies RuleSpec;
