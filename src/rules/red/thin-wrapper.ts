import type { RuleSpec } from '../types';

/**
 * zhu/thin-wrapper: Thin shell over a frontier model.
 * Triggers in the catalogue:
 * - {frontier model or API}: GPT-4 / GPT-4o / GPT-3.5, ChatGPT, OpenAI API, Claude, Gemini, "LLM API", "the model".
 * - + {thin layer}: wrapper, shell, thin layer, UI on top, front end, prompt(s), prompt library, prompt engineering as core IP, plug-in, extension, GPTs; PT casca, invólucro, camada fina, interface sobre, prompts; ZH 套壳, 壳应用, 一层壳, 提示词, 调用接口.
 * - Raise confidence when the same section mentions none of {data, workflow, integration, human review, service, customers' systems}.
 * - !{value added, workflow, integration, proprietary data, human review} stated as the product's core.
 */
export default {
  id: "zhu/thin-wrapper",
  kind: "red",
  title: "Thin shell over a frontier model",
  claim: "The product's value is a thin layer (interface, prompts, plug-in) over a powerful closed model, with no value-added service, data or workflow on top — what Zhu calls a \"shell app\".",
  severity: "warning",
  source: "zhu",
  passages: { zhu: ["p-us-thin-or-moonshot", "p-no-shell-in-china", "p-china-middle-value-added", "p-open-source-base"], interviewer: ["q-china-us-gap"], editor: ["e-chatbots-absorb"] },
  quote: {
    passages: ["p-us-thin-or-moonshot", "p-no-shell-in-china"],
    en: "\"When you look at AI application innovation in the United States, there are honestly only two paths. One is very, very thin, because the underlying large model is so powerful that what sits on top is called a shell app. […] There is almost nothing like this [value-added opportunity] in the United States, because the underlying large models are so powerful that there is very little startups can do on top. In China nobody will look at a shell. In China there is no shell, because the large model's own function is just that; there has to be value added on top.\" — Zhu Xiaohu",
  },
  questions: ["What does the customer get that they would not get from the underlying model, or from the model vendor's own chatbot, directly?", "Which value-added services, data or workflow sit on top of the model?", "(Chinese company on OpenAI) How do you handle access? Zhu: before LLaMA, \"many shells used OpenAI, which was a bit problematic\" (`p-open-source-base`)."],
  openQuestion: "What does the customer get beyond the underlying model or its vendor's own app? What value is added on top?",
  message: 'Reads like a thin shell over someone else\'s model ({evidence}); what does the customer get that the model vendor\'s own app will not give them?',
  match: {
    type: 'phrase',
    patterns: [
      // The memo names the shell itself: "a GPT wrapper", "套壳", "uma casca sobre o ChatGPT".
      {
        all: [[
          'GPT wrapper', 'GPT wrappers', 'GPT-4 wrapper', 'GPT-4o wrapper', 'ChatGPT wrapper', 'ChatGPT wrappers', 'OpenAI wrapper',
          'Claude wrapper', 'LLM wrapper', 'LLM wrappers', 'AI wrapper', 'AI wrappers', 'API wrapper', 'model wrapper', 'thin wrapper',
          'thin wrappers', 'wrapper app', 'wrapper apps', 'shell app', 'shell apps', 'shell application', 'thin shell', 'thin layer',
          'thin UI layer', 'thin interface', /\b(?:is|as|like|essentially|basically|simply|just)\s+(?:a\s+)?ChatGPT (?:for|with an?)\b/,
          // Nothing left without the model: "take away OpenAI and there is no product left".
          /\b(?:take|taking|strip|stripping)\s+away\s+(?:the\s+)?(?:OpenAI|ChatGPT|GPT-?4o?|Claude|Gemini|the model|the LLM|the API)\b[^.;]{0,40}?\b(?:nothing|no product|little|not much)\b(?:\s+\w+){0,2}\s+left\b/,
          /\b(?:amounts?\s+to|boils\s+down\s+to|is\s+little\s+more\s+than)\s+(?:an?\s+)?(?:\w+\s+){0,2}(?:front[\s-]end|UI|interface|chat\s+box|skin|layer)\s+(?:on|over|for|around)\b/,
          /\bnothing (?:separates|distinguishes|differentiates)\b[^.;]{0,40}?\b(?:ChatGPT|GPT-?4o?|Claude|Gemini|OpenAI)\b/,
          // "X for <a trade>" as the whole pitch: "ChatGPT, but for real-estate agents", "the ChatGPT of law", "法律版ChatGPT".
          /\b(?:ChatGPT|GPT-?4o?|Claude)(?:\s*,)?\s+but\s+for\b/, /\bthe\s+ChatGPT\s+(?:of|for)\b(?!\s+(?:China|Brazil|Asia|Europe|the\s+country))/, /\bo\s+ChatGPT\s+(?:d[oa]s?|para)\b(?!\s+(?:China|Brasil|Ásia|Europa|país))/u,
          /\bChatGPT(?:\s*,)?\s+(?:mas\s+)?para\s+(?:advogad|contador|médic|corretor|professor|vendedor|recrutador|imobiliári)/u, /版\s?ChatGPT/u,
          '套壳', '套了一层壳', '一层壳', '壳应用', '套壳应用', '薄薄一层', '一层薄', 'ChatGPT套壳', 'GPT套壳', /套(?:了)?(?:一?个|一层|层)壳/u,
          'casca', 'cascas', 'invólucro', 'camada fina',
        ]],
      },
      // A frontier model (or "the LLM") plus a thin-layer word: interface, prompts, plug-in, forwarding.
      {
        all: [
          [
            '@frontierModel', 'GPT-4o-mini', 'gpt-4o-mini', 'Gemini 1.5', 'Gemini 1.5 Pro', 'Claude 3', 'Claude 3.5', 'Claude Sonnet',
            'Assistants API', 'OpenAI Assistants', 'the LLM', 'an LLM', 'the LLM API', 'the model API', '大模型API',
            // Latin names run into Chinese text ("调用OpenAI接口"): the phrase boundary treats Han as a word character.
            /(?<![A-Za-z0-9_])(?:ChatGPT|OpenAI|GPT-?4o?(?:-?mini)?|GPT-?3\.5|GPT|Claude|Gemini)(?![A-Za-z0-9_])/,
          ],
          [
            'wrapper', 'wrappers', 'shell', 'skin', 'branding', 'rebranded', 're-branded', 'white-label', 'white-labelled', 'reskin', 're-skin', 'interface', 'nicer interface', 'cleaner interface', 'UI',
            'user interface', 'front end', 'frontend', 'React front end', 'chat window', 'chat interface', 'side panel', 'template',
            'templates', 'button', 'sidebar', 'widget', 'toggle', 'prompt', 'prompts', 'prompt library', 'prompt templates', 'system prompt', 'prompt engineering',
            'engineered prompts', 'persona', 'plug-in', 'plugin', 'plug-ins', 'extension', 'browser extension', 'Chrome extension',
            'custom GPT', 'custom GPTs', 'GPTs', 'reformatted', 'reformats', 'reformatting', /\b(?:one|a single|single) (?:API )?call to\b/, 'paywall', 'billing page', 'payment page', 'login page', 'repackaged', 'packaged as',
            /\bnicer\s+(?:[\w-]+\s+){0,2}(?:interface|window|UI|button|design)\b/, /\b(?:export|copy|share)[\w-]*\s+button\b/,
            /\bpaying for (?:\w+'s\s+|\w+’s\s+|the\s+)?(?:output|answers|responses|replies)\b/,
            /\b(?:little|none|hardly any|almost none|not much|very little) of the value\b/, 'minimal value', 'little value', 'forwards', 'forwarded', 'forwarding', 'pipes', 'piped', 'relays',
            /\bpass(?:es|ed|ing)?\s+(?:[\w'’,-]+\s+){0,5}(?:to|into|through|straight to)\b/, 'passed straight', 'a single call', 'single API call', 'one API call', 'a call to', 'sends them to',
            'sends it to', 'sends each', 'just calls', 'simply calls', 'merely calls', 'calls the OpenAI API',
            'interface sobre', 'interface amigável', 'interface mais amigável', 'prompt', 'prompts', 'modelos de prompt',
            'biblioteca de prompts', 'tela de chat', 'janela de chat', 'com a marca', 'por trás de uma', 'extensão', 'repassa', 'encaminha', 'envia', 'enviamos', 'manda', 'devolve', 'plugin de',
            '提示词', '提示词库', '提示词模板', '提示词工程', 'Prompt', '界面', '插件', '外壳', '转发', '调用接口', '接口调用',
            '套进', '换皮', '皮肤',
            // Re-skinning families: "ChatGPT re-skinned for agents", "com outra cara", "换了个皮", "再加一个聊天框".
            're-skin*', 'rebadged', 're-badged', 'repackag*', 'com outra cara', 'outra roupagem', 'nova roupagem', 'repaginado',
            /换(?:了)?(?:个|层|一层)?皮/u, '加了个壳', '包了一层', '聊天框', '对话框', '聊天窗口',
          ],
        ],
        within: 140,
      },
      // "Value added on top of the model is limited to formatting the output": the value added itself is said to be slight.
      {
        all: [
          [/\b(?:value[- ]add(?:ed|s)?|added value)\b/, 'valor agregado', 'valor adicionado', '增值', '附加值'],
          ['limited to', 'only', 'merely', 'just', 'little', 'minimal', 'consists of', 'amounts to', 'limita-se', 'se limita', 'apenas', 'só', '仅', '只', '仅限于', '只是'],
          ['@frontierModel', 'the model', 'the LLM', 'o modelo', '大模型', '模型'],
        ],
        within: 140,
      },
      // "nothing more than prompts on Claude", "sem nada além disso": the negation is the claim.
      {
        all: [
          ['@frontierModel', /(?<![A-Za-z0-9_])(?:ChatGPT|OpenAI|GPT-?4o?|Claude|Gemini)(?![A-Za-z0-9_])/],
          ['nothing more than', 'no more than', 'nothing else', 'sem nada além', 'nada além de', 'nada além disso', 'nada mais que', 'nada mais do que', '仅此而已', '别无其他', '没有别的'],
        ],
        within: 140,
      },
      // "prompt engineering for Gemini, with no service or workflow layer on top": the absence is the claim.
      {
        all: [
          ['@frontierModel', /(?<![A-Za-z0-9_])(?:ChatGPT|OpenAI|GPT-?4o?|Claude|Gemini)(?![A-Za-z0-9_])/],
          ['prompt', 'prompts', 'prompt engineering', 'engenharia de prompt', 'interface', 'front end', 'UI', '提示词', '界面'],
          [/\b(?:sem|without|with no|no)\s+(?:nenhuma?\s+|any\s+)?(?:camada|layer|valor|value|serviço|service|workflow|integraç\p{L}*|integration|data|dados)\b[^.;]{0,40}/u],
        ],
        within: 200,
      },
      // Same, when the answers are "dropped into a template": "dropped" is otherwise a rejection cue.
      { all: [['@frontierModel'], ['forwarded', 'forwards', 'skin', 'prompt', 'prompts'], ['dropped into', 'dropped in']] },
    ],
    // Value stated on top of the model (workflow, integration, proprietary data, human review), the
    // model used off the customer path (evaluation data, synthetic examples), and sentences about
    // improving the model's own capabilities (zhu/model-will-subsume) answer or move the point.
    // The lookbehinds keep "no proprietary data or integrations" a thin-wrapper claim.
    unless: [
      /(?<!\b(?:no|without|zero|nor|lacks?|lacking|minimal|little|any|sem|nenhuma?|nem)\b[^.;:]{0,40})\b(?:workflows?|integrat\w*|proprietary (?:data|dataset|index)|own (?:data|dataset)|human review|human reviewers|reviewers|manual correction|value[- ]added services?|retrieval index|labell?ed (?:[\w-]+\s+)?(?:data|logs|records|examples|documents|claims))\b/,
      /\bbut (?:the |its |our )?(?:real |core |actual )?value\b/, /\b(?:ChatGPT|GPT)[- ](?:style|like)\b/,
      'fine-tuned', 'fine-tunes', 'fine-tuning', 'evaluation data', 'evaluation', 'synthetic', 'offline', 'benchmark', 'benchmarks',
      'reason better', 'reasoning', 'context window', 'context length', 'hallucination', 'hallucinations', 'long-term memory',
      'at first glance', 'looks like', 'has since', 'have since', 'since been', 'rebuilt', 'no longer', /\bin (?:its|the|their) (?:19|20)\d\d\b/,
      /\b(?:today's|today’s|current|existing)\s+models\b/, 'switch models', 'switch between', 'swap models', 'model-agnostic', 'model agnostic',
      'fallback', 'routing', 'router', 'abstraction layer', 'compared', 'comparing', 'comparison', 'before choosing', 'both supported',
      'supports both', 'multiple models', 'several models', 'raciocínio', 'raciocinar', 'janela de contexto', 'ajuste fino',
      /(?<!\b(?:sem|nem|não há|não tem|nenhum|nenhuma|ausência de|falta de)\b[^.;:]{0,30})\b(?:integraç\p{L}*|integra com|fluxos? de trabalho|dados próprios|revisão humana|revisores)/u,
      /(?<!(?:无|没有|缺乏|缺少|没|未|不)[^，。；]{0,4})(?:工作流|人工审核|人工复核|私有数据|自有数据|数据闭环|系统集成)/,
      '推理能力', '上下文', '幻觉', '微调', '评测',
      // Third parties, spelled out because the named-subject cue is off (see suppressedBy).
      // Not "which any competitor can replicate in a week": easy copying is the claim's own evidence.
      /(?<!\b(?:any|every)\s+)\b(?:competitors?|rivals?|competitor's)\b(?!\s+(?:can|could|would|might)\s+(?:easily\s+)?(?:replicate|copy|clone|rebuild|reproduce))/iu, 'peers', 'incumbents', 'other startups', 'other companies',
      'other players', 'other tools', 'many startups', 'most startups', 'copycats', 'the likes of', 'players such as',
      'companies such as', 'companies like', 'startups like', 'startups such as', 'tools like', 'apps like', 'analysts',
      'Jasper', 'Copy.ai', 'Writesonic', 'Perplexity', 'Character.AI', 'Poe', 'Inflection', 'FancyTech',
      'we screened', 'we have screened', 'in our pipeline',
      /\b(?:startups|companies|teams|tools|apps|products|players)\s+(?:that\s+)?we(?:'ve|’ve| have)?\s+(?:met|seen|reviewed|looked at)\b/, 'similar products', 'similar tools', 'produtos similares',
      'concorrente', 'concorrentes', 'outras empresas', 'outras startups', 'muitas startups', 'empresas como', '同类产品', '海外同类',
      '竞品', '竞争对手', '对手', '同行', '友商', '其他公司', '很多公司', '多数公司',
    ],
    // The frontier model is the subject of the claim ("Gemini 1.5 Pro, called through a thin layer of
    // prompts"; "OpenAI Assistants API plus a React front end"), so the named-subject part of the
    // third-party class would silence the rule's own positives. Generic third-party words are above.
    suppressedBy: ['negation', 'rejection', 'hypothetical', 'rebuttal', 'past', 'quotation'],
  },
} satisfies RuleSpec;
