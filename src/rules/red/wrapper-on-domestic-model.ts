import type { RuleSpec } from '../types';

/**
 * zhu/wrapper-on-domestic-model: Product built on a domestic (Chinese) closed foundation model.
 * Triggers in the catalogue:
 * - {domestic model or vendor}: ERNIE / ERNIE Bot / Wenxin Yiyan / 文心一言 / 文心 ("Wenxin Yiyin"); Qwen-Max, Qwen-Plus, Tongyi Qianwen / 通义千问 ("Tongyi Thousand Questions"), DashScope, Bailian / 百炼, Alibaba Cloud model API; GLM-4 API, ChatGLM API, Zhipu / 智谱 / BigModel ("Smart Spectrum"); Doubao / 豆包 ("Beanbag"), Volcano Engine / 火山引擎 / 火山方舟, Coze / 扣子; Kimi, Moonshot / 月之暗面 ("Dark Side of the Moon"); MiniMax, abab, Hailuo / 海螺; Baichuan / 百川; Yi, 01.AI, 零一万物 ("Zero One Everything"); Hunyuan / 混元 ("Tencent Mixed Yuan"); iFlytek Spark / 讯飞星火; StepFun / 阶跃星辰 ("Step Star"); SenseNova / 日日新; DeepSeek API / 深度求索 API (an open-weight family: Information, per the modifier below).
 * - + {dependency}: built on, on top of, powered by, wraps, calls, API, SDK, plug-in, agent platform, bot store, hosted; PT construído sobre, em cima de, via API, usa a API; ZH 基于, 调用, 接入, 套壳, 底层用.
 * - Severity modifiers: {open-weight family name: Qwen2/2.5 open weights, DeepSeek-V2/V3/R1 weights, GLM-4-9B, Yi-34B, MiniCPM, InternLM} + {self-hosted, fine-tuned, on our GPUs, on-prem, 本地部署, 私有化部署, 微调, hospedado em nossos servidores} → no diagnostic (green fires instead); + {API, hosted, cloud} → Information.
 * - !{model-agnostic with a tested switch-over, open-source base in production, benchmark only, evaluation only}.
 */
export default {
  id: "zhu/wrapper-on-domestic-model",
  kind: "red",
  title: "Product built on a domestic (Chinese) closed foundation model",
  claim: "A Chinese application startup that builds on a domestic foundation-model company's closed model, API or bot platform will be copied by that company once it does well, because the model companies also want the application business; Zhu tells founders to build on open source instead.",
  severity: "warning",
  source: "zhu",
  passages: { zhu: ["p-not-recommend-domestic", "p-never-build-on-others-foundation", "p-domestic-copy-skills", "p-app-layer-open-source"], interviewer: ["q-model-and-app-ideal", "q-yang-open-source"], editor: ["e-chatbots-absorb", "e-api-options"] },
  quote: {
    passages: ["p-not-recommend-domestic", "p-never-build-on-others-foundation"],
    en: "\"That's why I don't recommend that domestic entrepreneurs use domestic large models. If you use a domestic large model and you do well, others will certainly copy you. They all use [i.e. work on] large models and don't really understand applications, but if you do well on top of them, it will be easy to copy you. […] The domestic large-model companies know their models are behind the United States, and they all want to do this too, so entrepreneurs should be even more afraid of using them. I have always told domestic entrepreneurs: never build a house on someone else's foundations.\" — Zhu Xiaohu\n\nAlso `p-app-layer-open-source`: \"The application layer will favour open source, especially for Chinese developers, because with open source at least you don't worry about being copied by others.\"",
  },
  questions: ["Which model runs in production, who hosts it, and does that vendor also ship apps in your category?", "If the vendor copied this product next quarter, what would you still have — data, scenarios, customers, a sales team?", "How long and how much to move to an open-source base (LLaMA, Mistral or other open weights)?"],
  openQuestion: "If <vendor> copied this product, what would remain defensible (data, scenarios, customers)? What would switching to an open-source base cost?",
  message: 'Built on a domestic closed model ({evidence}): the model vendor can copy a product that does well.',
  match: {
    type: 'phrase',
    patterns: [
      // A domestic closed model (or its hosted platform) that the product depends on.
      { all: [['@domesticModel'], ['@dependsOn']] },
      // An open-weight family used through its vendor's hosted API: Information, per the catalogue's modifier.
      { all: [['@openWeightApi'], ['API', 'APIs', 'hosted', 'endpoint', 'platform', 'via', 'calls', 'calling', '调用', '接口', 'API调用']], severity: 'information' },
    ],
    // Self-hosted open weights follow Zhu's advice (zhu/green/open-source-finetune); benchmarks and
    // evaluations are not dependencies; a tested switch-over answers the risk.
    unless: [
      '@selfHosted', 'model-agnostic', 'model agnostic', 'vendor-agnostic', 'benchmark', 'benchmarks', 'benchmarked', 'evaluated',
      'evaluation', 'evaluating', 'compared', 'comparison', 'switch-over', 'switchover', 'fallback', 'backup', 'alongside',
      'open weights', 'open-weight', 'to generate evaluation data', 'as a baseline', 'baseline', 'test against', 'tested against',
      'raised', 'valuation', 'round', 'market share', 'leads', 'customer', 'customers of', 'buys', 'sells to',
      '评测', '对比', '测试', '备选', '开源权重', '客户', '融资', 'avaliamos', 'comparamos', 'cliente',
    ],
  },
} satisfies RuleSpec;
