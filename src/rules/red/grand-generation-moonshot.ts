import type { RuleSpec } from '../types';

/**
 * zhu/grand-generation-moonshot: Pika-style moonshot: AIGC films and long video.
 * Triggers in the catalogue:
 * - {film, movie, feature film, TV series, cinema, Hollywood, long-form video, blockbuster; PT longa-metragem, filme, série, cinema; ZH 电影, 影视剧, 长视频, 大片}
 * - + {generate, AI-generated, AIGC, text-to-, end-to-end, replace studios; PT gerar, substituir estúdios; ZH 生成, 全流程, 取代}.
 * - !{ads, product video, short video for e-commerce, tools for studios}.
 */
/** The grand target: films, series, cinema, long video. Not "series" alone ("Series A") nor "long-form" alone (articles). */
const FILM = [
  'film', 'films', 'movie', 'movies', 'feature film', 'feature films', 'feature-length', 'full-length film*', 'full-length movie*',
  'TV series', 'TV show', 'TV shows', 'television series', 'TV drama', 'TV dramas', 'drama series', 'web series', 'text-to-drama',
  'cinema', 'cinematic', 'Hollywood', 'Hollywood-grade', 'long-form video', 'long-form videos', 'long videos', 'long video',
  /\b(?:AI[\s-]generated|generated|full|entire|complete|original|scripted)\s+(?:TV\s+)?series\b(?!\s+of\b)/, /\bseries\s+for\s+(?:streaming|TV|television|Netflix)\b/,
  /\b(?:full-length|feature-length|streaming|long-form)\s+(?:\w+\s+)?(?:series|dramas?|shows?|episodes?|movies?|films?)\b/,
  /\b(?:complete|full|entire|whole)\s+(?:TV\s+)?episodes?\b/, 'blockbuster-quality',
  'episodic', 'episodic drama', 'web drama', 'web dramas', 'text-to-series', 'multi-episode', 'text-to-série', 'séries completas',
  /\b(?:[3-9]\d|1\d\d)\s+minutes?\s+each\b/, /\bepisódios?\s+de\s+(?:[3-9]\d|1\d\d)\s+minutos\b/, /(?:[3-9]\d|1\d\d)分钟的?(?:电影|影片|剧集|长片)/,
  'animated series', 'entire series', 'whole series', 'full series', 'complete series', 'blockbuster', 'blockbusters', 'theatrical features', 'theatrical release*', 'feature-film', 'animated feature', 'animated features', 'film studios', 'movie studios', 'box office',
  // Studio-grade or hour-long content: "a Netflix-quality series", "hour-long AI-generated episodes".
  /\b(?:Netflix|HBO|Disney|Pixar|streaming|prestige|Hollywood|studio|broadcast|theatrical)[\s-](?:quality|grade|level|style|ready|calibre|caliber)\s+(?:\p{L}+\s+)?(?:series|shows?|films?|movies?|episodes?|dramas?|features?|content)\b/u,
  /\b(?:hour-long|hour-plus|two-hour|90-minute|feature-length|full-length|multi-episode)\s+(?:[\p{L}-]+\s+){0,2}?(?:episodes?|series|shows?|dramas?|films?|movies?|videos?|features?)\b/u,
  /\bepisódios?\s+(?:de\s+)?(?:uma\s+hora|longos?)\b/u, /(?:一小时|长篇|整集|整部)的?[^，。；]{0,4}(?:剧集|电影|动画|影片|剧)/u,
  /\b(?:full|entire|whole|complete)\s+(?:TV\s+)?seasons?\b/, 'TV season', 'TV seasons', 'temporada inteira', 'temporadas inteiras', '整季',
  /\b\d+[\s-]episodes?\b/, /\b\d{2,3}[\s-]minutes?\s+(?:film|movie|video|feature|episode)s?\b/, /\b(?:one|two|three)[\s-]hours?\s+(?:film|movie|video|feature)s?\b/,
  'longa-metragem', 'longas-metragens', 'filme', 'filmes', 'série de TV', 'séries de TV', 'séries', 'novela', 'novelas', 'cinema',
  'tela grande', 'estúdios de cinema', 'vídeos longos', 'vídeo longo',
  '电影', '影视剧', '影视', '长视频', '大片', '电视剧', '连续剧', '院线', '剧集', '好莱坞', '动画电影', '长片',
];

