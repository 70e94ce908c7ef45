import type { RuleSpec } from '../types';

/**
 * zhu/grand-generation-moonshot: Pika-style moonshot: AIGC films and long video.
 * Triggers in the catalogue:
 * - {film, movie, feature film, TV series, cinema, Hollywood, long-form video, blockbuster; PT longa-metragem, filme, série, cinema; ZH 电影, 影视剧, 长视频, 大片}
 * - + {generate, AI-generated, AIGC, text-to-, end-to-end, replace studios; PT gerar, substituir estúdios; ZH 生成, 全流程, 取代}.
 * - !{ads, product video, short video for e-commerce, tools for studios}.
 */
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
  message: '',
  match: {
    type: 'phrase',
    patterns: [],
  },
} satisfies RuleSpec;
