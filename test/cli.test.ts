// The command-line tool, end to end: the real built CLI (dist/cli.js, built by `npm test`'s pretest)
// on real memos in temporary folders. No mocks: every test spawns `node dist/cli.js`.
import * as assert from 'node:assert/strict';
import { runCli, type Run } from './run-cli';
import { mkdtempSync, mkdirSync, writeFileSync, rmSync, readFileSync, realpathSync, readdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve, dirname } from 'node:path';
import { rules, docPath } from '../src/engine/index';

const ROOT = resolve(__dirname, '../..');

const cli = (args: string[], opts: { cwd: string; input?: string | Buffer; env?: Record<string, string> }): Run => runCli(args, opts);

// A memo with real red flags. Line 5 is a list item (column 3) with a domestic-model dependency;
// line 8 is the same flag, acknowledged; line 14 is a strength (revenue).
const WRAPPER = "The product is built entirely on Baidu's ERNIE Bot API, which handles all text generation.";
const ACKED = "All agents are deployed on ByteDance's Coze and call Doubao models.";
const RATIONALE = 'the vendor contract forbids copying';
const ACME = `# Acme AI

## Product

- ${WRAPPER}

<!-- redflags-ack zhu/wrapper-on-domestic-model: ${RATIONALE} -->
${ACKED}

Their copilot wraps Zhipu's GLM-4 API with a set of industry prompts.

## Traction

ARR reached RMB 30M, up 4x year on year, with positive operating cash flow.
`;
// Nothing at or above warning: bland prose (gaps are information by default).
const CLEAN = `# Ledgerly

Ledgerly sells bookkeeping software to dental clinics in Ohio.
`;

interface JsonMessage {
  ruleId: string;
  kind: string;
  severity: string;
  message: string;
  line: number;
  column: number;
  endLine: number;
  endColumn: number;
  passages: string[];
  questions: string[];
  acknowledged: false | { rationale: string };
  scope?: string;
}
interface JsonFile {
  filePath: string;
  messages: JsonMessage[];
}

let tmp: string;
function folder(files: Record<string, string | Buffer>): string {
  const dir = mkdtempSync(join(tmp, 'case-'));
  for (const [name, content] of Object.entries(files)) {
    const p = join(dir, name);
    mkdirSync(dirname(p), { recursive: true });
    writeFileSync(p, content);
  }
  return dir;
}
const json = (r: Run): JsonFile[] => JSON.parse(r.stdout) as JsonFile[];
const wrapperAt = (messages: JsonMessage[], line: number) =>
  messages.find((m) => m.ruleId === 'zhu/wrapper-on-domestic-model' && m.line === line);

