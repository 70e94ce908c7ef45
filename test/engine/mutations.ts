import { readFileSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';

/**
 * Random, replayable edits of real memos that favour what breaks piecewise Markdown parsing: fences, list
 * markers, front matter fences, HTML comments, setext underlines, table rows, block quotes, link and footnote
 * definitions, blank lines and line breaks. Shared by the differential tests of incremental and windowed parsing.
 */

// A small deterministic PRNG (mulberry32), so a failure can be replayed from its seed.
export function prng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

export function memos(): { name: string; text: string }[] {
  const out: { name: string; text: string }[] = [];
  const walk = (dir: string) => {
    for (const f of readdirSync(dir).sort()) {
      const p = join(dir, f);
      if (statSync(p).isDirectory()) walk(p);
      else if (f.endsWith('.md') && f !== 'README.md') out.push({ name: p, text: readFileSync(p, 'utf8') });
    }
  };
  walk('examples');
  walk(join('test', 'fixtures'));
  walk(join('test', 'eval', 'memos'));
  return out;
}

/**
 * A random memo and a random excerpt of it in whole lines: from a line start, ending at the first line end at
 * least `min` plus up to `spread` characters on (or at the memo's end).
 */
export function randomExcerpt<M extends { text: string }>(all: readonly M[], rnd: () => number, min: number, spread: number): { memo: M; from: number; end: number } {
  const memo = all[Math.floor(rnd() * all.length)];
  const from = memo.text.lastIndexOf('\n', Math.floor(rnd() * memo.text.length)) + 1;
  const to = memo.text.indexOf('\n', from + min + Math.floor(rnd() * spread));
  return { memo, from, end: to < 0 ? memo.text.length : to + 1 };
}

// Pieces of Markdown structure and of claims, inserted whole.
export const PIECES = [
  '\n', '\n\n', '```', '```\n', '\n```\n', '~~~\n', '- ', '\n- ', '* ', '1. ', '---', '\n---\n', '***\n', '===', '\n===\n',
  '<!--', '-->', '<!-- note -->', '\n<!-- redflags-ack zhu/thin-wrapper: vendor contract -->\n', '<!-- redflags-ack-file zhu/fomo: ok -->',
  '<div>\n', '</div>', '> ', '\n> ', '#', '# ', '\n## Open questions\n', '\n## Financials\n', '| a | b |\n|---|---|\n', '|', '\n| x | y |',
  '    ', '\t', '  ', '\r\n', '[x]: https://example.com\n', '[^1]', '[^1]: note\n', '+++\n', '`', '**', '_', '[', ']', '(', ')',
  "The product is built entirely on Baidu's ERNIE Bot API. ",
  'We are not building AGI; ',
  'Revenue grew to US$4.2M ARR. ',
  'Competitors such as Moonshot train their own models. ',
  ' (zhu/gap/burn) ',
  'x', 'e', ' ', '.', ',', 'a', 'não ', '收入', '。',
];

export function edit(text: string, rnd: () => number): string {
  const r = rnd();
  // Positions: anywhere, or at the start of a line (where block structure lives).
  let at = Math.floor(rnd() * (text.length + 1));
  if (rnd() < 0.4) {
    const nl = text.lastIndexOf('\n', at - 1);
    at = nl + 1;
  }
  if (r < 0.45) {
    const piece = PIECES[Math.floor(rnd() * PIECES.length)];
    return text.slice(0, at) + piece + text.slice(at);
  }
  if (r < 0.8) {
    // Delete a few characters (backspace), sometimes a whole line.
    const n = rnd() < 0.2 ? Math.max(1, text.indexOf('\n', at) - at + 1) : 1 + Math.floor(rnd() * 4);
    return text.slice(0, at) + text.slice(at + n);
  }
  if (r < 0.9) {
    // Type a word one character at a time is covered by repeated single inserts; here replace a character.
    return text.slice(0, at) + String.fromCharCode(97 + Math.floor(rnd() * 26)) + text.slice(at + 1);
  }
  // Move a line: cut it and paste it elsewhere.
  const s = text.lastIndexOf('\n', at - 1) + 1;
  const e = text.indexOf('\n', at);
  const line = text.slice(s, e < 0 ? text.length : e + 1);
  const rest = text.slice(0, s) + text.slice(s + line.length);
  const to = Math.floor(rnd() * (rest.length + 1));
  return rest.slice(0, to) + line + rest.slice(to);
}

