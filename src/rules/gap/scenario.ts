import type { RuleSpec } from '../types';

/**
 * zhu/gap/scenario: The memo never names the commercialisation scenario.
 * Triggers in the catalogue:
 * - {scenario, use case, vertical, target customer, buyer; PT cenário, caso de uso, vertical, cliente-alvo; ZH 场景, 应用场景, 垂直领域, 目标客户} + {a named industry or job and a payer or pricing unit}.
 */
export default {
  id: "zhu/gap/scenario",
  kind: "gap",
  title: "The memo never names the commercialisation scenario",
  claim: "Zhu asks \"where is your commercialisation scenario?\" and, for vertical plays, \"in which vertical scenario do you have an advantage?\"; a memo that never names a concrete use case and who pays for it leaves that unanswered.",
  severity: "information",
  source: "zhu",
  passages: { zhu: ["p-core-questions-scenario-data", "p-regret-gpt4-dilemma", "p-no-scenes-no-data-expensive"], interviewer: ["q-rejected"] },
  quote: {
    passages: ["p-core-questions-scenario-data"],
    en: "\"No, [they] can't answer any of the questions I asked [the MT says 'I can't answer'; the sense is that the founders can't]. Who can answer? I hope they don't like me [sense: I expect they don't]; the key is who can answer. Where is your commercialisation scenario? Where is your data? I don't know. Go talk to them yourself and find out.\" — Zhu Xiaohu",
  },
  questions: ["Where is your commercialisation scenario — which vertical, which customer, paying for what?"],
  openQuestion: "Where is the commercialisation scenario — which vertical, which customer, paying for what? Where do you have an advantage?",
  message: 'The memo never names the commercialisation scenario: which vertical, which customer, paying for what.',
  match: {
    type: 'absence',
    answers: [
      // A named scenario with a payer or a pricing unit: "Use case: … for FMCG brands, billed per campaign".
      {
        all: [
          [
            'scenario', 'scenarios', 'use case', 'use cases', 'vertical', 'verticals', 'first vertical', 'beachhead', 'target customer', 'target customers',
            'ICP', 'ideal customer', 'customer segment', 'target market', 'target segment', 'mercado-alvo', '目标市场', 'buyer', 'buyers', 'who pays', 'cenário', 'cenários', 'caso de uso', 'casos de uso', 'cliente-alvo',
            'clientes-alvo', 'público-alvo', 'quem paga', 'comprador', 'compradores', '场景', '应用场景', '商业化场景', '垂直领域', '垂直行业', '目标客户', '客户群',
            '付费方', '买单方',
          ],
          [
            '@industry', /\b(?:paid|billed|priced|charged|sold|licensed)\s+(?:per|by\s+the|on\s+a\s+per)\b/, /\bper\s+(?:[\w-]+\s+)?(?:seat|interview|campaign|claim|video|call|user|month|year|document|report|candidate|store|line|order|transaction|minute|hour|page|case|employee|site|location|bed|vehicle|hire|ticket|invoice|unit|query|licen[cs]e)\b/,
            /\bpaying\s+(?:\w+\s+)?(?:customers|clients|users)\b/, /\b(?:pays|pay|paid|billed|subscription|subscribes|subscribe|licence\s+fee|license\s+fee)\b/,
            /\bcobrad[oa]s?\s+por\b/u, /\b(?:pagam|paga|pagante|pagantes|assinatura|mensalidade)\b/u, '收费', '付费', '买单', /按[\u4e00-\u9fff]{1,6}(?:收费|计费|付费)/, '订阅',
          ],
        ],
      },
      // A named payer and what it pays: "Insurers pay RMB 2 per claim", "卖给保险公司".
      {
        all: [
          ['@industry'],
          [
            /\b(?:pay|pays|paid|paying|buy|buys|bought|subscribe|subscribes|license|licenses|licence|licences|sign|signs|signed|billed|invoiced)\b/,
            /\b(?:sells?|sold|selling)\s+(?:[\w-]+\s+){0,4}?to\b/, /\b(?:pagam|paga|pagaram|compram|comprou|assinam|assinaram|contratam|contrataram)\b/u,
            /\bvend(?:e|em|eu|emos)\s+(?:\p{L}+\s+){0,4}?(?:para|a)\b/u, '付费', '买单', '采购', '购买', '签约', '卖给', '销售给', '面向', '收费', '订阅',
          ],
        ],
      },
      // A product for a named industry: "drafts customs declarations for freight forwarders", "为律所生成合同初稿".
      {
        all: [
          ['@industry'],
          [/\b(?:for|to|helps?|serves?|serving|sells?|sold|selling)\b/, /\b(?:para|atende|atendem|vende|ajuda)\b/u, '为', '面向', '服务', '帮助', '卖给'],
        ],
        within: 40,
      },
    ],
    sections: ['Scenario', 'Use case', 'Product', 'Customers', 'Go-to-market', 'Cenário', 'Caso de uso', 'Produto', 'Clientes', '应用场景', '场景', '产品', '客户'],
    lookedFor: 'a named use case or vertical together with who pays and for what (a customer type, a price or pricing unit)',
  },
} satisfies RuleSpec;
