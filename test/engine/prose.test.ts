import * as assert from 'node:assert/strict';
import { serialize } from 'node:v8';
import { lint, lintMemo } from '../../src/engine/index';
import { buildDocument } from '../../src/engine/document';

// A sentence that fires zhu/wrapper-on-domestic-model wherever it is prose.
const CLAIM = "The product is built entirely on Baidu's ERNIE Bot API.";
const RULE = 'zhu/wrapper-on-domestic-model';
const red = (text: string) => lint(text, { gaps: false, green: false }).filter((f) => f.ruleId === RULE);

describe('engine: only the author’s prose is judged', () => {
  it('Should flag the claim in a paragraph, a list item, a heading and a table cell', () => {
    assert.equal(red(CLAIM).length, 1);
    assert.equal(red(`- ${CLAIM}\n`).length, 1);
    assert.equal(red(`## ${CLAIM}\n`).length, 1);
    assert.equal(red(`| Stack | Note |\n|---|---|\n| model | ${CLAIM} |\n`).length, 1);
  });

  it('Should never flag front matter, fenced or indented code, inline code, HTML, comments or URLs', () => {
    const memo = [
      '---',
      `summary: "${CLAIM}"`,
      '---',
      '',
      '# Memo',
      '',
      '```text',
      CLAIM,
      '```',
      '',
      `    ${CLAIM}`,
      '',
      `Inline: \`${CLAIM}\` only.`,
      '',
      `<!-- ${CLAIM} -->`,
      '',
      `<div>${CLAIM}</div>`,
      '',
      `See [the stack](https://example.com/built-on-baidu-ERNIE-Bot-API "${CLAIM}") and ![diagram](ernie-api.png).`,
      '',
      `~~${CLAIM}~~`,
      '',
    ].join('\n');
    assert.deepEqual(red(memo), []);
  });

  it('Should not flag a block quote: quoting someone is not making the claim', () => {
    assert.deepEqual(red(`> ${CLAIM}\n`), []);
  });

  it('Should not flag a question', () => {
    assert.deepEqual(red("Is the product built entirely on Baidu's ERNIE Bot API?"), []);
  });

  it('Should not flag anything under an Open questions heading', () => {
    assert.deepEqual(red(`# Memo\n\n## Open questions\n\n- [ ] ${CLAIM}\n`), []);
    assert.deepEqual(red(`# Memo\n\n## Perguntas em aberto\n\n- ${CLAIM}\n`), []);
  });

  it('Should judge link text as prose but not its URL', () => {
    assert.equal(red("The product is built entirely on [Baidu's ERNIE Bot API](https://example.com).").length, 1);
  });
});

describe('engine: ranges are exact in the original text', () => {
  const at = (text: string) => {
    const f = red(text)[0];
    assert.ok(f, 'no finding');
    return { f, covered: text.slice(f.range.start.offset, f.range.end.offset) };
  };

  it('Should cover the sentence, not the whole paragraph', () => {
    const text = `Intro sentence here. ${CLAIM} Closing sentence.`;
    const { f, covered } = at(text);
    assert.equal(covered, CLAIM);
    assert.equal(f.range.start.line, 1);
    assert.equal(f.range.start.column, 22);
  });

  it('Should keep exact offsets with CRLF line ends and a BOM', () => {
    const text = `\uFEFF# Memo\r\n\r\nFirst line.\r\n${CLAIM}\r\n`;
    const { f, covered } = at(text);
    assert.equal(covered, CLAIM);
    assert.equal(f.range.start.line, 4);
    assert.equal(f.range.start.column, 1);
  });

  it('Should keep exact offsets after emoji (surrogate pairs), CJK and tabs', () => {
    const text = `🚀🚀 市场很大。\tNote: ${CLAIM}`;
    const { covered, f } = at(text);
    assert.equal(covered, `Note: ${CLAIM}`);
    assert.equal(f.range.start.column, text.indexOf('Note') + 1);
  });

  it('Should span a hard-wrapped sentence across lines, with emphasis markers inside', () => {
    const text = "# Memo\n\nThe product is built entirely on **Baidu's\nERNIE Bot API**, and nothing else.\n";
    const { f, covered } = at(text);
    assert.equal(covered, "The product is built entirely on **Baidu's\nERNIE Bot API**, and nothing else.");
    assert.equal(f.range.start.line, 3);
    assert.equal(f.range.end.line, 4);
  });

  it('Should map a claim inside a nested list and a block-quote-free list item exactly', () => {
    const text = `- Product\n  - ${CLAIM}\n`;
    const { covered } = at(text);
    assert.equal(covered, CLAIM);
  });

  it('Should map through escapes and entities', () => {
    const text = `The product \\*really\\* is built entirely on Baidu&#39;s ERNIE Bot API &amp; nothing else.`;
    const { covered } = at(text);
    assert.equal(covered, text);
  });
});

describe('engine: the document model', () => {
  it('Should find the title, sections and Open-questions tags', () => {
    const doc = buildDocument('# Acme\n\n## Financials\n\ntext\n\n## Open questions\n\n- [ ] (zhu/gap/burn) Can they do it without burning cash?\n');
    assert.equal(doc.text.slice(doc.title.start, doc.title.end), '# Acme');
    assert.deepEqual(doc.sections.map((s) => s.title), ['Acme', 'Financials', 'Open questions']);
    assert.ok(doc.tracked.has('zhu/gap/burn'));
  });

  it('Should read a setext title and fall back to the first line', () => {
    const doc = buildDocument('Acme memo\n=========\n\nBody.\n');
    assert.equal(doc.text.slice(doc.title.start, doc.title.end).split('\n')[0], 'Acme memo');
    const bare = buildDocument('Just a paragraph.\n');
    assert.equal(bare.text.slice(bare.title.start, bare.title.end), 'Just a paragraph.');
  });

  it('Should keep a unit one byte per character wherever the memo is', () => {
    // V8 compiles an expression once for each width of string it runs on: a one-byte memo whose paragraphs were two
    // bytes wide had a hundred of them compiled twice. v8.serialize tags the string with its width.
    const width = (s: string) => {
      const b = serialize(s);
      const tag = b[2] === 0 ? b[3] : b[2];
      return tag === 0x22 ? 1 : tag === 0x63 ? 2 : assert.fail(`unknown tag ${tag}`);
    };
    assert.equal(width('\u00e9t\u00e9'), 1);
    assert.equal(width('\u2013 a dash'), 2);
    const memo = '# Acme\n\nThe product calls `ernie.chat()` on\nevery request, with **emphasis** and a [link](http://x.io).\n\n| a | b |\n|---|---|\n| `x` | y |\n';
    const doc = buildDocument(memo);
    assert.ok(doc.units.length >= 4);
    for (const u of doc.units) assert.equal(width(u.text), 1, JSON.stringify(u.text));
  });

  it('Should show inline code in a quoted claim as U+FFFC', () => {
    const r = lintMemo('# 投资备忘录\n\n头部美元基金`A轮`都已经下注了，我们必须尽快拿下份额。\n', { gaps: false, green: false });
    const fomo = r.findings.find((f) => f.ruleId === 'zhu/fomo');
    assert.ok(fomo, 'zhu/fomo fires');
    assert.deepEqual(fomo.evidence, ['头部美元基金 \uFFFC 都已经下注']);
    assert.match(fomo.message, /“头部美元基金 \uFFFC 都已经下注”/);
  });
});
