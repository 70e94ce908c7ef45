import type { RuleSpec } from '../types';

/**
 * zhu/no-data-no-scenario: No proprietary data, no concrete scenario.
 * Triggers in the catalogue:
 * - {no / lack of / without / not yet / TBD / to be explored / planned later; PT sem, ainda não, a definir; ZH 没有, 暂无, 待定, 探索中} + {data, proprietary data, dataset, scenario, use case, vertical, application, go-to-market; PT dados, cenário, caso de uso; ZH 数据, 场景, 应用场景}.
 * - {horizontal, general-purpose, any industry, all scenarios, platform for everyone; PT genérico, qualquer setor; ZH 通用, 所有行业, 全场景}.
 * - !{authorised data, closed loop, named paying scenario}.
 */
/** Every industry, sector or scenario at once ("rather than any one use case" included). */
const BREADTH =
  /\b(?:any|every|all|each)\s+(?:[\w-]+\s+)?(?:industry|industries|sector|sectors|vertical|verticals|scenarios?|use cases?|business(?:es)?|domain|domains|segment|segments|workflows?|company|companies|enterprises?)(?:,?\s+rather than (?:any|a|one)\s+(?:one\s+|single\s+|specific\s+|particular\s+)?(?:use case|vertical|industry|sector|scenario|niche|customer))?|\bacross (?:all\s+)?(?:industries|sectors|verticals)\b|\b(?:industry|sector|vertical)[- ](?:agnostic|neutral)\b|\bwhich is to say,? everyone\b|\b(?:every|any|all)\s+(?:kinds?|types?|sorts?)\s+of\s+(?:[\w-]+\s+)?(?:business(?:es)?|compan(?:y|ies)|industr(?:y|ies)|sectors?|users?|customers?|enterprises?|organi[sz]ations?)\b|\b(?:qualquer|todo|todos os)\s+tipos?\s+de\s+(?:empresa|negócio|setor|cliente|indústria)s?|\b(?:businesses|companies|industries|sectors|customers|enterprises|organi[sz]ations|teams) of (?:every|all|any) (?:kind|type|size|sort|stripe)s?\b|\b(?:empresas|setores) de (?:todos os|qualquer) (?:tipos?|portes?|tamanhos?)\b|\bqualquer (?:setor|indústria|segmento|empresa)|\btodos os (?:setores|segmentos)|(?:所有|任何|各个)(?:行业|场景|领域|企业)|各行各业|全行业|全场景|各行业|各类行业|各类企业|千行百业|不同行业|所有客户|任何客户/;

