/**
 * `.redflags.json`: parsing and validation. Pure: text in, options and located problems out; no file
 * system. The CLI and the editor extension read the file themselves and call {@link parseConfig}.
 *
 * ```jsonc
 * {
 *   "$schema": "https://…/redflags.schema.json",
 *   "rules": { "zhu/fomo": "error", "zhu/green/*": "off" },
 *   "gaps": false,
 *   "language": "auto",
 *   "terms": { "domesticModel": ["AcmeLM"] },  // comments and trailing commas are fine
 * }
 * ```
 */
// The ESM build: the package's main (UMD) build requires its modules dynamically, which bundlers cannot follow.
import { parseTree, printParseErrorCode, findNodeAtLocation, getNodeValue, type Node, type ParseError } from 'jsonc-parser/lib/esm/main.js';
import type { LintOptions, SeveritySetting } from './types';
import { OptionsError, resolveOptions, coerceSeverity, ruleById, closest as nearest } from './options';

// Configuration keys are short words: allow fewer edits than for rule ids.
const closest = (word: string, candidates: readonly string[]) => nearest(word, candidates, Math.max(2, Math.floor(word.length / 3)));
import { rules as ALL_RULES } from '../rules/index';
import { CONCEPT_NAMES } from '../rules/concepts';

/** The name of the configuration file the CLI looks for. */
export const CONFIG_FILE_NAME = '.redflags.json';

/** A problem in a configuration file, located on the offending key or value. */
export interface ConfigProblem {
  message: string;
  /** 1-based line and column (UTF-16 code units) of the start. */
  line: number;
  column: number;
  /** 1-based line and column just past the end (exclusive, like the engine's ranges). */
  endLine: number;
  endColumn: number;
  /** 0-based UTF-16 offset and length in the text. */
  offset: number;
  length: number;
  /** `error`: the file cannot be used as written. `warning`: it works, but probably not as meant. */
  severity: 'error' | 'warning';
  /** The file name given to {@link parseConfig}, for messages. */
  file: string;
}

export interface ConfigResult {
  /** The valid part of the configuration. When `problems` holds errors, invalid entries are left out. */
  options: LintOptions;
  /** Problems in file order. */
  problems: ConfigProblem[];
}

/** Top-level keys of `.redflags.json`. */
export const CONFIG_KEYS = ['$schema', 'rules', 'green', 'gaps', 'language', 'terms'] as const;

const SYNTAX_MESSAGES: Record<string, string> = {
  InvalidNumberFormat: 'invalid number',
  PropertyNameExpected: 'expected a property name in double quotes',
  ValueExpected: 'expected a value',
  ColonExpected: 'expected ":" after the property name',
  CommaExpected: 'expected "," between entries',
  CloseBraceExpected: 'expected "}" to close the object',
  CloseBracketExpected: 'expected "]" to close the array',
  EndOfFileExpected: 'unexpected text after the end of the configuration object',
  InvalidCommentToken: 'invalid comment',
  UnexpectedEndOfComment: 'unterminated block comment: expected "*/"',
  UnexpectedEndOfString: 'unterminated string: expected a closing double quote',
  UnexpectedEndOfNumber: 'incomplete number',
  InvalidUnicode: 'invalid \\u escape in string: expected four hex digits',
  InvalidEscapeCharacter: 'invalid escape in string',
  InvalidCharacter: 'invalid character in string: control characters must be escaped',
};

/** Line starts of a text, for offset → line/column. */
function lineStarts(text: string): number[] {
  const starts = [0];
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c === 13 /* \r */) {
      if (text.charCodeAt(i + 1) === 10) i++;
      starts.push(i + 1);
    } else if (c === 10 /* \n */) {
      starts.push(i + 1);
    }
  }
  return starts;
}

function position(starts: number[], offset: number): { line: number; column: number } {
  let lo = 0;
  let hi = starts.length - 1;
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    if (starts[mid] <= offset) lo = mid;
    else hi = mid - 1;
  }
  return { line: lo + 1, column: offset - starts[lo] + 1 };
}

function describe(value: unknown): string {
  if (value === null) return 'null';
  if (Array.isArray(value)) return 'an array';
  if (typeof value === 'object') return 'an object';
  if (typeof value === 'string') return `the string ${JSON.stringify(value)}`;
  if (typeof value === 'number') return `the number ${value}`;
  return String(value);
}

