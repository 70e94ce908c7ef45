// The bundles as the build writes them (dist/, by `npm test`'s pretest): in ASCII, with source maps that still
// point at the code after the characters the build escaped (scripts/ascii-bundle.mjs).
import * as assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { SourceMap, type SourceMapPayload } from 'node:module';
import { join, resolve } from 'node:path';

const DIST = resolve(__dirname, '../../dist');
const BUNDLES = ['engine.js', 'cli.js', 'cli-worker.js', 'extension.js', 'worker.js'];

describe('build: the bundles', () => {
  it('are ASCII: Node reads them one byte a character', () => {
    for (const f of BUNDLES) {
      const text = readFileSync(join(DIST, f), 'utf8');
      const at = text.search(/[^\x00-\x7f]/);
      assert.equal(at, -1, `${f}: ${JSON.stringify(text.slice(at - 20, at + 20))}`);
    }
  });

  it('map the code after an escaped character to the same code in the sources', () => {
    for (const f of ['engine.js', 'extension.js']) {
      const lines = readFileSync(join(DIST, f), 'utf8').split('\n');
      const payload = JSON.parse(readFileSync(join(DIST, `${f}.map`), 'utf8')) as SourceMapPayload;
      const map = new SourceMap(payload);
      const sources = payload.sourcesContent.map((s) => (s ?? '').split('\n'));
      let checked = 0;
      lines.forEach((line, n) => {
        const first = line.indexOf('\\u');
        if (first < 0) return;
        for (let col = first; col < line.length; col++) {
          // Punctuation: the build renames identifiers, never brackets and separators.
          if (!'()[];,.{}'.includes(line[col])) continue;
          const e = map.findEntry(n, col) as { generatedLine?: number; generatedColumn?: number; originalSource: string; originalLine: number; originalColumn: number };
          if (e.generatedLine !== n || e.generatedColumn !== col) continue;
          const original = sources[payload.sources.indexOf(e.originalSource)]?.[e.originalLine];
          if (original === undefined) continue;
          assert.equal(original[e.originalColumn], line[col], `${f}:${n + 1}:${col + 1} maps to ${e.originalSource}:${e.originalLine + 1}:${e.originalColumn + 1}`);
          checked++;
        }
      });
      assert.ok(checked > 100, `${f}: ${checked} positions checked`);
    }
  });
});
