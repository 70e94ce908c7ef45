import type { Language } from './types';
import { CODE_PLACEHOLDER } from './text';
import { isCjk, isCjkCode } from './terms';

/**
 * Sentence, chunk and clause segmentation for English, Brazilian Portuguese and Simplified Chinese,
 * and language detection per sentence. All spans are `[start, end)` offsets into the unit's text.
 *
 * - A sentence ends at `.`, `!`, `?` or `…` followed by white space and a capital, a digit, a quote or
 *   the end (not after an abbreviation, an initial or inside a number), at `。！？` (no space needed in
 *   Chinese), and at a hard line break.
 * - A chunk is a part of a sentence separated by `;`, `:`, a spaced dash or a contrast ("but", "mas",
 *   "但是"). Hypotheticals, third parties and past states are judged per chunk.
 * - A clause is a part of a chunk separated by subordinators (", which", "while", "because", "after",
 *   Chinese commas…). Negation is judged per clause.
 */

export interface Span {
  start: number;
  end: number;
}

export interface Sentence extends Span {
  language: Language;
  chunks: Span[];
  clauses: Span[];
}

const ABBREVIATIONS = new Set(
  [
    'e.g', 'i.e', 'vs', 'etc', 'mr', 'mrs', 'ms', 'dr', 'prof', 'inc', 'ltd', 'co', 'corp', 'approx', 'no', 'nos',
    'u.s', 'u.k', 'e.u', 'jan', 'feb', 'mar', 'apr', 'jun', 'jul', 'aug', 'sep', 'sept', 'oct', 'nov', 'dec',
    'st', 'jr', 'sr', 'cf', 'al', 'fig', 'ca', 'p', 'pp', 'vol', 'est', 'dept', 'sra', 'sr', 'dra', 'ex', 'aprox',
    'cia', 'ltda', 'pág', 'obs', 'núm', 'mi', 'bi', 'mil', 'tri', 'bn', 'mn', 'yr', 'yrs', 'mo', 'mos',
  ].map((s) => s.toLowerCase()),
);

const CLOSERS = new Set(['"', "'", '”', '’', ')', ']', '」', '』', '）', '》']);

/** The characters that may end a sentence. */
const CANDIDATE = /[\n。！？.!?…]/g;

