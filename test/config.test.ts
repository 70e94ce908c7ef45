// `.redflags.json`: parseConfig on valid, malformed and invalid files, with exact locations; and the
// committed JSON schema against what scripts/build-schema.mjs generates from the built engine.
import * as assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { resolve, join } from 'node:path';
import { parseConfig, lint, rules, CONCEPT_NAMES, CONFIG_KEYS, type ConfigProblem } from '../src/engine/index';

const ROOT = resolve(__dirname, '../..');

/** 1-based line and column of the first occurrence of `needle` (after `from`, if given). */
function locate(text: string, needle: string, from = ''): { line: number; column: number; offset: number } {
  const offset = text.indexOf(needle, from ? text.indexOf(from) : 0);
  assert.ok(offset >= 0, `${needle} not in text`);
  const before = text.slice(0, offset).split(/\r\n|\r|\n/);
  return { line: before.length, column: before[before.length - 1].length + 1, offset };
}

function only(text: string): ConfigProblem {
  const { problems } = parseConfig(text, '.redflags.json');
  assert.equal(problems.length, 1, JSON.stringify(problems, null, 1));
  return problems[0];
}

/** Asserts that a problem sits exactly on `needle`. */
function assertAt(p: ConfigProblem, text: string, needle: string, from = '') {
  const at = locate(text, needle, from);
  assert.deepEqual(
    { line: p.line, column: p.column, offset: p.offset, length: p.length },
    { line: at.line, column: at.column, offset: at.offset, length: needle.length },
    p.message,
  );
  const endAt = text.slice(0, at.offset + needle.length).split(/\r\n|\r|\n/);
  assert.deepEqual([p.endLine, p.endColumn], [endAt.length, endAt[endAt.length - 1].length + 1]);
}

