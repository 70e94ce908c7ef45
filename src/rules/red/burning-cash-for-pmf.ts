import type { RuleSpec } from '../types';

/**
 * zhu/burning-cash-for-pmf: Burning cash to find product–market fit.
 * Triggers in the catalogue:
 * - {burn, cash burn, subsidies, paid acquisition, blitzscaling, aggressive spend, large raise, headcount ramp, smash money; PT queimar caixa / dinheiro, subsídios, aquisição paga; ZH 烧钱, 补贴, 砸钱, 投放买量, 扩团队}
 * - + {before / to find / until PMF, product-market fit, find the use case, monetise later, growth first; PT até encontrar, monetizar depois; ZH 找到PMF, 先…再变现, 先规模后盈利}.
 * - !{profitable, cash-flow positive, funded from profits, payback, capped validation budget}.
 */
export default {
  id: "zhu/burning-cash-for-pmf",
  kind: "red",
  title: "Burning cash to find product–market fit",
  claim: "The plan spends heavily — a big raise, subsidies, paid acquisition, a headcount ramp, model training — to find or force product–market fit; Zhu says PMF cannot be bought and that to-B AIGC basically does not need to burn cash.",
  severity: "warning",
  source: "zhu",
  passages: { zhu: ["p-pmf-not-money", "p-to-b-no-burn", "p-no-burn-only-way", "p-revenue-burn-question", "p-daring-to-smash-money"], interviewer: ["q-to-c-projects", "q-enterprise-investors-vanish", "q-way-forward"], editor: ["e-verify-demand-cheaply", "e-warns-no-burn"] },
  quote: {
    passages: ["p-to-b-no-burn", "p-pmf-not-money"],
    en: "\"For B, it's immediate commercialisation; you basically don't need to burn cash. Yesterday we invested in a company that said: for AIGC PMF, if ten people can't find it, a hundred people can't find it either. It has nothing to do with the number of people or the cost.\" […] \"You won't [get there by] smashing money. It's impossible to build AIGC with money; the key is to find PMF! The key is to find PMF. If you find PMF, you won't need to spend tens of millions of dollars smashing out a large model; the cost isn't high — just train on LLaMA for two or three months.\" — Zhu Xiaohu",
  },
  questions: ["How much revenue do you have? Can you do it without burning cash? (`p-revenue-burn-question`)", "What is the cheapest test that proves demand before the spend? (the editor's paraphrase of Zhu's habit: spend a few hundred thousand to two million to check demand, `e-verify-demand-cheaply`)"],
  openQuestion: "How much revenue do you have? Can you do it without burning cash? What is the cheapest test of demand?",
  message: 'Plan spends its way towards product–market fit ({evidence}); PMF cannot be bought, so ask for the cheapest test of demand first.',
  match: {
    type: 'phrase',
    patterns: [
      // Heavy spend (burn, subsidies, paid growth, a headcount ramp, losses) + the aim of finding PMF or
      // monetising later. Neither half alone is the flag: paid marketing after PMF is ordinary growth.
      {
        all: [
          [
            'burn', 'burns', 'burning', 'burned', 'burnt', 'cash burn', 'burn rate', 'subsidi*', 'subsidy', 'subsidies',
            'paid acquisition', 'user acquisition', 'customer acquisition', 'acquire users', 'acquiring users', 'buy users', 'buying users',
            'paid installs', 'paid install', 'paid social', 'paid media', 'paid ads', 'paid advertising', 'paid channels', 'paid growth',
            'paid marketing', 'paid traffic', 'performance marketing', 'ad spend', 'advertising spend', 'marketing spend',
            'marketing budget', 'blitzscal*', 'free usage', 'free for the first', 'give it away', 'giving it away', 'heavy losses',
            'years of losses', 'operating losses', 'loss-making', 'lose money', 'losing money', 'headcount', 'scale the team',
            'scaling the team', 'grow the team', 'growing the team', 'expand the team', 'expanding the team', 'hiring spree',
            'hire aggressively', 'spend heavily', 'spending heavily', 'heavy spend', 'heavy spending', 'aggressive spend*',
            'spend aggressively', 'pour money', 'pour capital', 'pouring money', 'smash money', 'throw money', 'war chest',
            /\bspend(?:s|ing)?\s+(?:US\$|RMB|\$|¥|CNY|USD)\s?\d/, /\b(?:raise|raising)\s+(?:a\s+)?(?:US\$|RMB|\$|¥)\s?\d/,
            /\bteam\s+(?:of\s+)?(?:from\s+)?\d+\s+(?:people\s+|engineers\s+)?to\s+\d+/, /\bfrom\s+\d+\s+to\s+\d+\s+(?:people|engineers|staff|employees|heads)/,
            /\bhir(?:e|es|ing)\s+(?:another\s+)?(?:\d+|dozens|hundreds)/, 'every yuan raised', 'every dollar raised',
            'run at a loss', 'runs at a loss', 'operate at a loss', 'operating at a loss', 'outspend', 'outspends', 'outspending',
            'outspend rivals', 'outspend competitors', 'free access', 'free for all', /\bbuy(?:s|ing)?\s+(?:\w+\s+){0,2}growth\b/,
            'paid campaigns', 'influencer campaigns', 'marketing blitz', 'acquisition campaigns', 'user-acquisition campaigns',
            /\b(?:US\$|RMB|\$|¥|R\$)\s?\d[\d.,]*\s?(?:M|B|bn|m|million|billion|milhões)?\s+(?:of|in|on|em|de)\s+(?:marketing|advertising|ads|subsidies|user acquisition|growth|mídia|publicidade)\b/,
            /\b(?:US\$|RMB|\$|¥|R\$)\s?\d[\d.,]*\s?(?:M|B|bn|m|million|billion|milhões)?\s+(?:round|raise|Series\s+[A-D])\b/, 'coupons', 'vouchers',
            /\bspend(?:s|ing)?\s+(?:\w+\s+)?aggressively\b/, /\b\d+\s*(?:→|->|to)\s*\d+\s+(?:staff|people|engineers|employees|heads|FTEs?)\b/,
            'paid UA', 'UA spend', 'losses', 'losses will widen', 'spend big', 'raise big', 'discounting', 'heavy discount*', 'deep discount*',
            /\bfree\s+for\s+(?:the\s+first\s+)?\d+\s+(?:months|years)\b/, /\boffer\w*\s+(?:the\s+\w+\s+|it\s+)?(?:for\s+)?free\b/, 'accumulate users',
            'free tier', 'funded by the round', 'funded by the raise', 'give away', 'gives away', 'giving away', 'at cost', 'below cost',
            /\b(?:KOL|influencer|brand|marketing|ad|advertising|media|growth)\s+spend\b/, 'cupons', 'descontos agressivos',
            'buy traffic', 'buying traffic', 'buys traffic', 'bought traffic', 'hire ahead of revenue', 'hiring ahead of revenue', 'ahead of revenue',
            'into marketing', 'on marketing', 'marketing push', 'per install', 'cost per install', 'free credits',
            // Losses stated as an amount: "losing RMB 30M a quarter on incentives".
            /\blos(?:e|es|ing)\s+(?:about\s+|roughly\s+|some\s+)?(?:US\$|RMB|\$|¥|R\$|€)\s?\d/, 'incentives', 'user incentives', 'cash incentives', /\bgiv(?:e|es|ing)\s+(?:the\s+|its\s+|our\s+)?(?:product|app|service|tool|platform)\s+away\b/, /\bspend(?:s|ing)?\s+through\s+(?:the\s+|its\s+)?(?:raise|round|cash|proceeds)\b/, 'ads and discounts',
            /\bCAC\b[^.;]{0,30}\b(?:above|exceeds?|exceeding|higher than|over|acima|maior|superior)\b[^.;]{0,12}\bLTV\b/, 'negative unit economics',
            /\bgrowth\s+(?:is\s+|will\s+be\s+)?(?:being\s+)?bought\b/, /\b(?:two|three|several|more|multiple)\s+(?:more\s+)?(?:large\s+|big\s+)?(?:rounds|raises)\b/,
            /\bpays?\s+(?:\w+\s+)?(?:creators|users|influencers|drivers|merchants|KOLs|riders|students)\b/, 'seed the app', 'seed the market',
            'torrar', 'torra', 'torrando', 'mídia', 'expansão do time', 'expansão da equipe',
            '月烧', '持续亏损', '团队扩张', '市场推广', '用钱换时间', '拉新', 'into growth', 'into user growth', 'burn capital', 'keep the product free',
            /\bpour(?:s|ing)?\s+(?:\w+\s+)?(?:US\$|RMB|\$|¥)?\s?\d/, /\b(?:expand|expands|expanding|grow|grows|growing|scale|scales|scaling)\s+(?:the\s+team\s+)?from\s+\d+\s+to\s+\d+/,
            // PT
            'queimar', 'queimando', 'queimará', 'queimar caixa', 'queima de caixa', 'queimando caixa', 'queimar dinheiro', 'queimar capital', 'queima caixa', 'subsídio*',
            'subsidiar', 'subsidia*', 'aquisição paga', 'aquisição de usuários', 'aquisição de clientes', 'mídia paga', 'anúncios pagos',
            'marketing pago', 'tráfego pago', 'prejuízo', 'prejuízos', 'gastar pesado', 'gastos agressivos', 'investir pesado',
            'ampliar o time', 'ampliar a equipe', 'triplicar o time', 'dobrar o time', 'contratações agressivas',
            // ZH
            // Margins run negative, or the round itself pays for the search ("the raise buys two years to iterate").
            /\bnegative\s+(?:contribution\s+|gross\s+|unit\s+)?margins?\b/, /\b(?:the\s+)?(?:raise|round|proceeds|capital)\s+(?:buys|funds|will\s+fund|finances|will\s+finance|pays\s+for)\b/,
            /\b(?:double|doubles|doubling|triple|triples|tripling|quadruple|quadrupling)\s+(?:the\s+)?(?:headcount|team|staff|workforce)\b/,
            '烧钱', '烧掉', '补贴', '砸钱', '投放', '买量', '获客', '扩张到', '扩张至', /从\d+人(?:扩张|扩充|扩|增加|增长)(?:到|至)\d+人/, '扩团队', '扩充团队', '扩张团队', '扩到', '扩至', '堆人', '招人', '亏损', '大举投入', '巨额投入', '重金',
          ],
          [
            'product market fit', 'PMF', 'market fit', 'fit is proven', 'fit emerges', 'fit emerge', 'find fit', 'finding fit',
            'killer use case', 'killer app', 'killer scenario', 'killer feature', 'use case emerges', 'find the use case',
            /先[^，。；]{0,12}(?:再说|再谈|再考虑|再想)/u, '跑出模式', '跑通模式',
            /\b(?:tests?|testing|trials?|trialling|trialing)\s+(?:which|what|whether|who)\b/, 'which segment pays', 'who will pay', 'who pays', /\bcharg(?:e|ing)\s+(?:only\s+)?once\b/, /\bproves?\s+(?:which|what)\b/, 'capture the market', 'grab the market', 'land grab', 'market share first', 'share first', 'before competitors do', '抢占市场', 'conquistar o mercado',
            /\b(?:only\s+)?(?:then|later|afterwards)\s+(?:decide|figure\s+out|work\s+out|choose)\s+(?:what|how|whether)\s+to\s+(?:charge|monetis\w*|monetiz\w*|price)\b/, 'what to charge for',
            'find a use case', 'find its use case', 'discover the use case', 'what users will pay for', 'what users want',
            'what customers will pay for', 'which use case', 'proves the concept', 'prove the concept', 'until engagement',
            'build the habit', 'building the habit', 'habit formation', 'growth first', 'growth at all costs', 'grow first',
            'users first', 'scale first', 'monetis* later', 'monetiz* later', 'monetis* comes', 'monetiz* comes', 'monetis* after',
            'monetiz* after', 'figure out monetis*', 'figure out monetiz*', 'figure out the business model', 'figure out how to make money',
            /\b(?:use\s+cases?|fit|PMF|killer\s+app|business\s+model|demand)\b[^.;]{0,30}\b(?:will\s+)?(?:surface|surfaces|emerge|emerges|appear|appears|materiali[sz]es?|reveal\s+itself)\b/,
            /\buntil\s+(?:it|we|they|the\s+\w+)\s+(?:understands?|knows?|learns?|finds?|figures?\s+out|discovers?)\b/, 'what users value',
            /\bexplor\w*\s+(?:(?:multiple|several|many|different|new)\s*)?(?:product\s+)?(?:directions|use\s+cases|scenarios|bets)\b/, 'see what sticks',
            /\bbefore\s+(?:worrying|thinking|caring)\s+about\s+(?:monetis|monetiz|revenue|profit|pricing)/, 'search for PMF',
            // Spending to learn what works: "to learn which segment converts", "before the company knows who will pay".
            /\bto\s+(?:learn|find|find\s+out|discover|understand|figure\s+out|work\s+out)\s+(?:which|what|who|whether|where)\b/,
            /\buntil\s+(?:it|we|they|the\s+\w+)\s+(?:sees?|knows?|learns?|understands?|finds?\s+out|discovers?)\s+(?:which|what|who|whether|where)\b/,
            /\b(?:learn|find\s+out|discover|understand)\s+where\s+(?:the\s+)?(?:real\s+)?demand\b/, 'before the money runs out',
            /\bwhat\s+(?:\w+\s+)?(?:users|customers|people)\s+(?:will|would)\s+(?:actually\s+)?pay\s+for\b/, 'would pay for',
            'pricing TBD', 'pricing to be decided', 'pricing to be determined', /\bafter\s+we\s+see\b/,
            /\bno\s+(?:monetis\w*|monetiz\w*|revenue|business|pricing)\s+(?:plan|model|strategy)\s+yet\b/,
            /\biterat\w*\s+(?:its\s+way\s+)?(?:towards?|to)\s+(?:fit|PMF|product[\s-]market)/, 'towards fit', 'toward fit',
            /\b(?:revenue|monetis\w*|monetiz\w*|business\s+model|pricing|revenue\s+engine)\b[^.;]{0,40}\b(?:later|afterwards|down\s+the\s+road|in\s+a\s+second\s+phase|in\s+phase\s+two)\b(?!\s+in\s+the\s+(?:year|quarter|month))/,
            /\bmonetiza\w*\s+(?:fica|ficará|vem|virá)\s+(?:para\s+)?(?:depois|mais\s+tarde|uma\s+segunda\s+fase|a\s+segunda\s+fase|o\s+futuro)/, 'segunda fase',
            /\b(?:before|until)\s+(?:it|we|they|the\s+\w+)\s+(?:knows?|learns?|understands?|finds?\s+out|discovers?)\s+(?:which|what|who|whether)\b/,
            /\b(?:search(?:es|ing)?\s+for|hunt(?:s|ing)?\s+for|look(?:s|ing)?\s+for|find(?:s|ing)?|discover(?:s|ing)?)\s+(?:(?:a|an|the|its|our|their)\s*)?(?:[\p{L}-]+\s+)?(?:wedge|niche|audience|segment|direction|product\s+direction|demand)\b/u,
            /\bbefore\s+(?:the\s+\w+|it|we|they)\s+(?:has|have)\s+(?:settled\s+on|found|identified|picked|chosen|validated|proven)\b/,
            /\b(?:monetis\w*|monetiz\w*|business\s+model|pricing|use\s+case|fit|revenue\s+model)\b[^.;]{0,30}\b(?:becomes?|will\s+become|to\s+become)\s+(?:clear|obvious|apparent)\b/,
            /\blet\s+(?:the\s+)?(?:usage|users|data|market|customers)\s+(?:tell|show|decide|reveal)\b/,
            /\b(?:sort\s+out|work\s+out|figure\s+out|decide\s+on)\s+(?:the\s+)?(?:revenue|business|monetis\w*|monetiz\w*|pricing)(?:\s+(?:model|strategy))?\b/,
            /\bonce\s+(?:the\s+)?(?:user\s+base|audience|traffic|usage)\s+is\s+(?:large|big|there|big enough)\b/,
            /\buntil\s+(?:retention|engagement|usage|demand|the\s+product)\s+(?:stabili[sz]es|proves|improves|takes\s+off|is\s+proven)\b/,
            /\bbefore\s+(?:the\s+\w+|it|we|they)\s+(?:has\s+|have\s+)?(?:settles?|settled|finds?|found|identif\w+|picks?|chooses?|validates?|proves?)\b/,
            /\b(?:surface|surfaces|find|finds|discover|uncover|identify|pick|hit\s+on)\s+(?:the\s+)?(?:winning|right|killer|best|breakout)\s+(?:use\s+case|product|scenario|app|feature)s?\b/,
            /\bexperiment\w*\s+(?:across|with)\s+(?:many|multiple|several|different|various)\b/,
            /\buntil\s+(?:one|something|a\s+product|a\s+use\s+case|a\s+feature)\s+(?:sticks|works|takes\s+off|gains\s+traction|clicks|catches\s+on)\b/,
            /\b(?:multiple|several|many|more)\s+(?:products|product\s+lines|bets|squads|product\s+squads)\s+(?:in\s+parallel|will\s+surface)\b/, 'winning use case',
            /\b(?:ahead\s+of|before)\s+any\s+(?:revenue|business|monetis\w*|monetiz\w*)(?:\s+model)?\b/, /\bwork\s+out\s+(?:the\s+)?unit\s+economics\s+(?:after|later|once)\b/,
            'caso de uso vencedor', /\baté\s+(?:que\s+)?(?:algum|alguma|um|uma)\b[^.;]{0,20}\b(?:pegar|pegue|funcionar|funcione|decolar|emplacar|ganhar)\b/,
            /\b(?:testar|testando)\s+(?:vários|várias|muitos|diversos)\s+(?:produtos|apostas|casos)\b/,
            'along the way', 'no caminho', 'ahead of any paid tier', /\b(?:ahead of|before)\s+(?:any|a)\s+(?:paid\s+(?:tier|plan|product)|pricing|paywall)\b/,
            /\b(?:descobrir|entender|aprender|achar|encontrar|testar)\b[^.;]{0,25}\b(?:qual|quais|quem|o que|onde)\b/,
            /\b(?:procura|busca|procurar|buscar|procurando|buscando)\s+(?:(?:pel[oa]|por|o|a|um|uma|seu|sua)\s*)?(?:\w+\s+)?(?:wedge|nicho|caso de uso|público|product[\s-]market fit|encaixe|modelo de negócio|direção)/,
            'how to monetis*', 'how to monetiz*', 'how to make money', 'how to charge', 'engagement is proven', 'finds its market',
            'find its market', 'find a market', 'which use case resonates', 'what resonates',
            /\b(?:search(?:es|ing)?\s+for|hunt(?:s|ing)?\s+for|look(?:s|ing)?\s+for|find(?:s|ing)?|discover(?:s|ing)?|figure\s+out|identify|identifies|stumble\s+on)\s+(?:(?:a|an|the|its|our|their|which|what)\s*)?(?:[\p{L}-]+\s+){0,2}(?:use\s+cases?|killer\s+\w+|scenarios?|business\s+model|fit)\b/u,
            // Working out who buys, or iterating until something lands.
            /\b(?:works?|working|figures?|figuring|finds?|finding)\s+out\s+(?:which|what|who|whether|where)\b/,
            /\b(?:find|finds|finding|discover|discovers|discovering|identify|identifies|identifying|learn|learns|locate|pin\s+down)\s+(?:(?:its|their|our|the|a)\s*)?(?:core|ideal|right|real|target|paying|best|true)\s+(?:customers?|buyers?|users?|audience|segment|persona|vertical|market)\b/,
            /\buntil\s+(?:(?:the|a|one|its|our)\s+)?(?:[\p{L}-]+\s+){0,2}(?:sticks|clicks|resonates|lands|takes\s+off|catches\s+on|gains\s+traction|finds\s+(?:its\s+|an\s+)?(?:fit|audience|market|footing))\b/u,
            /\b(?:many|multiple|several|dozens\s+of|lots\s+of|parallel|rapid)\s+(?:product\s+)?(?:experiments|tests|pilots)\b/,
            /\b(?:pricing(?:\s+power)?|monetis\w*|monetiz\w*|revenue|profits?|margins?|business\s+model)\s+(?:\w+\s+){0,2}(?:to\s+follow|will\s+follow|follows\s+later)\b/,
            /\bonce\s+(?:the\s+)?(?:category|market)\s+(?:is|has\s+been)\s+(?:won|captured|locked\s+up)\b/,
            'business model later', 'revenue later', 'pricing comes', 'pricing later', 'charge later', 'charging later',
            /\bmoneti[sz]\w*\s+(?:\w+\s+){0,4}(?:later|afterwards|down the road|after|figured out|worked out|decided)\b/, 'before any monetis*', 'before any monetiz*', 'before monetis*', 'before monetiz*', 'ahead of monetis*', 'ahead of monetiz*',
            // PT
            'encaixe com o mercado', 'encaixe produto mercado', 'ajuste produto mercado', 'monetiza* depois', 'monetizar depois',
            'antes de qualquer monetização', 'antes de monetizar', 'antes da monetização', 'crescimento primeiro', 'crescer primeiro',
            'modelo de negócio depois', 'cobrar depois', 'caso de uso matador', 'aplicativo matador', 'até encontrar', 'até achar',
            'até descobrir', 'o que os usuários querem',
            /\baté\s+(?:que\s+)?(?:o|a|os|as)\s+(?:[\p{L}-]+\s+){0,2}(?:encontr\w+|ach\w+|descobr\w+|acert\w+|emplac\w+)\b/u,
            /\b(?:modelo\s+de\s+(?:receita|negócio|monetização)|monetização|cobrança|preços?)\b[^.;]{0,20}\bdepois\b/, /\bdepois\b[^.;]{0,20}\b(?:monetiza\w*|cobrar)\b/,
            // ZH (Latin "PMF" inside Chinese text needs a regex: phrase boundaries treat Han characters as letters)
            /(?<![A-Za-z])PMF(?![A-Za-z])/, '产品市场契合', '市场契合', '契合点', '杀手级', '再考虑变现', '再变现', '后再变现', '再考虑收费', '再收费', '再商业化', '再考虑商业化',
            '先规模后盈利', '先把规模做起来', '先做规模', '先做大规模', '先增长', '跑出场景', '找到场景', '找场景', '找方向', '找到需求', '摸索商业模式', '再摸索', '边投边找', '边烧边找', '变现放在', '变现留到', '试错', '押中', '赛马', '增长优先', '留到以后', '以后再想', '之后再想',
            /商业模式[^。；，]{0,6}(?:以后|之后|后面|再说|再想)/,
            /(?:商业化|变现|盈利|收费|赚钱)[^。；，]{0,4}(?:以后|之后|后面|再说|再考虑|再想|放后)/, /先把[^。；，]{0,6}(?:做上来|做起来|做大|拉起来)/,
            /(?:直到|找到|跑通)[^。；，]{0,8}(?:匹配|契合)/, '产品市场匹配', '市场匹配',
            /(?:摸清|找到|寻找|跑出|验证|探索|摸索)[^。；，,]{0,6}(?:场景|产品方向|方向|需求)/,
            /找(?:到)?(?:最|真正)?(?:能|愿意)?(?:转化|付费)的(?:人群|用户|客户)/, '规模做上去', '再考虑盈利', '再谈盈利', '再想怎么赚钱', '商业模式以后', '以后再说',
          ],
        ],
      },
      // Phrases that are the whole claim: growth bought at any cost.
      { all: [[/\b(?:growth|scale|users|usage)\s+(?:comes?\s+)?first\b[^.;]{0,60}\b(?:revenue|monetis\w*|monetiz\w*|business\s+model|pricing|profit\w*)\b/,
        /\bmoneti[sz]ation\s+(?:is\s+|has\s+been\s+|will\s+be\s+)?(?:deliberately\s+|intentionally\s+)?(?:postponed|deferred|delayed|pushed\s+back)\b/,
        /\bbusiness\s+model\s+will\s+be\s+(?:worked|figured)\s+out\s+(?:later|once)\b/, 'growth at all costs', 'growth-at-all-costs', 'growth at any cost', 'blitzscaling', 'blitzscale', 'crescimento a qualquer custo', '不计成本扩张', '烧钱换增长', '烧钱换规模', '先烧钱']] },
    ],
    // Spend that is already paid for, or a capped test, is Zhu's advice, not the flag; so is spend after PMF is found.
    unless: [
      'has since', 'have since',
      // Spend that comes only after fit is shown is ordinary growth.
      /\bonly\s+(?:after|once)\s+(?:PMF|product[\s-]market\s+fit)\b/, 'só depois do PMF', '只有在PMF之后',
      // Questions put to management are diligence, not the plan.
      /[?？]/, 'how much', 'we asked', 'asked management', 'asked the founders', 'the answer was',
      'profitable', 'profitability', 'cash-flow positive', 'cash flow positive', 'positive cash flow', 'funded from profit*',
      'out of profit*', 'paid for out of', 'payback', 'pays back', 'paid back', 'capped', 'caps', 'cap of', 'at most',
      'no more than', 'validation budget', 'reinvest*', 'profits',
      // Fit already found: the verb only, since a suppressor overlapping the trigger ("PMF") does not count.
      /\b(?:reached|achieved|found|proven|proved|has|have|hit|after reaching|after achieving)(?=\s+(?:PMF|product[\s-]+market[\s-]+fit))/,
      'lucrativ*', 'geração de caixa', 'fluxo de caixa positivo', 'limitado a', 'teto de', '已盈利', '实现盈利', '已经盈利', '持续盈利', '盈利状态', '现金流为正', '正现金流', '已找到', '已经找到', '控制在', '上限',
    ],
  },
} satisfies RuleSpec;
