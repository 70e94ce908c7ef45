import type { RuleSpec } from '../types';

/**
 * zhu/green/value-beyond-model: Does what the model cannot do 100%: workflow, manual correction, value-added services.
 * Triggers in the catalogue:
 * - {human review, manual correction, operators, outsourced team, last mile, workflow integration, exception handling, value-added services; PT revisão humana, terceirizada, última etapa, serviços de valor agregado; ZH 人工审核, 人工修改, 外包, 最后一公里, 嵌入工作流, 增值服务}
 * - + present-tense delivery to customers.
 * - !{temporary, plan to remove, fully automated}.
 */
/** People who do the part the model cannot: reviewers, domain experts, operators, the company's own staff. */
const PEOPLE = [
  /\b(?:human|humans|manual|manually)\b/, /\bhuman[\s-]in[\s-]the[\s-]loop\b/,
  // (not the product's own "AI agent", "AI analyst" or a "listing editor")
  /(?<!\b(?:AI|A\.I\.|virtual|digital|robo|bot|copilot|software|automated|LLM|listing|video|photo|image|text|code|online|web|visual|document|template)[\s-])\b(?:operator|editor|post-editor|reviewer|annotator|lawyer|attorney|paralegal|analyst|expert|specialist|doctor|physician|clinician|nurse|pharmacist|radiologist|pathologist|accountant|bookkeeper|engineer|linguist|translator|interpreter|adjuster|underwriter|designer|retoucher|copywriter|writer|merchandiser|stylist|photographer|consultant|tutor|teacher|moderator|curator|fact-checker|technician|inspector|surveyor|planner|strategist|producer|account manager|customs broker|native speaker|native-speaker|case manager)s?\b/,
  /\b(?:QA|review|editorial|quality|operations|ops|service|delivery|content|annotation|label(?:l)?ing|creative|production|compliance|legal|medical|clinical|support|customer[\s-]success|implementation|onboarding|expert|specialist|studio|back[\s-]office|merchandising|fulfil?ment|verification|audit)\s+(?:team|teams|desk|staff|crew|crews|pool|network|bench)\b/,
  /\b(?:creative|art|content|editorial|medical|clinical)\s+directors?\b/, /\bda\s+casa\b/u,
  /\b\d+[\s-](?:person|people|strong)\s+(?:[\w-]+\s+)?(?:team|desk|crew|group)\b/,
  /\b(?:human|live|licensed|certified|trained|support|service|call[\s-]cent(?:re|er)|contact[\s-]cent(?:re|er)|sales|field|insurance|customs)\s+agents?\b/,
  /\b(?:company['’]s|own|in-house)\s+studio\b/, /\bbrokers?\b/, /\bby\s+hand\b/, /\bà\s+mão\b/u, '手工', '修图师', '摄影师', '剪辑师', '美工', '后期',
  // (not "in-house" alone: "in-house legal teams" are often the customers)
  /\bin-house\s+(?:team|teams|staff|specialists?|experts?|editors?|reviewers?|lawyers?|linguists?|translators?|accountants?|designers?|doctors?|pharmacists?|analysts?|operators?|crew|desk)\b/,
  'on staff', 'on the payroll', "company's own", 'own staff', 'own team', 'staff', 'staffed', 'professionals', 'officers', 'crews',
  'humana', 'humano', 'humanos', 'manual', 'manualmente',
  /\b(?:engenheir|advogad|especialist|revisor|médic|contador|paralega|assistent|técnic|estagiári|radiologist|farmacêutic|tradutor|redator|analist|enfermeir|operador|consultor|linguist|curador|moderador|despachante|corretor)\p{L}*/u,
  'equipe', 'time de', 'nativos', 'editores', 'revisores', 'designers', 'roteiristas',
  '人工', '分析师', '审核员', '编辑', '律师', '专家', '医生', '药师', '工程师', '运营人员', '团队', '设计师', '译员', '翻译', '质检员', '坐席', '人员', '顾问', '外包',
];

/** Checking, correcting or finishing an output. */
const REVIEW = [
  // (not a product category: "contract review", "document review")
  /(?<!\b(?:code|peer|security|legal|board|budget|we|management|auditors?|investors?|committee|contract|document|resume|CV)\s)\b(?:review|reviews|reviewed|reviewing|confirm|confirms|confirmed|check|checks|checked|checking|double-checks?|double-checked|spot-checks?|spot-checked|fact-checks?|fact-checked|correct|corrects|corrected|correcting|proofread\w*|edit|edits|edited|editing|post-edit\w*|verif\w+|vet|vets|vetted|QA|QAs|QA'd|approve|approves|approved|caught|catches|fix|fixes|fixed|signs?\s+off|signed\s+off|sign-off|retouch\w*|polish\w*|rework\w*|rewrit\w+|finali[sz]\w*|validat\w+|touch(?:es|ed)?\s+up|cleans?\s+up|cleaned\s+up|amend\w*|re-?key\w*|re-?enter\w*|re-?check\w*|re-?shoots?|re-?shot|re-?draws?|re-?does|re-?done|redo|keys?\s+(?:\w+\s+)?in)\b(?!\s+(?:agents?|bots?|tools?|modules?|assistants?|products?|features?|engines?|models?(?!\s+(?:outputs?|drafts?|answers?|results?|errors?|mistakes?|responses?))|copilots?|apps?|software|pipelines?|systems?|platforms?|layers?))/,
  /\bpassa(?:m)?\s+pel[oa]\s+crivo\b/u, /\bassinad[oa]s?\s+por\b/u, '二次剪辑', '二次加工', '精剪', '后期处理', /\b(?:revis\p{L}+|corrig\p{L}+|verific\p{L}+|checad\p{L}+|conferid\p{L}*|confere\p{L}*|aprova\p{L}*|valid\p{L}+|editad\p{L}+|retocad\p{L}+|finalizad\p{L}+|lapidad\p{L}+|ajustad\p{L}+|refeit\p{L}+)\b/u,
  '审核', '核对', '修改', '校对', '复核', '把关', '修正', '审校', '纠错', '润色', '精修', '核查', '核验', '审定', '签字', '审阅', '批改', '人工确认', '审查', '校验',
];

/** What is checked: the model's output on its way to the client, not the company's own paperwork. */
const OUTPUT = [
  // (not "model" or "AI" alone: they often sit in a clause that says what the model cannot do)
  /\b(?:outputs?|drafts?|drafted|reports?|content|generated|generations?|machine[\s-]\w+|translat\w+|results?|deliverables?|delivery|delivered|release|released|publish\w*|go(?:es|ing)?\s+live|goes\s+out|client|clients|customer|customers|cases|errors|mistakes|exceptions|triage|listings?|answers?|clauses?|summar\w+|assets|ads|creatives|copy|filings?|dossiers?|steps?|images?|photos?|wrong|before\s+(?:it|they)\s+(?:reach|reaches|go|goes|is|are))\b/,
  /\b(?:respostas?|pacientes?|resultados?|relatórios?|entrega|entregue|liberad\p{L}*|publicad\p{L}*|gerad[oa]s?|laudos?|rascunhos?|minutas?|petições|cliente|clientes|conteúdo|tradução|traduções|erros|casos|anúncios|textos?|roteiros?|ir\s+ao\s+ar|saída)\b/u,
  '交付', '生成', '初稿', '结果', '客户', '内容', '出稿', '研报', '报告', '错误', '单据', '案例', '上线', '发布', '出具', '译稿', '稿件', '广告', '素材', '输出',
];

/** The model, its output or its uncertainty: what the people step in for. */
const MODEL_CONTEXT = [
  /\b(?:model|models|AI|LLM|the\s+system|algorithm|automation|automated|machine|confidence|uncertain|low-confidence|unsure|ambiguous|exceptions?|edge\s+cases|flag|flags|flagged|cannot|can't|fails?)\b/,
  /\b(?:modelo|IA|algoritmo|confiança|incert\p{L}+|exceções|ambígu\p{L}+)\b/u, '模型', 'AI', '算法', '置信度', '无法', '不确定', '异常', '机器',
];
export default {
  id: "zhu/green/value-beyond-model",
  kind: "green",
  title: "Does what the model cannot do 100%: workflow, manual correction, value-added services",
  claim: "The company delivers the part of the outcome that models cannot do 100% — workflow integration, manual correction and fine-tuning of outputs, value-added services on top — which Zhu calls China's opportunity and which survives model upgrades.",
  severity: "information",
  source: "zhu",
  aliases: ["zhu/green/human-in-the-loop"],
  passages: { zhu: ["p-do-what-ai-cannot", "p-hallucination-workflow", "p-china-middle-value-added", "p-no-shell-in-china"], interviewer: ["q-sora-impact"], editor: ["e-zhu-outsourcing-later"] },
  quote: {
    passages: ["p-hallucination-workflow", "p-do-what-ai-cannot"],
    en: "\"It will still help. Today's large models, especially with the Transformer, are a structure that once released has hallucinations and biases [MT: 'ilusões e preconceitos']; they inevitably have to be integrated into the workflow, with the need for manual modification and fine-tuning. You must do things that AI cannot do 100% — that is the opportunity for China.\" — Zhu Xiaohu\n\nAnd `p-china-middle-value-added`: \"I can do value-added services on top of it and I can make money for my customers immediately. That kind of opportunity exists in China.\"",
  },
  questions: ["Which part of the customer's outcome can the model not do 100% — and does the company own that part?", "Is the work on top of the model sold as a value-added service that makes money for the customer immediately?"],
  openQuestion: "",
  message: 'Delivers what the model cannot do alone ({evidence}): the workflow, correction and service layer Zhu calls China\'s opportunity; check that it is billed and lasting.',
  match: {
    type: 'phrase',
    patterns: [
      // Outsourced or contracted people deliver the last part: "由我们的外包团队完成", "delivered by contracted crews".
      {
        all: [
          [
            /\b(?:delivered|done|handled|performed|carried\s+out|completed|finished|shot|produced|staffed)\s+by\b/, /\bfeit[ao]s?\s+(?:por|pela|pelo)\b/u,
            /\brealizad[ao]s?\s+(?:por|pela|pelo)\b/u, /\bfica(?:m)?\s+(?:com|a\s+cargo\s+de)\b/u, /\bcabe\s+(?:a|à)\b/u, '由', '完成', '负责',
            // Active voice: "an outsourced team handles the formatting and filing".
            /\b(?:handles|performs|completes|finishes|takes\s+care\s+of|cuida|executa)\s+(?:the\s+|all\s+|every\s+|each\s+|a\s+|o\s+|a\s+|os\s+|as\s+|de\s+)?/u,
          ],
          [
            'outsourced', 'contracted', 'contract crews', 'crews', 'crew', 'field team', 'service team', 'operations team', 'operators', 'editors',
            'reviewers', 'annotators', 'specialists', 'consultants', 'consultores', '顾问', 'terceirizad*', 'equipe de campo', 'equipe de operações', '外包', '运营团队', '服务团队', '人工团队',
            '审核团队', '编辑团队', 'native speakers', 'studio network', 'in-house', /\b(?:company['’]s|its\s+own|our\s+own|in-house)\s+(?:studio|team|staff|crew|editors|operators|specialists)\b/,
          ],
        ],
        within: 60,
      },
      // People review, check or correct the output: "reviewed by trained operators", "人工审核", "revisão humana".
      {
        all: [REVIEW, PEOPLE, OUTPUT],
        within: 140,
        unless: [
          // A review team cut by the product is zhu/green/to-b-productivity: "cut its KYC review team from 30 to 12", "审核人员减少了七成".
          /\b(?:cut|cuts|reduced|shrank|shrunk|halved|trimmed|downsized)\s+(?:its|their|the)\s+(?:\p{L}+\s+){0,2}(?:teams?|staff|headcount|desk)\b/u, /(?:人员|团队|人手)(?:减少|减半|缩减|精简)/u,
          'code review', 'code reviews', 'pull request', 'pull requests', 'each release', 'every release', 'data room', 'reviewed the', 'we reviewed', 'term sheet', 'financial statements', 'financials',
          // Corrections that feed training are zhu/green/vertical-data-loop.
          'model update', 'model updates', 'retrain*', 'training data', 'training pair*', 'folded into', '回流', '训练',
          /\bfine-?tun\w*/, 'dataset', 'data set', /\baccumulat\w*/, /\bacumul\p{L}*/u, 'base cresce', 'grows with', '积累', '数据集',
        ],
      },
      // A process rule on the model's uncertainty: "if the model's confidence is below 0.8, a pharmacist checks the answer".
      // The "if" is part of the claim, so it lies inside the trigger.
      {
        all: [
          [
            /\b(?:under|below|less\s+than|lower\s+than)\s+(?:a\s+)?\d+(?:\.\d+)?%?\s+confidence\b/, /\blow[\s-]confidence\b/, /\bconfidence\s+(?:score\s+)?(?:below|under|is\s+low|falls)/,
            /\bconfiança\s+(?:abaixo|baixa|menor)\b/u, /置信度(?:低|低于|不足)/,
            /\b(?:the\s+)?(?:model|AI|system|classifier)\s+(?:scores?|flags?|marks?|rates?|labels?|tags?)\s+(?:\w+\s+)?(?:as\s+)?(?:uncertain|low[\s-]confidence|ambiguous|risky|unclear|doubtful|borderline)\b/,
            /\b(?:if|when|whenever|where|wherever)\s+(?:the\s+|its\s+|our\s+)?(?:model|AI|system|classifier|LLM)(?:['’]s)?\s+(?:[\w-]+\s+){0,3}?(?:confidence|unsure|uncertain|fails|cannot|can't|is\s+not\s+sure|below|low|doubt)\b/,
            /\b(?:se|quando)\s+(?:o\s+|a\s+)?(?:modelo|IA|sistema)\s+(?:\p{L}+\s+){0,3}?(?:confiança|incert\p{L}+|falha|não\s+(?:consegue|sabe|tem\s+certeza))/u,
            /(?:如果|若|一旦|当)(?:模型|AI|系统)[^，。；]{0,8}(?:置信度|不确定|无法|识别不了|拿不准|低于)/,
          ],
          PEOPLE,
          [...REVIEW, /\b(?:rout\w+|escalat\w+|goes\s+to|go\s+to|sent\s+to|handed\s+to|passed\s+to|takes?\s+over|steps?\s+in|(?:done|handled|processed|completed)\s+by)\b/, /\b(?:encaminh\p{L}*|vai\s+para|assume)\b/u, '转给', '转人工', '转交', '交由', '接管', '介入'],
        ],
        within: 160,
      },
      // Uncertain cases go to people: "routed to an in-house specialist queue", "escalated to human agents", "转给人工坐席".
      {
        all: [
          [
            /\b(?:rout(?:e|es|ed|ing)|escalat(?:e|es|ed|ing|ion|ions)|hand(?:s|ed)?\s+(?:off|over)|hand-?offs?|pass(?:es|ed)?\s+(?:on\s+)?to|sen[dt]s?\s+to|forward(?:s|ed)?\s+to|transferr?(?:s|ed)?\s+to|falls?\s+back\s+to|fall-?back\s+to|queued?\s+for|kick(?:s|ed)?\s+(?:out|over)\s+to)\b/,
            /\b(?:encaminh\p{L}*|escalad\p{L}*|escalona\p{L}*|transferid\p{L}*|repassad\p{L}*|direcionad\p{L}*)\b/u, '转给', '转人工', '转交', '交由', '交给', '移交', '人工接管', '人工兜底', '流转到', '转到',
          ],
          PEOPLE,
          MODEL_CONTEXT,
        ],
        within: 120,
      },
      // People handle what the model cannot do: the negation ("the model cannot match", "o modelo não consegue") is the claim.
      {
        all: [
          [
            /\b(?:the|its|our|a|any)\s+(?:AI|model|models|system|generation|LLM)\s+(?:alone\s+|on\s+its\s+own\s+)?(?:cannot|can't|can\s+not|fails\s+to|is\s+unable\s+to|does\s+not|doesn't)\b/,
            /\bo\s+modelo\s+(?:sozinho\s+)?não\s+(?:consegue|resolve|sabe|alcança|faz)\b/u, /\ba\s+IA\s+(?:sozinha\s+)?não\s+(?:consegue|resolve|sabe|faz)\b/u,
            /(?:模型|AI|算法)(?:单独|自己)?(?:做不到|处理不了|识别不了|匹配不上|无法|不能)/,
            /\b(?:outside|beyond)\s+what\s+(?:the\s+)?(?:model|AI|system)\s+can\b/, /\b(?:the\s+)?(?:model|AI)\s+(?:gets\s+wrong|misses|misreads|gets\s+\w+\s+wrong)\b/,
            /\bfora\s+do\s+que\s+o\s+modelo\s+(?:consegue|sabe)\b/u,
          ],
          [
            ...PEOPLE,
            'desk', 'ops team', 'operations team', 'our team', 'clients pay', 'customers pay', 'what clients', 'what customers',
            /\b(?:handles|handled|resolves|resolved|covers|completes|finishes|takes\s+over)\s+(?:the\s+|all\s+|every\s+)?(?:\d|remaining|rest|cases|exceptions|part|share)/,
            '替客户', '为客户', '帮客户', '由公司',
            /\b(?:the\s+company|we|it)\s+(?:owns|own|does|do|handles|handle|runs|run|provides|provide|delivers|deliver|covers|cover)\b/,
            /\ba\s+empresa\s+(?:faz|cuida|assume|entrega|executa)\b/u, '公司负责', '公司来做', '我们来做',
          ],
        ],
      },
      // "Even a flawless model would not book the freight …, and that operational chain is what clients pay for."
      {
        all: [
          [
            /\beven\s+(?:a|the|an)\s+(?:[\w-]+\s+){0,2}?(?:model|AI|LLM)s?\s+(?:would|could|can|will)\s*(?:not|n['’]t|never)\b/,
            /\bmesmo\s+(?:um|o)\s+(?:\p{L}+\s+){0,2}?(?:modelo|IA)\s+(?:\p{L}+\s+)?não\b/u, /(?:再好|再强|再完美)的?(?:模型|AI)(?:也)?(?:无法|不能|做不了|做不到)/,
          ],
          [/\b(?:clients|customers|buyers)\s+(?:\w+\s+)?pay\b/, /\bpay(?:s|ing)?\s+for\b/, /\bwe\s+(?:do|handle|run)\b/, /\bthe\s+company\s+(?:does|handles|runs)\b/, 'pagam', '付费', '买单', '公司负责', '我们负责'],
        ],
      },
      // Exceptions handled by people: "a 25-person operations desk handles every exception", "tratam manualmente".
      {
        all: [
          [/\bexceptions?\b/, /\bedge\s+cases\b/, /\bthe\s+(?:\d+%|rest|remainder)\s+(?:of\s+)?(?:\w+\s+){0,2}the\s+model\b/, 'exceções', 'casos excepcionais', '异常', '例外', '匹配不上', '识别不了', '处理不了'],
          [
            /\bhandl\w+/, /\bresolv\w+/, /\bmanual\w*/, 'operators', 'desk', 'ops team', 'operations team', 'tratam', 'trata', 'resolvem', 'manualmente',
            'operadores', 'analistas', '人工处理', '人工', '运营人员',
          ],
        ],
      },
      // Embedded in the customer's own systems or workflow.
      {
        all: [
          [
            /\bintegrat\w*/, /\bplugs?\s+into\b/, /\bplugged\s+into\b/, /\bembedded\s+in(?:to)?\b/, /\bsits?\s+inside\b/, /\bwired\s+into\b/, /\b(?:posts?|writes?|pushes|syncs?|feeds?)\s+(?:\w+\s+)?(?:into|with)\b/, /\bconnect(?:s|ed)?\s+(?:directly\s+)?to\b/, /\bbuilt\s+into\b/, /\blives\s+inside\b/, /\b(?:inside|within)\s+(?:the\s+|its\s+|their\s+|each\s+)?(?:[\p{L}'’]+\s+)?(?:ERP|CRM|EHR|HIS|TMS|systems?|workflows?|stack|software)\b/u, /\bdentro\s+d[oa]s?\s+(?:\p{L}+\s+)?(?:ERP|CRM|sistemas?|fluxos?)\b/u,
            /\bintegr(?:a|am|ado|ada|ou)\b/u, /\bembutid[ao]\b/u, '嵌入', '集成', '融入', '接入',
          ],
          [
            'ERP', 'SAP', 'CRM', 'HIS', 'EHR', 'PACS', 'TMS', 'WMS', 'MES', 'OA', 'workflow', 'workflows', 'approval chain', 'core system', 'core systems',
            /\b(?:claims|billing|booking|ticketing|policy|order|inventory|payroll|hospital|case[\s-]management|practice[\s-]management|document[\s-]management|dispatch|underwriting|existing|internal|back[\s-]office)\s+(?:systems?|platforms?|software|stack|tools)\b/, 'system of record', 'back office', 'back-office',
            'fluxo de trabalho', 'fluxos de trabalho', 'sistema do cliente', 'sistemas do cliente', /\bsistemas?\s+(?:de\s+gestão|internos?|legados?)\b/u, '工作流', '业务流程', '审批流程', '流程', '系统',
          ],
          [
            "customer's", "customers'", "client's", "clients'", 'the customer', 'the client', 'their', 'each customer', 'each client', 'customer', '@industry',
            /\b(?:insurer|bank|hospital|clinic|retailer|factory|lender|carrier|manufacturer|merchant|brand|school|employer|law\s+firm|forwarder|broker|pharmacy|shipper|buyer|user)['’]s\b/,
            'do cliente', 'dos clientes', 'cliente', '客户',
          ],
        ],
        within: 80,
        // Months of per-client integration is zhu/long-sales-cycle, not a capability.
        unless: ['bespoke', 'custom', 'customis*', 'customiz*', 'customiza*', 'personaliza*', 'sob medida', '定制', 'preceded by', 'requires', 'required', 'months of', 'meses de', '个月'],
      },
      // Services on top of the generation: "Beyond generation, the company files the documents with customs … for the customer".
      {
        all: [
          [
            /\b(?:everything|all\s+the\s+work|the\s+work|what\s+happens)\s+(?:after|downstream\s+of|beyond)\s+(?:the\s+)?(?:generation|model|AI|output)\b/,
            /\b(?:beyond|besides|apart\s+from|in\s+addition\s+to|on\s+top\s+of)\s+(?:the\s+|its\s+|raw\s+)?(?:generation|generated\s+\w+|AI\s+output|model\s+output|outputs?|software|licen[cs]e|subscription|platform\s+fee|content\s+generation|the\s+model|drafting|the\s+drafts?|automation|the\s+AI)\b/,
            /\b(?:além|fora)\s+d[oa]s?\s+(?:software|modelo|IA|geração|conteúdo\s+gerado|plataforma|licença|assinatura)\b/u,
            /\bafter\s+(?:the\s+)?(?:generation|the\s+model|drafting|the\s+AI\s+step)\b/,
            /\btakes?\s+(?:the|each|every)\s+(?:generated|AI|model['’]?s?|machine)\s+(?:\p{L}+\s+)?(?:drafts?|outputs?|results?|texts?|reports?)\s+and\b/u,
            /除(?:了)?[^，。；]{0,10}(?:生成|模型|AI|软件|内容)[^，。；]{0,6}(?:外|之外)/, /在(?:模型|AI|生成)[^，。；]{0,6}之外/,
          ],
          [
            /\bfor\s+(?:the\s+|its\s+|their\s+|each\s+|every\s+)?(?:customers?|clients?|merchants?|brands?|advertisers?)\b/, /\bon\s+behalf\s+of\b/, /\bon\s+(?:the\s+|each\s+)?(?:client|customer|merchant|brand)['’]s\s+behalf\b/, /\b(?:clients|customers)\s+(?:\w+\s+)?pay\b/,
            /\bprovides?\b/, /\bpara\s+(?:cada|o|os)\s+clientes?\b/u, /\bcuida\b/u,
            /\b(?:paid|billed|managed)\s+services?\b/, /\bservices?\b/, /\bservice\s+fee\b/, /\boperations\b/,
            /\bserviços?\b/u, /\bpara\s+(?:o|os)\s+clientes?\b/u, /\bcobrad\p{L}+/u, '替客户', '为客户', '帮客户', '代客户', '服务', '代运营', '代理',
          ],
        ],
        within: 140,
        unless: ['custom', 'customis*', 'customiz*', 'bespoke', 'customiza*', '定制'],
      },
      // Clients pay for the finished work, not raw model output.
      { all: [[/\b(?:rather\s+than|not|instead\s+of|never)\s+(?:the\s+|a\s+)?raw\s+(?:model\s+|AI\s+|machine\s+)?(?:outputs?|generations?|drafts?|text)\b/, /\bem\s+vez\s+d[oa]\s+(?:resultado|texto|rascunho)\s+brut[oa]\b/u, /而(?:不是|非)(?:模型的?|AI的?)?原始(?:输出|结果|生成)/]] },
      {
        all: [
          [/\b(?:pay|pays|paid|paying|buy|buys|bought)\s+for\s+(?:a\s+|the\s+)?(?:finished|final|completed|publish-ready|ready-to-\w+|polished|fact-checked|done-for-you|end-to-end)\b/, /\bpagam\s+(?:pel[oa]s?|por)\s+(?:\p{L}+\s+)?(?:pront[oa]s?|finalizad\p{L}+|acabad\p{L}+)/u, /(?:为|买)成品(?:付费|买单)/],
        ],
      },
      // Value-added services sold on top of the generated output.
      {
        all: [
          [
            /\bvalue[\s-]added\s+services?\b/, /\badd[\s-]on\s+services?\b/, /\bon\s+top\s+of\s+the\s+(?:generated|model|AI|licen[cs]e|subscription|software)\b/, /\bserviços?\s+de\s+valor\s+agregado\b/u,
            /\bserviços?\s+adicionais\b/u, '增值服务', '附加服务', /\bmanaged\s+(?:[\w-]+\s+)?(?:services?|operations)\b/, /\bserviços?\s+gerenciados?\b/u, '托管服务', '代运营', /\bservice\s+fees?\b/,
          ],
          [
            /\b(?:billed|sold|priced|charged|invoiced|paid|pay|pays|extra)\b/, 'separately', 'per', 'revenue', 'cobrad*', 'vendid*', 'precificad*', 'receita', '收费', '计费', '单独', '售卖', '收入',
          ],
        ],
        // Per-client custom work is zhu/long-sales-cycle, not a service layer on a standard product.
        unless: ['custom', 'customis*', 'customiz*', 'bespoke', 'customiza*', '定制'],
      },
      // Services billed separately on top of the generated output: "sells shooting and voice-over as separately billed services".
      {
        all: [
          [
            /\bseparately\s+(?:billed|priced|charged|sold|invoiced)\b/, /\b(?:billed|priced|charged|sold|invoiced)\s+separately\b/,
            /\bcobrad[oa]s?\s+(?:à\s+parte|separadamente)\b/u, /\bvendid[oa]s?\s+(?:à\s+parte|separadamente)\b/u, '单独收费', '单独计费', '另行收费',
          ],
          [/\b(?:generated|generation|model|AI|on\s+top|beyond|services?|software)\b/, /\b(?:gerad[oa]s?|modelo|IA|serviços?|software|além)\b/u, '生成', '模型', 'AI', '之外', '服务'],
        ],
        unless: ['custom', 'customis*', 'customiz*', 'bespoke', 'customiza*', '定制'],
      },
      // The last mile the model cannot reach, owned by the company.
      {
        all: [
          [/\blast[\s-]mile\b(?![\s-](?:delivery|deliveries|logistics|couriers?|robots?)|\s+of\s+(?:delivery|logistics|shipping|transport))/, /\búltima\s+(?:etapa|milha)\b/u, '最后一公里', '最后一步'],
          [/\b(?:we|our|the\s+company|its|own)\b/, 'nossa', 'nosso', 'empresa', '我们', '公司', '自己', ...PEOPLE],
          [
            /\b(?:model|AI|generation|automation|team|outsourced|crews?)\b/, /\b(?:modelo|IA|serviço|equipe|terceirizad\p{L}*)\b/u, '模型', 'AI', '服务', '团队', '外包', ...OUTPUT,
          ],
        ],
        unless: ['last-mile delivery', 'last mile delivery', 'logistics'],
      },
    ],
    // Review that is temporary, being removed, or not done at all; past states; questions; years still to come.
    unless: [
      '@notYetFact',
      '@pastState', /[?？]/, /\b20(?:2[6-9]|3\d)\b/, /20(?:2[6-9]|3\d)年/,
      'temporary', 'temporarily', 'stopgap', 'stop-gap', 'stop gap', 'interim', 'phase out', 'eliminate', 'remove', 'fully automated',
      'fully automatic', 'end to end automated', 'no human', 'no humans', 'temporári*', 'provisóri*', 'totalmente automatizado', '临时', '过渡', '全自动', '无需人工',
      'code review', 'code reviews', 'peer review', 'board', 'auditor', 'auditors', /\baudited\s+(?:financials?|accounts|statements|by)\b/, 'regulator', 'regulators', 'security review',
    ],
  },
} satisfies RuleSpec;