/** Splits a unit's text into sentences. */
export function splitSentences(text: string, hint: Language | 'auto' = 'auto'): Sentence[] {
  const spans: Span[] = [];
  let start = 0;
  const n = text.length;
  for (let i = 0; i < n; i++) {
    // Only these characters may end a sentence: skip to the next one.
    CANDIDATE.lastIndex = i;
    if (!CANDIDATE.test(text)) break;
    i = CANDIDATE.lastIndex - 1;
    const ch = text[i];
    let boundary = -1;
    if (ch === '\n') {
      boundary = i;
    } else if (ch === '。' || ch === '！' || ch === '？') {
      let j = i + 1;
      while (j < n && (CLOSERS.has(text[j]) || text[j] === '。' || text[j] === '！' || text[j] === '？')) j++;
      boundary = j;
      i = j - 1;
    } else if (ch === '.' || ch === '!' || ch === '?' || ch === '…') {
      let j = i + 1;
      while (j < n && (text[j] === '.' || text[j] === '!' || text[j] === '?' || text[j] === '…')) j++;
      while (j < n && CLOSERS.has(text[j])) j++;
      const next = nextNonSpace(text, j);
      const atEnd = next === -1;
      const hasSpace = j < n && /\s/.test(text[j]);
      if (atEnd) boundary = j;
      else if (hasSpace || isCjk(text[next])) {
        const nc = text[next];
        const upperish = /[\p{Lu}\p{N}"'“‘(\[¿¡*_]/u.test(nc) || isCjk(nc) || nc === CODE_PLACEHOLDER;
        if (upperish && !(ch === '.' && isAbbreviation(text, i))) boundary = j;
        else if ((ch === '!' || ch === '?') && /[\p{Ll}]/u.test(nc) === false) boundary = j;
      }
      if (boundary === -1) i = j - 1;
    }
    if (boundary !== -1) {
      pushTrimmed(text, start, boundary, spans);
      start = boundary;
      i = Math.max(i, boundary - 1);
    }
  }
  pushTrimmed(text, start, n, spans);
  return spans.map((s) => {
    const language = hint === 'auto' ? detectLanguage(text.slice(s.start, s.end)) : hint;
    const chunks = splitChunks(text, s, language);
    const clauses = chunks.length === 1 ? splitClauses(text, chunks[0], language) : chunks.flatMap((c) => splitClauses(text, c, language));
    // A literal of one shape: spreading `s` into it costs more than the rest of the segmentation.
    return { start: s.start, end: s.end, language, chunks, clauses };
  });
}

function nextNonSpace(text: string, from: number): number {
  for (let k = from; k < text.length; k++) if (!/\s/.test(text[k])) return k;
  return -1;
}

function isAbbreviation(text: string, dot: number): boolean {
  // The word before the dot, including inner dots ("e.g", "U.S").
  let k = dot - 1;
  while (k >= 0 && /[\p{L}.]/u.test(text[k])) k--;
  const word = text.slice(k + 1, dot).toLowerCase();
  if (!word) return /\d/.test(text[dot - 1] ?? '') && /\d/.test(text[dot + 1] ?? '');
  if (ABBREVIATIONS.has(word)) return true;
  // A single letter: an initial ("J. Smith") or a list label.
  if (/^\p{L}$/u.test(word)) return true;
  return false;
}

function pushTrimmed(text: string, start: number, end: number, out: Span[]): void {
  let s = start;
  let e = end;
  while (s < e && (/\s/.test(text[s]) || text[s] === CODE_PLACEHOLDER)) s++;
  while (e > s && (/\s/.test(text[e - 1]) || text[e - 1] === CODE_PLACEHOLDER)) e--;
  if (e > s && /[\p{L}\p{N}]/u.test(text.slice(s, e))) out.push({ start: s, end: e });
}

// Chunk separators: punctuation that closes a statement inside a sentence, and contrasts. A separator's leading
// white space starts where the run does ((?<!\s)): a search retried from every space of a long run would be
// quadratic (a paragraph with 100,000 spaces inside took 44 s). The leftmost matches are the same.
const CHUNK_EN_PT = /(?:(?<!\s)\s+)?[;:]\s+|(?<!\s)\s+[—–]\s+|(?<!\s)\s+-\s+|—|,?(?<!\s)\s+(?:but|however|mas|porém|contudo|entretanto|no entanto)\s+|,\s+yet\s+/giu;
// A conditional after a comma opens its own chunk: "…接在GLM-4的API上，一旦切换需要重写" keeps the claim before it.
const CHUNK_ZH = /[；：;:]|，?(?:但是|但|然而|不过|可是)|，(?=一旦|如果|假如|若|即使|即便|万一)/gu;
// Clause separators: subordinators and relative pronouns after a comma, and Chinese commas.
const CLAUSE_EN = /,\s+(?:which|who|while|whereas|although|though|because|since|as|and|so|after|before|until|when|where|unlike)\s+|(?<!\s)\s+(?:while|whereas|although|though|because|after|before|until|unless)\s+/giu;
const CLAUSE_PT = /,\s+(?:que|o que|enquanto|embora|porque|pois|já que|e|então|depois|antes|até|quando|onde)\s+|(?<!\s)\s+(?:enquanto|embora|porque|depois que|antes que|até que)\s+/giu;
const CLAUSE_ZH = /[，,、]|(?:因为|由于|虽然|尽管|而且|并且)/gu;

function splitBy(text: string, span: Span, re: RegExp): Span[] {
  const out: Span[] = [];
  let s = span.start;
  re.lastIndex = span.start;
  const slice = text.slice(0, span.end);
  for (let m = re.exec(slice); m; m = re.exec(slice)) {
    if (m.index >= span.end) break;
    if (m[0].length === 0) {
      re.lastIndex++;
      continue;
    }
    if (m.index > s) out.push({ start: s, end: m.index });
    s = m.index + m[0].length;
  }
  if (span.end > s) out.push({ start: s, end: span.end });
  return out.length ? out : [span];
}

function splitChunks(text: string, s: Span, lang: Language): Span[] {
  return splitBy(text, s, lang === 'zh' ? CHUNK_ZH : CHUNK_EN_PT);
}

function splitClauses(text: string, c: Span, lang: Language): Span[] {
  return splitBy(text, c, lang === 'zh' ? CLAUSE_ZH : lang === 'pt' ? CLAUSE_PT : CLAUSE_EN);
}

// Function words that tell Portuguese from English. Articles and prepositions both languages share ("a", "as")
// do not count.
const PT_WORDS = ['não', 'que', 'uma', 'um', 'para', 'com', 'são', 'é', 'está', 'estão', 'da', 'do', 'das', 'dos', 'na', 'nos', 'nas', 'pela', 'pelo', 'seu', 'sua', 'seus', 'suas', 'empresa', 'receita', 'também', 'mais', 'já', 'ainda', 'então', 'isso', 'essa', 'esse', 'ao', 'aos', 'à', 'às', 'foi', 'será', 'pode', 'tem', 'têm', 'como', 'quando', 'mas', 'ou', 'por', 'sobre', 'entre', 'até', 'sem', 'muito', 'cada', 'o', 'os', 'vai', 'vão', 'ser', 'quer', 'nosso', 'nossa', 'clientes', 'produto', 'mercado'];
const EN_WORDS = ['the', 'and', 'is', 'are', 'was', 'were', 'of', 'to', 'in', 'for', 'with', 'that', 'this', 'it', 'its', 'we', 'our', 'they', 'their', 'has', 'have', 'will', 'not', 'on', 'by', 'from', 'at', 'be', 'an', 'which', 'company', 'revenue'];
const PT_SET = new Set(PT_WORDS);
const EN_SET = new Set(EN_WORDS);
const LONGEST_WORD = Math.max(...PT_WORDS.map((w) => w.length), ...EN_WORDS.map((w) => w.length));
// A word with letters beyond Latin-1 may still fold onto one of them ("ſ" is "s" ignoring case): the
// expressions decide those.
const PT_WORD = new RegExp(`^(?:${PT_WORDS.join('|')})$`, 'iu');
const EN_WORD = new RegExp(`^(?:${EN_WORDS.join('|')})$`, 'iu');
const PT_LETTERS = /[ãõçáéíóúâêô]/i;
const LETTER = /\p{L}/u;

/** Whether code point `c` is a letter (`\p{L}`); ASCII and Latin-1 without an expression. */
function isLetter(c: number): boolean {
  if (c < 0x80) return (c | 0x20) >= 0x61 && (c | 0x20) <= 0x7a;
  if (c < 0x100) return (c >= 0xc0 && c !== 0xd7 && c !== 0xf7) || c === 0xaa || c === 0xb5 || c === 0xba;
  return LETTER.test(String.fromCodePoint(c));
}

/**
 * Detects the language of a sentence: Chinese by script, Portuguese against English by function words (whole
 * words, ignoring case), in one pass over its code points.
 */
export function detectLanguage(s: string): Language {
  let cjk = 0;
  let letters = 0;
  let pt = 0;
  let en = 0;
  let word = -1; // where the current run of letters starts
  let latin1 = true; // whether the run is ASCII and Latin-1 only, where lower case is case folding
  const n = s.length;
  for (let i = 0; i <= n; ) {
    const c = i < n ? s.codePointAt(i)! : -1;
    const size = c > 0xffff ? 2 : 1;
    let letter = false;
    if (c >= 0) {
      if (isCjkCode(c)) {
        cjk++;
        // Han and Hangul syllables are all letters; kana and the rest of the compatibility ranges are not.
        letter = (c >= 0x4e00 && c <= 0x9fff) || (c >= 0x3400 && c <= 0x4dbf) || (c >= 0xac00 && c <= 0xd7a3) || LETTER.test(String.fromCodePoint(c));
      } else if (isLetter(c)) {
        letters++;
        letter = true;
      }
    }
    if (letter) {
      if (word < 0) {
        word = i;
        latin1 = true;
      }
      if (c > 0xff) latin1 = false;
    } else if (word >= 0) {
      if (i - word <= LONGEST_WORD || !latin1) {
        const w = s.slice(word, i);
        if (latin1) {
          const lower = w.toLowerCase();
          if (PT_SET.has(lower)) pt++;
          else if (EN_SET.has(lower)) en++;
        } else if (PT_WORD.test(w)) pt++;
        else if (EN_WORD.test(w)) en++;
      }
      word = -1;
    }
    i += size;
  }
  // A Chinese sentence often embeds Latin names (GPT-4, LLaMA); two Han characters weigh one Latin word.
  if (cjk > 0 && cjk * 2 >= letters / 5) return 'zh';
  if (PT_LETTERS.test(s)) pt++;
  return pt > en ? 'pt' : 'en';
}
