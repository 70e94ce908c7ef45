// The reports: the model built from real lint results (real engine, real catalogue) on the example memos and
// on hostile memos, its Markdown / HTML / JSON exports, and the webview script (media/report.js) run against a
// minimal DOM stand-in that refuses HTML parsing (innerHTML and friends throw).
import * as assert from 'node:assert/strict';
import { readFileSync, readdirSync } from 'node:fs';
import { join, resolve } from 'node:path';
import * as vm from 'node:vm';
import { unified } from 'unified';
import remarkParse from 'remark-parse';
import remarkGfm from 'remark-gfm';
import { lint, lintMemo, rules, docPath, type Finding } from '../src/engine/index';
import {
  buildMemoReport,
  buildPortfolioRow,
  buildPortfolioReport,
  memoReportToMarkdown,
  memoReportToHtml,
  memoReportToJson,
  portfolioReportToMarkdown,
  portfolioReportToHtml,
  portfolioReportToJson,
  escapeMarkdown,
  escapeHtml,
  excerptOf,
  REPORT_STRINGS,
  EXPORT_CSP,
  type MemoReport,
  type PortfolioReport,
} from '../src/report/index';

const ROOT = resolve(__dirname, '../..');
const EXAMPLES = join(ROOT, 'examples');
const REPORT_JS = readFileSync(join(ROOT, 'media/report.js'), 'utf8');

const examples = readdirSync(EXAMPLES)
  .filter((n) => n.endsWith('.md'))
  .sort()
  .map((name) => ({ name, text: readFileSync(join(EXAMPLES, name), 'utf8') }));

const SCRIPT = '<script>alert(1)</script>';
const IMG = '<img src=x onerror=alert(1)>';
const JS_LINK = '[x](javascript:alert(1))';
const RATIONALE = 'we accept the timing risk';
const FOMO = 'All top funds are in this round, so we must move before the window closes.';

// Line 6 is a FOMO claim accepted with a rationale on line 5.
const ACKED = `# Orbit Robotics

## Round

<!-- redflags-ack zhu/fomo: ${RATIONALE} -->
${FOMO}
`;

// Every hostile string in the title, in claims that fire, and in a rationale.
const HOSTILE = `# ${SCRIPT} Acme ${IMG} &amp; Co | pipes | **bold**

## Product

The product is built entirely on Baidu's ERNIE Bot API ${SCRIPT} with \`code\` and ${IMG} inside.

All top funds are in this round, see ${JS_LINK}, so we must move before the window closes &amp; | pipes | **bold** _it_.

<!-- redflags-ack zhu/fomo: we accept ${SCRIPT} the [timing](javascript:alert(1)) risk &amp; | pipes | **bold** -->
Every top fund is in this round ${IMG}, so we must move before the window closes.

## Traction

ARR reached RMB 30M <b onmouseover=alert(1)>, up 4x year on year.
`;

function report(text: string, name = 'memo.md', uri?: string): MemoReport {
  return buildMemoReport(text, lintMemo(text), uri === undefined ? { name } : { name, uri });
}

/** Counts as the CLI counts them: acknowledged findings apart, the rest by kind. */
function expectedCounts(findings: Finding[]) {
  const c = { red: 0, green: 0, gap: 0, acknowledged: 0, directive: 0 };
  for (const f of findings) {
    if (f.acknowledged) c.acknowledged++;
    else c[f.kind]++;
  }
  return c;
}

// ---------------------------------------------------------------------------------------------------------------
// Markup checks

/** Every tag of an HTML document: name and raw attribute text. */
function tags(html: string): { name: string; attrs: string }[] {
  return [...html.matchAll(/<\/?([a-zA-Z][a-zA-Z0-9-]*)([^>]*)>/g)].map((m) => ({ name: m[1].toLowerCase(), attrs: m[2] }));
}

const EXPORT_TAGS = new Set([
  'html', 'head', 'meta', 'title', 'style', 'body', 'header', 'h1', 'h2', 'h3', 'p', 'ul', 'li', 'span', 'strong', 'section',
  'blockquote', 'div', 'table', 'thead', 'tbody', 'tfoot', 'tr', 'th', 'td',
]);

/** Asserts an HTML export has only the exporter's own tags, no event handlers, no script, no URLs. */
function assertInertHtml(html: string): void {
  assert.ok(html.startsWith('<!DOCTYPE html>'));
  assert.ok(html.includes(`<meta http-equiv="Content-Security-Policy" content="${EXPORT_CSP}">`));
  assert.equal(EXPORT_CSP, "default-src 'none'; style-src 'unsafe-inline'");
  assert.doesNotMatch(html, /<script/i);
  for (const tag of tags(html)) {
    assert.ok(EXPORT_TAGS.has(tag.name), `unexpected tag <${tag.name}>`);
    assert.doesNotMatch(tag.attrs, /\bon[a-z]+\s*=/i, `event handler in <${tag.name}${tag.attrs}>`);
    assert.doesNotMatch(tag.attrs, /javascript:|\b(?:href|src|action)\s*=/i, `URL in <${tag.name}${tag.attrs}>`);
  }
  // Raw '<' only ever opens one of the exporter's tags (or the doctype).
  const opens = html.match(/</g)!.length;
  assert.equal(opens, tags(html).length + 1);
}

