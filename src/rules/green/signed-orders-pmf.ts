import type { RuleSpec } from '../types';

/**
 * zhu/green/signed-orders-pmf: PMF shown by signed orders; standardised product, POC then contract.
 * Triggers in the catalogue:
 * - {POC, proof of concept, pilot, trial; PT prova de conceito; ZH POC, 试点, 试用} + {converted, signed, formal contract, order; PT contrato formal, assinado; ZH 转化, 签约, 签单, 正式合同}.
 * - {standardised, no customisation, self-serve; PT padronizado, sem customização; ZH 标准化, 不做定制}.
 * - !{ongoing, hope, expect, custom integration}.
 */
export default {
  id: "zhu/green/signed-orders-pmf",
  kind: "green",
  title: "PMF shown by signed orders; standardised product, POC then contract",
  claim: "Product–market fit is evidenced the way Zhu measures it: meeting customers and signing orders, with a standardised product that goes from POC to a formal contract and creates an order-of-magnitude increase in value.",
  severity: "information",
  source: "zhu",
  passages: { zhu: ["p-pmf-sign-order", "p-standard-poc-contract"], interviewer: ["q-b-exponential"] },
  quote: {
    passages: ["p-pmf-sign-order", "p-standard-poc-contract"],
    en: "\"It's very simple: meet the customer first and sign an order [the MT says 'sign a single document']. Meeting and signing an order is an evaluation indicator — that is PMF.\" […] \"Now you create an order-of-magnitude increase in value for the customer. Customisation is out of the question; it's standardised services — first a POC (proof of concept), then a formal contract.\" — Zhu Xiaohu",
  },
  questions: ["How many first meetings ended in a signed order? (\"Meeting and signing an order is an evaluation indicator — that is PMF.\")", "How long from POC to formal contract, and is any of it customised?", "Is the value to the customer an order of magnitude?"],
  openQuestion: "",
  message: '',
  match: {
    type: 'phrase',
    patterns: [],
  },
} satisfies RuleSpec;
