import passagesData from './passages.json';
import passagesEnglishData from './passages.en.json';

/**
 * The interview passages behind the rules, verbatim from the pt-BR text of the interview the project
 * ships (`interview.pt.txt`), with who is speaking. Three voices, never mixed:
 * - `zhu`: Zhu Xiaohu (GSR Ventures), ids `p-…`;
 * - `interviewer`: Zhang Xiaojun (Tencent News 潜望), ids `q-…`;
 * - `editor`: the republisher's annotation (Chief AI Sharing Circle, c. early 2025), ids `e-…` — not Zhu's words.
 */
export interface Passage {
  /** e.g. `p-not-recommend-domestic`. */
  id: string;
  speaker: 'zhu' | 'interviewer' | 'editor';
  /** 1-based, inclusive lines of the interview text. */
  seed_lines: [number, number];
  /** Verbatim pt-BR text (speaker label left out; typos and machine-translation errors kept). */
  text_pt: string;
  topic: string;
  /** Why an unprefixed paragraph is given to Zhu, or that the editor reports a later Zhu statement. */
  attribution_note?: string;
}

export const passages: readonly Passage[] = passagesData as Passage[];

const byId = new Map(passages.map((p) => [p.id, p]));

export function getPassage(id: string): Passage | undefined {
  return byId.get(id);
}

/** How a hover card or report attributes a passage. */
export const ATTRIBUTION: Record<Passage['speaker'], string> = {
  zhu: 'Zhu Xiaohu (GSR Ventures), interview with Zhang Xiaojun, Tencent News 潜望, early 2024',
  interviewer: 'Zhang Xiaojun (Tencent News 潜望), question to Zhu Xiaohu',
  editor: "Republisher's annotation (Chief AI Sharing Circle, c. early 2025) — not Zhu's words",
};

const english: Readonly<Record<string, string>> = passagesEnglishData as Record<string, string>;

/**
 * English rendering of a passage, for hover cards: our translation of the pt-BR machine-translated
 * `text_pt`, not Zhu's (or the interviewer's, or the editor's) own words in English. Show it labelled
 * as a translation, under the passage's `ATTRIBUTION`. `undefined` for an unknown id.
 */
export function getPassageEnglish(id: string): string | undefined {
  return Object.prototype.hasOwnProperty.call(english, id) ? english[id] : undefined;
}