describe('config: parseConfig', () => {
  it('reads a full configuration with comments and trailing commas', () => {
    const text = `{
  // JSON with comments
  "$schema": "./node_modules/memo-redflags/schema/redflags.schema.json",
  "rules": {
    "zhu/fomo": "error",          /* a block comment */
    "zhu/agi-thesis": "off",
    "zhu/gap/*": "hint",
    "zhu/thin-wrapper": "warn",
    "zhu/moat-claim": "info",
    "zhu/exit-by-acquisition": false,
    "zhu/green/*": true,
  },
  "green": false,
  "gaps": true,
  "language": "pt",
  "terms": { "domesticModel": ["AcmeLM", "Acme Cloud"], },
}`;
    const { options, problems } = parseConfig(text, '.redflags.json');
    assert.deepEqual(problems, []);
    assert.deepEqual(options, {
      rules: {
        'zhu/fomo': 'error',
        'zhu/agi-thesis': 'off',
        'zhu/gap/*': 'hint',
        'zhu/thin-wrapper': 'warning',
        'zhu/moat-claim': 'information',
        'zhu/exit-by-acquisition': 'off',
        'zhu/green/*': 'warning',
      },
      green: false,
      gaps: true,
      language: 'pt',
      terms: { domesticModel: ['AcmeLM', 'Acme Cloud'] },
    });
  });

  it('gives options the engine applies: severities and extra terms', () => {
    const memo = '# Acme\n\nOur product is built on top of AcmeLM.\n';
    assert.equal(lint(memo, { gaps: false }).filter((f) => f.ruleId === 'zhu/wrapper-on-domestic-model').length, 0);
    const { options, problems } = parseConfig(
      '{"rules": {"zhu/wrapper-on-domestic-model": "error"}, "gaps": false, "terms": {"domesticModel": ["AcmeLM"]}}',
      'x.json',
    );
    assert.deepEqual(problems, []);
    const found = lint(memo, options).filter((f) => f.ruleId === 'zhu/wrapper-on-domestic-model');
    assert.equal(found.length, 1);
    assert.equal(found[0].severity, 'error');
    assert.ok(!lint(memo, options).some((f) => f.kind === 'gap'));
  });

  it('extra terms match as written, hyphens and other punctuation included', () => {
    // A hyphen was escaped as `\-`, which the `u` flag refuses outside a class: any such term threw.
    for (const term of ['Acme-LM', 'C++ Cloud', 'a.b/c (beta)', '$5 {y} a|b ^z', 'ÁGUA-Σ']) {
      const memo = `# Acme\n\nOur product is built on top of ${term.toUpperCase()}.\n`;
      const found = lint(memo, { gaps: false, terms: { domesticModel: [term] } }).filter((f) => f.ruleId === 'zhu/wrapper-on-domestic-model');
      assert.equal(found.length, 1, term);
    }
  });

  it('an empty file is a warning and the defaults apply', () => {
    for (const text of ['', '  \n', '// nothing yet\n']) {
      const { options, problems } = parseConfig(text, '.redflags.json');
      assert.deepEqual(options, {});
      assert.equal(problems.length, 1);
      assert.equal(problems[0].severity, 'warning');
      assert.match(problems[0].message, /empty/);
    }
  });

  describe('syntax errors', () => {
    it('a missing comma, on the token after it', () => {
      const text = '{\n  "gaps": false\n  "green": false\n}';
      const p = only(text);
      assert.equal(p.severity, 'error');
      assert.equal(p.message, 'syntax error: expected "," between entries');
      assertAt(p, text, '"green"');
      assert.equal(p.file, '.redflags.json');
    });

    it('a missing colon', () => {
      const text = '{"rules": {"zhu/fomo" "error"}}';
      const p = only(text);
      assert.equal(p.message, 'syntax error: expected ":" after the property name');
      assertAt(p, text, '"error"');
    });

    it('an unquoted word, with the likely literal', () => {
      const text = '{\n  "gaps": flase\n}';
      const { problems } = parseConfig(text, 'c.json');
      assert.equal(problems[0].message, 'syntax error: unexpected "flase" (did you mean false?)');
      assertAt(problems[0], text, 'flase');
      const text2 = '{ rules: {} }';
      const q = parseConfig(text2, 'c.json').problems[0];
      assert.equal(q.message, 'syntax error: unexpected "rules": strings and property names need double quotes');
      assertAt(q, text2, 'rules');
    });

    it('an unclosed object, once, at the end of the file', () => {
      const text = '{\n  "rules": {\n    "zhu/fomo": "error"\n';
      const p = only(text);
      assert.equal(p.message, 'syntax error: unexpected end of file: expected "}" to close the object');
      assert.deepEqual([p.line, p.column, p.offset, p.length], [4, 1, text.length, 0]);
    });

    it('an unterminated string', () => {
      const text = '{"language": "en}';
      const { problems } = parseConfig(text, 'c.json');
      assert.equal(problems[0].message, 'syntax error: unterminated string: expected a closing double quote');
      assert.equal(problems[0].column, locate(text, '"en').column);
    });

    it('counts lines through CRLF and CR line ends, and past a byte-order mark', () => {
      const crlf = '{\r\n  "gaps": false\r\n  "green": false\r\n}';
      assertAt(only(crlf), crlf, '"green"');
      const cr = '{\r  "gaps": false\r  "green": false\r}';
      assert.deepEqual([only(cr).line, only(cr).column], [3, 3]);
      const bom = '\uFEFF{\n  "gap": false\n}';
      const p = only(bom);
      assert.match(p.message, /^unknown key "gap"/);
      assertAt(p, bom, '"gap"');
      assert.deepEqual(parseConfig('\uFEFF{"gaps": false}', 'c.json'), { options: { gaps: false }, problems: [] });
    });

    it('never throws, whatever it is given', () => {
      for (const text of ['{', '}', '[', '"', '{"rules": {"zhu/fomo": }}', '{"a":1,,}', '\u0000', '{"rules": [1, 2]}', 'null', '42']) {
        const r = parseConfig(text, 'c.json');
        assert.ok(r.problems.some((p) => p.severity === 'error'), JSON.stringify(text));
        for (const p of r.problems) assert.ok(p.line >= 1 && p.column >= 1 && p.offset >= 0 && p.offset + p.length <= text.length + 1);
      }
      const r = (parseConfig as (t: unknown, f: string) => ReturnType<typeof parseConfig>)(undefined, 'c.json');
      assert.equal(r.problems[0].severity, 'error');
    });
  });

  describe('validation', () => {
    it('the configuration must be an object', () => {
      const p = only('[ "zhu/fomo" ]');
      assert.match(p.message, /^the configuration must be an object .*, not an array$/);
      assert.deepEqual([p.line, p.column, p.length], [1, 1, 14]);
    });

    it('an unknown rule id, on the key, with a suggestion', () => {
      const text = '{\n  "rules": {\n    "zhu/fomo": "error",\n    "zhu/fomoo": "warning"\n  }\n}';
      const p = only(text);
      assert.equal(p.message, 'unknown rule id "zhu/fomoo" (did you mean "zhu/fomo"?)');
      assertAt(p, text, '"zhu/fomoo"');
      assert.deepEqual([p.line, p.column, p.endLine, p.endColumn], [4, 5, 4, 16]);
      const far = only('{"rules": {"something-else-entirely": "off"}}');
      assert.equal(far.message, 'unknown rule id "something-else-entirely"');
    });

    it('an invalid severity, on the value, listing the expected ones', () => {
      const text = '{"rules": {"zhu/agi-thesis": "loud", "zhu/fomo": ["error"]}}';
      const { problems, options } = parseConfig(text, 'c.json');
      assert.equal(problems.length, 2);
      assert.equal(problems[0].message, 'invalid severity "loud" for "zhu/agi-thesis": expected one of "off", "hint", "information", "warning", "error"');
      assertAt(problems[0], text, '"loud"');
      assert.match(problems[1].message, /^invalid severity \["error"\] for "zhu\/fomo"/);
      assertAt(problems[1], text, '["error"]');
      assert.deepEqual(options.rules, {});
    });

    it('an unknown top-level key, with a suggestion and the list of keys', () => {
      const text = '{\n  "rules": {},\n  "gap": false\n}';
      const p = only(text);
      assert.equal(p.message, `unknown key "gap" (did you mean "gaps"?): expected one of ${CONFIG_KEYS.map((k) => `"${k}"`).join(', ')}`);
      assertAt(p, text, '"gap"');
      assert.match(only('{"includeAcknowledged": false}').message, /^unknown key "includeAcknowledged": expected one of/);
    });

    it('wrong types, on the value, saying what was expected', () => {
      const cases: [string, string, RegExp][] = [
        ['{"rules": "error"}', '"error"', /^"rules" must be an object mapping rule ids to severities.*not the string "error"$/],
        ['{"green": "yes"}', '"yes"', /^"green" must be true or false, not "yes"$/],
        ['{"gaps": 0}', '0', /^"gaps" must be true or false, not 0$/],
        ['{"language": "fr"}', '"fr"', /^invalid language "fr": expected "auto", "en", "pt" or "zh"$/],
        ['{"language": null}', 'null', /^invalid language null/],
        ['{"terms": ["AcmeLM"]}', '["AcmeLM"]', /^"terms" must be an object mapping concept names to lists of terms.*not an array$/],
        ['{"terms": {"domesticModel": "AcmeLM"}}', '"AcmeLM"', /^"terms.domesticModel" must be an array of strings, e.g. \["AcmeLM"\], not the string "AcmeLM"$/],
        ['{"$schema": 7}', '7', /^"\$schema" must be a string/],
      ];
      for (const [text, needle, message] of cases) {
        const p = only(text);
        assert.equal(p.severity, 'error');
        assert.match(p.message, message);
        assertAt(p, text, needle);
      }
    });

    it('a term that is not a string, on the item', () => {
      const text = '{"terms": {"openModel": ["AcmeLlama", 42, "Other"]}}';
      const { problems, options } = parseConfig(text, 'c.json');
      assert.equal(problems.length, 1);
      assert.equal(problems[0].message, '"terms.openModel" must be an array of strings: item 2 is the number 42');
      assertAt(problems[0], text, '42');
      assert.deepEqual(options.terms, {});
      const long = `{"terms": {"openModel": ["${'x'.repeat(201)}"]}}`;
      assert.match(only(long).message, /longer than 200 characters/);
    });

    it('an unknown concept, on the key, with a suggestion', () => {
      const text = '{"terms": {"domesticModels": ["AcmeLM"]}}';
      const p = only(text);
      assert.match(p.message, /^unknown concept "domesticModels" in "terms" \(did you mean "domesticModel"\?\); known: /);
      for (const name of CONCEPT_NAMES) assert.ok(p.message.includes(name));
      assertAt(p, text, '"domesticModels"');
    });

    it('warns about duplicate keys, old rule ids and empty terms, and keeps the options', () => {
      const text = '{\n  "gaps": true,\n  "rules": {"zhu/private-deployment-pricing": "off"},\n  "terms": {"openModel": ["  "]},\n  "gaps": false\n}';
      const { problems, options } = parseConfig(text, 'c.json');
      assert.deepEqual(
        problems.map((p) => [p.severity, p.line, p.column, p.message]),
        [
          ['warning', 3, 13, '"zhu/private-deployment-pricing" is an old id of "zhu/model-price-war": use "zhu/model-price-war"'],
          ['warning', 4, 27, 'empty term in "terms.openModel" is ignored'],
          ['warning', 5, 3, 'duplicate key "gaps": it overrides the entry on line 2'],
        ],
      );
      assert.deepEqual(options, { gaps: false, rules: { 'zhu/private-deployment-pricing': 'off' }, terms: { openModel: [] } });
    });

    it('reports every problem, in file order, and keeps the valid entries', () => {
      const text = '{"language": "xx", "rules": {"zhu/fomo": "error", "zhu/nope": "off", "zhu/moat-claim": "meh"}, "green": false}';
      const { problems, options } = parseConfig(text, 'c.json');
      assert.deepEqual(
        problems.map((p) => p.offset),
        [text.indexOf('"xx"'), text.indexOf('"zhu/nope"'), text.indexOf('"meh"')],
      );
      assert.deepEqual(options, { rules: { 'zhu/fomo': 'error' }, green: false });
    });

    it('accepts every rule id and group key the engine knows', () => {
      const ids = [...rules.map((r) => r.id), 'zhu/*', 'zhu/red/*', 'zhu/green/*', 'zhu/gap/*'];
      const text = JSON.stringify({ rules: Object.fromEntries(ids.map((id) => [id, 'hint'])) });
      assert.deepEqual(parseConfig(text, 'c.json').problems, []);
    });
  });
});

