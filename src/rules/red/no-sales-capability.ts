import type { RuleSpec } from '../types';

/**
 * zhu/no-sales-capability: Scientist founders who cannot manage sales.
 * Triggers in the catalogue:
 * - {founders, team, CEO; ZH 创始团队, 团队} + {PhD, researchers, scientists, lab, papers; PT pesquisadores, cientistas; ZH 博士, 科学家, 研究员}
 * - + {no sales, commercial lead later, go-to-market not yet, will sell itself, commercialisation later; PT sem equipe comercial, vendas depois; ZH 暂无销售, 商业化待定, 融资后招聘}.
 * - !{sales leader with track record, commercial co-founder, revenue owner named}.
 */
// Two negated families in one sentence ("no sales staff, and the founders have never sold"): as two groups of one
// pattern, both negations are trigger words and neither stops the other.
const neverSold = [
  /\bnever\s+(?:\p{L}+\s+){0,2}?(?:sold\b|run sales|managed sales|led sales|carried a quota|closed (?:a|an|any) (?:deal|sale|contract)|(?:had|hired|employed|built) (?:a|any) (?:salesperson|sales ?person|sales rep|sales team|seller|sales function|commercial team))/u,
  /\b(?:nunca|jamais)\s+(?:\p{L}+\s+){0,2}?(?:vend\w+|comercializ\w+|geri\w+ vendas|lider\w+ vendas|estrutur\w+ (?:uma?\s+)?(?:área|equipe|time)|mont\w+ (?:uma?\s+)?(?:área|equipe|time))/u,
  /(?:从未|从来没有?|从没)(?:做过|管过|带过|卖过|负责过)?(?:销售|商务|商业化|卖)/u,
];
const noSalesShort = [
  /\b(?:no|without(?:\s+(?:a|any))?|lacks?(?:\s+(?:a|any))?)\s+(?:\p{L}+\s+)?(?:sales|selling|commercial|go[\s-]to[\s-]market|GTM|BD)\s+(?:team|staff|function|people|person|hire|head|lead|leader|experience|background|track record|capabilit(?:y|ies)|reps?|personnel|department|skills?|expertise|professional)\b/u,
  /\b(?:no|zero|not a single)\s+(?:sales\s?people|salespeople|sales\s?persons?|sales\s?reps?|sellers|account executives)\b/u,
  /\bnão\s+(?:tem|têm|possui|possuem|há)\s+(?:\p{L}+\s+){0,2}?(?:profissional|profissionais|equipe|time|área|pessoa|vendedor|vendedores|experiência)\s+(?:de\s+|em\s+)?(?:vendas|comercial)\b/u,
  /(?:没有|缺乏|缺少|尚无|暂无)(?:任何|专职的?)?(?:销售|商务|BD|商业化)/u,
];