/**
 * Parses and validates the text of a `.redflags.json`. Never throws: every problem (syntax, types,
 * unknown keys, rule ids, severities, concepts) comes back located on the offending key or value.
 */
export function parseConfig(text: string, fileName: string): ConfigResult {
  const problems: ConfigProblem[] = [];
  const options: LintOptions = {};
  // A byte-order mark is not JSON; replace it with a space so offsets stay those of the file.
  const src = typeof text === 'string' ? (text.charCodeAt(0) === 0xfeff ? ` ${text.slice(1)}` : text) : '';
  const starts = lineStarts(src);

  const report = (severity: ConfigProblem['severity'], message: string, offset: number, length: number) => {
    const a = position(starts, offset);
    const b = position(starts, offset + length);
    problems.push({ message, line: a.line, column: a.column, endLine: b.line, endColumn: b.column, offset, length, severity, file: fileName });
  };
  const at = (node: Node, message: string, severity: ConfigProblem['severity'] = 'error') =>
    report(severity, message, node.offset, node.length);

  try {
    if (typeof text !== 'string') {
      report('error', 'configuration text must be a string', 0, 0);
      return { options, problems };
    }
    const errors: ParseError[] = [];
    const root = parseTree(src, errors, { allowTrailingComma: true, disallowComments: false, allowEmptyContent: true });
    for (const e of errors) {
      const code = printParseErrorCode(e.error);
      const found = src.slice(e.offset, e.offset + e.length);
      let message: string;
      if (code === 'InvalidSymbol') {
        const literal = closest(found, ['true', 'false', 'null']);
        message = literal
          ? `unexpected ${JSON.stringify(found)} (did you mean ${literal}?)`
          : /^[A-Za-z_$][\w$-]*$/.test(found)
            ? `unexpected ${JSON.stringify(found)}: strings and property names need double quotes`
            : `unexpected ${JSON.stringify(found)}`;
      } else {
        message = SYNTAX_MESSAGES[code] ?? code;
        if (e.offset >= src.length) message = `unexpected end of file: ${message}`;
      }
      // An unclosed object nested in another reports once per level at the same place: keep the first.
      if (!problems.some((p) => p.offset === e.offset && p.message === `syntax error: ${message}`)) {
        report('error', `syntax error: ${message}`, e.offset, e.length);
      }
    }
    if (!root) {
      if (errors.length === 0) {
        report('warning', 'the configuration file is empty: expected an object such as {"rules": {}}; the defaults apply', 0, 0);
      }
      return { options, problems: sortProblems(problems) };
    }
    if (root.type !== 'object') {
      at(root, `the configuration must be an object such as {"rules": {"zhu/fomo": "error"}}, not ${describe(getNodeValue(root))}`);
      return { options, problems: sortProblems(problems) };
    }

    /** Reports duplicate keys of an object node (the last one wins, as in JSON.parse). */
    const checkDuplicates = (obj: Node, where: string) => {
      const seen = new Map<string, Node>();
      for (const prop of obj.children ?? []) {
        const key = prop.children?.[0];
        if (!key) continue;
        const first = seen.get(key.value);
        if (first) {
          at(key, `duplicate key "${key.value}"${where}: it overrides the entry on line ${position(starts, first.offset).line}`, 'warning');
        }
        seen.set(key.value, key);
      }
    };

    /**
     * Runs the engine's own validation on a fragment of options and reports its OptionsError on `target`,
     * or, without one, on the node at the error's path (found with findNodeAtLocation).
     */
    const validate = (fragment: LintOptions, target?: Node): boolean => {
      try {
        resolveOptions(fragment, ALL_RULES);
        return true;
      } catch (e) {
        if (!(e instanceof OptionsError)) throw e;
        at(target ?? findNodeAtLocation(root, e.path) ?? root, e.message);
        return false;
      }
    };

    checkDuplicates(root, '');
    for (const prop of root.children ?? []) {
      const keyNode = prop.children?.[0];
      const valueNode = prop.children?.[1];
      if (!keyNode || !valueNode) continue; // a syntax error, already reported
      const key: string = keyNode.value;
      const value = getNodeValue(valueNode);
      switch (key) {
        case '$schema':
          if (typeof value !== 'string') at(valueNode, `"$schema" must be a string (the URL or path of the JSON schema), not ${describe(value)}`);
          break;
        case 'green':
        case 'gaps':
          if (validate({ [key]: value } as LintOptions, valueNode)) options[key] = value;
          break;
        case 'language':
          // null would pass the engine's check (it means "the default" there); in a file it is a mistake.
          if (value === null) at(valueNode, 'invalid language null: expected "auto", "en", "pt" or "zh"');
          else if (validate({ language: value }, valueNode)) options.language = value;
          break;
        case 'rules':
          parseRules(valueNode, value);
          break;
        case 'terms':
          parseTerms(valueNode, value);
          break;
        default: {
          const near = closest(key, CONFIG_KEYS);
          at(
            keyNode,
            `unknown key "${key}"${near ? ` (did you mean "${near}"?)` : ''}: expected one of ${CONFIG_KEYS.map((k) => `"${k}"`).join(', ')}`,
          );
        }
      }
    }

    function parseRules(node: Node, value: unknown) {
      if (node.type !== 'object') {
        at(node, `"rules" must be an object mapping rule ids to severities, e.g. {"zhu/fomo": "error"}, not ${describe(value)}`);
        return;
      }
      checkDuplicates(node, ' in "rules"');
      const out: Record<string, SeveritySetting> = {};
      for (const prop of node.children ?? []) {
        const k = prop.children?.[0];
        const v = prop.children?.[1];
        if (!k || !v) continue;
        const id: string = k.value;
        const sev = getNodeValue(v);
        // An invalid severity is reported on the value, an unknown rule id on the key.
        const ok = validate({ rules: { [id]: sev } }, coerceSeverity(sev) === undefined ? v : k);
        if (!ok) continue;
        const rule = ruleById(ALL_RULES, id);
        if (rule && rule.id !== id) at(k, `"${id}" is an old id of "${rule.id}": use "${rule.id}"`, 'warning');
        out[id] = coerceSeverity(sev)!;
      }
      options.rules = out;
    }

    function parseTerms(node: Node, value: unknown) {
      if (node.type !== 'object') {
        at(node, `"terms" must be an object mapping concept names to lists of terms, e.g. {"domesticModel": ["AcmeLM"]}, not ${describe(value)}`);
        return;
      }
      checkDuplicates(node, ' in "terms"');
      const out: Record<string, string[]> = {};
      for (const prop of node.children ?? []) {
        const k = prop.children?.[0];
        const v = prop.children?.[1];
        if (!k || !v) continue;
        const name: string = k.value;
        if (!(CONCEPT_NAMES as readonly string[]).includes(name)) {
          validate({ terms: { [name]: [] } }, k); // the engine's message, with its suggestion
          continue;
        }
        if (v.type !== 'array') {
          at(v, `"terms.${name}" must be an array of strings, e.g. ["AcmeLM"], not ${describe(getNodeValue(v))}`);
          continue;
        }
        const list: string[] = [];
        let ok = true;
        (v.children ?? []).forEach((item, i) => {
          const t = getNodeValue(item);
          if (typeof t !== 'string') {
            at(item, `"terms.${name}" must be an array of strings: item ${i + 1} is ${describe(t)}`);
            ok = false;
          } else if (t.trim() === '') {
            at(item, `empty term in "terms.${name}" is ignored`, 'warning');
          } else if (t.trim().length > 200) {
            at(item, `term in "terms.${name}" is longer than 200 characters`);
            ok = false;
          } else {
            list.push(t);
          }
        });
        if (ok && validate({ terms: { [name]: list } }, v)) out[name] = list;
      }
      options.terms = out;
    }

    // The assembled options must pass the engine as a whole; anything it still rejects is located by its path.
    validate(options);
  } catch (e) {
    report('error', `internal error while reading the configuration: ${e instanceof Error ? e.message : String(e)}`, 0, 0);
  }
  return { options, problems: sortProblems(problems) };
}

function sortProblems(problems: ConfigProblem[]): ConfigProblem[] {
  return problems.sort((a, b) => a.offset - b.offset || (a.severity === b.severity ? 0 : a.severity === 'error' ? -1 : 1));
}

/** `file:line:column: message`, the way compilers print it. */
export function formatConfigProblem(p: ConfigProblem): string {
  return `${p.file}:${p.line}:${p.column}: ${p.severity === 'warning' ? 'warning: ' : ''}${p.message}`;
}