export default {
  id: "zhu/no-data-no-scenario",
  kind: "red",
  title: "No proprietary data, no concrete scenario",
  claim: "The memo states or implies that the company has neither proprietary data nor a concrete commercialisation scenario (a use case someone pays for); Zhu asks what value that has.",
  severity: "warning",
  source: "zhu",
  passages: { zhu: ["p-no-scenes-no-data-expensive", "p-core-questions-scenario-data", "p-mna-who-willing", "p-200-models", "p-data-barrier-short-video", "p-regret-gpt4-dilemma", "p-giants-do-it-themselves"], interviewer: ["q-first-look", "q-rejected", "q-mna-wave"], editor: ["e-four-dragons-lesson"] },
  quote: {
    passages: ["p-no-scenes-no-data-expensive", "p-mna-who-willing"],
    en: "\"I don't even want to talk about it, you know? It's pointless — these companies, no scenarios, no data, no data, what value do you say that has? And such an expensive valuation.\" […] \"If we all use LLaMA open source to modify, what don't I have? I have data and scenarios — what do you have? You only have a few people.\" — Zhu Xiaohu",
  },
  questions: ["Where is your commercialisation scenario? Where is your data?", "If vertical scenarios — in which vertical scenarios do you have an advantage?"],
  openQuestion: "Where is your commercialisation scenario? Where is your data?",
  message: 'No proprietary data or concrete paying scenario ({evidence}); without scenarios and data, what is the company worth?',
  match: {
    type: 'phrase',
    patterns: [
      // Stated lack: "no proprietary data", "does not yet have a use case", "没有自有数据", "sem dados próprios".
      {
        all: [[
          /\b(?:no|neither|lacks?|lacking|without|zero|nor|little|lack of|absence of)\s+(?:both\s+)?(?:any\s+|a\s+|an\s+)?(?:(?:proprietary|own|exclusive|unique|first-party|in-house|private|differentiated|clear|defined|specific|concrete|paying|identified|real|meaningful|vertical|domain|commercial|business|target|customer|industry)\s+){0,2}(?:training\s+)?(?:data(?:sets?)?|data (?:sources?|assets?|agreements?|partnerships?|access|moat|advantage|rights)|scenarios?|use[- ]cases?|target (?:vertical|customers?|market|industry)|vertical focus|go-to-market|commerciali[sz]ation scenario|(?:defined|clear|target|identified|specific|named) (?:buyers?|customers?|market))\b(?!\s+(?:leak\w*|breach\w*|loss|residency|privacy|security|retention|sovereignty|transfers?|protection|centers?|centres?|teams?|staff|hires?|headcount|people|leads?|leaders?|heads?|budget|spend|function|expertise|experience|engineers?|scientists?|in which|where|under which|that would|for which|on|about|regarding|yet on|leaves|(?:is|are|was|were|gets?|will be)\s+(?:ever\s+)?(?:shared|sent|stored|retained|kept|sold|transferred|leaked|used|logged|exported)))(?:,?\s+(?:and|or|nor)\s+(?:no|any|a|an)\s+(?:(?:proprietary|own|exclusive|unique|first-party|in-house|private|differentiated|clear|defined|specific|concrete|paying|identified|real|meaningful|vertical|domain|commercial|business|target|customer|industry)\s+){0,2}(?:training\s+)?(?:data(?:sets?)?|data (?:sources?|assets?|agreements?|partnerships?|access|moat|advantage|rights)|scenarios?|use[- ]cases?|target (?:vertical|customers?|market|industry)|vertical focus|go-to-market|commerciali[sz]ation scenario|(?:defined|clear|target|identified|specific|named) (?:buyers?|customers?|market))\b(?!\s+(?:leak\w*|breach\w*|loss|residency|privacy|security|retention|sovereignty|transfers?|protection|centers?|centres?|teams?|staff|hires?|headcount|people|leads?|leaders?|heads?|budget|spend|function|expertise|experience|engineers?|scientists?|in which|where|under which|that would|for which|on|about|regarding|yet on|leaves|(?:is|are|was|were|gets?|will be)\s+(?:ever\s+)?(?:shared|sent|stored|retained|kept|sold|transferred|leaked|used|logged|exported))))?/,
          /\b(?:does not|doesn't|do not|don't|has not|hasn't|have not|haven't)\s+(?:yet\s+)?(?:have|own|hold|possess|secured?|identified|defined|chosen|picked|found|settled on)\s+(?:any\s+|a\s+|an\s+)?(?:(?:proprietary|own|exclusive|first-party|clear|specific|concrete|paying|target)\s+){0,2}(?:data(?:sets?)?|data sources?|scenarios?|use[- ]cases?|vertical|go-to-market|target market|(?:defined|clear|target|specific|identified|paying)\s+(?:customers?|buyers?|industry|sector|market|niche|segment))\b/,
          /\bnothing proprietary\b/,
          // "has neither a dataset of its own nor an identified paying customer segment": both halves of the lack.
          /\bneither\s+(?:(?:a|an|any)\s+)?(?:[\w-]+\s+){0,3}?(?:data(?:sets?)?|data\s+sources?|scenarios?|use[\s-]cases?|verticals?|customers?)\b[^.;]{0,60}?\bnor\b(?:\s+[\w-]+){0,5}/,
          // Every sector at once: "can serve finance, retail, healthcare and education alike", "use cases are broad".
          /\b(?:[\p{L}-]+,\s+){2,}(?:[\p{L}-]+\s+)?(?:and|or)\s+[\p{L}-]+\s+alike\b/u, 'use cases are broad', 'broad use cases', 'any vertical', 'every vertical',
          // "no defined vertical", "no clear target industry", "without a chosen niche".
          /\b(?:no|without (?:a|any)|lacks? (?:a|any)|lacking (?:a|any))\s+(?:(?:clear|defined|specific|chosen|identified|target|concrete|obvious|single|priority|first|anchor|core|lead)\s+){0,2}(?:vertical|niche|beachhead|industry focus|sector focus|customer segment|ideal customer profile|ICP)\b(?!\s+(?:integration|integrated|farming|scaling|search))/,
          // Bullet or table fragments: "Proprietary data: none", "Use case: n/a", "Data — none proprietary".
          /\b(?:proprietary data|data(?: assets?)?|datasets?|scenarios?|use[- ]cases?|vertical|target (?:market|customer|industry))\s*[:：–—-]\s*(?:none|n\/a|nil|not yet|TBD|to be (?:defined|determined|decided))\b/,
          /\b(?:dados(?: próprios)?|cenário|caso de uso|vertical)\s*[:：–—-]\s*(?:nenhum|nenhuma|não há|a definir|indefinid\p{L}*)/u,
          /(?:数据|场景|应用场景|落地场景)\s*[:：]\s*(?:无|暂无|待定|尚无)/,
          // "暂时没有明确的落地场景", "也没有独有数据", "尚未找到付费场景".
          /(?:既)?(?:没有|暂无|尚无|缺乏|缺少|还没有|并无|尚未找到|暂未找到|还没找到|没找到|尚未形成|未形成|找不到)[^，。；、]{0,10}?(?:数据(?!泄露|安全|隐私|中心|出境)|场景)(?:[，,]?(?:也|又|更)?(?:没有|无|缺乏|缺少|暂无)[^，。；、]{0,6}?(?:数据|场景))?/,
          // "no access to domain-specific datasets".
          /\b(?:no|without(?: any)?|lacks?|lacking|limited)\s+access\s+to\s+(?:any\s+)?(?:[\w-]+\s+){0,2}(?:data(?:sets?)?|data sources?|corpora|training data)\b/,
          // "does not own any data", "owns no data", "has yet to secure a dataset".
          /\b(?:owns?|holds?|has|have|possess(?:es)?)\s+no\s+(?:[\w-]+\s+){0,2}(?:data(?:sets?)?|scenarios?|use[- ]cases?)\b(?!\s+(?:leak\w*|breach\w*|residency|privacy|security|retention|team|engineers?|scientists?))/,
          /\b(?:has|have)\s+yet\s+to\s+(?:secure|acquire|build|assemble|find|identify|define|pick|choose|land|sign)\s+(?:any\s+|a\s+|an\s+|its\s+)?(?:(?:first|proprietary|paying|target|clear|own)\s+){0,2}(?:data(?:sets?)?|data sources?|scenarios?|use[- ]cases?|vertical|niche)\b/,
          /\b(?:sem|não tem|não possui|não há|ainda não há|ainda não tem|ainda não possui|nenhum|nenhuma|falta de|ausência de|não conta com|ainda não conta com|não dispõe de|carece de|não detém|sem acesso a)\s+(?:\p{L}+\s+){0,1}(?:(?:um|uma)\s+)?(?:dados|dado|base de dados|conjunto de dados|cenário|cenários|caso de uso|casos de uso|cliente-alvo|público-alvo|mercado-alvo|vertical(?:\s+(?:definida|prioritária|escolhida|clara))?)(?![\p{L}])(?:[^.;]{0,30}?\b(?:nem|e nenhum|e nenhuma|ou)\s+(?:\p{L}+\s+){0,2}(?:dados|cenário|cenários|caso de uso|casos de uso|vertical)(?:\s+\p{L}+)?)?/u,
          /(?:没有|暂无|尚无|缺乏|缺少|还没有|并无|无)(?:任何|太多|足够的)?(?:自有|专有|独家|私有|自己的|自己|独特|高质量|专属)?(?:的)?(?:数据|场景|应用场景|落地场景|商业化场景|客户场景|使用场景)/,
        ]],
      },
      // Scenario, vertical or data still undecided: "still being explored", "TBD", "a definir", "探索中".
      {
        all: [
          [
            // Not "go-to-market strategy" alone (an undecided sales plan is zhu/no-sales-capability), nor
            // "monetisation" alone (postponed monetisation is zhu/burning-cash-for-pmf).
            'scenario', 'scenarios', 'use case', 'use cases', 'vertical', 'target vertical', 'target market', 'which industry',
            'industry to target', 'escolha de cenário',
            'target customer', 'target customers', 'target industry', 'data partnerships', 'data partnership', 'data agreements',
            'data strategy', 'data access', 'data sources', 'data acquisition', 'data collection', 'data sourcing', 'domain data',
            /\baccess to (?:[\w-]+\s+)?data\b/, 'commercialisation scenario', 'commercialization scenario',
            'scenario selection', 'use-case selection', 'use case selection', 'vertical selection', 'choice of vertical', 'choice of scenario', 'which vertical', 'which industry', 'which sector', 'which market',
            'qual setor', 'em qual setor', 'setor de atuação', 'segmento', 'nicho', 'qual vertical',
            'cenário', 'cenário de aplicação', 'caso de uso', 'casos de uso', 'mercado-alvo', 'setor-alvo', 'vertical', 'parcerias de dados',
            '场景', '应用场景', '落地场景', '商业化场景', '垂直领域', '目标行业', '目标客户', '商业化路径', '落地方向', '数据合作', '数据来源',
          ],
          [
            /\b(?:has|have|had)(?:\s+not|n't)\s+(?:yet\s+)?been\s+(?:identified|defined|chosen|selected|decided|determined|pinned down|settled|validated|found|prioriti[sz]ed|picked|specified)\b/,
            /\b(?:is|are)(?:\s+not|n't)\s+(?:yet\s+)?(?:identified|defined|chosen|selected|decided|determined|settled|clear|known|specified)\b/,
            /\b(?:is|are|remains?|still)\s+(?:still\s+)?(?:undefined|unclear|unknown|unspecified|vague|undecided|unresolved|up in the air|an open question)\b/,
            /\b(?:will|intends? to|plans? to|wants? to|expects? to|hopes? to|aims? to)\s+(?:pick|choose|select|decide on|settle on|narrow (?:down )?(?:to|on))\b/,
            /\bafter the (?:\w+\s+)?(?:round|raise|financing|seed|close|closing)\b/, 'post-round', 'post-money',
            /\bwill\s+(?:determine|decide|figure out|work out|discover|find out)\b/, /\bwill (?:happen|be made|take place)\b/, /\bonce (?:the|we|it|they)\b/, 'based on pilot feedback',
            'before committing', 'plans to explore', 'will explore', 'intends to explore', 'to test several', 'antes de escolher', 'vai explorar',
            'still looking for', 'still searching for', 'still hunting for', 'yet to find', 'has not found', "hasn't found", 'not found yet',
            'ainda busca', 'ainda procura', 'ainda em busca', 'ainda não definiu', 'ainda não escolheu', 'ainda não encontrou', 'ainda não identificou',
            '仍在寻找', '还在寻找', '尚未找到', '还没找到', '暂未确定', '尚未确定', '还没确定', '没想好', '还没想清楚',
            /\bnot yet (?:selected|chosen|defined|decided|identified|determined|clear|fixed|settled|picked)\b/, 'yet to be selected',
            'still open', 'remains open', 'will decide after', 'decide later', 'ficam para depois', 'fica para depois', 'para depois da rodada',
            '仍在摸索', '在摸索中', '摸索中', '再确定',
            'will be negotiated', 'to be negotiated', 'after the round', 'follow inbound interest', 'wherever demand',
            'TBD', 'to be defined', 'to be determined', 'will be defined', 'will be decided', 'will be chosen', 'will be identified',
            'defined after', 'decided after', 'decided later', 'defined later', 'chosen later', 'to be decided', 'to be explored', 'to be identified', 'to be confirmed',
            'under exploration', 'being explored', 'still exploring', 'yet to be defined', 'yet to be determined', 'yet to be chosen',
            'yet to be identified', 'has yet to', 'remains open', 'remain open', 'remains undefined', 'remain undefined', 'undecided',
            'remains unclear', 'remain unclear', 'are unclear', 'is unclear', 'will emerge', 'to emerge', 'emerge once',
            'planned for later', 'planned later', 'come later', 'will come later', 'later stage', 'at a later stage', 'figure out later',
            'with design partners', 'limited to whatever', 'addressed later', 'dealt with later', 'later on', 'deferred',
            'to be addressed', 'will be addressed', 'postponed',
            /\bainda não (?:foi|foram|está|estão)\s+(?:\p{L}+\s+)?(?:escolhid\p{L}*|definid\p{L}*|decidid\p{L}*|selecionad\p{L}*|clar\p{L}*|identificad\p{L}*)/u,
            'a definir', 'a ser definido', 'a ser definida', 'será definido', 'será definida', 'serão definidos', 'ainda não foi definido',
            'ainda não foi definida', 'ainda não foram definidos', 'indefinido', 'indefinida', 'em aberto', 'em exploração', 'ainda em estudo',
            'definido depois', 'definida depois', 'mais tarde', 'descubram', 'vão descobrir',
            '待定', '探索中', '仍在探索', '还在探索', '尚在探索', '尚未明确', '还不明确', '不明确', '未确定', '待确定', '才能明确',
            '再定', '还在摸索', '尚在摸索', '之后再说', '以后再说', '有待',
          ],
        ],
        within: 90,
      },
      // Data only from public sources: "trains exclusively on Common Crawl", "apenas com textos públicos".
      {
        all: [
          [
            'only', 'exclusively', 'entirely', 'solely', 'purely', 'just', 'apenas', 'somente', 'exclusivamente', '完全', '仅', '只用', '全部',
            // "none proprietary; training relies on open web crawl": public data as the whole data story.
            'relies on', 'rely on', 'relying on', 'depends on', 'depend on', 'depende de', 'dependem de', '依赖', '依靠',
          ],
          [
            'public data', 'public datasets', 'public corpora', 'public web', 'public sources', 'publicly available', 'Common Crawl',
            'scraped', 'open datasets', 'open web', 'web crawl', 'web crawls', 'crawled web', 'public web corpora', 'textos públicos', 'dados públicos', 'fontes públicas', 'internet pública',
            '公开数据', '公开语料', '公开网页', '网络公开', '开源数据集', '公开网络',
          ],
        ],
        within: 60,
      },
      // Scenario search named as the work plan: "scenario exploration is the main task for 2025".
      {
        all: [[
          'scenario exploration', 'exploring scenarios', 'exploring use cases', 'use-case exploration', 'use case exploration',
          'searching for a use case', 'search for a scenario', 'assembling a first dataset', 'build a first dataset',
          'exploração de cenários', 'busca de um caso de uso', '场景探索', '探索场景', '寻找场景', '寻找落地场景',
        ]],
      },
      // A horizontal, general-purpose product meant for every industry rather than a chosen scenario.
      // The breadth terms are one expression so that "rather than any one use case" is part of the trigger.
      {
        all: [
          [
            'all-purpose', 'general purpose', 'multi-purpose', 'de uso geral', 'uso geral', 'horizontal', 'general-purpose', 'generic', 'universal', 'one-size-fits-all', 'industry-agnostic', 'for everyone',
            'genérico', 'genérica', 'horizontal', 'universal', '通用平台', '通用型平台', '通用AI平台', '通用工具', '通用型', '通用的', /通用[^，。；]{0,6}(?:平台|工具|产品|助手|框架|智能体)/, /\bgeneral(?:[- ]purpose)?\s+(?:AI\s+)?(?:[\w-]+\s+)?(?:platform|toolkit|assistant|agent platform|agent framework)s?\b/,
          ],
          [BREADTH, 'use cases will emerge', 'specific use cases', 'use case will emerge'],
        ],
        within: 100,
      },
      // "Any industry can use our agent framework."
      {
        all: [
          [BREADTH],
          [
            'platform', 'platforms', 'product', 'products', 'toolkit', 'framework', 'agent', 'agents', 'tool', 'tools', 'solution',
            'assistant', 'copilot', 'can use', 'serve', 'serves', 'work in', 'works in', 'designed to', 'built for', 'applicable',
            'plataforma', 'produto', 'ferramenta', 'solução', 'serve', 'atende', '平台', '产品', '工具', '框架', '适用于', '都能用',
          ],
        ],
        within: 60,
      },
    ],
    // Authorised or closed-loop data and a named paying scenario answer the question
    // (zhu/green/vertical-data-loop); a past state of the company ("at founding it had no data") is history.
    unless: [
      'authorised', 'authorized', 'authorise', 'authorize', 'authorises', 'authorizes', 'closed loop', 'closed-loop',
      'paid per', 'pays per', 'paying customers', 'signed contracts', 'had no', 'at founding', 'at inception', 'back then',
      // A wrapper over a frontier model with no data of its own is zhu/thin-wrapper's more specific claim.
      'OpenAI', 'ChatGPT', 'GPT-4', 'GPT-4o', 'Claude', 'Gemini', 'wrapper', '套壳', '插件', 'plug-in', 'browser extension',
      /(?<![A-Za-z0-9_])(?:OpenAI|ChatGPT|GPT-?4o?|Claude|Gemini)(?![A-Za-z0-9_])/,
      'paid contracts', 'paying contracts', 'converted to paid',
      // "use cases beyond claims will be defined later": the first scenario exists ("Beyond the founders' talent" does not count).
      'named both', /(?<!^)\bbeyond\b(?! the (?:founders|team))/, 'additional use cases', 'further use cases', 'other use cases', 'new verticals', 'next vertical',
      'adjacent', 'expansion', 'horizontal expansion', 'horizontal scaling', 'horizontally', 'generic drugs', 'generic name',
      'autorizados', 'autorizadas', 'ciclo fechado', 'clientes pagantes', 'contratos assinados',
      '授权', '闭环', '按笔收费', '付费客户', '已签约',
    ],
  },
} satisfies RuleSpec;