export default {
  id: "zhu/grand-generation-moonshot",
  kind: "red",
  title: "Pika-style moonshot: AIGC films and long video",
  claim: "The goal is grand AIGC generation — films, TV series, long video end to end — which \"looks great but certainly goes nowhere\" for several years, while narrower AIGC video (ads) makes money now.",
  severity: "warning",
  source: "zhu",
  passages: { zhu: ["p-us-thin-or-moonshot", "p-pika-cant", "p-fancytech-revenue"], interviewer: ["q-china-us-gap"], editor: ["e-pika-midjourney-summary", "e-film-to-studios", "e-pika-midjourney-pivot"] },
  quote: {
    passages: ["p-us-thin-or-moonshot", "p-pika-cant"],
    en: "\"The other layer is the one that looks great but certainly goes nowhere. Like Pika: that kind of goal is great — AIGC generating videos, films. But that road may not be walkable for several years.\" — Zhu Xiaohu. And, about FancyTech's profitable AIGC video ads: \"Do you think this could be done in the US? Pika (a global AI video-generation company) couldn't do it today!\"",
  },
  questions: ["What can be sold this year, before the grand goal is reachable? Who pays now, and for what output?"],
  openQuestion: "What can be sold this year, and to whom, before the grand goal is reachable?",
  message: 'Aims at grand AIGC generation ({evidence}): films and long video look great but may not be walkable for years; what sells this year?',
  match: {
    type: 'phrase',
    patterns: [
      // "… without a human crew": the negation belongs to the claim, so it is matched as a trigger.
      {
        all: [
          FILM,
          [/\b(?:without|with no|no need for)\s+(?:a\s+|any\s+)?(?:human\s+|real\s+|live\s+|film\s+)?(?:crews?|actors|cast|cameras|shoots?|shooting|filming|production teams?)\b/, /\bsem\s+(?:equipe|atores|câmeras?|filmagem|gravação|elenco)(?:\s+(?:nem|e|ou)\s+(?:equipe|atores|câmeras?|filmagem|gravação|elenco))?\b/, /(?:不需要|无需|不用)(?:真人|演员|实拍|拍摄|剧组)/],
        ],
      },
      // "… long-form cinema, not short clips": the contrast negates the other thing, not the goal.
      {
        all: [
          FILM,
          [/,?\s+(?:and\s+)?not\s+(?:just\s+|only\s+|merely\s+)?(?:short\s+|brief\s+)?(?:clips|ads|snippets|short-form|short videos?|trailers|memes|gifs)\b/, /,?\s+e\s+não\s+(?:apenas\s+)?(?:clipes|vídeos curtos|anúncios)\b/, /而(?:不是|非)(?:短视频|短片|广告)/],
        ],
      },
      // A film, series or long-form target + AI generation, end-to-end production or replacing studios.
      {
        all: [
          FILM,
          [
            'generate', 'generates', 'generating', 'generated', 'generation', 'generative', 'AI-generated', 'AI-made', 'AIGC',
            'text-to-', 'text to video', 'script-to', 'prompt-to', 'end-to-end', 'fully automated', 'automatically produce*',
            /\bAI[\s-](?:produced|made|generated|created|directed|written|animated|native)\b/, 'AI that',
            /\b(?:produced|made|created|generated|rendered|written|directed|animated)\s+(?:(?:entirely|fully|completely|wholly|end[\s-]to[\s-]end)\s*)?(?:by|with)\s+(?:the\s+|a\s+|our\s+)?(?:model|AI|machine|algorithm)/,
            /\b(?:types?|enters?|writes?|gives?)\s+(?:a|an|one|in\s+a)\s+(?:premise|prompt|plot|logline|script|story|idea|sentence|line)\b/, 'receives a', 'get a complete',
            'produce', 'produces', 'outputs', 'output', 'entrega', 'AI director', 'on demand', 'render', 'renders', 'rendering', 'from a screenplay', 'screenplay', 'AI film', 'AI films',
            /\bAI\s+(?:system|model|engine|pipeline|agent)s?\s+that\b/, /\bfrom\s+a\s+(?:single\s+|one[\s-]line\s+)?(?:logline|premise|sentence|synopsis|treatment|outline)\b/,
            /\b(?:ask|asks|request|requests|order|orders)\s+(?:for\s+)?(?:a|an|their\s+own)\s+(?:[\p{L}-]+\s+){0,3}(?:film|movie|series|episode)\b/u,
            'AI movie', 'AI movies', 'AI film studio', 'AI studio', 'fully AI', 'AI-first studio', 'AI-native', 'synthesize', 'synthesise',
            'from a script', 'from a novel', 'from a prompt', 'one prompt', 'single prompt', 'a prompt', 'prompts', 'consistent characters', 'turns a', 'turn a', 'turns any',
            'replace studios', 'replace film studios', 'replace traditional studio*', 'replacing studios', 'studio pipelines',
            // The whole crew's jobs done by the model: "a model that writes, shoots and edits an entire feature film".
            /\b(?:writes?|shoots?|edits?|directs?|animates?|scores?)\s*,\s*(?:\w+\s*,\s*)*(?:\w+\s+)?(?:and\s+)?(?:shoots?|edits?|directs?|animates?|scores?|cuts?)\b/, /\b(?:escreve|filma|edita|dirige)\s*,\s*(?:\p{L}+\s+)?e\s+(?:filma|edita|dirige)\b/u,
            'production budgets obsolete', 'obsolete', 'AI video', 'AI cinema', 'generative cinema', 'with AI', 'by AI', 'using AI',
            'AI-native studio', 'engine that outputs', 'outputs complete', 'produce complete', 'producing', 'create a blockbuster',
            'gerar', 'gera', 'gere', 'gerem', 'gerará', 'gerarão', 'geração', 'gerado', 'gerados', 'gerada', 'geradas', 'produzir', 'produz', 'transformar', 'transforme',
            'substituir estúdios', 'substituir os estúdios', 'com IA', 'por IA', 'usando IA', 'apenas IA', 'de ponta a ponta',
            '生成', '全流程', '取代', '替代', '一键', '端到端', '自动生成', '直接生成', '输出', '输入剧本', '提示词', '一句话', '拍出', 
            // "AI" next to Han characters only (用AI生成); in English "AI" alone is too loose ("an AI startup whose founder worked in film").
            /(?<![A-Za-z])(?:AI|AIGC)(?=[\u4e00-\u9fff])|(?<=[\u4e00-\u9fff])(?:AI|AIGC)(?![A-Za-z])/,
          ],
        ],
      },
    ],
    // Narrow AIGC video that sells now (ads, product videos, tools for studios) is Zhu's positive case.
    unless: [
      'licens*', 'VFX', 'to film studios', 'to studios', 'ads', 'ad video*', 'ad creative*', 'years away', 'decades away', 'advert*', 'commercials', 'product video*', 'product clip*', 'e-commerce', 'marketing video*',
      'short video ads', 'promo*', 'tools for studios', 'previs*', 'pre-vis*',
      /\bstoryboard(?:s|ing)?\s+(?:tools?|previ[sz]|software|for|animados?|para)\b/, 'AI storyboard*', 'dubbing', 'subtitl*', 'trailers',
      'marketing', 'sells to studios', 'sell to studios', 'for studios', 'post-production tools', 'VFX tools', 'editing tools',
      // Short formats are named only when the film word itself is short ("short films"): a roadmap that starts with
      // short clips and ends in theatrical releases is still the moonshot.
      'short film*', 'short-film', 'short drama*', 'micro-drama*',
      'may become', 'might become', 'could become', 'become feasible', 'become possible', 'in the long run', 'someday',
      // Video-model companies described as chasing film generation: market context (N3).
      /\b(?:Pika|Sora|Runway|Kling|Veo|Luma|Vidu|OpenAI|Google|Midjourney)\b[^.;]{0,25}\b(?:target|targets|aim|aims|want|wants|pursue|pursues|chase|chases|chasing|race|racing|focus(?:es)?\s+on|are|is|go|goes|disputam|perseguem|miram)\b/,
      /(?:Sora|Pika|Runway|可灵|Kling|Vidu|Veo|即梦)[^。；]{0,12}(?:都在|正在|在做|在冲击|瞄准|押注|冲击)/,
      'anúncios', 'vídeos de produto', 'publicidade', 'e-commerce', 'ferramentas para estúdios', 'no longo prazo',
      '为影视公司', '给影视公司', '剪辑工具', '后期工具', '制作工具', '短剧', '短片', '预告片', '宣传片', '发行方', '广告', '商品视频', '商品短视频', '带货', '电商', '营销', '分镜工具', '长期来看', '字幕', '配音',
    ],
  },
} satisfies RuleSpec;
