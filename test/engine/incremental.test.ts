import * as assert from 'node:assert/strict';
import { lintMemo, createIncrementalLinter } from '../../src/engine/index';
import { prng, memos, edit, randomExcerpt } from './mutations';

/**
 * Differential test of the incremental linter: random edit sequences on real memos, and after every edit the
 * incremental result must equal a full lint of the same text, byte for byte (as JSON). The edits favour what
 * breaks incremental Markdown parsing: fences, list markers, front matter fences, HTML comments, setext
 * underlines, table rows, block quotes, link definitions, blank lines and line breaks.
 */

function check(linter: ReturnType<typeof createIncrementalLinter>, text: string, what: () => string, options?: Parameters<typeof lintMemo>[1]): void {
  const want = JSON.stringify(lintMemo(text, options));
  const got = JSON.stringify(linter.lintMemo(text));
  if (got !== want) assert.fail(`incremental result differs from a full lint ${what()}\n--- text ---\n${text}`);
}

describe('engine: incremental linting', () => {
  const all = memos();

  it('Should find the memos to edit', () => {
    assert.ok(all.length >= 20, `only ${all.length} memos`);
  });

  it('Should return what a full lint returns after every edit of thousands of random edit sequences', function () {
    this.timeout(300_000);
    const rnd = prng(20_240_601);
    let steps = 0;
    let sequences = 0;
    const run = (name: string, start: string, edits: number) => {
      const linter = createIncrementalLinter();
      let text = start;
      const history: string[] = [];
      const what = () => `(memo ${name}, sequence ${sequences}, edits:\n${history.join('\n')})`;
      // The first lint parses whole; what is checked is every edit after it.
      linter.lintMemo(text);
      for (let k = 0; k < edits; k++) {
        const next = edit(text, rnd);
        let at = 0;
        while (at < text.length && text[at] === next[at]) at++;
        history.push(JSON.stringify({ at, removed: Math.max(0, text.length - next.length), inserted: next.slice(at, at + Math.max(0, next.length - text.length)) }));
        text = next;
        check(linter, text, what);
        steps++;
      }
      sequences++;
    };
    // Most sequences edit an excerpt of a memo (a few paragraphs, lists, tables and fences, from a line start),
    // so that thousands of them run in seconds; some edit whole memos.
    for (let k = 0; k < 2000; k++) {
      const { memo, from, end } = randomExcerpt(all, rnd, 200, 600);
      run(memo.name, memo.text.slice(from, end), 2 + Math.floor(rnd() * 2));
    }
    all.forEach((memo, k) => {
      if (k % 3 === 0) run(memo.name, memo.text, 3);
    });
    assert.ok(sequences >= 2000 && steps >= 5000, `${sequences} sequences, ${steps} edits`);
  });

  it('Should stay exact on a memo long enough to let go of matching state (over 1,000 units, parsed in windows)', function () {
    this.timeout(120_000);
    const memo = all.find((m) => m.name.includes('acme')) ?? all[0];
    let text = Array.from({ length: 30 }, () => memo.text).join('\n\n');
    const linter = createIncrementalLinter();
    linter.lintMemo(text);
    const edits: ((t: string) => string)[] = [
      (t) => t.replace('## ', '## Open questions\n\n- What is the moat? (zhu/gap/app-layer-barrier)\n\n## '),
      (t) => `${t.slice(0, 5000)}\n\nThe product is built entirely on Baidu's ERNIE Bot API.\n\n${t.slice(5000)}`,
      (t) => t.replace(/Revenue/g, 'Sales'),
      (t) => `${t}\n\nRevenue: US$4.2M ARR.\n`,
    ];
    for (const [k, ed] of edits.entries()) {
      text = ed(text);
      check(linter, text, () => `(long memo, edit ${k})`);
    }
  });

  it('Should type and delete a claim one character at a time in the middle of a memo', () => {
    const memo = all.find((m) => m.name.includes('acme')) ?? all[0];
    const linter = createIncrementalLinter({ green: false });
    const claim = "The product is built entirely on Baidu's ERNIE Bot API.";
    const at = memo.text.indexOf('\n\n', Math.floor(memo.text.length / 2)) + 2;
    let text = memo.text;
    check(linter, text, () => 'start', { green: false });
    for (let k = 1; k <= claim.length; k++) {
      text = memo.text.slice(0, at) + claim.slice(0, k) + memo.text.slice(at);
      check(linter, text, () => `typing ${k}`, { green: false });
    }
    for (let k = claim.length - 1; k >= 0; k--) {
      text = memo.text.slice(0, at) + claim.slice(0, k) + memo.text.slice(at);
      check(linter, text, () => `deleting ${k}`, { green: false });
    }
  });

  it('Should parse whole where edits reach across blocks: fences, front matter, definitions, a byte-order mark', () => {
    const base = '# Acme\n\nWe sell to banks.\n\n## Product\n\nThe product is built entirely on Baidu\'s ERNIE Bot API.\n\n- item one\n- item two\n\nClosing words.\n';
    const steps = [
      (t: string) => t.replace('We sell', '```\nWe sell'),
      (t: string) => t.replace('```\n', ''),
      (t: string) => `---\ntitle: x\n${t}`,
      (t: string) => t.replace('title: x\n', 'title: x\n---\n'),
      (t: string) => t.replace('Closing words.', 'Closing [words].\n\n[words]: https://example.com'),
      (t: string) => t.replace('[words]: https://example.com', ''),
      (t: string) => `\uFEFF${t}`,
      (t: string) => t.slice(1),
      (t: string) => t.replace('- item two', '- item two\n<!--'),
      (t: string) => t.replace('<!--', '<!-- x -->'),
      (t: string) => t.replace('We sell to banks.', 'We sell to banks.\n==='),
      (t: string) => t.replace('Closing words.', '    Closing words.'),
    ];
    const linter = createIncrementalLinter();
    let text = base;
    check(linter, text, () => 'start');
    steps.forEach((step, k) => {
      text = step(text);
      check(linter, text, () => `step ${k}`);
    });
  });

  it('Should resolve references against definitions elsewhere while typing, and parse whole when a definition changes', () => {
    const base = [
      '# Acme',
      '',
      'Revenue grew to US$4.2M ARR[^1], see the [board pack][bp] and [IDC].',
      '',
      "The product is built entirely on Baidu's ERNIE Bot API[^2].",
      '',
      '- Customers: banks [^1]',
      '- Channel: [partners]',
      '',
      '[^1]: Management accounts, unaudited.',
      '[^2]: Interview with the CTO.',
      '',
      '[bp]: https://example.com/bp',
      '[IDC]: https://example.com/idc "IDC"',
      '',
    ].join('\n');
    const linter = createIncrementalLinter();
    let text = base;
    check(linter, text, () => 'start');
    const at = text.indexOf('The product');
    for (const piece of ['x', 'See [IDC] and [^2]. ', '[partners]', '\n\n']) {
      text = text.slice(0, at) + piece + text.slice(at);
      check(linter, text, () => `insert ${JSON.stringify(piece)}`);
    }
    for (const [a, b] of [
      ['[bp]: https://example.com/bp', '[bp]: https://example.com/other'],
      ['[bp]: https://example.com/other', '[partners]: https://example.com/p'],
      ['[^2]: Interview with the CTO.', '[^3]: Interview with the CTO.'],
      ['[^3]: Interview', '[^2]: Interview'],
    ]) {
      text = text.replace(a, b);
      check(linter, text, () => `replace ${a}`);
    }
  });

  it('Should keep options as given, and fail on bad options as lint does', () => {
    const text = "# Acme\n\nThe product is built entirely on Baidu's ERNIE Bot API.\n";
    const options = { rules: { 'zhu/wrapper-on-domestic-model': 'error' as const }, gaps: false };
    const linter = createIncrementalLinter(options);
    assert.deepEqual(linter.lint(text), lintMemo(text, options).findings);
    const bad = createIncrementalLinter({ rules: { 'zhu/no-such-rule': 'error' } });
    assert.throws(() => lintMemo(text, { rules: { 'zhu/no-such-rule': 'error' } }));
    assert.throws(() => bad.lint(text));
    assert.throws(() => linter.lint(42 as unknown as string), TypeError);
  });
});