describe('cli: memo-redflags', () => {
  before(() => {
    tmp = realpathSync(mkdtempSync(join(tmpdir(), 'memo-redflags-cli-')));
  });
  after(() => rmSync(tmp, { recursive: true, force: true }));

  describe('arguments', () => {
    it('--help prints the usage and exits 0; --version prints the package version', () => {
      const help = cli(['--help'], { cwd: tmp });
      assert.equal(help.code, 0);
      assert.match(help.stdout, /^Usage: memo-redflags /);
      assert.match(help.stdout, /--max-warnings/);
      const v = cli(['--version'], { cwd: tmp });
      assert.equal(v.code, 0);
      assert.equal(v.stdout.trim(), JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8')).version);
    });

    it('with no path prints the help on stderr and exits 2', () => {
      const r = cli([], { cwd: tmp });
      assert.equal(r.code, 2);
      assert.equal(r.stdout, '');
      assert.match(r.stderr, /^Usage: memo-redflags /);
    });

    it('an unknown option exits 2 with one line pointing at --help', () => {
      const r = cli(['--frobnicate', 'x.md'], { cwd: tmp });
      assert.equal(r.code, 2);
      assert.equal(r.stdout, '');
      assert.equal(r.stderr, 'memo-redflags: unknown option "--frobnicate"; see memo-redflags --help\n');
      const near = cli(['--no-gap', 'x.md'], { cwd: tmp });
      assert.equal(near.code, 2);
      assert.match(near.stderr, /unknown option "--no-gap" \(did you mean "--no-gaps"\?\)/);
    });

    it('rejects an unknown --format, a bad --max-warnings and an option without its value', () => {
      const dir = folder({ 'a.md': CLEAN });
      for (const [args, pattern] of [
        [['--format', 'xml', 'a.md'], /^memo-redflags: invalid --format "xml": expected stylish, json, sarif\n$/],
        [['--max-warnings', '-1', 'a.md'], /needs a value|invalid --max-warnings/],
        [['--max-warnings', 'lots', 'a.md'], /^memo-redflags: invalid --max-warnings "lots": expected a whole number/],
        [['a.md', '--format'], /^memo-redflags: option "--format" needs a value; see memo-redflags --help\n$/],
      ] as const) {
        const r = cli([...args], { cwd: dir });
        assert.equal(r.code, 2, args.join(' '));
        assert.equal(r.stdout, '');
        assert.match(r.stderr, pattern);
        assert.equal(r.stderr.trim().split('\n').length, 1);
      }
    });
  });

  describe('stylish (default)', () => {
    it('lists each memo with aligned rows "line:col  severity  rule  message" and a summary', () => {
      const dir = folder({ 'memos/acme.md': ACME });
      const r = cli(['memos/acme.md'], { cwd: dir });
      assert.equal(r.code, 1, r.stderr);
      const lines = r.stdout.split('\n');
      assert.equal(lines[0], join('memos', 'acme.md'));
      const row = lines.find((l) => l.includes(' zhu/wrapper-on-domestic-model ') && /^\s+5:3\s/.test(l));
      assert.ok(row, r.stdout);
      assert.match(row, /^\s+5:3\s+warning\s+zhu\/wrapper-on-domestic-model\s{2,}Built on a domestic closed model \S.*$/);
      // Rows are aligned: every rule id starts in the same column, every severity and message too.
      const rows = lines.slice(1, lines.indexOf(''));
      assert.ok(rows.length >= 3, r.stdout);
      const ruleCols = new Set(rows.map((l) => l.search(/zhu\/\S+/)));
      assert.equal(ruleCols.size, 1, `rule ids not aligned:\n${rows.join('\n')}`);
      const msgCols = new Set(rows.map((l) => l.search(/zhu\/\S+\s+\S/) + (l.match(/zhu\/\S+\s+/)?.[0].length ?? 0)));
      assert.equal(msgCols.size, 1, `messages not aligned:\n${rows.join('\n')}`);
      const sevCols = new Set(rows.map((l) => l.search(/(warning|info|hint|error) /)));
      assert.equal(sevCols.size, 1);
      // The acknowledged finding (line 8) is not listed, only counted.
      assert.ok(!rows.some((l) => /^\s+8:1\s/.test(l) && l.includes(' zhu/wrapper-on-domestic-model ')), r.stdout);
      const summary = lines.filter(Boolean).pop()!;
      assert.match(summary, /^✖ \d+ findings: \d+ red flags?, \d+ strengths?, \d+ gaps? \(0 errors, \d+ warnings?\) · 1 acknowledged$/);
      // No colours when stdout is not a terminal.
      assert.ok(!r.stdout.includes('\x1b['));
    });

    it('colours only when asked and NO_COLOR is unset', () => {
      const dir = folder({ 'a.md': ACME });
      assert.ok(cli(['a.md'], { cwd: dir, env: { FORCE_COLOR: '1' } }).stdout.includes('\x1b[33mwarning\x1b[39m'));
      assert.ok(!cli(['a.md'], { cwd: dir, env: { FORCE_COLOR: '1', NO_COLOR: '1' } }).stdout.includes('\x1b['));
    });

    it('prints nothing for a memo without findings', () => {
      const dir = folder({ 'a.md': CLEAN });
      const r = cli(['--no-gaps', 'a.md'], { cwd: dir });
      assert.equal(r.code, 0, r.stdout);
      assert.equal(r.stdout, '');
    });
  });

  describe('json', () => {
    it('is an array with one entry per memo, 1-based positions, passages, questions and acknowledgements', () => {
      const dir = folder({ 'memos/acme.md': ACME, 'memos/clean.md': CLEAN });
      const r = cli(['--format', 'json', 'memos'], { cwd: dir });
      assert.equal(r.code, 1, r.stderr);
      const out = json(r);
      assert.deepEqual(
        out.map((f) => f.filePath),
        [join('memos', 'acme.md'), join('memos', 'clean.md')],
      );
      const [acme] = out;
      const w = wrapperAt(acme.messages, 5);
      assert.ok(w, JSON.stringify(acme.messages, null, 1));
      assert.deepEqual(
        { line: w.line, column: w.column, endLine: w.endLine, endColumn: w.endColumn, severity: w.severity, kind: w.kind, acknowledged: w.acknowledged },
        { line: 5, column: 3, endLine: 5, endColumn: 3 + WRAPPER.length, severity: 'warning', kind: 'red', acknowledged: false },
      );
      assert.equal(w.scope, undefined);
      assert.ok(w.passages.length > 0 && w.passages.every((p) => /^[pqe]-/.test(p)));
      assert.ok(w.questions.length > 0);
      assert.match(w.message, /ERNIE/);

      const acked = wrapperAt(acme.messages, 8);
      assert.ok(acked);
      assert.deepEqual(acked.acknowledged, { rationale: RATIONALE });
      assert.equal(acked.endColumn, 1 + ACKED.length);

      const gaps = out.flatMap((f) => f.messages.filter((m) => m.kind === 'gap'));
      assert.ok(gaps.length > 0);
      for (const g of gaps) assert.equal(g.scope, 'document');
      // Gaps point at the title: "Acme AI" after "# ".
      const acmeGap = acme.messages.find((m) => m.kind === 'gap');
      assert.ok(acmeGap);
      assert.deepEqual([acmeGap.line, acmeGap.column, acmeGap.endColumn], [1, 3, 3 + 'Acme AI'.length]);
      for (const m of acme.messages.filter((x) => x.kind !== 'gap')) assert.equal('scope' in m, false);
    });

    it('keeps positions exact after a byte-order mark and with CRLF line ends', () => {
      const dir = folder({ 'bom.md': `\uFEFF${ACME.replace(/\n/g, '\r\n')}` });
      const r = cli(['--format=json', 'bom.md'], { cwd: dir });
      const w = wrapperAt(json(r)[0].messages, 5);
      assert.ok(w, r.stdout);
      assert.deepEqual([w.column, w.endLine, w.endColumn], [3, 5, 3 + WRAPPER.length]);
    });
  });

  describe('sarif', () => {
    function sarif(dir: string, args: string[] = []) {
      const r = cli(['--format', 'sarif', ...args, 'memos/acme.md'], { cwd: dir });
      assert.equal(r.code, 1, r.stderr);
      return JSON.parse(r.stdout);
    }

    it('is SARIF 2.1.0 with a rule descriptor per rule and results pointing into them', () => {
      const dir = folder({ 'memos/acme.md': ACME });
      const log = sarif(dir);
      assert.equal(log.version, '2.1.0');
      assert.match(log.$schema, /sarif-2\.1\.0/);
      assert.equal(log.runs.length, 1);
      const run = log.runs[0];
      const driver = run.tool.driver;
      assert.equal(driver.name, 'memo-redflags');
      assert.equal(driver.version, JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8')).version);
      assert.match(driver.informationUri, /^https:\/\//);
      for (const rule of rules) {
        const d = driver.rules.find((x: { id: string }) => x.id === rule.id);
        assert.ok(d, rule.id);
        assert.equal(d.name, rule.id.split('/').pop());
        assert.equal(d.shortDescription.text, rule.title || rule.id);
        assert.equal(d.helpUri, `https://github.com/memo-redflags/memo-redflags/blob/main/${docPath(rule.id)}`);
        assert.deepEqual(d.properties.tags, [rule.kind]);
        assert.equal(d.defaultConfiguration.level, { error: 'error', warning: 'warning', information: 'note', hint: 'note' }[rule.severity]);
        if (rule.questions.length) assert.ok(d.help.text.includes(rule.questions[0]) && d.help.markdown.includes(rule.questions[0]));
      }
      assert.ok(run.results.length >= 3);
      for (const res of run.results) {
        assert.equal(driver.rules[res.ruleIndex].id, res.ruleId);
        assert.ok(['error', 'warning', 'note'].includes(res.level));
        assert.equal(typeof res.message.text, 'string');
        const loc = res.locations[0].physicalLocation;
        assert.equal(loc.artifactLocation.uri, 'memos/acme.md');
        assert.equal(loc.artifactLocation.uriBaseId, '%SRCROOT%');
        assert.ok(loc.region.startLine >= 1 && loc.region.startColumn >= 1);
        assert.equal(Object.keys(res.partialFingerprints).length, 1);
      }
      assert.equal(run.originalUriBaseIds['%SRCROOT%'].uri, `file://${dir}/`);
      const w = run.results.find((x: { ruleId: string; locations: { physicalLocation: { region: { startLine: number } } }[] }) =>
        x.ruleId === 'zhu/wrapper-on-domestic-model' && x.locations[0].physicalLocation.region.startLine === 5);
      assert.ok(w);
      assert.equal(w.level, 'warning');
      assert.deepEqual(w.locations[0].physicalLocation.region, { startLine: 5, startColumn: 3, endLine: 5, endColumn: 3 + WRAPPER.length });
      assert.equal(w.suppressions, undefined);
      const green = run.results.find((x: { ruleId: string }) => x.ruleId.startsWith('zhu/green/'));
      if (green) assert.equal(green.level, 'note');
      const gap = run.results.find((x: { ruleId: string }) => x.ruleId.startsWith('zhu/gap/'));
      assert.ok(gap);
      assert.equal(gap.level, 'note');
    });

    it('marks acknowledged findings with an in-source suppression and its justification', () => {
      const dir = folder({ 'memos/acme.md': ACME });
      const run = sarif(dir).runs[0];
      const suppressed = run.results.filter((x: { suppressions?: unknown }) => x.suppressions);
      assert.equal(suppressed.length, 1);
      assert.equal(suppressed[0].ruleId, 'zhu/wrapper-on-domestic-model');
      assert.equal(suppressed[0].locations[0].physicalLocation.region.startLine, 8);
      assert.deepEqual(suppressed[0].suppressions, [{ kind: 'inSource', justification: RATIONALE }]);
    });

    it('fingerprints are stable when lines move and distinct per finding', () => {
      const a = folder({ 'memos/acme.md': ACME });
      const b = folder({ 'memos/acme.md': ACME.replace('## Product\n', '## Product\n\nSome new context was added here.\n\n') });
      const fp = (dir: string) =>
        new Map<string, string>(
          sarif(dir).runs[0].results
            .filter((x: { ruleId: string }) => x.ruleId === 'zhu/wrapper-on-domestic-model')
            .map((x: { partialFingerprints: Record<string, string>; locations: { physicalLocation: { region: { startLine: number } } }[] }) => [
              Object.values(x.partialFingerprints)[0],
              String(x.locations[0].physicalLocation.region.startLine),
            ]),
        );
      const before = fp(a);
      const after = fp(b);
      assert.equal(before.size, 3, 'three distinct fingerprints');
      assert.deepEqual([...after.keys()].sort(), [...before.keys()].sort());
      assert.notDeepEqual([...after.values()], [...before.values()], 'the lines did move');
    });
  });

  describe('exit codes', () => {
    it('0 when nothing is at or above warning, 1 when something is', () => {
      const dir = folder({ 'clean.md': CLEAN, 'acme.md': ACME });
      const clean = cli(['clean.md'], { cwd: dir });
      assert.equal(clean.code, 0, clean.stdout);
      assert.equal(clean.stderr, '');
      assert.equal(cli(['acme.md'], { cwd: dir }).code, 1);
      assert.equal(cli(['clean.md', 'acme.md'], { cwd: dir }).code, 1);
    });

    it('acknowledged warnings do not fail the run', () => {
      const memo = `# Acme AI\n\n<!-- redflags-ack zhu/wrapper-on-domestic-model: ${RATIONALE} -->\n${WRAPPER}\n`;
      const dir = folder({ 'a.md': memo });
      const r = cli(['--format', 'json', 'a.md'], { cwd: dir });
      const w = wrapperAt(json(r)[0].messages, 4);
      assert.ok(w && w.acknowledged);
      assert.ok(!json(r)[0].messages.some((m) => !m.acknowledged && (m.severity === 'warning' || m.severity === 'error')), r.stdout);
      assert.equal(r.code, 0);
    });

    it('--max-warnings N: exit 1 only when warnings exceed N', () => {
      const dir = folder({ 'acme.md': ACME });
      const all = json(cli(['--format', 'json', 'acme.md'], { cwd: dir }))[0].messages;
      const warnings = all.filter((m) => m.severity === 'warning' && !m.acknowledged).length;
      assert.ok(warnings >= 2, `expected at least two warnings, got ${warnings}`);
      assert.equal(all.filter((m) => m.severity === 'error').length, 0);
      const within = cli(['--max-warnings', String(warnings), 'acme.md'], { cwd: dir });
      assert.equal(within.code, 0);
      assert.equal(within.stderr, '');
      const over = cli(['--max-warnings', String(warnings - 1), 'acme.md'], { cwd: dir });
      assert.equal(over.code, 1);
      assert.match(over.stderr, new RegExp(`too many warnings: ${warnings} \\(maximum: ${warnings - 1}\\)`));
    });

    it('errors fail the run whatever --max-warnings says', () => {
      const dir = folder({ 'acme.md': ACME, '.redflags.json': '{ "rules": { "zhu/wrapper-on-domestic-model": "error" } }' });
      const r = cli(['--max-warnings', '1000', '--format', 'json', 'acme.md'], { cwd: dir });
      assert.equal(wrapperAt(json(r)[0].messages, 5)?.severity, 'error');
      assert.equal(r.code, 1);
    });
  });

  describe('cache', () => {
    it('--cache keeps findings by content: a second run reads them, an edited memo is linted again', () => {
      const dir = folder({ 'acme.md': ACME, 'b.md': '# B\n\nWe sell to banks.\n' });
      const first = cli(['--format', 'json', '--cache', '.'], { cwd: dir });
      const files = readdirSync(join(dir, '.memo-redflags-cache'));
      assert.equal(files.filter((f) => f.endsWith('.json')).length, 2);
      const second = cli(['--format', 'json', '--cache', '.'], { cwd: dir });
      assert.equal(second.stdout, first.stdout);
      assert.equal(second.code, first.code);
      assert.equal(second.stdout, cli(['--format', 'json', '.'], { cwd: dir }).stdout);
      // A cache file that cannot be read is a miss, not an error.
      writeFileSync(join(dir, '.memo-redflags-cache', files[0]), '{not json');
      assert.equal(cli(['--format', 'json', '--cache', '.'], { cwd: dir }).stdout, first.stdout);
      writeFileSync(join(dir, 'b.md'), `# B\n\n${WRAPPER}\n`);
      const edited = cli(['--format', 'json', '--cache', '.'], { cwd: dir });
      assert.equal(edited.stdout, cli(['--format', 'json', '.'], { cwd: dir }).stdout);
      assert.notEqual(edited.stdout, first.stdout);
      // Other options, other entries.
      cli(['--format', 'json', '--cache-location', 'c2', '--no-gaps', '.'], { cwd: dir });
      assert.equal(readdirSync(join(dir, 'c2')).length, 2);
    });
  });

  describe('filters', () => {
    it('--quiet reports warnings and errors only', () => {
      const dir = folder({ 'acme.md': ACME });
      const loud = json(cli(['--format', 'json', 'acme.md'], { cwd: dir }))[0].messages;
      assert.ok(loud.some((m) => m.severity === 'information'), 'the memo has information findings (gaps)');
      const quiet = json(cli(['--format', 'json', '--quiet', 'acme.md'], { cwd: dir }))[0].messages;
      assert.ok(quiet.length > 0);
      assert.ok(quiet.every((m) => m.severity === 'warning' || m.severity === 'error'));
      assert.deepEqual(
        quiet.map((m) => `${m.ruleId}@${m.line}`),
        loud.filter((m) => m.severity === 'warning' || m.severity === 'error').map((m) => `${m.ruleId}@${m.line}`),
      );
      const stylish = cli(['-q', 'acme.md'], { cwd: dir }).stdout;
      assert.ok(!/\s(info|hint)\s/.test(stylish), stylish);
      assert.match(stylish, /\swarning\s/);
    });

    it('--no-green leaves out strengths, --no-gaps leaves out gaps', () => {
      const dir = folder({ 'acme.md': ACME });
      const kinds = (args: string[]) => new Set(json(cli(['--format', 'json', ...args, 'acme.md'], { cwd: dir }))[0].messages.map((m) => m.kind));
      const all = kinds([]);
      assert.ok(all.has('green') && all.has('gap') && all.has('red'), [...all].join());
      const noGreen = kinds(['--no-green']);
      assert.ok(!noGreen.has('green') && noGreen.has('gap') && noGreen.has('red'));
      const noGaps = kinds(['--no-gaps']);
      assert.ok(!noGaps.has('gap') && noGaps.has('green') && noGaps.has('red'));
    });

    it('--no-gaps and --no-green win over a configuration that turns them on', () => {
      const dir = folder({ 'acme.md': ACME, '.redflags.json': '{"gaps": true, "green": true}' });
      const kinds = new Set(json(cli(['--format', 'json', '--no-gaps', '--no-green', 'acme.md'], { cwd: dir }))[0].messages.map((m) => m.kind));
      assert.deepEqual([...kinds], ['red']);
    });
  });

  describe('inputs', () => {
    it('- reads the memo from standard input, reported as <stdin>', () => {
      const dir = folder({});
      const r = cli(['--format', 'json', '-'], { cwd: dir, input: ACME });
      assert.equal(r.code, 1);
      const [only] = json(r);
      assert.equal(only.filePath, '<stdin>');
      assert.ok(wrapperAt(only.messages, 5));
      const s = cli(['-'], { cwd: dir, input: ACME });
      assert.equal(s.stdout.split('\n')[0], '<stdin>');
    });

    it('searches folders recursively for *.md and *.markdown, skipping node_modules and dot-folders', () => {
      const dir = folder({
        'memos/a.md': CLEAN,
        'memos/deals/b.markdown': CLEAN,
        'memos/deals/2024/c.MD': CLEAN,
        'memos/notes.txt': ACME,
        'memos/node_modules/pkg/readme.md': ACME,
        'memos/.drafts/d.md': ACME,
        'memos/deals/.git/e.md': ACME,
      });
      const r = cli(['--format', 'json', 'memos'], { cwd: dir });
      assert.equal(r.code, 0, r.stdout);
      assert.deepEqual(
        json(r).map((f) => f.filePath).sort(),
        [join('memos', 'a.md'), join('memos', 'deals', '2024', 'c.MD'), join('memos', 'deals', 'b.markdown')].sort(),
      );
    });

    it('expands globs, and lists each memo once', () => {
      const dir = folder({ 'memos/a.md': CLEAN, 'memos/deals/b.md': ACME, 'memos/deals/c.markdown': CLEAN, 'other/d.md': ACME });
      const r = cli(['--format', 'json', 'memos/**/*.md', 'memos/deals/b.md'], { cwd: dir });
      assert.deepEqual(json(r).map((f) => f.filePath), [join('memos', 'a.md'), join('memos', 'deals', 'b.md')]);
      assert.equal(r.code, 1);
      const none = cli(['memos/**/*.txt'], { cwd: dir });
      assert.equal(none.code, 2);
      assert.equal(none.stderr, 'memo-redflags: no files match the pattern "memos/**/*.txt"\n');
    });

    it('a path that does not exist exits 2 with one line and no report', () => {
      const dir = folder({ 'a.md': ACME });
      const r = cli(['a.md', 'missing.md'], { cwd: dir });
      assert.equal(r.code, 2);
      assert.equal(r.stdout, '');
      assert.equal(r.stderr, 'memo-redflags: no such file or folder: missing.md\n');
    });

    it('skips binary and oversized files with a warning on stderr, lints the rest, and exits 2', () => {
      const dir = folder({
        'memos/acme.md': ACME,
        'memos/scan.md': Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0x00, 0x00, 0x00, 0x0d]),
        'memos/huge.md': Buffer.alloc(10 * 1024 * 1024 + 1, 0x61),
      });
      const r = cli(['--format', 'json', 'memos'], { cwd: dir });
      assert.equal(r.code, 2);
      assert.deepEqual(json(r).map((f) => f.filePath), [join('memos', 'acme.md'), join('memos', 'huge.md'), join('memos', 'scan.md')]);
      assert.ok(json(r)[0].messages.length > 0);
      const lines = r.stderr.trim().split('\n').sort();
      assert.deepEqual(lines, [
        'memo-redflags: 2 memos not checked (see the warnings above)',
        `memo-redflags: warning: skipped ${join('memos', 'huge.md')}: memo too large: 10 MB (10485761 bytes) > --max-file-size 10 MB`,
        `memo-redflags: warning: skipped ${join('memos', 'scan.md')}: not a text file (binary: it contains NUL bytes)`,
      ]);
    });

    it('a folder without memos is a warning, not an error', () => {
      const dir = folder({ 'empty/notes.txt': 'nothing' });
      const r = cli(['empty'], { cwd: dir });
      assert.equal(r.code, 0);
      assert.equal(r.stdout, '');
      assert.equal(r.stderr, 'memo-redflags: warning: no memos (*.md, *.markdown) in folder empty\n');
    });
  });

  describe('configuration', () => {
    it('each memo uses the nearest .redflags.json above it', () => {
      const dir = folder({
        '.redflags.json': '// firm-wide\n{ "rules": { "zhu/wrapper-on-domestic-model": "error" } }',
        'deals/acme.md': ACME,
        'team/.redflags.json': '{ "rules": { "zhu/wrapper-on-domestic-model": "off" }, "gaps": false }',
        'team/q3/acme.md': ACME,
      });
      const r = cli(['--format', 'json', '.'], { cwd: dir });
      const byPath = new Map(json(r).map((f) => [f.filePath, f.messages]));
      const deals = byPath.get(join('deals', 'acme.md'))!;
      const team = byPath.get(join('team', 'q3', 'acme.md'))!;
      assert.equal(wrapperAt(deals, 5)?.severity, 'error');
      assert.ok(deals.some((m) => m.kind === 'gap'));
      assert.equal(team.filter((m) => m.ruleId === 'zhu/wrapper-on-domestic-model').length, 0);
      assert.equal(team.filter((m) => m.kind === 'gap').length, 0);
      assert.equal(r.code, 1);
      // Standard input uses the configuration above the working folder.
      const stdin = cli(['--format', 'json', '-'], { cwd: join(dir, 'team'), input: ACME });
      assert.equal(json(stdin)[0].messages.filter((m) => m.ruleId === 'zhu/wrapper-on-domestic-model').length, 0);
    });

    it('--config uses one file for every memo instead', () => {
      const dir = folder({
        '.redflags.json': '{ "rules": { "zhu/wrapper-on-domestic-model": "error" } }',
        'acme.md': ACME,
        'ci/strict.jsonc': '{ "rules": { "zhu/*": "off" } }',
      });
      const r = cli(['--config', 'ci/strict.jsonc', '--format', 'json', 'acme.md', '-'], { cwd: dir, input: ACME });
      assert.equal(r.code, 0, r.stdout);
      assert.deepEqual(json(r).map((f) => f.messages.filter((m) => m.kind !== 'directive').length), [0, 0]);
      const missing = cli(['--config', 'nope.json', 'acme.md'], { cwd: dir });
      assert.equal(missing.code, 2);
      assert.equal(missing.stderr, 'memo-redflags: cannot read configuration nope.json: no such file\n');
    });

    it('an invalid configuration stops the run with exit 2 and file:line:column', () => {
      const config = '{\n  "rules": {\n    "zhu/fomo": "error",\n    "zhu/fomoo": "warning"\n  }\n}\n';
      const dir = folder({ '.redflags.json': config, 'acme.md': ACME });
      const r = cli(['acme.md'], { cwd: dir });
      assert.equal(r.code, 2);
      assert.equal(r.stdout, '');
      assert.equal(r.stderr, 'memo-redflags: .redflags.json:4:5: unknown rule id "zhu/fomoo" (did you mean "zhu/fomo"?)\n');
    });

    it('a syntax error in a configuration found by discovery is reported with its path', () => {
      const dir = folder({ 'deals/.redflags.json': '{ "gaps": false "green": false }', 'deals/acme.md': ACME });
      const r = cli(['deals'], { cwd: dir });
      assert.equal(r.code, 2);
      assert.equal(r.stderr, `memo-redflags: ${join('deals', '.redflags.json')}:1:17: syntax error: expected "," between entries\n`);
    });

    it('configuration warnings are printed but do not stop the run', () => {
      const dir = folder({ '.redflags.json': '{ "rules": { "zhu/private-deployment-pricing": "off" } }', 'clean.md': CLEAN });
      const r = cli(['clean.md'], { cwd: dir });
      assert.equal(r.code, 0);
      assert.equal(
        r.stderr,
        'memo-redflags: warning: .redflags.json:1:14: "zhu/private-deployment-pricing" is an old id of "zhu/model-price-war": use "zhu/model-price-war"\n',
      );
    });
  });
});
