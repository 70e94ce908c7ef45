import type { RuleSpec } from '../types';

/**
 * zhu/green/to-b-productivity: To-B: immediate productivity, replaces labour cost.
 * Triggers in the catalogue:
 * - {enterprise, B2B, to-B, employers, customers; PT empresas, clientes corporativos; ZH 企业客户, B端, to B}
 * - + {replace labour, headcount saved, cost per X reduced, hours saved, productivity, payback; PT substitui, reduz custo, produtividade; ZH 替代人工, 降本, 提效, 节省人力}.
 * - !{could, eventually, might, no customers yet}.
 */
/** The customer's people whose work the product takes over (singular, plural and possessive). */
const WORKERS = [
  /\b(?:human|manual)\b/,
  // (not the product itself: "AI agent", "virtual assistant")
  /(?<!\b(?:AI|A\.I\.|virtual|digital|robo|bot|software|LLM|voice|chat|coding|copywriting|marketing)[\s-])\b(?:staff(?:ers)?|workers?|employees?|agents|reps?|people|persons|humans|headcount|FTEs?|inspectors?|schedulers?|operators?|recruiters?|clerks?|accountants?|bookkeepers?|translators?|copywriters?|writers?|designers?|editors?|labou?r|salespeople|interviewers?|screeners?|analysts?|paralegals?|associates?|annotators?|dispatchers?|telemarketers?|moderators?|tellers?|cashiers?|underwriters?|adjusters?|coders?|nurses?|drivers?|tutors?|teachers?|lawyers?|planners?|merchandisers?|transcribers?|reviewers?|checkers?|typists?|handlers?|pickers?|technicians?|data[\s-]entry|customer[\s-]service|call[\s-]cent(?:re|er))(?:['’]s?)?\b/,
  /\bsales\s+(?:staff|agents|reps|teams?|people|force)\b/,
  // A team named by its work or size: "a 12-person copywriting team", "the translation desk".
  /\b\d+[\s-](?:person|people|strong|member)\s+(?:[\w-]+\s+)?(?:team|department|desk|crew|unit)\b/,
  /\b(?:copywriting|design|translation|support|service|QA|review|data[\s-]entry|screening|editing|content|bookkeeping|dispatch|inspection|call[\s-]cent(?:re|er)|back[\s-]office)\s+(?:teams?|staff|departments?|desks?|crews?|units?)\b/,
  'funcionários', 'vendedores', 'atendentes', 'equipe humana', 'mão de obra', 'pessoas', 'trabalhadores', 'operadores', 'analistas',
  'recrutadores', 'inspetores', 'pessoal', 'redatores', 'tradutores', 'digitadores', 'contadores', 'advogados', 'estagiários', 'revisores',
  /\bequipes?\s+(?:de\s+)?(?:atendimento|vendas|suporte|inspeção|triagem|revisão|cobrança|recrutamento|digitação|back-?office|operações|SAC)\b/u,
  '人工', '人力', '员工', '客服', '销售人员', '销售团队', '销售岗位', '质检员', '调度员', '招聘专员', '文案', '设计师', '坐席', '外包', '人员', '人手', '编制', '岗位', '工人', '审核员', '录入员', '翻译人员', '译员',
];

/** Taking over the work: replace, substitute, do the work of, dispense with. */
const REPLACE = [
  /\breplac(?:e|es|ed|ing)\b(?!\s+(?:us|it|the\s+company|the\s+product|the\s+startup|its\s+(?:CEO|CFO|CTO|founder)))/, /\bsubstitut(?:e|es|ed|ing)\b/,
  /\bsubstitu(?:i|em|iu|íram|indo|ir)\b/u, '替代', '取代', '代替', '替换',
  /\bdoes\s+the\s+work\s+of\b/, /\bdo(?:ing)?\s+the\s+work\s+of\b/, /\b(?:eliminat|remov)(?:es|ed|ing)\s+the\s+need\s+for\b/, /\bdoes\s+away\s+with\b/,
  /\bdispens(?:es|ed|ing)\s+with\b/, /\btakes?\s+over\s+(?:the\s+)?(?:work|job|tasks?)\s+of\b/,
  /\bfaz\s+o\s+trabalho\s+de\b/u, /\bdispens(?:a|am|ou|aram)\b/u, /\belimin(?:a|am|ou)\s+a\s+necessidade\s+de\b/u,
  '顶替', /相当于[\d一二两三四五六七八九十几]+(?:个|名)/, '省掉', '省去', '减掉', '砍掉',
];

/** A business buyer or its use of the product. */
const BUYER = [
  'customers', 'customer', 'clients', 'client', 'each chain', 'chains', 'employers', 'merchants', 'retailers', 'manufacturers', 'users of', '@industry',
  /\b(?:using|with|after\s+(?:adopting|deploying|installing))\s+(?:the|its|our)\s+(?:[\w-]+\s+){0,2}?(?:system|product|tool|platform|agent|assistant|module|software|solution)\b/,
  /\bon\s+the\s+(?:platform|product|system)\b/, /\b(?:contact|call)[\s-]cent(?:re|er)s\b/,
  'clientes', 'cliente', 'empresas', 'redes', 'com a ferramenta', 'com o sistema', 'com a plataforma', '客户', '商家', '门店', '企业', '使用后', '上线后', '部署后',
];
export default {
  id: "zhu/green/to-b-productivity",
  kind: "green",
  title: "To-B: immediate productivity, replaces labour cost",
  claim: "The product sells to businesses and raises productivity immediately — replacing labour cost (AI video interviews, private-domain marketing agents) — so companies are willing to pay now.",
  severity: "information",
  source: "zhu",
  passages: { zhu: ["p-b-first-productivity", "p-private-marketing-llama", "p-ai-video-interviews", "p-to-b-no-burn", "p-enterprise-growth-3-5x"], interviewer: ["q-b-first", "q-aigc-investments"] },
  quote: {
    passages: ["p-b-first-productivity", "p-private-marketing-llama"],
    en: "\"In the short term, we will certainly do B. When the iPhone, the 'Big Brother' [early mobile phone] and the computer came out, they were all used first by B. The effect can raise productivity immediately. Companies are willing to spend money.\" […] \"Originally, WeChat private-domain marketing — now you can use AI to replace people: use LLaMA training for two or three months, reach at least 'Top 30' human level, and immediately remove 50% of the human sales [staff; the MT says 'artificial sales'].\" — Zhu Xiaohu",
  },
  questions: ["How much labour cost does it remove per customer (his example: half of the human sales staff in private-domain marketing)?", "Are companies paying now, because the productivity gain is immediate?"],
  openQuestion: "",
  message: 'Sells to businesses a productivity gain they get now ({evidence}): Zhu\'s "to-B first" case; check how much labour cost it removes per customer.',
  match: {
    type: 'phrase',
    patterns: [
      // AI replacing people: "replaced half of their sales agents", "substitui metade dos vendedores", "替代了50%的人工".
      { all: [REPLACE, WORKERS], within: 90 },
      // Hours, days or headcount saved.
      {
        all: [
          [/\bsav(?:e|es|ed|ing|ings)\b/, /\bfree[sd]?\s+up\b/, /\beconomiz\p{L}*/u, /\bpoup(?:a|am|ou|ando)\b/u, '节省', '省下', '节约', '省去', '减少了'],
          [
            'hours', 'hour', 'minutes', 'days', 'headcount', 'staff', 'FTE', 'FTEs', 'labour', 'labor', 'person-days', 'man-hours', 'overtime',
            'staff costs', 'labour costs', 'labor costs', 'workload', ...WORKERS,
            'horas', 'pessoal', 'mão de obra', 'funcionários', 'dias de trabalho', '工时', '小时', '人力', '人工', '人天', '人手', '编制',
            /[\d一二两三四五六七八九十几]+(?:名|个|位)[\u4e00-\u9fff]{0,4}(?:员|工|人)/,
          ],
        ],
        within: 60,
      },
      // A customer-side cost cut: "cut campus-recruiting cost per candidate by 70%", "成本从120元降到30元".
      {
        all: [
          [
            // Before and after for one unit of the customer's work: "a screening interview that cost employers RMB 120 now costs RMB 15".
            /\bcost(?:s|ed)?\s+(?:\p{L}+\s+){0,2}?(?:US\$|\$|RMB|¥|R\$|€)\s?\d[\d.,]*(?![\d.,])\w*\s+(?:now|today)\s+costs?\b/u,
            /\bcosts?\s+per\b/, /\bper[\s-](?:candidate|hire|ticket|call|order|claim|invoice|inspection|interview|enquiry|inquiry|case|document|page|video|unit|deal|file|policy|shipment|loan)\b/,
            /\b(?:hours|minutes|days|time|effort)\s+per\s+[\w-]+/,
            // (not "acquisition cost": the company's own CAC)
            /\b(?:screening|recruiting|recruitment|hiring|labou?r|staff|staffing|support|service|customer[\s-]service|inspection|review|processing|production|content|translation|outsourcing|agency|contractor|freelancer|temp|BPO|vendor)\s+(?:costs?|spend|spending|bills?|fees)\b/,
            /\bcusto\s+(?:de|do|da|por|com)\s+(?:\p{L}+\s+){0,1}?(?:recrutamento|contratação|atendimento|pessoal|mão\s+de\s+obra|inspeção|candidato|produção|tradução|terceirização|terceirizados)\b/u,
            /\bpor\s+candidato\b/u, '人工成本', '人力成本', '招聘成本', '客服成本', '质检成本', '用工成本', /每(?:位|个|名|单|条|件)[\u4e00-\u9fff]{0,8}(?:的)?成本/, '校招',
          ],
          [
            /\b(?:cut|cuts|cutting|reduced?|reduces|reducing|lowered|lowers|halved|halves|halving|slashed|slashes|dropped|fell|fallen|down|by\s+half)\b/, /\bfrom\s+(?:US\$|\$|RMB|¥|R\$|€)?\s?\d[\d,.]*(?![\d,.])\s?\w*\s+to\b/, /\b\d+%\s+(?:lower|less|cheaper|fewer)\b/, /\b(?:now|today)\s+costs?\b/,
            /\b(?:reduz\p{L}*|reduziram|cortou|cortam|cortaram|caiu|caíram|baixou|derrub\p{L}*|diminu\p{L}*)\b/u, /\bcontra\s+(?:US\$|\$|RMB|R\$)?\s?\d/u, '降低', '降到', '降至', '下降', '减少', '砍掉', '减半', /从[^，。；]{0,12}降/,
          ],
        ],
        within: 90,
      },
      // The time people spend, cut: "halves the time accountants spend on month-end close", "reduz pela metade o tempo dos analistas".
      {
        all: [
          [
            /\b(?:halv|cut|cuts|cutting|reduc|slash|shorten|shrink|shrank|trim)\w*\s+(?:\w+\s+){0,2}?(?:the\s+)?(?:time|hours|turnaround|cycle\s+time|handling\s+time)\b/,
            /\b(?:time|hours)\s+(?:spent|needed|required|taken)\b[^.;]{0,40}\b(?:halved|cut|down|fell|reduced|dropped|shrank)\b/,
            /\b(?:reduz\p{L}*|corta\p{L}*|diminu\p{L}*)\s+(?:\p{L}+\s+){0,3}?(?:o\s+)?(?:tempo|horas)\b/u, /(?:时间|耗时|工时)(?:缩短|减少|减半|降低|下降)/u, /(?:缩短|减少|减半)(?:了)?[^，。；]{0,6}(?:时间|耗时|工时)/u,
          ],
          WORKERS,
        ],
        within: 100,
      },
      // The customer's labour cut by the product: "factories using the vision system cut QC inspection labour by 60%".
      {
        all: [
          [
            /\b(?:[\w-]+\s+)?(?:labou?r|manpower|staffing|personnel|headcount|FTEs?|man-hours|person-hours|work\s?load)\b/, /\bmanual\s+(?:work|hours|data\s+entry|entry|processing|review)\b/,
            /\bmão\s+de\s+obra\b/u, /\bquadro\s+de\s+(?:pessoal|funcionários)\b/u, /\bhoras\s+(?:de\s+)?(?:trabalho|digitação|atendimento|revisão)\b/u, /\b(?:digitação|trabalho)\s+manual\b/u,
            '用工', '人力', '人手', '编制', '人工录入', '手工录入',
          ],
          [
            /\b(?:cut|cuts|cutting|reduced?|reduces|reducing|lowered|lowers|halved|halves|halving|slashed|slashes|trimmed|trims|shrank|shrunk)\b/, /\b\d+%\s+(?:lower|less|fewer)\b/,
            /\b(?:reduz\p{L}*|cortou|cortam|cortaram|diminu\p{L}*)\b/u, '降低', '减少', '减半', '缩减', '精简',
          ],
          BUYER,
        ],
        within: 100,
      },
      // Customers cutting headcount because of the product: "each chain has cut its customer-service headcount in half".
      {
        all: [
          [
            /\b(?:cut|cuts|reduced|reduces|halved|halves|halving|trimmed|trims|trimming|shrank|shrunk|slashed|shed|sheds)\b[^.;]{0,40}\b(?:headcount|staff|staffing|workforce|agents|team\s+size|teams?|reps|employees|writers|inspectors|operators|paralegals|recruiters|clerks)\b/,
            /\b(?:headcount|staffing|workforce)\b[^.;]{0,20}\b(?:cut|reduced|halved|down|fell)\b/,
            /\b(?:reduz\p{L}*|cortou|cortaram|cortam)\b[^.;]{0,30}\b(?:equipe|quadro|pessoal|atendentes|funcionários)\b/u,
            /(?:减少|裁减|缩减|砍掉|精简)[^。；，]{0,10}(?:人手|编制|人员|客服|人力|坐席)/, /(?:人手|编制|人员|客服|人力|坐席)[^。；，]{0,4}(?:减少|减半|缩减|砍掉|下降)/,
          ],
          BUYER,
        ],
      },
      // A share of the customer's work done by the product: "the AI drafts 80% of the customer replies at the three largest clients".
      {
        all: [
          [
            /\b(?:handles?|handled|resolves?|resolved|answers?|answered|drafts?|drafted|process(?:es)?|processed|automates?|automated|closes?|closed|completes?|completed|screens?|screened|deflects?|deflected|takes|took|covers?|covered|writes|wrote)\s+(?:about\s+|roughly\s+|over\s+|more\s+than\s+|nearly\s+|almost\s+|some\s+)?\d+%\s+of\s+(?:the\s+|all\s+|their\s+|its\s+|inbound\s+|incoming\s+)?(?:[\w-]+\s+){0,2}?(?:tickets|replies|calls|claims|invoices|enquiries|inquiries|chats|conversations|queries|requests|cases|documents|messages|applications|orders|emails|contracts|reports)\b/,
            /\b(?:atende|atendem|resolve|resolvem|processa|processam|responde|respondem|automatiza|automatizam)\s+(?:cerca\s+de\s+|mais\s+de\s+)?\d+%\s+d[oa]s\s+(?:\p{L}+\s+){0,2}?(?:chamados|ligações|atendimentos|pedidos|sinistros|documentos|mensagens|tickets|e-mails)\b/u,
            /(?:处理|承接|解决|自动完成|接待)(?:了)?[^，。]{0,6}\d+%(?:的)?[\u4e00-\u9fff]{0,6}(?:工单|咨询|来电|订单|单据|理赔|对话)/,
          ],
          BUYER,
        ],
      },
      // More output per person: "each adjuster closes 40% more files per week".
      {
        all: [
          [
            /\b(?:\d+%|twice|three\s+times|\d+(?:\.\d+)?x)\s+faster\b/,
            /\b(?:\d+%|twice|three\s+times|\d+(?:\.\d+)?x)\s+(?:more|as\s+many)\s+(?:[\w-]+\s+)?(?:files|cases|tickets|claims|calls|orders|documents|leads|videos|reports|interviews|candidates|contracts|invoices|listings|designs|articles)\b/,
            /\b\d+%\s+(?:mais|a\s+mais\s+de)\s+(?:\p{L}+\s+)?(?:processos|casos|chamados|pedidos|documentos|contratos|atendimentos)\b/u,
            /(?:多处理|多完成|多审)[\d一二两三四五六七八九十]+(?:%|成|倍)/,
            /\b(?:process|processes|handle|handles|close|closes|review|reviews|clear|clears|resolve|resolves)\s+(?:twice|double|triple|three\s+times|\d+x)\s+(?:as\s+many|the)\b/,
            /\b(?:o\s+dobro|o\s+triplo|duas\s+vezes\s+mais|três\s+vezes\s+mais|\d+%\s+a\s+mais)\s+(?:de\s+)?(?:\p{L}+\s+)?(?:chamados|casos|processos|pedidos|documentos|contratos|atendimentos|sinistros|notas|laudos)\b/u,
            /\b(?:processa|processam|atende|atendem|fecha|fecham|analisa|analisam|revisa|revisam)\s+(?:o\s+dobro|o\s+triplo|\d+%\s+mais|duas\s+vezes\s+mais|três\s+vezes\s+mais)\b/u,
          ],
          [
            'each', 'per', 'every', 'a day', 'a week', 'cada', 'por', '每',
            // The same people doing more: "10x more candidates with the same staff", "sem contratar".
            /\b(?:with|using)\s+the\s+same\s+(?:number\s+of\s+)?(?:[\w-]+\s+)?(?:staff|team|headcount|people|crew|workforce|[\w-]+(?:ers|ors|ists|ants|ents|ians))\b/, /\bwithout\s+(?:adding|hiring|extra|more|additional)\s+(?:\w+\s+)?(?:staff|people|headcount|hires|employees)\b/,
            /\bcom\s+a\s+mesma\s+(?:equipe|quantidade\s+de\s+pessoas)\b/u, /\bsem\s+contratar\b/u, /(?:同样|相同)的?(?:人手|人员|团队|编制)/u, '不增加人手', '不加人',
          ],
        ],
      },
      // Throughput per person before and after: "one reviewer now clears 120 KYC files a day versus 35 before".
      {
        all: [
          [
            /\b\d[\d,]*\s+(?:[\w-]+\s+){0,2}?(?:files|cases|tickets|claims|calls|orders|documents|invoices|reports|contracts|interviews|candidates|applications|listings|videos|designs|articles|parts|units|forms|policies|reviews|chats|leads|shipments|loans|items|pages|records|résumés|resumes|CVs|inspections)\s+(?:a|per|each|every)\s+(?:day|hour|week|shift|month)\b/,
            /\b\d[\d.,]*\s+(?:\p{L}+\s+){0,2}?(?:processos|casos|chamados|pedidos|documentos|contratos|atendimentos|notas|laudos|currículos)\s+(?:por|ao)\s+(?:dia|hora|semana|turno|mês)\b/u,
            /(?:日均|每天|每日|每小时|每周|人均)[\u4e00-\u9fff]{0,6}(?:处理|完成|审核|接待|质检)[\u4e00-\u9fff]{0,6}(?:量)?/,
          ],
          [
            /\b(?:versus|vs\.?|compared\s+(?:with|to)|up\s+from|against|instead\s+of|rather\s+than|before)\b/, /\bfrom\s+\d/, /\b(?:contra|antes|em\s+vez\s+de)\b/u,
            '提升', '提高', '增加', '从', '翻倍', /[\d一二两三四五六七八九十]+倍/,
          ],
        ],
        within: 80,
      },
      // Before and after in people: "one operator now supervises 12 voice lines that previously needed 12 telemarketers".
      // ("previously" lies inside the trigger, so the past-state suppressor does not count it.)
      {
        all: [
          [
            /\b(?:that|which|who|where)?\s*(?:previously|formerly|once|used\s+to)\s+(?:needed|required|took|employed|kept|used|need|require|take|employ)\s+(?:about\s+|some\s+|over\s+)?(?:\d+|one|two|three|four|five|six|seven|eight|nine|ten|twelve|twenty|dozens\s+of|a\s+team\s+of)\s+(?:[\w-]+\s+)?(?:people|staff|workers|employees|agents|reps|telemarketers|operators|analysts|clerks|inspectors|recruiters|accountants|paralegals|translators|writers|designers|FTEs?|humans|dispatchers|schedulers)\b/,
            /\bque\s+antes\s+(?:exigia|precisava\s+de|ocupava)\s+(?:\d+|dois|duas|três|quatro|cinco|seis|dez)\s+(?:\p{L}+\s+)?(?:pessoas|funcionários|atendentes|analistas|operadores)\b/u,
            /(?:原来|以前|过去)(?:需要|要)[\d一二两三四五六七八九十几]+(?:个|名|位)[\u4e00-\u9fff]{0,4}(?:人|员)/,
          ],
        ],
      },
      // The product takes over work people used to do: "the agent takes over first-round screens that recruiters used to run manually"
      // ("used to" lies inside the trigger, so the past-state suppressor does not count it).
      {
        all: [
          [/\btakes?\s+over\b/, /\b(?:now\s+)?(?:handles|runs|does|performs|automates|automated)\b/, /\b(?:assume|assumiu|automatiza)\b/u, '接管', '承担', '自动完成'],
          [
            /\b(?:that|which|what)\s+(?:[\w-]+\s+){1,3}?(?:used\s+to|previously|once|formerly)\s+(?:run|do|handle|perform|make|take|process|spend)\b/,
            /\bque\s+(?:\p{L}+\s+){1,3}?(?:antes\s+)?(?:faziam|executavam|realizavam|costumavam\s+fazer)\b/u, /(?:原来|以前|过去)由[\u4e00-\u9fff]{1,6}(?:人工)?(?:完成|处理|负责)/,
          ],
        ],
        within: 120,
      },
      // Customers redeploy staff the product freed: "customers reallocated 12 of their 20 data-entry clerks".
      {
        all: [
          [/\b(?:reallocat|redeploy|reassign)\w*/, /\bfree[sd]?\s+up\b/, /\b(?:realoc|remanej)\p{L}*/u, '转岗', '释放'],
          WORKERS,
          BUYER,
        ],
      },
      // Fewer people for the same job, said with any role: "hotels using the concierge bot run night shifts with one receptionist instead of three".
      {
        all: [
          [
            /(?<![$¥€£]\s?)\b(?:one|two|three|four|five|a\s+single|\d+)\s+(?:[\w-]+\s+)?[\w-]+\s+(?:instead\s+of|rather\s+than|versus|vs\.?|down\s+from)\s+(?:one|two|three|four|five|six|seven|eight|nine|ten|twelve|twenty|\d+)\b(?!\s*%)/,
            /(?:人员|人手|编制|客服|坐席|员工|团队)(?:从|由)[\d一二两三四五六七八九十几]+(?:个|名|人)?人?(?:减少?到|降到|降至|缩减到|减至|变成)[\d一二两三四五六七八九十几]+/,
            /\bcom\s+(?:um|uma|dois|duas|três|\d+)\s+\p{L}+\s+(?:em\s+vez\s+de|no\s+lugar\s+de|contra)\s+(?:dois|duas|três|quatro|cinco|seis|\d+)\b/u,
          ],
          [...BUYER, ...WORKERS, 'shifts', 'shift', 'turno', '班'],
        ],
      },
      // One person now covers many times the old load: "一个运营用这套系统能管200个店铺，过去只能管20个" (the past word is part of the claim).
      {
        all: [
          [
            /一(?:个|名|位)(?:人|运营|客服|员工|销售|编辑|会计|律师|分析师|设计师)[^。；]{0,20}(?:管|处理|服务|负责|覆盖|审)[\d一二两三四五六七八九十百千几]+[^。；]{0,14}(?:过去|以前|原来|之前)[^。；]{0,6}[\d一二两三四五六七八九十百千几]+/,
            /\b(?:one|a\s+single)\s+(?:[\w-]+\s+)?(?:person|operator|agent|analyst|manager|employee|recruiter|accountant|editor|planner)\s+(?:now\s+)?(?:manages|handles|runs|covers|supervises|oversees|serves)\s+\d[\d,]*\s+(?:[\w-]+\s+){0,3}?(?:versus|vs\.?|compared\s+with|up\s+from|instead\s+of|(?:that|which)\s+(?:previously|once|used\s+to))\b/,
          ],
        ],
      },
      // The same work with fewer people: "with half the paralegals".
      {
        all: [
          [
            /\bwith\s+(?:half|a\s+third|a\s+quarter|a\s+fraction|fewer|\d+%\s+fewer|\d+%\s+less|(?:one|two|three|four|\d+)\s+fewer)\s+(?:of\s+)?(?:the\s+|their\s+|its\s+)?(?:[\w-]+\s+)?(?:staff|people|paralegals|agents|workers|employees|headcount|analysts|reviewers|operators|recruiters|designers|accountants|inspectors|clerks|team|teams|writers|adjusters|underwriters|nurses|lawyers|associates|dispatchers|schedulers|translators|editors|coders|engineers|tellers|moderators|annotators|reps|FTEs?|hires|seats)\b/,
            /\b(?:one|two|three|four|five|a\s+single|\d+)\s+(?:[\w-]+\s+)?(?:analysts?|agents?|people|persons?|staff|operators?|recruiters?|accountants?|designers?|clerks?|inspectors?|schedulers?|employees?|reps?|paralegals?|dispatchers?|workers?|planners?|adjusters?|nurses?|lawyers?|writers?|translators?|editors?|handlers?|coders?|tellers?|drivers?|pickers?|underwriters?|technicians?|engineers?|FTEs?)\s+(?:per\s+[\w-]+\s+)?(?:instead\s+of|rather\s+than|versus|vs\.?|compared\s+with|down\s+from)\s+\w+/,
            /\b(?:staff|employee|analyst|paralegal|agent|recruiter|operator|lawyer|accountant|clerk|engineer|labou?r|man|work)\s+(?:time|hours)\s+saved\b/,
            /\bsav(?:es|ed|ing)\s+(?:\w+\s+){0,2}(?:staff|employee|analyst|paralegal|agent|recruiter|operator|lawyer|accountant|clerk)s?['’]?\s+time\b/,
            /\bcom\s+(?:um|uma|dois|duas|\d+)\s+(?:\p{L}+\s+)?(?:analistas?|atendentes?|pessoas?|funcionári[oa]s?)\s+(?:em\s+vez\s+de|ao\s+invés\s+de|contra)\s+\p{L}+/u,
            /\bcom\s+(?:metade|um\s+terço|um\s+quarto|menos)\s+(?:d[oa]s?\s+)?(?:\p{L}+\s+)?(?:funcionários|pessoas|atendentes|analistas|advogados|vendedores|equipe|time|quadro|pessoal)\b/u,
            /(?:只需|仅需|只用|用)(?:一半|三分之一|四分之一)的?(?:人手|人力|员工|人员)/,
          ],
        ],
      },
      // Work done in a fraction of the time: "close the books in two days instead of six".
      {
        all: [
          [
            /\bin\s+(?:[\w-]+\s+){0,2}?(?:minutes|hours|days|weeks|seconds)\s+(?:instead\s+of|rather\s+than|versus|vs\.?|compared\s+with|down\s+from)\b/,
            /\bem\s+(?:\p{L}+\s+){0,2}?(?:minutos|horas|dias|semanas)\s+(?:em\s+vez\s+de|ao\s+invés\s+de|contra)\b/u, /从[\d一二两三四五六七八九十几]+(?:天|小时|分钟|周)缩短(?:到|至)/,
          ],
        ],
      },
      // Time per unit of the customer's work cut: "underwriting time per policy fell from two days to three hours".
      {
        all: [
          [
            /\b(?:time|turnaround|lead\s+time|cycle\s+time|processing\s+time|handling\s+time|review\s+time)\s+(?:per|for\s+each|on\s+each|on|spent)\b/, /\b[\w]+-(?:draft|review|close|closing|handling|processing)\s+time\b/,
            /\b(?:underwriting|processing|handling|review|screening|drafting|closing|reconciliation|onboarding)\s+time\b/,
            /\btempo\s+(?:gasto|médio|de\s+\p{L}+|por|que)\b/u, '耗时', '处理时间', '处理时长', '审核时间', '人均耗时', /(?:月结|结账|审核|处理|出报告|出单)(?:的)?(?:时间|周期)/,
          ],
          [
            /\bfrom\s+(?:\w+\s+){1,2}(?:days?|hours?|minutes?|weeks?)\s+to\b/, /\b(?:fell|fallen|cut|cuts|reduced|reduces|halved|halves|shrank|dropped|down|lowers|lowered)\b/,
            /\b(?:reduz\p{L}*|caiu|cortou)\b/u, 'pela metade', '缩短', '降到', '降至', '减少', '减半', /从[^，。；]{0,10}(?:缩短|降)/,
          ],
          ['customer', 'customers', 'client', 'clients', 'each', 'every', 'per', '@industry', 'firms', /\b(?:use|uses|using)\s+the\s+(?:tool|product|system|platform)\b/, 'cada', 'cliente', 'clientes', 'escritório', '客户', '每位', '每个', '每家', '每单', '使用'],
        ],
      },
      // Productivity multiplied: "analyst productivity up 3x", "效率提升3倍", "每名客服日均处理工单量提升2倍".
      {
        all: [
          [
            /\bproductivity\b/, /\bthroughput\b/, /\boutput\s+per\s+(?:person|employee|worker|agent|head|FTE|analyst|reviewer)\b/,
            /\bper\s+(?:merchandiser|agent|rep|analyst|employee|worker|head|person|recruiter|operator|designer|lawyer|accountant|inspector|reviewer|editor|writer|staff\s+member|FTE|adjuster|underwriter|nurse|doctor|teacher|associate|paralegal)\b/,
            /\bpor\s+(?:funcionário|analista|atendente|vendedor|advogado|médico|operador|pessoa)\b/u, /\bper[\s-](?:agent|head|employee|reviewer|analyst)\s+(?:output|volume|capacity)\b/,
            /\bprodutividade\b/u, '效率', '人效', '提效', '处理量', '人均', '产能', '工作量', '工单量', '产出', /每(?:个|名|位)[\u4e00-\u9fff]{1,4}(?:员|人|师)[\u4e00-\u9fff]{0,12}(?:数量|件数|单量|条数)/, /(?:处理|完成|审核|接待)[\u4e00-\u9fff]{0,4}量/,
          ],
          [/\b\d+(?:[.,]\d+)?\s?(?:x|×|%)/, /\b(?:doubl|tripl)\w*/, /\b(?:two|three|four|five|ten)[\s-]?fold\b/, /[\d一二两三四五六七八九十]+倍/, /\d+(?:\.\d+)?%/, '翻倍', /翻了?[一两二三\d]?倍/],
        ],
        within: 50,
      },
      // The AI does a job for a counted base of businesses: "The AI runs first-round screening for 300 employers."
      {
        all: [
          [
            /\bfor\s+(?:more\s+than\s+|over\s+|some\s+|about\s+|around\s+)?\d[\d,.]*\+?\s+(?:[\w-]+\s+)?(?:employers|enterprises|businesses|companies|firms|merchants|manufacturers|retailers|brands|banks|hospitals|insurers|clinics|schools|law\s+firms|factories|chains|stores|clients|customers|agencies|staffing\s+agencies)\b/,
            /\bpara\s+(?:mais\s+de\s+)?\d[\d.,]*\s+(?:empresas|empregadores|varejistas|marcas|bancos|hospitais|clientes|indústrias|lojas|escritórios)\b/u,
            /为[\d,]+(?:多|余)?家[\u4e00-\u9fff]{0,4}(?:企业|雇主|客户|商家|品牌|工厂|银行|医院)/,
          ],
          [
            /\b(?:runs|handles|automates|automated|performs|processes|answers|screens|screening|drafts|reviews|triages|inspects|schedules|does)\b/,
            /\b(?:executa|automatiza|processa|faz\s+a\s+triagem|triagem)\b/u, '完成', '处理', '自动化', '筛选', '初筛', '承担',
          ],
        ],
        // A founder's sales record is zhu/gap/why-you material, not the product's productivity.
        unless: ['founder', 'co-founder', 'cofounder', 'fundador', 'fundadora', 'cofundador', 'cofundadora', 'CEO', '创始人'],
      },
    ],
    // The company's own cost-cutting (runway, burn), consumer use, past states, questions, years still to come.
    unless: [
      '@notYetFact',
      '@pastState', /[?？]/, /\b20(?:2[6-9]|3\d)\b/, /20(?:2[6-9]|3\d)年/,
      'runway', 'burn', 'its own costs', 'our own costs', 'inference cost', 'inference costs', 'compute cost', 'compute costs', 'GPU cost',
      'cloud cost', 'token cost', 'token costs', 'layoffs', 'laid off', 'hiring freeze', 'consumers', 'consumer', 'students',
      'queima', 'demiss\u00f5es', '裁员', '烧钱', '算力成本', '推理成本', '消费者',
      'cannot replace', 'never replace', 'to replace it', 'replace us', 'replace the company', 'replace the product',
      // The company's own team and its own unit economics.
      // Macro statistics from an outside source.
      'according to', 'de acordo com', 'segundo dados', '据统计', '统计局', 'World Bank',
      'its own headcount', 'our own headcount', 'its own staff', 'our own staff', 'its own team', 'our own team', 'acquisition cost', 'CAC', 'custo de aquisição', '获客成本',
    ],
  },
} satisfies RuleSpec;