export default {
  id: "zhu/no-sales-capability",
  kind: "red",
  title: "Scientist founders who cannot manage sales",
  claim: "The founding team is researchers or scientists without the ability to manage sales and commercialisation; Zhu says most large-model founders cannot manage sales, and applications need scenario, market and sales skills that scientists lack.",
  severity: "warning",
  source: "zhu",
  passages: { zhu: ["p-sales-management", "p-yang-commercialize", "p-domestic-copy-skills", "p-tech-romanticism"], interviewer: ["q-yang-team", "q-wang-huiwen-role"] },
  quote: {
    passages: ["p-sales-management", "p-yang-commercialize"],
    en: "\"The second [barrier] is sales-management capability. Most large-model founders don't know how to manage sales. If you don't know how to commercialise and manage sales, what do you do?\" […] \"He's amazing, and large models suit him better. There's no problem with him doing scientific research, but I don't know how he will commercialise it.\" — Zhu Xiaohu",
  },
  questions: ["Who manages sales, and what have they sold before?", "If you don't know how to commercialise and manage sales, what do you do?"],
  openQuestion: "Who manages sales and what have they sold before? If you can't commercialise and manage sales, what do you do?",
  message: 'A research-led team with no one to sell ({evidence}): who manages sales, and what have they sold before?',
  match: {
    type: 'phrase',
    patterns: [
      {
        all: [noSalesShort, neverSold],
        within: 160,
      },
      // No sales capability stated outright: "no sales team", "nobody has run a sales function", "never sold",
      // "will sell itself". The negation word is part of the trigger, so it does not count as a near-miss cue.
      {
        all: [
          [
            /\b(?:no|zero|without(?:\s+(?:a|any))?|lacks?(?:\s+(?:a|any))?|lacking(?:\s+(?:a|any))?|absence of(?:\s+(?:a|any))?|(?:has|have) yet to (?:hire|build|appoint|recruit)(?:\s+(?:a|any))?|(?:has|have) not (?:yet\s+)?(?:hired|built|appointed|recruited)(?:\s+(?:a|any))?|little or no|limited)\s+(?:(?:dedicated|in-house|full-time|formal|real|experienced|senior|single|proven|prior|previous|relevant|meaningful|named|enterprise|internal)\s+)?(?:sales|selling|commercial|go[\s-]to[\s-]market|GTM|business[\s-]development|BD|enterprise[\s-]sales|B2B[\s-]sales)(?:\s+(?:or|and|nor)\s+\p{L}+(?:[\s-]\p{L}+)??[\s-]?)?\s+(?:team|teams|staff|function|people|person|hire|hires|head|lead|leader|leadership|executive|executives|experience|background|track record|capabilit(?:y|ies)|organi[sz]ation|force|reps?|representatives?|personnel|department|org|co-?founder|VP|muscle|talent|DNA|skills?|expertise|officer|owner|motion|engine|arm|unit|capacity|know-how)\b/u,
            /\b(?:no|zero|not a single|without any|without a|no dedicated|no full-time)\s+(?:sales\s?people|sales\s?persons?|salesmen|saleswomen|sales\s?reps?|account executives|account managers|AEs|BDRs|SDRs|sellers)\b/u,
            /\bno\s+(?:prior\s+|previous\s+|real\s+|direct\s+)?experience\s+(?:in|with|of)\s+(?:selling|sales|commerciali[sz]\w*|go[\s-]to[\s-]market|enterprise sales|B2B sales)/u,
            /\b(?:nobody|no one|no-one|none of (?:the|its|our|their|them) (?:\p{L}+\s+){0,2}?(?:founders|co-?founders|team|partners|executives|members|leaders))\s+(?:\p{L}+\s+){0,4}?(?:has|have|had|is|are)\s+(?:ever\s+|previously\s+|any\s+)?(?:sold\b|(?:(?:run|managed|led|built|done|worked in|held|owned|carried)\s+)?(?:\p{L}+\s+){0,2}?(?:sales|selling|commercial|go[\s-]to[\s-]market|quota)\b|(?:closed|signed|negotiated|won)\s+(?:\p{L}+\s+){0,2}?(?:deals?|contracts?|sales?|customers?)\b)/u,
            /\bnone\s+(?:of\s+(?:us|them)\s+)?(?:has|have|had)\s+(?:ever\s+|previously\s+)?(?:sold\b|carried\s+a\s+quota|run\s+(?:a\s+)?sales|managed\s+(?:a\s+)?sales|led\s+(?:a\s+)?sales|worked\s+in\s+sales|closed\s+(?:an?\s+)?(?:enterprise\s+)?(?:deal|sale))/u,
            /\b(?:(?:does|do|did)\s+not|doesn't|don't)\s+plan\s+to\s+(?:hire|build|recruit)\s+(?:an?\s+|any\s+)?(?:sales|commercial|go[\s-]to[\s-]market|GTM)\b|\bno\s+plans?\s+to\s+(?:hire|build|recruit)\s+(?:an?\s+|any\s+)?(?:sales|commercial|GTM|go[\s-]to[\s-]market)/u,
            /\b(?:are|is|am|were)\s+["“‘']?not\s+(?:a\s+)?(?:sales\s?(?:people|persons?|guys|types)|salespeople|commercial people|business people|sellers|operators)\b/u,
            /\b(?:rather than|instead of|in lieu of)\s+(?:building|hiring|having|investing in|creating)\s+(?:an?\s+|any\s+)?(?:\p{L}+\s+)?(?:sales|commercial|go[\s-]to[\s-]market|GTM)\s+(?:team|force|function|org\w*|staff|people)/u,
            /\bnever\s+(?:(?:run|managed|led|built|owned|scaled)\s+(?:a\s+|any\s+)?(?:sales|commercial|go[\s-]to[\s-]market)|sold\b(?!\s+(?:a|their|the|any|its)\s+(?:company|business|startup|start-up|stake|shares))|closed (?:a|any) (?:deal|sale|contract)|carried a quota|worked in sales)/u,
            /\b(?:will|would|can|should|could|to)\s+sell\s+(?:itself|themselves)\b|\bsells\s+itself\b/u,
            // Inbound, papers or open-source stars expected to do the selling.
            /\b(?:inbound|word[\s-]of[\s-]mouth|GitHub stars|papers|benchmarks?|the open[\s-]source (?:repo|community))\s+(?:\p{L}+\s+){0,6}?(?:(?:is|are)\s*)?(?:(?:expected|assumed|meant|relied on|supposed)\s*)?(?:to\s+)?(?:carry|drive|deliver|handle|replace|do)\s+(?:the\s+)?(?:adoption|sales|selling|distribution|demand|go[\s-]to[\s-]market|commerciali[sz]ation)\b/u,
            /\b(?:sales|commercial|GTM|go[\s-]to[\s-]market)\s+(?:team|function|staff|headcount|hires?|lead|leader|people|reps)\s*[:：]\s*(?:none|nil|n\/a|zero|0|nobody|no one|TBD|vacant|to be hired|not yet)/u,
            /\b(?:no|without a|without any|lacks a|lacking a|(?:has|have) (?:yet to|not yet) (?:hire|hired|appoint|appointed|recruit|recruited|find|found) (?:a|any|its|their)(?: first)?)\s+(?:head of sales|VP of sales|VP sales|chief revenue officer|CRO|chief commercial officer|CCO|head of commercial|head of business development|head of go[\s-]to[\s-]market|sales\s?person|sales rep|sales (?:lead|leader|head|director|executive|hire)|commercial (?:lead|leader|head|director|executive|hire)|salesman)\b/u,
            // PT: "sem equipe comercial", "ainda não tem equipe de vendas", "nenhum vendedor", "não sabem vender".
            /(?:\bsem|\bnenhum|\bnenhuma|\bnão\s+(?:tem|têm|possui|possuem|há|existe|conta com|contam com|montou|montaram|estruturou|definiu|definiram|contratou|contrataram|formou))(?:\s+(?:ainda|qualquer|um|uma|o|a|os|as|nenhum|nenhuma|sequer|própria|próprio))*\s+(?:(?:equipe|equipes|time|área|estrutura|diretor|diretora|diretoria|head|líder|responsável|gerente|profissional|pessoa|executivo|executiva|experiência|histórico|força|estratégia|plano|capacidade|cultura)\s+(?:(?:de|em|da|do)\s+)?(?:comercial|comerciais|vendas|go[\s-]to[\s-]market|comercialização)|vendedor(?:es|as?)?|comercial\b)/u,
            /\bninguém\s+(?:\p{L}+\s+){0,4}?(?:jamais\s+|nunca\s+|já\s+)?(?:vendeu|geriu vendas|liderou vendas|fechou (?:um |nenhum )?(?:contrato|negócio)|trabalhou com vendas|tem experiência (?:comercial|em vendas))/u,
            /\b(?:no one|nobody|no person|no executive)\s+(?:\p{L}+\s+){0,4}?(?:is\s+)?(?:responsible|accountable|in charge)\s+(?:for|of)\s+(?:revenue|sales|commerciali[sz]ation|go[\s-]to[\s-]market|selling)\b/u,
            /\b(?:nunca|jamais)\s+(?:vendeu|venderam|geriu vendas|geriram vendas|gerenciou vendas|liderou vendas|fechou (?:um |nenhum )?(?:contrato|negócio)|trabalhou com vendas)/u,
            /\bnão\s+(?:sabe|sabem|saberia|saberiam)\s+(?:vender|comercializar|gerir vendas|gerenciar vendas|administrar vendas)/u,
            /\bse\s+vend(?:a|e|erá|eria)\s+sozinh[oa]s?\b|\bvender\s+(?:a\s+)?si\s+mesm[oa]\b|\bvende(?:r)?\s+sozinh[oa]\b/u,
            // ZH: "没有销售团队", "暂时没有一名销售人员", "缺乏商业化能力", "不懂销售".
            /(?:没有|没|无|缺乏|缺少|尚无|暂无|未设|未建立|未组建|未招聘|不具备|欠缺)(?:任何|专职|专门的?|一名|一位|一个|独立的?|成型的?|完整的?|成熟的?|自己的)?(?:的)?(?:销售|商务|BD|商业化|营销|市场化|GTM|地推)(?:团队|人员|负责人|经验|能力|部门|体系|岗位|人才|背景|总监|VP|合伙人|同事|队伍|基因)/u,
            /(?:不懂|不会|不擅长|不太会)(?:做|管理?)?(?:销售|卖货|商业化|卖东西)|没有(?:一个|任何)?(?:人)?(?:懂|会|做过|擅长|管过)(?:销售|商业化|卖|商务)/u,
            '酒香不怕巷子深', '产品自己会卖', /(?:不需要|无需|用不着|不必)(?:专门的|专职的?)?(?:销售|商务|BD|地推)(?:团队|人员)?/u, /自然(?:会|就会)?(?:带来|获得|吸引|找上门)(?:的)?(?:客户|用户|订单)|客户(?:会)?自己找上门/u,
            /(?:销售|商务|商业化|BD|营销|GTM)(?:团队|体系|部门|负责人|人员|能力|队伍|岗位)(?:目前|至今)?(?:尚未|还未|仍未|未|还没有|尚没有|没有)(?:搭建|组建|建立|成型|到位|招聘|招到|配置|设立|开始)/u,
            /(?:不|并不|暂不)(?:计划|打算|准备)(?:组建|搭建|招聘|建立|设立)(?:销售|商务|BD|商业化|营销)/u,
            // Research first, selling afterwards: "先把模型做到最好再考虑销售".
            /(?:先|优先)[^，。；]{0,16}再(?:考虑|做|谈|搞|去)(?:销售|商业化|变现|卖)/u, /\b(?:first|until)\b[^.;]{0,40}\b(?:then|only then|before)\s+(?:think(?:ing)? about|worry(?:ing)? about|turn(?:ing)? to)\s+(?:sales|selling|commerciali[sz]ation|go[\s-]to[\s-]market|monetis\w*|monetiz\w*)/u,
            // Weak commercial skills stated after the noun: "commercial experience is thin", "go-to-market is the team's main gap".
            /\b(?:sales|selling|commercial|go[\s-]to[\s-]market|GTM|business[\s-]development)\s+(?:experience|capabilit(?:y|ies)|skills?|muscle|know-how|expertise|track record|background|talent|DNA|depth|bench|leadership)\s+(?:is|are|remains?|looks?|seems?)\s+(?:still\s+|very\s+|rather\s+|quite\s+|largely\s+|entirely\s+)?(?:thin|limited|lacking|absent|missing|weak|unproven|untested|minimal|negligible|non-?existent|nil|a gap|the gap|a weakness|the weak (?:spot|point|link)|the weakest link|an open question)\b/u,
            /\b(?:sales|selling|commercial(?:i[sz]ation)?|go[\s-]to[\s-]market|GTM)\s+(?:is|are|remains?)\s+(?:the|a|an|its|their|our)\s+(?:team's\s+|founders'\s+)?(?:(?:main|biggest|key|obvious|clear|glaring|major|critical|largest)\s*)?(?:gap|weakness|weak spot|blind spot|missing piece|hole)\b/u,
            /\b(?:the\s+)?(?:team's|founders'|founders’|team’s|company's|company’s)\s+(?:main|biggest|key|obvious|clear|glaring|major|critical|largest)\s+(?:gap|weakness|blind spot|missing piece)\s+is\s+(?:\p{L}+\s+){0,2}?(?:sales|selling|commercial|go[\s-]to[\s-]market|GTM|business development)\b/u,
            /\b(?:thin|light|weak|minimal|modest|scant|negligible|unproven|untested|no real)\s+(?:on\s+)?(?:sales|selling|commercial|go[\s-]to[\s-]market|GTM|business[\s-]development)\s+(?:experience|capabilit(?:y|ies)|skills?|muscle|know-how|expertise|track record|background|talent|side|bench)\b/u,
            // Light on selling, or the research side selling part-time: "heavy on research and light on go-to-market",
            // "the CTO also runs sales part-time", "nenhum dos fundadores tem experiência em vendas".
            /\b(?:light|thin|weak|short|lean)\s+on\s+(?:sales|selling|go[\s-]to[\s-]market|GTM|commercial\w*|business[\s-]development)\b(?!\s+(?:tool\w*|software|platforms?|products?|apps?|solutions?|vendors?|stack))/u,
            /\b(?:CTO|chief scientist|research lead|head of research|lead researcher|the professor|technical co-?founder)\s+(?:also\s+|currently\s+|still\s+)?(?:runs|handles|covers|owns|does|leads|manages)\s+(?:the\s+)?(?:sales|selling|BD|business development|commercial\w*|go[\s-]to[\s-]market)\b/u,
            /\bnão\s+(?:tem|têm|há)\s+ninguém\s+(?:de|em|n[ao]|da\s+área\s+de)\s+(?:vendas|comercial|área\s+comercial)\b/u,
            /\bnenhum\s+d[oe]s\s+(?:\p{L}+\s+)?(?:fundadores|sócios|cofundadores|executivos)\s+(?:\p{L}+\s+)?(?:tem|têm|possui|teve|traz)\s+(?:\p{L}+\s+)?(?:experiência|vivência|histórico|passagem)\s+(?:em|de|com|por)\s+(?:vendas|comercial|área comercial)\b/u,
            // Never owned a number: "have never owned a revenue number", "nobody has carried a quota".
            /\bnever\s+(?:owned|carried|held|had|hit|managed)\s+(?:a|any)\s+(?:revenue|sales|commercial|bookings)\s+(?:number|target|quota|line|P&L|goal)\b|\bnever\s+(?:owned|run|managed|had)\s+(?:a|any)\s+P&L\b/u,
            // Selling left to the research side: "Sales: handled ad hoc by the research lead", "销售由CTO兼任".
            /\b(?:sales|selling|customer (?:conversations|meetings|calls)|commercial (?:work|activity|activities|discussions|conversations)|business development|BD|deals|go[\s-]to[\s-]market|GTM)\s*(?:[:：]\s*)?(?:is\s+|are\s+)?(?:currently\s+|still\s+|mostly\s+|largely\s+|for now\s+)?(?:handled|run|done|covered|managed|owned|led|driven|carried)\s+(?:ad[\s-]hoc\s+|part[\s-]time\s+|informally\s+|on the side\s+)?by\s+(?:the\s+|a\s+|our\s+|its\s+|two\s+)?(?:[\p{L}-]+\s+){0,2}?(?:CTO|chief scientist|research(?:ers?)?|research lead|scientists?|engineers?|professors?|PhDs?|academics?|technical (?:founders?|co-?founders?|team)|the founders? part[\s-]time)\b/u,
            /(?:销售|商务|BD|商业化|客户对接|商务拓展)(?:工作)?(?:目前|暂时|暂|现在)?(?:由|靠)(?:CTO|首席科学家|技术负责人|研发负责人|技术合伙人|科学家|研究员|教授|创始人)[^，。；]{0,6}(?:兼任|兼管|兼顾|兼职|临时负责|代管)|(?:CTO|首席科学家|技术负责人|研发负责人|科学家|教授)(?:暂时|目前)?兼(?:任|管|顾)(?:销售|商务|商业化|BD)/u,
            /(?<![\p{L}\p{N}_])(?:vendas|área comercial|comercial)\s+(?:\p{L}+\s+){0,2}?(?:(?:são|é|está|estão)\s+)?(?:feitas?|tocadas?|conduzidas?|cuidadas?|acumuladas?|geridas?)\s+(?:\p{L}+\s+)?pel[oa]s?\s+(?:CTO|cientista|pesquisador|pesquisadores|professor|fundadores técnicos)/u,
            // A label with nobody behind it: "Commercial: no one yet", "Vendas: ninguém dedicado", "Key gap: go-to-market leadership".
            /\b(?:sales|commercial|GTM|go[\s-]to[\s-]market|BD|business development|revenue owner|revenue ownership)(?:\s+(?:team|function|staff|headcount|hires?|lead|leader|leadership|people|reps|owner|side))?\s*[:：]\s*(?:none|nil|n\/a|zero|0|nobody|no one|no-one|TBD|vacant|to be hired|not yet|open|unfilled|unassigned)\b/u,
            /(?<![\p{L}\p{N}_])(?:vendas|comercial|área comercial|time comercial|equipe comercial|equipe de vendas)\s*[:：]\s*(?:ninguém|nenhum|nenhuma|zero|0|a definir|vago|vaga|em aberto|não há|inexistente)/u,
            /\b(?:key|main|biggest|major|obvious|critical|glaring|team)?\s*(?:gap|gaps|weakness|weaknesses|hole|missing piece)\s*[:：]\s*(?:[\p{L}-]+\s+){0,2}?(?:sales|selling|commercial|go[\s-]to[\s-]market|GTM|business development|BD)\b/u,
            // Nobody with the skill: "there is no one on the team with enterprise sales experience".
            /\b(?:no one|nobody|no-one)\b(?:\s+[\p{L}'’-]+){0,6}?\s+(?:with|has|have|had)\s+(?:any\s+|real\s+|prior\s+|previous\s+|direct\s+)?(?:[\p{L}-]+\s+)?(?:sales|selling|commercial|go[\s-]to[\s-]market|GTM|BD|business[\s-]development)\s+(?:experience|background|track record|skills?|know-how|expertise)\b/u,
            // PT "nunca estruturaram uma área de vendas", "jamais venderam".
            /\b(?:nunca|jamais)\s+(?:\p{L}+\s+){0,2}?(?:área|equipe|time|operação|estrutura|força|departamento)\s+(?:de\s+)?(?:vendas|comercial)\b|\b(?:nunca|jamais)\s+(?:\p{L}+\s+)?(?:venderam|vendeu|comercializaram|comercializou)\b/u,
            // Never had a seller; untested or clueless on selling: "has never had a salesperson", "untested as commercial leaders",
            // "little idea how enterprise procurement works", "销售能力薄弱".
            /\bnever\s+(?:\p{L}+\s+)?(?:had|hired|employed|built)\s+(?:a|any)\s+(?:salesperson|sales ?person|sales rep|sales team|seller|sales function|commercial team|sales hire)\b/u,
            /\b(?:untested|unproven|inexperienced|green|novices?)\s+(?:as|in|at)\s+(?:\p{L}+\s+)?(?:commercial|sales|selling|go[\s-]to[\s-]market|business)\b/u,
            /\b(?:little|no|limited)\s+(?:idea|understanding|knowledge|sense|feel|grasp)\s+(?:of\s+)?(?:how\s+)?(?:to\s+)?(?:sell|selling|sales|enterprise (?:sales|procurement|buying)|procurement|commerciali[sz]\w*|go[\s-]to[\s-]market)/u,
            /\b(?:weakness|weaknesses|gap|gaps)\s*[:：]\s*(?:[\p{L}'’-]+\s+){0,8}?(?:commercial|sales|selling|go[\s-]to[\s-]market)\b/u,
            /(?:销售|商务|商业化|市场化|BD)(?:能力|经验|团队|基因)(?:较为|比较|相对|非常|明显|十分)?(?:薄弱|欠缺|不足|缺失|偏弱|较弱|为零|空白|是短板)|(?:销售|商业化|商务)(?:是|为)(?:团队|公司)?的?(?:最大的?)?短板/u,
            /\b(?:neither|none)\s+(?:of\s+the\s+)?(?:founders?|co-?founders?|of them|of us|partner)\s+(?:has|have|had)\s+(?:ever\s+|previously\s+)?(?:sold\b|(?:negotiated|closed|signed|won)\s+(?:\p{L}+\s+){0,2}?(?:contracts?|deals?|sales?|customers?)\b|(?:run|managed|led|worked in|built)\s+(?:\p{L}+\s+)?sales\b|carried\s+a\s+quota)/u,
            /\b(?:do(?:es)?\s*(?:not|n't)|no)\s+need\s+(?:for\s+)?(?:a\s+)?(?:salespeople|sales\s?people|sales teams?|sellers|a sales force|sales reps|BD)\b/u,
            /\b(?:commercial|sales|go[\s-]to[\s-]market)\s+(?:engine|motion|strategy|function)\s+is\s+(?:essentially\s+|basically\s+|just\s+|only\s+|effectively\s+)?(?:the\s+)?(?:founders?['’]s?|CEO['’]s|inbound|word of mouth|personal network)/u,
            /没有(?:一个|任何)?人?(?:懂|会|做过|擅长|管过|带过)(?:ToB|B端|企业级|大客户|企业)?(?:销售|商业化|商务)/u,
            // Selling dismissed: "describes selling as a distraction from research".
            /\b(?:selling|sales|commercial(?:i[sz]ation)?(?:\s+work)?|go[\s-]to[\s-]market|customer meetings)\s+(?:\p{L}+\s+){0,2}?(?:as\s+)?(?:an?\s+)?(?:distraction|afterthought|chore|nuisance|necessary evil)\b/u,
            /\b(?:sem|nenhuma|não\s+(?:tem|têm))\s+(?:qualquer\s+|nenhuma\s+)?(?:vivência|bagagem|traquejo|know-how|experiência)\s+(?:em\s+|de\s+)?(?:comercial|vendas)\b/u,
            // ZH: "没有专职销售", "没有招聘商务负责人的计划".
            /(?:没有|无|尚无|暂无|缺少|缺乏)(?:一名|一个|任何)?(?:专职|专门|全职)的?(?:销售|商务|BD)(?!收入|额|数据)/u,
            /(?:没有|暂无|尚无|无|不)(?:招聘|组建|搭建|设立|引入|配置)[^，。；]{0,8}(?:销售|商务|商业化|BD|营销)[^，。；]{0,8}(?:的)?(?:计划|打算|安排|预算)/u,
            // PT: "nenhuma contratação de vendas prevista", "sem nenhuma vaga comercial".
            /\b(?:nenhuma|sem|não há)\s+(?:\p{L}+\s+)?(?:contratação|contratações|vaga|vagas)\s+(?:\p{L}+\s+)?(?:de|para|em|na|no)\s+(?:vendas|comercial|área comercial|go[\s-]to[\s-]market)/u,
            // Demand expected to follow the technology: "customers will come once the model tops the leaderboard".
            /\b(?:demand|customers|buyers|clients|adoption|commercial traction|traction|sales|revenue|monetis\w*|monetiz\w*)\s+(?:will|would|should|is expected to|are expected to|is assumed to|are assumed to|is meant to)\s+(?:then\s+)?(?:naturally\s+|simply\s+|automatically\s+|organically\s+)?(?:follow|come|arrive|materiali[sz]e|take care of itself|take care of themselves)\b(?=[^.;]{0,80}\b(?:benchmarks?|leaderboards?|SOTA|state of the art|best[\s-]in[\s-]class|best model|outperform\w*|beats? GPT|technical lead|technology lead|model quality|model leadership|technology matures|model matures|the model is (?:the )?best)\b)/u,
            /\b(?:expects?|expecting|believes?|assumes?|counts? on)\s+(?:\p{L}+\s+)?(?:demand|customers|buyers|adoption|revenue|sales)\s+to\s+(?:naturally\s+)?(?:follow|come from)\s+(?:the\s+)?(?:\p{L}+\s+)?(?:benchmarks?|leaderboards?|model|technology|papers|rankings?)\b/u,
            /(?:a\s+demanda|os\s+clientes|as\s+vendas|a\s+receita)\s+(?:virá|virão|vai vir|vão vir|chegará|chegarão|aparecerá|aparecerão)\s+(?:naturalmente\s+|sozinh[oa]s?\s+)?(?:quando|assim que|depois que)\s+(?:o\s+)?(?:modelo|tecnologia|benchmark)/u,
            /(?:技术|模型|效果)(?:领先|做到最好|足够好|第一)[^，。；]{0,6}(?:客户|用户|订单|收入)(?:自然|自己|就)(?:会)?(?:来|上门|找来|找上门)|客户自然会来/u,
          ],
        ],
        unless: ['no sales yet', 'no sales to date'],
      },
      // Commercialisation or the sales hire deferred: "a commercial lead will be hired after the round",
      // "go-to-market is not yet a focus", "商业化要等技术成熟之后再考虑". An AGI mission that puts
      // commercialisation second is zhu/agi-thesis, not this rule.
      {
        all: [
          [
            'commercialisation', 'commercialization', 'commercialise', 'commercialize', 'commercialising', 'commercializing',
            'monetisation', 'monetization', 'go-to-market', 'GTM', 'sales strategy', 'commercial strategy', 'sales function',
            'sales team', 'sales leader', 'sales lead', 'sales leadership', 'commercial leadership', 'head of sales', 'VP of sales', 'VP sales', 'VP Sales', 'commercial lead',
            'commercial team', 'commercial hire', 'commercial hires', 'commercial function', 'commercial leader', 'chief revenue officer',
            'business development', 'sales hire', 'sales hires', 'sales org', 'sales organisation', 'sales organization', 'sales capability',
            'comercialização', 'área comercial', 'diretor comercial', 'diretora comercial', 'time comercial', 'equipe comercial',
            'equipe de vendas', 'time de vendas', 'head de vendas', 'estratégia comercial', 'estratégia de vendas', 'go to market',
            /\b(?:executiv[oa]|diretor|diretora|gerente|head|líder|responsável|VP)\s+(?:\p{L}+\s+)?(?:comercial|de vendas)\b/u, 'primeiro vendedor',
            '商业化', '销售团队', '销售负责人', '商业化负责人', '商务负责人', '销售VP', '变现', '销售体系', '销售策略', '销售计划',
            // Sales roles: "the first account executive will be hired once the model reaches GPT-4 parity".
            'account executive', 'account executives', 'salespeople', 'salesperson', 'sales reps', 'sales rep', 'sellers', 'AEs', 'BDRs', 'SDRs', 'first AE',
            'revenue ownership', 'revenue owner', 'vendedores', 'vendedor', '销售人员', '销售岗位',
            'selling', 'think about sales', 'worry about sales', 'plano comercial', 'plano de vendas', '销售工作',
            'commercial hiring', 'sales hiring', 'commercial build-out', 'sales build-out', 'commercial buildout', 'sales buildout', 'GTM hiring', 'GTM team',
            'go-to-market team', 'go-to-market hires', 'BD team', 'business development team', 'sales motion', 'commercial motion', 'first sales hire', 'first commercial hire',
            'contratação comercial', 'contratações comerciais', 'contratação de vendas', 'estrutura comercial', 'líder comercial', 'força de vendas',
            '商务团队', '商业化团队', '商务拓展', 'BD团队', '销售人员', '销售招聘', '组建销售',
          ],
          [
            /\b(?:after|once|when) (?:the|this|our|a) (?:Series [A-F]|seed|pre-A|A|B|round|raise|financing)\b/u,
            /\b(?:after|post|following|once|when)\s+(?:the\s+|this\s+|our\s+|a\s+|its\s+)?(?:Series\s+[A-F]\+?|seed|pre-?A|round|raise|financing|funding|closing|close|fundraise)\b/u,
            'slated for', 'scheduled for', 'pencilled in', 'penciled in', 'planned for H2', 'planned for 2H', /\b(?:hire|hiring|build|building|recruit\w*)\s+(?:\p{L}+\s+){0,2}?(?:in|for|by)\s+(?:H2|2H|Q[34]|the second half|next year)\b/u,
            /\b(?:depois|após)\s+(?:d[ao]s?\s+)?(?:rodada|aporte|série\s+[A-F]|captação|fechamento|closing|investimento|round|financiamento)\b/u, 'só depois', 'só após', 'prevista para depois', 'previsto para depois',
            /(?:[A-F]\+?轮|本轮|下一轮|交割|到账)(?:之)?后(?:再|才)?(?:招|组建|搭建|考虑|启动)/u, 'after the round', 'after this round', 'after closing', 'after the close', 'post-round', 'post-closing', 'once the round closes',
            'after the raise', 'after the financing', 'after this financing', /\b(?:will|to|would)\s+(?:\p{L}+\s+){0,3}?later\b|\blater,?\s+once\b|\bfor later\b/u, 'at a later stage', 'down the road', 'in due course',
            'not yet a priority', 'not a priority', 'not yet a focus', 'not a focus', 'not the focus', 'not the priority', 'not yet defined',
            'yet to be defined', 'to be defined', 'to be determined', 'TBD', 'figured out', 'worked out', 'will be defined', 'will be addressed',
            'will be decided', 'will be tackled', 'once the technology', 'once the model', 'when the technology', 'after the technology',
            'until the technology', 'until the model', 'once the product', 'when the product is', 'secondary', 'deprioriti*', 'deferred', 'defer',
            'postponed', 'on hold', 'will be hired', 'to be hired', 'will be recruited', 'will be built out', 'will be brought in', 'comes later',
            'come later', 'has not started', 'not yet started', 'yet to start', 'parked', 'not yet staffed', 'not been thought through', 'not thought through', 'ainda não existe', 'não existe', 'inexistente', 'does not exist yet', "doesn't exist yet", 'does not exist', "doesn't exist", '还不存在', '尚不存在', '尚未建立', 'nobody owns', 'no one owns', 'has no owner', '没有人负责', '没人负责', '无人负责', 'ninguém responsável', 'not staffed', 'unstaffed', 'not yet built', 'not yet hired',
            'depois da rodada', 'após a rodada', 'depois do aporte', 'após o aporte', /\b(?:fica|ficará|ficam|deixad[oa]s?|vem|virá|virão)\s+(?:para\s+)?depois\b/u, 'mais tarde', 'futuramente', 'para depois',
            'não está entre as prioridades', 'fora das prioridades', 'não é foco', 'não é o foco', 'não é prioridade', 'não é uma prioridade', 'ainda não é prioridade', 'quando a tecnologia', 'quando o modelo', 'será contratad*',
            'serão contratad*', 'a definir', 'ainda não definid*', 'segundo plano',
            'afterwards', 'afterward', 'thereafter', 'down the line', 'no date', 'no timeline', 'undated', 'someday', 'not yet identified', 'yet to be identified',
            'to be identified', 'not identified', 'has not been identified', 'unidentified', 'not named', 'unnamed', /\bdepois\s+que\s+(?:o\s+modelo|a\s+tecnologia|o\s+produto)/u, 'só será',
            'unclear', 'not yet clear', 'undefined', 'unassigned', 'undecided', 'not yet decided', 'not decided', 'have not decided', 'has not decided', 'vacant', 'unfilled',
            'open role', 'open position', 'em aberto', 'indefinid*', '空缺', '未定', '还没想好', '尚不清晰', '不清晰', '尚不明确', '不明确', '尚未明确', '尚未确定', '融资后', '融资之后', '到位后', '要等', '等到', '后再', '本轮后', '之后再', '以后再', '后再考虑', '再考虑', '待定', '暂不考虑', '不是重点', '不是当前重点', '并非重点',
            '并非当前重点', '放在次要', '次要位置', '等技术成熟', '技术成熟之后', '技术成熟后', '后招聘', '再招聘', '再组建', '将在融资', '暂未启动', '尚未启动',
          ],
        ],
        within: 90,
        unless: [
          'AGI', 'artificial general intelligence', 'superintelligence', 'mission', 'missão', '通用人工智能', '使命',
          // "Go-to-market vertical: TBD" is a market choice (zhu/no-data-no-scenario), not a missing sales team.
          /\bgo[\s-]to[\s-]market\s+(?:vertical|segment|market|sector|industry|niche|wedge)\b/,
          // Monetising later while subsidies buy scale is zhu/burning-cash-for-pmf's claim, not a missing sales team.
          'subsid*', 'paid acquisition', 'build scale', 'user growth', 'growth first', 'blitzscal*', 'subsídio*', 'aquisição paga', '补贴', '烧钱', '做规模', '投放', '买量',
          'joined', 'already', 'filled', 'former', 'formerly', 'was hired', 'were hired', 'has hired', 'have hired', 'hired in', 'onboarded', 'was appointed', 'já', '已经', '已',
          // Monetisation put off to grow usage first is zhu/burning-cash-for-pmf's claim, not a missing sales skill.
          'usage', 'user growth', 'scale first', 'priority is scale', 'DAU', 'MAU', 'engagement', 'user base', 'escala', 'base de usuários', '用户规模', '用户增长', '日活',
        ],
      },
      // A team that is entirely technical, said of the team itself: "the founding team is purely technical", "38 pessoas,
      // todas em P&D", "全员研发". Any word about sales or a commercial owner in the sentence leaves it to the patterns above.
      {
        all: [
          [
            /\b(?:team|founding team|founders|co-?founders|leadership|headcount|staff|employees)\s+(?:\p{L}+\s+){0,3}?(?:is|are|remains?|consists?\s+(?:entirely|solely|only|exclusively)\s+of)\s+(?:entirely|purely|exclusively|wholly|100%|all|fully|100 per ?cent)\s+(?:technical|engineers|engineering|researchers|research|scientists|R&D|PhDs|academics)\b/u,
            /\b(?:entirely|purely|exclusively|wholly|100%|all)[\s-](?:technical|engineering|research|R&D|academic|PhD)\s+(?:founding\s+)?(?:team|founders|co-?founders|leadership|headcount|staff)\b/u,
            /\b(?:all|every one)\s+(?:of\s+(?:the|its|them)\s+)?(?:\d+\s+)?(?:staff|employees|people|hires|team members)\s+(?:are|work)\s+(?:in\s+)?(?:R&D|research|engineering|engineers|researchers)\b/u,
            /\b(?:tod[oa]s|100%)\s+(?:\p{L}+\s+)?(?:em|n[oa])\s+(?:P&D|pesquisa|engenharia)\b|\b(?:equipe|time)\s+(?:\p{L}+\s+){0,2}?(?:100%|puramente|exclusivamente|inteiramente)\s+(?:técnic[oa]|de pesquisa|de P&D|acadêmic[oa])/u,
            /全员(?:研发|技术|科研)|纯(?:技术|研发|科研|学术)(?:型)?(?:团队|背景)|(?:团队|员工|人员)(?:全部|全都|清一色)(?:是|为|来自)?(?:研发|研究员|工程师|科学家|博士|技术人员)|研发(?:人员)?占比(?:100|9\d)%/u,
          ],
        ],
        unless: [
          'sales', 'selling', 'commercial', 'go-to-market', 'GTM', 'business development', 'COO', 'CRO', 'revenue', 'customers', 'partner',
          'vendas', 'comercial', 'receita', 'clientes', '销售', '商务', '商业化', '客户', '收入', 'BD',
        ],
      },
    ],
    // A named sales leader with a track record, a commercial co-founder or an owner of revenue answers the question.
    unless: [
      'head of sales who', 'VP of sales who', 'sales leader with', 'who ran sales', 'ran sales at', 'ran the sales', 'previously built',
      'previously ran', 'previously led', 'commercial co-founder', 'commercial cofounder', 'COO who', 'CRO who', 'chief revenue officer who',
      'track record in sales', 'person sales team', 'sales team of', 'sales organisation of', 'sales organization of', 'hired a head of sales',
      'hired a VP', 'paired with', 'que comandou', 'que liderou', 'diretora de receita', 'diretor de receita', 'sócio comercial',
      'cofundador comercial', 'co-fundador comercial', '曾在', '曾任', '商业化合伙人', '已组建', '已招聘', '已有销售团队', '联合创始人兼COO',
    ],
  },
} satisfies RuleSpec;
