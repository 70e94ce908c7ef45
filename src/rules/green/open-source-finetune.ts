import type { RuleSpec } from '../types';

/**
 * zhu/green/open-source-finetune: Fine-tunes open-source weights on one or a few GPUs.
 * Triggers in the catalogue:
 * - {LLaMA / Llama, Mistral, Mixtral, Gemma, open-weight Qwen, DeepSeek weights, Yi, GLM-4-9B, MiniCPM, InternLM, "open source model", open weights; PT código aberto, pesos abertos; ZH 开源模型, 开源权重}
 * - + {fine-tune, LoRA, train for weeks/months, one / few GPUs (cards), self-hosted, on our servers; PT ajuste fino, hospedado; ZH 微调, 一张卡, 本地部署, 私有化部署}.
 * - !{API, hosted by the vendor, plan to pre-train}.
 */
export default {
  id: "zhu/green/open-source-finetune",
  kind: "green",
  title: "Fine-tunes open-source weights on one or a few GPUs",
  claim: "The product is built on open-source models (LLaMA, Mistral and other open weights), fine-tuned for two or three months on one or a few GPUs and re-tested as new open models appear — cheap, quick to commercialise, and free of copy risk from a model vendor.",
  severity: "information",
  source: "zhu",
  passages: { zhu: ["p-instant-money", "p-llama-few-cards", "p-private-marketing-llama", "p-open-source-base", "p-llama-key-node", "p-test-open-models", "p-app-layer-open-source", "p-gemma-competition"], interviewer: ["q-key-nodes-2023", "q-gemma"], editor: ["e-chinese-open-source-top"] },
  quote: {
    passages: ["p-instant-money", "p-test-open-models"],
    en: "\"These CTOs of ours are very young. Take LLaMA and train it for two or three months — at worst one card [GPU] — train for two or three months and you can commercialise it immediately.\" […] \"For many vertical applications, we found that Mistral 2 is better than LLaMA 2. Anyway, if an open-source model is opened [i.e. released], we will test it and see which one works better.\" — Zhu Xiaohu\n\nAnd `p-llama-few-cards`: \"… just do LLaMA training in two or three months. The companies we invested in don't need many cards; at worst just one card, though Fancy may have more than ten cards — now that revenue is high, more than a hundred.\"",
  },
  questions: ["Which open model, how long the training took, and on how many cards (his benchmark: two to three months, at worst one card).", "Whether the team tests each new open model per vertical and switches when one works better (`p-test-open-models`).", "Whether it is self-hosted, so no model vendor sees and copies the product."],
  openQuestion: "",
  message: 'Built on open weights the company adapts and hosts itself ({evidence}): Zhu\'s cheap, copy-proof route; check which model, how long it took and on how many cards.',
  match: {
    type: 'phrase',
    patterns: [
      // Re-testing each new open model and swapping when one scores better: the conditional is part of the claim.
      {
        all: [
          [
            /\b(?:new|newer|newly\s+released|latest|stronger|better|fresh)\s+open[\s-]?(?:weights?|source)\s+(?:models?|releases?|checkpoints?|LLMs?|bases?)\b/, /\bopen[\s-]weights?\s+releases?\b/,
            /\b(?:each|every|any|whenever\s+an?)\s+(?:time\s+an?\s+)?(?:(?:new|newer|stronger|better)\s*)?open\b/,
            /\bopen[\s-](?:weights?|source)\s+(?:models?|releases?|checkpoints?|LLMs?)\s+(?:ships|lands|drops|is\s+released|comes\s+out|appears|launches)\b/,
            /\bnovos?\s+modelos?\s+(?:de\s+)?(?:pesos\s+abertos|código\s+aberto|abert[oa]s?|open[\s-]source)\b/u, /新(?:的|发布的)?开源(?:大)?模型/, /(?:每|每当|一有)(?:个|次)?(?:新的?)?开源(?:大)?模型/,
          ],
          [
            /\b(?:swap|swaps|swapped|switch|switches|switched|move|moves|migrate|migrates|replace|replaces)\b[^.;]{0,40}\b(?:if|when|whenever)\b[^.;]{0,30}\b(?:better|higher|wins|outperforms?|beats)\b/,
            /\b(?:troca|trocamos|substitui)\b[^.;]{0,40}\b(?:se|quando)\b[^.;]{0,30}\b(?:melhor|superior)\b/u, /(?:如果|若)[^。；]{0,15}(?:更好|更优|更强)[^。；]{0,6}(?:就|则)?(?:切换|替换|换)/,
          ],
        ],
      },
      {
        all: [
          [
            /\b(?:new|newer|newly\s+released|latest|stronger|better|fresh)\s+open[\s-]?(?:weights?|source)\s+(?:models?|releases?|checkpoints?|LLMs?|bases?)\b/, /\bopen[\s-]weights?\s+releases?\b/,
            /\b(?:each|every|any|whenever\s+an?)\s+(?:time\s+an?\s+)?(?:(?:new|newer|stronger|better)\s*)?open\b/,
            /\bopen[\s-](?:weights?|source)\s+(?:models?|releases?|checkpoints?|LLMs?)\s+(?:ships|lands|drops|is\s+released|comes\s+out|appears|launches)\b/,
            /\bnovos?\s+modelos?\s+(?:de\s+)?(?:pesos\s+abertos|código\s+aberto|abert[oa]s?|open[\s-]source)\b/u, /新(?:的|发布的)?开源(?:大)?模型/, /(?:每|每当|一有)(?:个|次)?(?:新的?)?开源(?:大)?模型/,
          ],
          [
            /\b(?:benchmark|benchmarks|benchmarked|test|tests|tested|evaluate|evaluates|evaluated|re-?tests?|swaps?|switch(?:es)?|evals?|eval\s+suite|re-?runs?)\b/, /\b(?:testa|testamos|avalia|avaliamos|compara|troca|trocamos|roda|rodamos)\b/u,
            '测试', '评测', '测评', '重测', '对比', '切换', '切到', '换到', /哪个(?:效果)?(?:好|更好|更优)就(?:切|换|用)/,
          ],
        ],
      },
      // A named open release tested on arrival: "when DeepSeek-V3 came out, the team benchmarked it in a week and migrated two verticals".
      {
        all: [
          ['@openModel'],
          [/\b(?:came\s+out|was\s+released|were\s+released|launched|shipped|dropped|appeared|landed|release)\b/, /\b(?:saiu|foi\s+lançad\p{L}+|lançamento)\b/u, '发布', '开源后', '推出'],
          [
            /\b(?:benchmark(?:ed|s)?|test(?:ed|s)?|evaluat(?:ed|es)|migrat(?:ed|es)|switch(?:ed|es)|mov(?:ed|es)|swapp?(?:ed|s)|retrain(?:ed|s)?|adopt(?:ed|s))\b/,
            /\b(?:testamos|testou|avaliamos|avaliou|migramos|migrou|trocamos|trocou)\b/u, '测试', '评测', '切换', '迁移', '换成',
          ],
        ],
        within: 160,
        // "We benchmarked against Llama 3 and our model came out ahead" is zhu/below-open-source-bar territory.
        unless: ['outperform*', 'beats', 'beat', 'against', 'versus', 'vs', 'compared', 'than', 'ahead', 'our model', 'own model', 'proprietary', 'supera', 'superou', '超过', '优于', '超越', '领先'],
      },
      // One open base swapped for another: "swapping Llama 3 for Qwen2.5 took two weeks once Qwen scored better".
      {
        all: [
          [
            /\b(?:swapp?(?:ed|ing|s)?|switch(?:ed|ing|es)?|replac(?:ed|ing|es)|migrat(?:ed|ing|es)|mov(?:ed|ing|es))\s+(?:from\s+)?(?:Llama|LLaMA|Mistral|Mixtral|Qwen|Gemma|DeepSeek|Yi|GLM|InternLM|Baichuan|MiniCPM|Phi)[\w.\s-]{0,20}?\s+(?:for|with|to|by|onto)\s+(?:Llama|LLaMA|Mistral|Mixtral|Qwen|Gemma|DeepSeek|Yi|GLM|InternLM|Baichuan|MiniCPM|Phi)/,
            /(?:从|把)(?:Llama|LLaMA|Mistral|Qwen|Gemma|DeepSeek|Yi|GLM|InternLM|Baichuan)[^，。]{0,12}(?:换成|切换到|切换为|迁移到|替换为)(?:Llama|LLaMA|Mistral|Qwen|Gemma|DeepSeek|Yi|GLM|InternLM|Baichuan)/,
            /\btroc(?:ou|amos|aram)\s+(?:o\s+)?(?:Llama|Mistral|Qwen|Gemma|DeepSeek)[\w.\s-]{0,15}?\s+pelo\s+(?:Llama|Mistral|Qwen|Gemma|DeepSeek)/u,
          ],
        ],
      },
      // Base models swapped as better open weights appear: "the company switched bases and retrained on three GPUs".
      {
        all: [
          ['@openModel', /\bopen\s+(?:[\w.-]+\s+){0,2}?(?:checkpoints?|weights|models?|LLMs?|bases?)\b/],
          [
            /\b(?:switch(?:ed|es|ing)?|swap(?:ped|s|ping)?|chang(?:ed|es|ing)|mov(?:ed|es|ing)|rebas(?:ed|es|ing))\s+(?:\w+\s+)?(?:bases|base\s+models?|the\s+base|its\s+base|backbones?)\b/,
            /\btroc\p{L}+\s+(?:a\s+|de\s+)?base\b/u, '换基座', '切换基座', '更换基座', '换底座', '切换底座', '换了基座',
          ],
        ],
      },
      // The reason stated with its negation: "… an open-source Qwen fine-tune on our own servers, so no model vendor sees our prompts".
      {
        all: [
          ['@openModel', /\bopen[\s-]source\s+(?:[\w.-]+\s+){0,2}?(?:models?|LLMs?|base|checkpoints?|weights|Qwen|Llama|Mistral|DeepSeek|Gemma|Yi|GLM|Baichuan|InternLM)\b/],
          [
            /\bno\s+(?:model\s+|API\s+|third[\s-]party\s+|outside\s+)?(?:vendor|provider|supplier|one)\s+(?:\w+\s+)?(?:sees|can\s+see|has\s+access|touches|receives)\b/,
            /\bno\s+(?:request|prompt|data|query)\s+(?:ever\s+)?leaves\b/, /\bnenhum\s+fornecedor\s+(?:de\s+modelo\s+)?(?:vê|tem\s+acesso)\b/u, /(?:不调用|无需调用|不依赖)(?:任何)?(?:外部|第三方)?(?:的)?(?:API|接口|模型)/,
          ],
        ],
      },
      // Open weights adapted or hosted by the company: fine-tuned, LoRA, trained for weeks, on its own GPUs or servers.
      {
        all: [
          [
            '@openModel', /\bopen[\s-]source\s+(?:[\w.-]+\s+){0,2}?(?:models?|LLMs?|base|checkpoints?|weights|Qwen|Llama|Mistral|DeepSeek|Gemma|Yi|GLM|Baichuan|InternLM)\b/,
            /\bopen\s+(?:[\w.-]+\s+){0,2}?(?:checkpoints?|weights)\b/, /\bopen\s+\d+(?:\.\d+)?\s?B\b/,
          ],
          [
            '@selfHosted', /\binstruction[\s-]tun\w*/, /\bretrain(?:s|ed|ing)?\b/,
            /\b(?:deployed|hosted|runs?|running|served|installed)\s+(?:inside|within|behind|on)\s+(?:the\s+)?(?:customer['’]s|client['’]s|customers['’]|clients['’]|their|its|our|each\s+(?:customer|client|bank|hospital)['’]s)\s+(?:own\s+)?(?:firewall|premises|data\s+cent(?:re|er)s?|servers?|infrastructure|VPC|cloud|network|intranet|hardware)\b/,
            /\bbehind\s+the\s+(?:customer['’]s\s+|client['’]s\s+)?firewall\b/, '客户内网', '客户本地', 'LoRA', 'QLoRA', 'LoRA-tuned', 'PEFT', 'adapted', 'tuned', 'post-trained', 'post-training', 'distilled',
            /(?<![\w-])(?:trained|training|train)\b/, /\b(?:one|a|two|three|four|a\s+few|a\s+handful\s+of|\d+)\s+(?:single\s+)?(?:GPUs?|cards?|A100s?|H100s?|H800s?|A800s?|H20s?|L40S?|RTX\s?\d{4}s?|4090s?|3090s?)\b/,
            /\b(?:A100|H100|H800|A800|H20|L40S|RTX\s?4090|4090|3090)s?\b/, 'single GPU', 'quantised', 'quantized', 'hosted on', 'own racks',
            /\b(?:its|our|the\s+company's|their)\s+own\s+(?:GPUs?|servers?|cluster|clusters|hardware|infrastructure|racks|data\s+cent(?:re|er)s?|cloud\s+account|VPC)\b/, 'own data centre', 'own data center', 'own VPC',
            /\bserved\s+from\s+(?:its|our|the\s+company's)\s+own\b/, /\b(?:checkpoint|weights)\s+(?:runs?|served|deployed|hosted)\b/, 'private deployment',
            'ajustado', 'ajustada', 'ajustamos', 'treinado', 'treinada', 'treinamos', /\b(?:uma|duas|três|quatro|\d+)\s+(?:única\s+)?GPUs?\b/u, 'hospedado', 'hospedados', 'hospedada',
            '一张卡', '两张卡', '几张卡', /[\d一二两三四五六七八九十几]+张(?:卡|显卡|GPU|A100|A800|H800|H20|4090)/, /(?<!预)训练/, '部署在', '私有化', '本地化部署', '自己的机房', '客户机房',
          ],
        ],
        within: 160,
        // A benchmark against open weights is zhu/below-open-source-bar territory, not building on them.
        unless: [
          'outperform*', 'beats', 'beat', 'against', 'versus', 'vs', 'compared', /(?<!\brather\s)\bthan\b/, 'below', 'trails',
          /\bbehind\b(?!\s+(?:the\s+|its\s+|our\s+|their\s+)?(?:product|products|app|apps|service|platform|scenes|firewall|tool|assistant|agent|feature|features|copilot))/, 'lags', 'worse', 'catch up',
          'supera', 'superou', 'abaixo', 'atrás', '高出', '超过', '优于', '超越', '落后', '不如', '低于',
        ],
      },
      // Training is small: "the fine-tuning run took eight weeks on one rented H100".
      {
        all: [
          [/\b(?:fine-?tun\w*|instruction[\s-]tun\w*|[\w]+-tun(?:ed|ing)|training\s+run|training|trained|retrain\w*|LoRA|QLoRA|adapt(?:ed|ing)|post-train\w*|distill\w*|(?:model\s+)?iterations?|training\s+cycles?)\b/, 'ajuste fino', 'treinamento', 'treinou', 'treinamos', '微调', '训练'],
          [
            /\b(?:on|using|with|across)\s+(?:one|a|a\s+single|two|three|four|five|six|eight|a\s+few|a\s+handful\s+of|[1-8](?:\s?[–-]\s?[1-8])?)\s+(?:\w+\s+)?(?:GPUs?|cards?|A100s?|H100s?|H800s?|A800s?|H20s?|L40S?|4090s?|3090s?)\b/,
            /\b(?:on|using|with)\s+(?:a\s+single|one|a)\s+(?:[1-8][\s-]?(?:GPU|card)|single[\s-]GPU|GPU)\s+(?:box|server|node|machine|workstation)\b/,
            /\b(?:em|com|usando)\s+(?:uma|duas|três|quatro|poucas|[1-8])\s+(?:única\s+)?(?:GPUs?|placas?)(?:\s+\p{L}+)?\b/u, /(?:一|两|二|三|四|几)张(?:卡|显卡|GPU|A100|A800|H800|H20|4090)/,
          ],
        ],
        within: 80,
      },
      // Training is cheap: "training the current model cost under US$50k".
      {
        all: [
          [/\b(?:training|fine-?tuning|train|trained|fine-?tune|adaptation|adapting|post-training)\b/, 'treinamento', 'ajuste fino', '训练', '微调'],
          [
            /\b(?:under|below|less\s+than|only|just|about|around|roughly)\s+(?:US\$|\$|RMB|¥|€|R\$)\s?\d[\d,.]*\s?(?:k|K|thousand)\b/,
            /\b(?:menos\s+de|apenas|só)\s+(?:US\$|\$|RMB|R\$)\s?\d[\d,.]*\s?(?:mil)\b/u, /(?:不到|仅|只花了|只用了)\s?\d[\d,.]*\s?万(?:元|美元|人民币)?/,
          ],
        ],
      },
    ],
    // A model used through its vendor's hosted API, or a plan to pre-train, is not this strength; neither is a past state.
    unless: [
      '@notYetFact',
      '@pastState', /[?？]/, /\b20(?:2[6-9]|3\d)\b/, /20(?:2[6-9]|3\d)年/,
      'via API', 'via the API', 'through the API', 'through its API', 'API calls', 'calls the API', 'vendor-hosted',
      'hosted by the vendor', /(?<!\b(?:no|not|without|any)\s)\bpre-?train(?:s|ed|ing)?\b/, 'continued pretraining', 'continued pre-training', 'from scratch', 'via a API', 'usa a API', /(?<!不碰|不做|不搞|不需要|无需|没有|不)预训练/, '从零训练', '自研基座',
      'considered', 'evaluated but', 'looked at', 'licence', 'license',
      // A past experiment, not the current stack: "In 2023 the founders fine-tuned Llama 2 …, a line of work the company has since dropped".
      /\b(?:has|have)\s+since\s+(?:been\s+)?(?:dropped|abandoned|stopped|shelved|moved\s+(?:away|on)|switched\s+away|discontinued|wound\s+down)\b/,
      /(?:^|(?<=[.!?;]\s{1,3}))(?:in|during|back\s+in)\s+(?:early\s+|mid-?|late\s+)?20(?:1\d|2[0-3])\b/, 'hackathon',
      /\b(?:in|during|until|through)\s+(?:early|mid|late)[\s-]+20(?:1\d|2[0-3])\b/, 'at first', 'initially', /\bfirst\s+came\s+from\b/, 'no início', 'inicialmente', '最初', '起初', '早期',
    ],
  },
} satisfies RuleSpec;
