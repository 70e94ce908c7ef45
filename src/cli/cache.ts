import { createHash } from 'node:crypto';
import { mkdirSync, readFileSync, writeFileSync, renameSync } from 'node:fs';
import { dirname, join } from 'node:path';
import type { Finding, LintOptions } from '../engine/index';

/**
 * A content-hash cache of findings for `--cache`: one file per (engine build, options, memo text), so a second
 * run over an unchanged archive reads findings instead of linting. The engine build is this program's own code
 * (its version and a hash of the file), so a new build never reads an old build's findings.
 */
export class FindingsCache {
  constructor(
    private readonly dir: string,
    private readonly build: string,
  ) {}

  private file(options: LintOptions, text: string): string {
    const h = createHash('sha256').update(this.build).update('\0').update(stableJson(options)).update('\0').update(text).digest('hex');
    return join(this.dir, `${h}.json`);
  }

  get(options: LintOptions, text: string): Finding[] | undefined {
    try {
      const parsed = JSON.parse(readFileSync(this.file(options, text), 'utf8')) as unknown;
      return Array.isArray(parsed) ? (parsed as Finding[]) : undefined;
    } catch {
      return undefined;
    }
  }

  /** Stores findings; a cache that cannot be written is no cache, not an error. */
  set(options: LintOptions, text: string, findings: Finding[]): void {
    try {
      mkdirSync(this.dir, { recursive: true });
      const file = this.file(options, text);
      // Write then rename: a reader never sees half a file.
      const tmp = `${file}.${process.pid}.tmp`;
      writeFileSync(tmp, JSON.stringify(findings));
      renameSync(tmp, file);
    } catch {
      // ignore
    }
  }
}

/**
 * The build of the running program: its version and a hash of its own code and of the engine it loads
 * (dist/engine.js beside the CLI).
 */
export function buildKey(version: string): string {
  const h = createHash('sha256');
  for (const file of [__filename, join(dirname(__filename), 'engine.js')]) {
    try {
      h.update(readFileSync(file)).update('\0');
    } catch {
      // No engine file beside this one: the engine is bundled in. Unreadable own code: a key no other run shares.
      if (file === __filename) h.update(String(Date.now()));
    }
  }
  return `${version}:${h.digest('hex')}`;
}

/** JSON with object keys sorted, so equal options give equal keys. */
function stableJson(v: unknown): string {
  if (Array.isArray(v)) return `[${v.map(stableJson).join(',')}]`;
  if (v && typeof v === 'object') {
    return `{${Object.keys(v as Record<string, unknown>)
      .sort()
      .filter((k) => (v as Record<string, unknown>)[k] !== undefined)
      .map((k) => `${JSON.stringify(k)}:${stableJson((v as Record<string, unknown>)[k])}`)
      .join(',')}}`;
  }
  return JSON.stringify(v) ?? 'null';
}
