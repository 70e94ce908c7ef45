import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';

/**
 * Real memo sentences for tests that run expressions over prose: every `nth` sentence of each file of the
 * development set (`test/eval/dev`), so all three languages, in a fixed order.
 */
export function devSentences(nth: number): string[] {
  const dir = join('test', 'eval', 'dev');
  const out: string[] = [];
  for (const f of readdirSync(dir).sort()) {
    if (!f.endsWith('.jsonl')) continue;
    const lines = readFileSync(join(dir, f), 'utf8').split('\n').filter((l) => l.trim());
    lines.forEach((l, i) => {
      if (i % nth === 0) out.push(JSON.parse(l).text as string);
    });
  }
  return out;
}
