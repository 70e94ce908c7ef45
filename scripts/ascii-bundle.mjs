// Writes esbuild's output files in ASCII, their source maps adjusted to match (used by esbuild.mjs).
//
// esbuild escapes the non-ASCII characters of strings and identifiers, but leaves those of comments and of
// regular expression literals as they are: the engine bundle kept about 200 of them (a curly apostrophe in a
// comment, `’` and Chinese punctuation in expressions). One is enough for Node to read the whole 2.5 MB file as
// two bytes a character, and for V8 to keep and scan it so: reading the engine took 11 ms instead of 2, and a
// fresh CLI process linted the 20 KB memo about 20 ms later. Each such UTF-16 code unit becomes `\uXXXX`: the
// same in a comment, the same character in a regular expression (under `u`, an escaped surrogate pair is one code
// point, as written), and the same value in a string.
import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname } from 'node:path';

const BASE64 = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/';
const DIGIT = new Map([...BASE64].map((c, i) => [c, i]));

/** The integers of one source map segment (base64 VLQ). */
function decodeSegment(segment) {
  const values = [];
  let value = 0;
  let shift = 0;
  for (const c of segment) {
    const d = DIGIT.get(c);
    if (d === undefined) throw new Error(`ascii-bundle: bad source map segment ${segment}`);
    value += (d & 31) << shift;
    if (d & 32) shift += 5;
    else {
      values.push(value & 1 ? -(value >>> 1) : value >>> 1);
      value = 0;
      shift = 0;
    }
  }
  return values;
}

function encodeSegment(values) {
  let out = '';
  for (const v of values) {
    let rest = v < 0 ? (-v << 1) | 1 : v << 1;
    do {
      const d = rest & 31;
      rest >>>= 5;
      out += BASE64[rest ? d | 32 : d];
    } while (rest);
  }
  return out;
}

const NON_ASCII = /[^\x00-\x7f]/g;

/** `text` in ASCII, and per line of it, the columns (in `text`) of the characters escaped on that line. */
function escapeNonAscii(text) {
  const escapedAt = new Map();
  const lines = text.split('\n');
  const out = lines.map((line, n) => {
    if (!NON_ASCII.test(line)) return line;
    NON_ASCII.lastIndex = 0;
    const columns = [];
    const escaped = line.replace(NON_ASCII, (c, at) => {
      columns.push(at);
      return `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`;
    });
    escapedAt.set(n, columns);
    return escaped;
  });
  return { text: out.join('\n'), escapedAt };
}

/** The source map's mappings with each generated column moved past the escapes before it on its line. */
function shiftMappings(mappings, escapedAt) {
  return mappings
    .split(';')
    .map((line, n) => {
      const columns = escapedAt.get(n);
      if (!columns || !line) return line;
      let before = 0; // generated column of the previous segment, before and after the shift
      let after = 0;
      return line
        .split(',')
        .map((segment) => {
          const values = decodeSegment(segment);
          const column = before + values[0];
          let shifted = column;
          for (const c of columns) if (c < column) shifted += 5;
          values[0] = shifted - after;
          before = column;
          after = shifted;
          return encodeSegment(values);
        })
        .join(',');
    })
    .join(';');
}

/** Writes esbuild's `outputFiles` (built with `write: false`), JavaScript in ASCII and source maps to match. */
export function writeAscii(outputFiles) {
  const byPath = new Map(outputFiles.map((f) => [f.path, f]));
  const maps = new Map();
  for (const f of outputFiles) {
    if (!f.path.endsWith('.js')) continue;
    const { text, escapedAt } = escapeNonAscii(f.text);
    mkdirSync(dirname(f.path), { recursive: true });
    writeFileSync(f.path, text);
    const map = byPath.get(`${f.path}.map`);
    if (map && escapedAt.size) {
      const json = JSON.parse(map.text);
      json.mappings = shiftMappings(json.mappings, escapedAt);
      maps.set(map.path, JSON.stringify(json));
    }
  }
  for (const f of outputFiles) {
    if (f.path.endsWith('.js')) continue;
    writeFileSync(f.path, maps.get(f.path) ?? f.contents);
  }
}