describe('config: schema/redflags.schema.json', () => {
  const committed = readFileSync(join(ROOT, 'schema', 'redflags.schema.json'), 'utf8');
  const schema = JSON.parse(committed);

  it('equals what scripts/build-schema.mjs generates from the built engine', () => {
    const r = spawnSync(process.execPath, [join(ROOT, 'scripts', 'build-schema.mjs'), '--stdout'], { cwd: ROOT, encoding: 'utf8' });
    assert.equal(r.status, 0, r.stderr);
    assert.deepEqual(schema, JSON.parse(r.stdout), 'schema is out of date: run npm run schema');
    assert.equal(committed, r.stdout);
  });

  it('is draft-07, closed, and lists every rule id, group, alias and concept', () => {
    assert.equal(schema.$schema, 'http://json-schema.org/draft-07/schema#');
    assert.equal(schema.additionalProperties, false);
    assert.deepEqual(Object.keys(schema.properties), [...CONFIG_KEYS]);
    const ruleIds = schema.properties.rules.propertyNames.enum as string[];
    const expected = ['zhu/*', 'zhu/red/*', 'zhu/green/*', 'zhu/gap/*', ...rules.map((r) => r.id), ...rules.flatMap((r) => r.aliases ?? [])];
    assert.deepEqual(ruleIds, expected);
    for (const r of rules) {
      const p = schema.properties.rules.properties[r.id];
      assert.ok(p.description.startsWith(r.title), r.id);
      assert.deepEqual(p.enum, ['off', 'hint', 'information', 'info', 'warning', 'warn', 'error', true, false]);
    }
    assert.deepEqual(Object.keys(schema.properties.terms.properties), [...CONCEPT_NAMES]);
    assert.deepEqual(schema.properties.language.enum, ['auto', 'en', 'pt', 'zh']);
  });

  it('accepts what parseConfig accepts for every severity it lists', () => {
    for (const sev of schema.properties.rules.properties['zhu/fomo'].enum) {
      assert.deepEqual(parseConfig(JSON.stringify({ rules: { 'zhu/fomo': sev } }), 'c.json').problems, [], String(sev));
    }
  });
});