/** The text an HTML fragment shows, entities decoded (enough for the exporter's output). */
function htmlText(html: string): string {
  return html
    .replace(/<style>[\s\S]*?<\/style>/, '')
    .replace(/<[^>]*>/g, '')
    .replace(/&(lt|gt|quot|#39|amp);/g, (_, e: string) => ({ lt: '<', gt: '>', quot: '"', '#39': "'", amp: '&' })[e]!);
}

interface MdNode {
  type: string;
  value?: string;
  url?: string;
  children?: MdNode[];
}
const markdown = unified().use(remarkParse).use(remarkGfm);

function mdNodes(md: string): MdNode[] {
  const out: MdNode[] = [];
  (function walk(n: MdNode) {
    out.push(n);
    for (const c of n.children ?? []) walk(c);
  })(markdown.parse(md) as MdNode);
  return out;
}

/** Asserts a Markdown export parses (CommonMark + GFM) into structure the exporter wrote and text only. */
function assertInertMarkdown(md: string): string {
  const nodes = mdNodes(md);
  const allowed = new Set(['root', 'heading', 'paragraph', 'text', 'list', 'listItem', 'strong', 'table', 'tableRow', 'tableCell']);
  for (const n of nodes) {
    if (n.type === 'link') {
      // Bare http(s) URLs may autolink in GFM, as in the memo itself; nothing else may become a link.
      assert.match(n.url ?? '', /^(?:https?:|mailto:)/, `link to ${n.url}`);
      continue;
    }
    assert.ok(allowed.has(n.type), `unexpected ${n.type} node: ${JSON.stringify(n).slice(0, 200)}`);
  }
  return nodes
    .filter((n) => n.type === 'text')
    .map((n) => n.value)
    .join('');
}

// ---------------------------------------------------------------------------------------------------------------

describe('report: the memo report model', () => {
  it('counts match lint() on every example memo; acknowledged findings are counted apart', () => {
    assert.ok(examples.length >= 4);
    for (const { name, text } of examples) {
      const r = report(text, name);
      assert.deepEqual(r.counts, expectedCounts(lint(text)), name);
      assert.equal(r.version, 1);
      assert.equal(r.memo.name, name);
      assert.ok(r.memo.title.length > 0 && !r.memo.title.startsWith('#'), name);
      assert.match(r.engineVersion, /^\d+\.\d+\.\d+/);
    }
  });

  it('has one core question per gap rule, in catalogue order, with the answering line when answered or tracked', () => {
    const gapRules = rules.filter((r) => r.kind === 'gap');
    let answered = 0;
    for (const { name, text } of examples) {
      const result = lintMemo(text);
      const r = buildMemoReport(text, result, { name });
      assert.deepEqual(r.questions.map((q) => q.ruleId), gapRules.map((g) => g.id), name);
      for (const q of r.questions) {
        const spec = gapRules.find((g) => g.id === q.ruleId)!;
        assert.equal(q.question, spec.questions[0]);
        assert.equal(q.title, spec.title);
        assert.equal(q.status, result.answers[q.ruleId].status);
        if (q.status === 'answered' || q.status === 'tracked') {
          answered++;
          assert.equal(q.line, result.answers[q.ruleId].range!.start.line, `${name} ${q.ruleId}`);
          assert.ok(q.column! >= 1);
          assert.ok(q.excerpt && q.excerpt.length <= 201 && !/\s\s|\n/.test(q.excerpt), `${name} ${q.ruleId}`);
        } else {
          assert.equal(q.line, undefined);
        }
        // An unanswered question is exactly a gap finding.
        const fires = result.findings.some((f) => f.ruleId === q.ruleId);
        assert.equal(fires, q.status === 'unanswered', `${name} ${q.ruleId}`);
      }
    }
    assert.ok(answered > 5, 'the examples answer several questions');
  });

  it('marks every question not-checked when gaps are off', () => {
    const text = examples[0].text;
    const r = buildMemoReport(text, lintMemo(text, { gaps: false }), { name: 'a.md' });
    assert.ok(r.questions.length > 0 && r.questions.every((q) => q.status === 'not-checked'));
    assert.equal(r.counts.gap, 0);
  });

  it('groups every finding once, by rule: red, gap, green, directive, then by first line', () => {
    const order = { red: 0, gap: 1, green: 2, directive: 3 };
    for (const { name, text } of examples) {
      const findings = lint(text);
      const r = report(text, name);
      assert.equal(r.groups.reduce((n, g) => n + g.findings.length, 0), findings.length, name);
      assert.equal(new Set(r.groups.map((g) => g.ruleId)).size, r.groups.length);
      for (let i = 1; i < r.groups.length; i++) {
        const a = r.groups[i - 1];
        const b = r.groups[i];
        assert.ok(order[a.kind] < order[b.kind] || (order[a.kind] === order[b.kind] && a.findings[0].line <= b.findings[0].line), `${name}: ${a.ruleId} before ${b.ruleId}`);
      }
      for (const g of r.groups) {
        const spec = rules.find((s) => s.id === g.ruleId)!;
        assert.equal(g.title, spec.title);
        assert.equal(g.docPath, docPath(g.ruleId));
        assert.equal(g.claim, spec.claim);
        for (const f of g.findings) {
          const src = findings.find((x) => x.ruleId === g.ruleId && x.range.start.line === f.line && x.range.start.column === f.column)!;
          assert.ok(src, `${g.ruleId} at ${f.line}`);
          assert.equal(f.message, src.message);
          assert.equal(f.endLine, src.range.end.line);
          assert.equal(f.endColumn, src.range.end.column);
          if (f.scope === 'document') assert.equal(f.excerpt, '');
          else {
            assert.ok(f.excerpt.length > 0 && f.excerpt.length <= 201, `${g.ruleId} excerpt`);
            assert.doesNotMatch(f.excerpt, /\n|\s\s/);
            const words = text.slice(src.range.start.offset, src.range.end.offset).replace(/\s+/g, ' ').trim();
            assert.ok(words.startsWith(f.excerpt.replace(/…$/, '')), `${g.ruleId}: excerpt is the memo's words`);
          }
        }
      }
    }
  });

  it('keeps the audit trail of an accepted risk: rationale, directive line and the claim', () => {
    const fired = lintMemo(ACKED).findings.filter((f) => f.ruleId === 'zhu/fomo');
    assert.equal(fired.length, 1, 'the FOMO claim fires');
    assert.equal(fired[0].acknowledged?.rationale, RATIONALE);

    const r = report(ACKED, 'orbit.md');
    assert.deepEqual(r.acknowledged, [
      { ruleId: 'zhu/fomo', title: rules.find((s) => s.id === 'zhu/fomo')!.title, line: 6, column: 1, directiveLine: 5, rationale: RATIONALE, scope: 'block', excerpt: FOMO },
    ]);
    assert.equal(r.counts.acknowledged, 1);
    assert.equal(r.counts.red, 0);
    const group = r.groups.find((g) => g.ruleId === 'zhu/fomo')!;
    assert.deepEqual(group.findings[0].acknowledged, { rationale: RATIONALE, line: 5 });

    // Without the rationale: still accepted, with an empty rationale, and a directive problem reported.
    const bare = ACKED.replace(`: ${RATIONALE}`, '');
    const rb = report(bare);
    assert.equal(rb.acknowledged[0].rationale, '');
    assert.equal(rb.counts.directive, 1);
    const directive = rb.groups[rb.groups.length - 1];
    assert.equal(directive.kind, 'directive');
    assert.equal(directive.ruleId, 'redflags/missing-rationale');
    assert.equal(directive.docPath, undefined);
    assert.match(directive.title, /rationale/);
    assert.match(memoReportToMarkdown(rb), /No rationale given\./);
  });

  it('a file-wide acknowledgement of a gap shows on its core question', () => {
    const text = `<!-- redflags-ack-file zhu/gap/market: seed round, sized later -->\n# Tiny\n\nWe build a tool.\n`;
    const r = report(text);
    const q = r.questions.find((x) => x.ruleId === 'zhu/gap/market')!;
    assert.equal(q.status, 'unanswered');
    assert.deepEqual(q.acknowledged, { rationale: 'seed round, sized later', line: 1 });
    assert.equal(r.acknowledged.find((a) => a.ruleId === 'zhu/gap/market')?.scope, 'file');
  });

  it('uses the file name as the title of a memo without one, and keeps the uri', () => {
    const r = report('', 'empty.md', 'file:///memos/empty.md');
    assert.equal(r.memo.title, 'empty.md');
    assert.equal(r.memo.uri, 'file:///memos/empty.md');
    assert.equal(report('# T').memo.uri, undefined);
  });

  it('excerpts collapse whitespace and stop near 200 characters without splitting a character', () => {
    assert.equal(excerptOf('  a \n\t b  '), 'a b');
    const long = excerptOf('word '.repeat(100));
    assert.ok(long.length <= 200 && long.endsWith('…'));
    const emoji = excerptOf('😀'.repeat(150));
    assert.ok(emoji.endsWith('…'));
    assert.doesNotMatch(emoji.slice(0, -1), /[\uD800-\uDBFF]$/);
  });
});

describe('report: exports of a hostile memo', () => {
  const r = report(HOSTILE, 'hostile <b>.md', 'file:///x/hostile.md');

  it('the report carries the hostile strings as raw text', () => {
    assert.ok(r.memo.title.includes(SCRIPT) && r.memo.title.includes(IMG));
    const excerpts = r.groups.flatMap((g) => g.findings.map((f) => f.excerpt)).join('\n');
    assert.ok(excerpts.includes(SCRIPT) && excerpts.includes(IMG) && excerpts.includes(JS_LINK));
    assert.ok(r.acknowledged[0].rationale.includes(SCRIPT));
    assert.deepEqual(r.counts, expectedCounts(lint(HOSTILE)));
  });

  it('HTML: a CSP that allows only inline style, no script, no handlers, every memo string shown as text', () => {
    const html = memoReportToHtml(r);
    assertInertHtml(html);
    assert.ok(html.includes('&lt;script&gt;alert(1)&lt;/script&gt;'));
    assert.ok(html.includes('&lt;img src=x onerror=alert(1)&gt;'));
    assert.ok(html.includes('&amp;amp;'), 'an entity in the memo stays an entity as text');
    const shown = htmlText(html);
    for (const s of [SCRIPT, IMG, JS_LINK, '&amp; Co', '| pipes |', '**bold**', 'hostile <b>.md', RATIONALE.slice(0, 9)]) {
      assert.ok(shown.includes(s), `shows ${s}`);
    }
    assert.ok(shown.includes(r.acknowledged[0].rationale));
  });

  it('Markdown: escapes the memo so it renders as the same text, never as HTML, links or emphasis', () => {
    const md = memoReportToMarkdown(r);
    assert.doesNotMatch(md, /<script|<img|<b /);
    assert.ok(md.includes('\\[x\\](javascript:alert(1))'));
    assert.ok(md.includes('\\*\\*bold\\*\\*'));
    assert.ok(md.includes('\\| pipes \\|'));
    const shown = assertInertMarkdown(md);
    for (const s of [SCRIPT, IMG, JS_LINK, '&amp; Co', '| pipes |', '**bold**', '_it_', '`code`', r.acknowledged[0].rationale]) {
      assert.ok(shown.includes(s), `shows ${s}`);
    }
  });

  it('escapeMarkdown neutralises leading block markers, headings, entities and table pipes', () => {
    for (const s of ['# heading ##', '- item', '+ item', '1. one', '2) two', '=====', '> quote', '&lt;b&gt;', '&#60;script&#62;', '![i](x.png)', '[r]: http://ref', '<https://x.y>', 'a\\*b', 'x\ny']) {
      const e = escapeMarkdown(s);
      for (const ctx of [`- ${e}`, `# ${e}`, `| h | i |\n| - | - |\n| ${e} | x |`, `${e}`]) {
        const shown = assertInertMarkdown(ctx);
        assert.ok(shown.includes(s.replace(/\s+/g, ' ')), `${JSON.stringify(ctx)} shows ${JSON.stringify(s)}: ${JSON.stringify(shown)}`);
      }
    }
    assert.equal(escapeHtml(`<a href="x" onclick='y'>&`), '&lt;a href=&quot;x&quot; onclick=&#39;y&#39;&gt;&amp;');
  });

  it('JSON: the model itself, pretty-printed', () => {
    const json = memoReportToJson(r);
    assert.deepEqual(JSON.parse(json), r);
    assert.ok(json.startsWith('{\n  "version": 1,') && json.endsWith('}\n'));
  });

  it('exports of the example memos are inert too, and take localised labels', () => {
    for (const { name, text } of examples) {
      const er = report(text, name);
      assertInertHtml(memoReportToHtml(er));
      assertInertMarkdown(memoReportToMarkdown(er));
    }
    const md = memoReportToMarkdown(report(ACKED), { 'count.red': 'Bandeiras vermelhas', 'section.accepted': 'Riscos aceitos' });
    assert.ok(md.includes('Bandeiras vermelhas') && md.includes('## Riscos aceitos'));
    assert.ok(md.includes(`Rationale: ${RATIONALE}`));
  });
});

describe('report: the portfolio report', () => {
  function portfolio(): PortfolioReport {
    const rows = examples.map(({ name, text }) => buildPortfolioRow({ name, path: `memos/${name}`, uri: `file:///w/memos/${name}` }, { text, result: lintMemo(text) }));
    rows.push(buildPortfolioRow({ name: `${SCRIPT}.md`, path: `a/${SCRIPT}|x.md` }, { text: HOSTILE, result: lintMemo(HOSTILE) }));
    rows.push(buildPortfolioRow({ name: 'huge.md', path: 'huge.md' }, { error: `memo too large ${IMG}` }));
    return buildPortfolioReport(rows.reverse());
  }

  it('rows carry the counts of lint(), sorted by path, with totals', () => {
    const p = portfolio();
    assert.equal(p.version, 1);
    assert.deepEqual(p.rows.map((r) => r.path), [...p.rows.map((r) => r.path)].sort());
    for (const { name, text } of examples) {
      const row = p.rows.find((r) => r.name === name)!;
      const c = expectedCounts(lint(text));
      assert.deepEqual([row.red, row.green, row.gap, row.acknowledged], [c.red, c.green, c.gap, c.acknowledged]);
      assert.equal(row.title, report(text).memo.title);
      assert.equal(row.uri, `file:///w/memos/${name}`);
    }
    const err = p.rows.find((r) => r.error)!;
    assert.deepEqual([err.red, err.green, err.gap, err.acknowledged, err.title], [0, 0, 0, 0, 'huge.md']);
    for (const k of ['red', 'green', 'gap', 'acknowledged'] as const) assert.equal(p.totals[k], p.rows.reduce((n, r) => n + r[k], 0));
    assert.equal(p.totals.memos, examples.length + 2);
    assert.equal(p.totals.errors, 1);
    assert.equal(p.incomplete, undefined);
    assert.deepEqual(buildPortfolioReport([], { done: 3, total: 9 }).incomplete, { done: 3, total: 9 });
  });

  it('exports: inert HTML, a Markdown table with one cell per column on every row, JSON', () => {
    const p = portfolio();
    assertInertHtml(portfolioReportToHtml(p));
    assert.ok(htmlText(portfolioReportToHtml(p)).includes(SCRIPT));
    const md = portfolioReportToMarkdown(p);
    assertInertMarkdown(md);
    const rows = mdNodes(md).filter((n) => n.type === 'tableRow');
    assert.equal(rows.length, p.rows.length + 2);
    for (const row of rows) assert.equal(row.children!.length, 6);
    assert.deepEqual(JSON.parse(portfolioReportToJson(p)), p);
    const partial = portfolioReportToMarkdown(buildPortfolioReport(p.rows, { done: 2, total: 7 }));
    assert.ok(partial.includes('Scan stopped after 2 of 7 memos.'));
  });
});

// ---------------------------------------------------------------------------------------------------------------
// The webview script, against a DOM stand-in.

class FakeNode {
  parentNode: FakeElement | null = null;
  get textContent(): string {
    return '';
  }
}

class FakeText extends FakeNode {
  constructor(public data: string) {
    super();
  }
  override get textContent(): string {
    return this.data;
  }
}

interface FakeEvent {
  type: string;
  target: FakeElement;
  currentTarget: FakeElement | null;
  stopped: boolean;
  stopPropagation(): void;
  preventDefault(): void;
}

class FakeElement extends FakeNode {
  childNodes: FakeNode[] = [];
  attributes = new Map<string, string>();
  listeners = new Map<string, ((e: FakeEvent) => void)[]>();
  constructor(
    public tagName: string,
    private doc: FakeDocument,
  ) {
    super();
  }
  appendChild<T extends FakeNode>(n: T): T {
    assert.ok(n instanceof FakeNode, 'appendChild takes a node (strings are never parsed)');
    if (n.parentNode) n.parentNode.removeChild(n);
    n.parentNode = this;
    this.childNodes.push(n);
    return n;
  }
  removeChild(n: FakeNode): FakeNode {
    this.childNodes = this.childNodes.filter((c) => c !== n);
    n.parentNode = null;
    return n;
  }
  get firstChild(): FakeNode | null {
    return this.childNodes[0] ?? null;
  }
  get lastChild(): FakeNode | null {
    return this.childNodes[this.childNodes.length - 1] ?? null;
  }
  get children(): FakeElement[] {
    return this.childNodes.filter((c): c is FakeElement => c instanceof FakeElement);
  }
  setAttribute(name: string, value: string): void {
    assert.doesNotMatch(name, /^on/i, 'no event handler attributes');
    this.attributes.set(name.toLowerCase(), String(value));
  }
  getAttribute(name: string): string | null {
    return this.attributes.get(name.toLowerCase()) ?? null;
  }
  hasAttribute(name: string): boolean {
    return this.attributes.has(name.toLowerCase());
  }
  removeAttribute(name: string): void {
    this.attributes.delete(name.toLowerCase());
  }
  override get textContent(): string {
    return this.childNodes.map((c) => c.textContent).join('');
  }
  override set textContent(v: string) {
    for (const c of this.childNodes) c.parentNode = null;
    this.childNodes = [];
    this.appendChild(new FakeText(String(v)));
  }
  set innerHTML(_v: string) {
    throw new Error('innerHTML must not be used');
  }
  set outerHTML(_v: string) {
    throw new Error('outerHTML must not be used');
  }
  insertAdjacentHTML(): void {
    throw new Error('insertAdjacentHTML must not be used');
  }
  get open(): boolean {
    return this.hasAttribute('open');
  }
  set open(v: boolean) {
    if (v) this.setAttribute('open', '');
    else this.removeAttribute('open');
  }
  addEventListener(type: string, fn: (e: FakeEvent) => void): void {
    this.listeners.set(type, [...(this.listeners.get(type) ?? []), fn]);
  }
  dispatch(type: string, bubbles = true): void {
    const e: FakeEvent = {
      type,
      target: this,
      currentTarget: null,
      stopped: false,
      stopPropagation() {
        this.stopped = true;
      },
      preventDefault() {},
    };
    for (let n: FakeElement | null = this; n; n = bubbles ? n.parentNode : null) {
      e.currentTarget = n;
      for (const fn of n.listeners.get(type) ?? []) fn(e);
      if (e.stopped) break;
    }
  }
  click(): void {
    this.dispatch('click');
  }
  focus(): void {
    this.doc.activeElement = this;
  }
  /** Descendant elements, depth first. */
  all(): FakeElement[] {
    return this.children.flatMap((c) => [c, ...c.all()]);
  }
  find(pred: (e: FakeElement) => boolean): FakeElement[] {
    return this.all().filter(pred);
  }
  hasClass(c: string): boolean {
    return (this.getAttribute('class') ?? '').split(/\s+/).includes(c);
  }
}

class FakeDocument {
  body: FakeElement;
  activeElement: FakeElement | null = null;
  title = '';
  constructor() {
    this.body = new FakeElement('BODY', this);
  }
  createElement(tag: string): FakeElement {
    assert.match(tag, /^[a-z][a-z0-9]*$/);
    assert.ok(!['script', 'img', 'iframe', 'a', 'object', 'embed', 'style', 'link'].includes(tag), `creates <${tag}>`);
    return new FakeElement(tag.toUpperCase(), this);
  }
  createTextNode(s: string): FakeText {
    return new FakeText(s);
  }
  getElementById(id: string): FakeElement | null {
    return this.body.all().find((e) => e.getAttribute('id') === id) ?? null;
  }
}

interface Webview {
  doc: FakeDocument;
  posted: Record<string, unknown>[];
  state: { value: unknown };
  send(msg: unknown): void;
  root(): FakeElement;
  byClass(c: string): FakeElement[];
  button(label: string): FakeElement;
}

function webview(saved?: unknown, container?: string): Webview {
  const doc = new FakeDocument();
  if (container) {
    const main = doc.createElement('main');
    main.setAttribute('id', container);
    doc.body.appendChild(main);
  }
  const posted: Record<string, unknown>[] = [];
  const state = { value: saved };
  const messageListeners: ((e: { data: unknown }) => void)[] = [];
  const ctx = vm.createContext({
    document: doc,
    window: { addEventListener: (type: string, fn: (e: { data: unknown }) => void) => type === 'message' && messageListeners.push(fn) },
    acquireVsCodeApi: () => ({
      postMessage: (m: Record<string, unknown>) => posted.push(JSON.parse(JSON.stringify(m))),
      getState: () => state.value,
      setState: (v: unknown) => {
        state.value = JSON.parse(JSON.stringify(v));
      },
    }),
  });
  vm.runInContext(REPORT_JS, ctx, { filename: 'report.js' });
  const root = () => (doc.getElementById('report-root') ?? doc.getElementById(container ?? 'report-root'))!;
  return {
    doc,
    posted,
    state,
    send: (msg) => messageListeners.forEach((fn) => fn({ data: JSON.parse(JSON.stringify(msg)) })),
    root,
    byClass: (c) => root().find((e) => e.hasClass(c)),
    button(label) {
      const b = root().find((e) => e.tagName === 'BUTTON' && e.textContent.replace(/[ ▲▼]+$/, '') === label);
      assert.ok(b.length >= 1, `a button "${label}"`);
      return b[0];
    },
  };
}

describe('report: the webview script (media/report.js)', () => {
  it('never uses HTML parsing sinks or inline handlers, and loads nothing', () => {
    assert.doesNotMatch(REPORT_JS, /innerHTML|outerHTML|insertAdjacentHTML|document\.write|\beval\(|new Function|setAttribute\(\s*['"]on/);
    assert.doesNotMatch(REPORT_JS, /\bimport\b|require\(|fetch\(|XMLHttpRequest|https?:\/\//);
  });

  it('defines the same string keys and English defaults as REPORT_STRINGS', () => {
    const m = /\/\* strings:begin \*\/([\s\S]*?)\/\* strings:end \*\//.exec(REPORT_JS);
    assert.ok(m, 'report.js marks its default strings');
    const defaults = vm.runInNewContext(`(${m[1]})`) as Record<string, string>;
    assert.deepEqual(Object.keys(defaults).sort(), Object.keys(REPORT_STRINGS).sort());
    assert.deepEqual({ ...defaults }, { ...REPORT_STRINGS });
    // Every literal key the script looks up exists.
    for (const [, key] of REPORT_JS.matchAll(/\bt\('([^']+)'\s*[,)]/g)) assert.ok(key in REPORT_STRINGS, `t('${key}')`);
  });

  it('says ready on load, and shows the memo report with hostile text as text only', () => {
    const w = webview();
    assert.deepEqual(w.posted, [{ type: 'ready' }]);
    assert.ok(w.root().textContent.includes('Waiting for a report'));
    const r = report(HOSTILE, 'hostile.md', 'file:///x/hostile.md');
    w.send({ type: 'memo', report: r });
    const root = w.root();
    const h1 = root.find((e) => e.tagName === 'H1')[0];
    assert.equal(h1.textContent, r.memo.title);
    assert.ok(h1.childNodes.every((c) => c instanceof FakeText));
    for (const e of root.all()) assert.ok(!['SCRIPT', 'IMG', 'A', 'IFRAME'].includes(e.tagName));
    assert.ok(root.textContent.includes(SCRIPT) && root.textContent.includes(IMG) && root.textContent.includes(JS_LINK));
    const numbers = w.byClass('count-number').map((e) => Number(e.textContent));
    assert.deepEqual(numbers.slice(0, 4), [r.counts.red, r.counts.green, r.counts.gap, r.counts.acknowledged]);
    assert.equal(w.byClass('question').length, r.questions.length);
    assert.equal(w.byClass('group').length, r.groups.length);
    assert.equal(w.byClass('finding').length, r.groups.reduce((n, g) => n + g.findings.length, 0));
    assert.equal(w.byClass('accepted-item').length, r.acknowledged.length);
    assert.ok(w.byClass('accepted-section')[0].textContent.includes(r.acknowledged[0].rationale));
  });

  it('posts reveal, openDoc, export and refresh from buttons', () => {
    const w = webview();
    const r = report(ACKED, 'orbit.md', 'file:///m/orbit.md');
    w.send({ type: 'memo', report: r });
    w.posted.length = 0;
    const fomo = w.byClass('group').find((g) => g.textContent.includes('zhu/fomo'))!;
    fomo.find((e) => e.hasClass('line-link'))[0].click();
    fomo.find((e) => e.hasClass('doc-link'))[0].click();
    w.button('Markdown').click();
    w.button('HTML').click();
    w.button('JSON').click();
    w.button('Refresh').click();
    assert.deepEqual(w.posted, [
      { type: 'reveal', line: 6, column: 1, uri: 'file:///m/orbit.md' },
      { type: 'openDoc', ruleId: 'zhu/fomo' },
      { type: 'export', format: 'markdown', view: 'memo' },
      { type: 'export', format: 'html', view: 'memo' },
      { type: 'export', format: 'json', view: 'memo' },
      { type: 'refresh', view: 'memo' },
    ]);
    // An answered question links to its line.
    const ex = examples.find((e) => report(e.text).questions.some((q) => q.status === 'answered'))!;
    const er = report(ex.text);
    w.send({ type: 'memo', report: er });
    w.posted.length = 0;
    const q = er.questions.find((x) => x.status === 'answered')!;
    const item = w.byClass('question').find((e) => e.textContent.includes(q.question))!;
    assert.ok(item.hasClass('status-answered'));
    item.find((e) => e.hasClass('line-link'))[0].click();
    assert.deepEqual(w.posted, [{ type: 'reveal', line: q.line, column: q.column }]);
  });

  it('uses localised strings, saves the report, collapsed groups and sort, and restores them when revived', () => {
    const w = webview();
    w.send({ type: 'strings', strings: { 'count.red': 'Bandeiras vermelhas', 'section.findings': 'Achados', bogus: '<b>x</b>' } });
    const r = report(ACKED, 'orbit.md');
    w.send({ type: 'memo', report: r });
    assert.ok(w.byClass('count-red')[0].textContent.includes('Bandeiras vermelhas'));
    assert.equal(w.root().find((e) => e.getAttribute('id') === 'findings-heading')[0].textContent, 'Achados');
    assert.ok(w.button('Markdown'), 'unlocalised keys fall back to English');
    const group = w.byClass('group')[0];
    assert.ok(group.open);
    group.open = false;
    group.dispatch('toggle', false);

    const revived = webview(w.state.value);
    assert.ok(revived.root().find((e) => e.tagName === 'H1')[0].textContent === 'Orbit Robotics', 'renders before any message');
    assert.ok(revived.byClass('count-red')[0].textContent.includes('Bandeiras vermelhas'));
    assert.equal(revived.byClass('group')[0].open, false);
    assert.deepEqual(revived.posted, [{ type: 'ready' }]);
  });

  it('portfolio: sortable table with aria-sort, progress and cancel while scanning, row click opens the memo', () => {
    const rows = examples.map(({ name, text }) => buildPortfolioRow({ name, path: name, uri: `file:///w/${name}` }, { text, result: lintMemo(text) }));
    rows.push(buildPortfolioRow({ name: 'bad.md', path: 'bad.md' }, { error: `unreadable ${IMG}` }));
    const p = buildPortfolioReport(rows.slice(0, 2));
    const w = webview();
    w.send({ type: 'portfolio', report: p, progress: { done: 2, total: rows.length }, final: false });
    const progress = w.root().find((e) => e.tagName === 'PROGRESS')[0];
    assert.equal(progress.getAttribute('value'), '2');
    assert.equal(progress.getAttribute('max'), String(rows.length));
    assert.ok(w.byClass('progress-label')[0].textContent.includes(`Scanned 2 of ${rows.length} memos`));
    w.posted.length = 0;
    w.button('Cancel').click();
    assert.deepEqual(w.posted, [{ type: 'cancel' }]);

    const full = buildPortfolioReport(rows);
    w.send({ type: 'portfolio', report: full, final: true });
    assert.equal(w.root().find((e) => e.tagName === 'PROGRESS').length, 0);
    const bodyRows = () => w.root().find((e) => e.tagName === 'TBODY')[0].children;
    const names = () => bodyRows().map((tr) => tr.children[0].textContent);
    const col = (i: number) => bodyRows().filter((tr) => !tr.hasClass('has-error')).map((tr) => Number(tr.children[i].textContent));
    const ariaSort = () => Object.fromEntries(w.root().find((e) => e.tagName === 'TH' && e.hasAttribute('aria-sort')).map((th) => [th.textContent.replace(/[ ▲▼]+$/, ''), th.getAttribute('aria-sort')]));

    // Default: most red flags first; the error row last.
    const reds = col(2);
    assert.deepEqual(reds, [...reds].sort((a, b) => b - a));
    assert.equal(names()[names().length - 1], 'bad.md');
    assert.ok(bodyRows()[bodyRows().length - 1].textContent.includes(IMG));
    assert.equal(ariaSort().Red, 'descending');
    assert.equal(ariaSort().Memo, 'none');

    w.button('Red').click();
    assert.deepEqual(col(2), [...reds].sort((a, b) => a - b));
    assert.equal(ariaSort().Red, 'ascending');
    w.button('Memo').click();
    assert.equal(ariaSort().Memo, 'ascending');
    assert.equal(ariaSort().Red, 'none');
    const ok = names().slice(0, -1);
    assert.deepEqual(ok, [...ok].sort((a, b) => a.localeCompare(b, undefined, { numeric: true, sensitivity: 'base' })));
    w.button('Gaps').click();
    const gaps = col(4);
    assert.deepEqual(gaps, [...gaps].sort((a, b) => b - a));

    // Totals row.
    const foot = w.root().find((e) => e.tagName === 'TFOOT')[0];
    assert.ok(foot.textContent.startsWith(`Total (${full.totals.memos} memos)`));

    // Clicking a row (or its name button) opens the memo.
    w.posted.length = 0;
    const first = bodyRows()[0];
    first.children[2].click();
    first.find((e) => e.tagName === 'BUTTON')[0].click();
    const uri = full.rows.find((r) => r.path === first.children[0].textContent)!.uri;
    assert.deepEqual(w.posted, [{ type: 'open', uri }, { type: 'open', uri }]);
    w.button('HTML').click();
    assert.deepEqual(w.posted[2], { type: 'export', format: 'html', view: 'portfolio' });

    // The sort survives a revival.
    const revived = webview(w.state.value);
    assert.equal(Object.fromEntries(revived.root().find((e) => e.tagName === 'TH' && e.hasAttribute('aria-sort')).map((th) => [th.textContent.replace(/[ ▲▼]+$/, ''), th.getAttribute('aria-sort')])).Gaps, 'descending');
  });

  it("renders into the page's #app container when it has one", () => {
    const w = webview(undefined, 'app');
    assert.equal(w.doc.body.children.length, 1);
    assert.ok(w.doc.getElementById('app')!.textContent.includes('Waiting for a report'));
    w.send({ type: 'memo', report: report(ACKED) });
    assert.equal(w.doc.body.children.length, 1);
    assert.equal(w.root().find((e) => e.tagName === 'H1')[0].textContent, 'Orbit Robotics');
  });

  it('ignores malformed messages and keeps working', () => {
    const w = webview();
    for (const m of [null, 'memo', 42, { type: 'memo' }, { type: 'memo', report: 'x' }, { type: 'strings', strings: 'x' }, { type: 'nope' }, { type: 'portfolio' }]) w.send(m);
    assert.ok(w.root().textContent.includes('Waiting for a report'));
    w.send({ type: 'memo', report: { version: 1 } });
    assert.ok(w.byClass('questions-section').length === 1, 'a partial report renders');
    w.send({ type: 'portfolio', report: { version: 1, rows: [], totals: {} }, final: true });
    assert.ok(w.root().textContent.includes('No memos found.'));
  });
});
