// The `redflags-ack` injection grammar (syntaxes/redflags-ack.injection.tmLanguage.json), tokenised the way VS Code
// does it: vscode-textmate on the vscode-oniguruma engine, VS Code's own Markdown grammar (markdown-basics, as
// shipped by tm-grammars) as the base, and our grammar injected into text.html.markdown through the registry's
// getInjections, read from the contributes.grammars entry of package.json. Embedded grammars (HTML, YAML, fenced
// languages) load on demand from tm-grammars, as they would from VS Code's built-in extensions.
import * as assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join, resolve } from 'node:path';
import * as oniguruma from 'vscode-oniguruma';
import { INITIAL, Registry, parseRawGrammar, type IGrammar, type IRawGrammar } from 'vscode-textmate';
import { grammars as tmGrammars } from 'tm-grammars';
import { buildDocument } from '../src/engine/document';

const ROOT = resolve(__dirname, '../..');
const requireFromRoot = createRequire(join(ROOT, 'package.json'));

const KEYWORD = 'keyword.control.directive.redflags';
const RULE_ID = 'entity.name.tag.rule-id.redflags';
const LIST_SEP = 'punctuation.separator.rule-list.redflags';
const RATIONALE_SEP = 'punctuation.separator.rationale.redflags';
const RATIONALE = 'string.unquoted.rationale.redflags';
const DIRECTIVE = 'comment.block.html.redflags-ack';

interface GrammarContribution {
  scopeName: string;
  path: string;
  injectTo?: string[];
}

interface Token {
  /** 0-based line of the snippet. */
  line: number;
  text: string;
  scopes: string[];
}

let markdown: IGrammar;

/** Tokenises `text` line by line, carrying the rule stack across lines like the editor does. */
function tokenize(text: string): Token[] {
  const out: Token[] = [];
  let stack = INITIAL;
  text.split(/\r?\n/).forEach((line, i) => {
    const r = markdown.tokenizeLine(line, stack);
    for (const t of r.tokens) out.push({ line: i, text: line.slice(t.startIndex, t.endIndex), scopes: t.scopes });
    stack = r.ruleStack;
  });
  return out;
}

/** The scopes of the token that holds exactly `text` (the n-th such token); fails with the tokenisation. */
function scopesOf(tokens: Token[], text: string, n = 0): string[] {
  const hits = tokens.filter((t) => t.text === text);
  assert.ok(hits[n], `no token ${JSON.stringify(text)} (#${n}) in:\n${dump(tokens)}`);
  return hits[n].scopes;
}

function dump(tokens: Token[]): string {
  return tokens.map((t) => `  ${t.line}: ${JSON.stringify(t.text)}  ${t.scopes.join(' ')}`).join('\n');
}

function redflagsTokens(tokens: Token[]): Token[] {
  return tokens.filter((t) => t.scopes.some((s) => s.endsWith('.redflags') || s.endsWith('.redflags-ack')));
}

function assertHas(scopes: string[], scope: string, what: string): void {
  assert.ok(scopes.includes(scope), `${what}: expected ${scope} in ${scopes.join(' ')}`);
}

/** A directive on `text` with these ids and this rationale tokenises into the expected pieces. */
function assertDirective(text: string, keyword: string, ids: string[], rationale?: string): Token[] {
  const tokens = tokenize(text);
  assertHas(scopesOf(tokens, keyword), KEYWORD, keyword);
  for (const id of ids) assertHas(scopesOf(tokens, id), RULE_ID, id);
  // The whole id is one token: nothing of it leaks out unscoped.
  for (const t of redflagsTokens(tokens)) {
    if (t.scopes.includes(RULE_ID)) assert.ok(ids.includes(t.text), `unexpected rule-id token ${JSON.stringify(t.text)}`);
  }
  if (rationale !== undefined) assertHas(scopesOf(tokens, rationale), RATIONALE, 'rationale');
  // The comment closes: the last `-->` ends the directive and nothing after it is still inside.
  const closers = tokens.filter((t) => t.text === '-->' && t.scopes.includes(DIRECTIVE));
  assert.ok(closers.length > 0, `directive never closes:\n${dump(tokens)}`);
  return tokens;
}

describe('redflags-ack injection grammar (vscode-textmate + VS Code Markdown grammar)', () => {
  before(async () => {
    const pkg = JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8')) as {
      contributes: { grammars: GrammarContribution[] };
    };
    const ours = pkg.contributes.grammars;
    const wasm = readFileSync(requireFromRoot.resolve('vscode-oniguruma/release/onig.wasm'));
    await oniguruma.loadWASM(wasm.buffer.slice(wasm.byteOffset, wasm.byteOffset + wasm.byteLength));
    const builtIn = new Map(tmGrammars.map((g) => [g.scopeName, g.name]));
    const registry = new Registry({
      onigLib: Promise.resolve({
        createOnigScanner: (sources: string[]) => new oniguruma.OnigScanner(sources),
        createOnigString: (s: string) => new oniguruma.OnigString(s),
      }),
      loadGrammar: async (scopeName: string): Promise<IRawGrammar | null> => {
        const contributed = ours.find((g) => g.scopeName === scopeName);
        const file = contributed
          ? join(ROOT, contributed.path)
          : builtIn.has(scopeName)
            ? requireFromRoot.resolve(`tm-grammars/grammars/${builtIn.get(scopeName)}.json`)
            : undefined;
        return file ? parseRawGrammar(readFileSync(file, 'utf8'), file) : null;
      },
      getInjections: (scopeName: string) =>
        ours.filter((g) => g.injectTo?.includes(scopeName)).map((g) => g.scopeName),
    });
    const g = await registry.loadGrammar('text.html.markdown');
    assert.ok(g, 'the Markdown grammar loads');
    markdown = g;
  });

  describe('the setup matches VS Code', () => {
    it('contributes the injection to text.html.markdown, and the grammar file names the same scope', () => {
      const pkg = JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8')) as {
        contributes: { grammars: GrammarContribution[] };
      };
      const entry = pkg.contributes.grammars.find((g) => g.scopeName === 'redflags.ack.injection');
      assert.ok(entry, 'contributes.grammars has redflags.ack.injection');
      assert.deepEqual(entry.injectTo, ['text.html.markdown']);
      const raw = JSON.parse(readFileSync(join(ROOT, entry.path), 'utf8')) as { scopeName: string; injectionSelector: string };
      assert.equal(raw.scopeName, entry.scopeName);
      assert.match(raw.injectionSelector, /^L:text\.html\.markdown\b/);
    });

    it('uses VS Code’s Markdown grammar, whose code scopes the injection selector excludes', () => {
      const info = tmGrammars.find((g) => g.name === 'markdown');
      assert.ok(info);
      assert.equal(info.scopeName, 'text.html.markdown');
      assert.match(info.source, /microsoft\/vscode\/.*\/extensions\/markdown-basics\/syntaxes\/markdown\.tmLanguage\.json$/);
      const tokens = tokenize('```\nfenced\n```\n\n    indented\n\nan `inline` span');
      assertHas(scopesOf(tokens, 'fenced'), 'markup.fenced_code.block.markdown', 'fenced code');
      assertHas(scopesOf(tokens, 'indented'), 'markup.raw.block.markdown', 'indented code');
      assertHas(scopesOf(tokens, 'inline'), 'markup.inline.raw.string.markdown', 'inline code');
    });
  });

  describe('highlights directives', () => {
    it('keyword, each rule id, the separators and the rationale', () => {
      const tokens = assertDirective(
        '<!-- redflags-ack zhu/fomo, zhu/gap/burn: IC accepted the timing -->',
        'redflags-ack',
        ['zhu/fomo', 'zhu/gap/burn'],
        ' IC accepted the timing ',
      );
      assertHas(scopesOf(tokens, ','), LIST_SEP, 'comma');
      assertHas(scopesOf(tokens, ':'), RATIONALE_SEP, 'colon');
      assertHas(scopesOf(tokens, '<!--'), 'punctuation.definition.comment.html', 'opening');
      assertHas(scopesOf(tokens, '-->'), 'punctuation.definition.comment.html', 'closing');
      // Every piece sits inside the directive, which is still a comment for themes that know nothing of it.
      for (const t of tokens) assertHas(t.scopes, DIRECTIVE, JSON.stringify(t.text));
      assert.equal(tokens[0].scopes[0], 'text.html.markdown');
    });

    it('the -file variant, with a green rule', () => {
      const tokens = assertDirective(
        '<!-- redflags-ack-file zhu/agi-thesis, zhu/green/immediate-revenue: the fund accepts it -->',
        'redflags-ack-file',
        ['zhu/agi-thesis', 'zhu/green/immediate-revenue'],
        ' the fund accepts it ',
      );
      assert.equal(tokens.filter((t) => t.scopes.includes(KEYWORD)).length, 1);
    });

    it('fullwidth comma and colon', () => {
      const tokens = assertDirective(
        '<!-- redflags-ack zhu/fomo，zhu/expensive-valuation：投委会接受 -->',
        'redflags-ack',
        ['zhu/fomo', 'zhu/expensive-valuation'],
        '投委会接受 ',
      );
      assertHas(scopesOf(tokens, '，'), LIST_SEP, 'fullwidth comma');
      assertHas(scopesOf(tokens, '：'), RATIONALE_SEP, 'fullwidth colon');
    });

    it('inside a list item (bulleted, numbered and a continuation paragraph)', () => {
      const bullet = assertDirective('- <!-- redflags-ack zhu/fomo: in a list -->', 'redflags-ack', ['zhu/fomo'], ' in a list ');
      assertHas(scopesOf(bullet, 'redflags-ack'), 'markup.list.unnumbered.markdown', 'list');
      const numbered = assertDirective('1. <!-- redflags-ack zhu/fomo: numbered -->', 'redflags-ack', ['zhu/fomo'], ' numbered ');
      assertHas(scopesOf(numbered, 'redflags-ack'), 'markup.list.numbered.markdown', 'numbered list');
      const continued = assertDirective(
        '- first\n\n  <!-- redflags-ack zhu/fomo: continuation -->\n  text',
        'redflags-ack',
        ['zhu/fomo'],
        ' continuation ',
      );
      assertHas(scopesOf(continued, 'redflags-ack'), 'markup.list.unnumbered.markdown', 'list continuation');
    });

    it('inside a block quote, nested too', () => {
      const quote = assertDirective('> <!-- redflags-ack zhu/fomo: quoted -->', 'redflags-ack', ['zhu/fomo'], ' quoted ');
      assertHas(scopesOf(quote, 'redflags-ack'), 'markup.quote.markdown', 'quote');
      const nested = assertDirective('> > <!-- redflags-ack zhu/fomo: nested -->', 'redflags-ack', ['zhu/fomo'], ' nested ');
      assert.equal(scopesOf(nested, 'redflags-ack').filter((s) => s === 'markup.quote.markdown').length, 2);
    });

    it('inline, in the middle of a paragraph', () => {
      const tokens = assertDirective('The founder said so <!-- redflags-ack zhu/moat-claim: inline --> in the meeting.', 'redflags-ack', ['zhu/moat-claim'], ' inline ');
      assertHas(scopesOf(tokens, 'redflags-ack'), 'meta.paragraph.markdown', 'paragraph');
      assert.deepEqual(scopesOf(tokens, ' in the meeting.'), ['text.html.markdown', 'meta.paragraph.markdown']);
    });

    it('without a rationale: the ids are still highlighted, nothing is a rationale', () => {
      const tokens = assertDirective('<!-- redflags-ack zhu/fomo, zhu/agi-thesis -->', 'redflags-ack', ['zhu/fomo', 'zhu/agi-thesis']);
      assert.equal(tokens.filter((t) => t.scopes.includes(RATIONALE) || t.scopes.includes(RATIONALE_SEP)).length, 0);
    });

    it('spread over several lines', () => {
      const tokens = assertDirective(
        '<!-- redflags-ack\n  zhu/long-sales-cycle, zhu/fomo:\n  six-month pilots\n-->\nAfter.',
        'redflags-ack',
        ['zhu/long-sales-cycle', 'zhu/fomo'],
        '  six-month pilots',
      );
      assert.deepEqual(scopesOf(tokens, 'After.'), ['text.html.markdown', 'meta.paragraph.markdown']);
    });

    it('inside an HTML block', () => {
      const tokens = assertDirective('<div>\n<!-- redflags-ack zhu/fomo: in html -->\n</div>', 'redflags-ack', ['zhu/fomo'], ' in html ');
      assert.ok(!scopesOf(tokens, 'redflags-ack').includes('comment.block.html'), 'not also a plain HTML comment');
    });

    // Regression: a CommonMark HTML block may be indented up to three spaces, and the engine honours such a
    // directive, but Markdown's own comment rule matched at column 0 and won over the injection, so the directive
    // showed as a plain comment.
    it('indented by one to three spaces (still an HTML block, not code)', () => {
      for (const pad of [' ', '  ', '   ']) {
        const tokens = assertDirective(`${pad}<!-- redflags-ack zhu/fomo: indented -->`, 'redflags-ack', ['zhu/fomo'], ' indented ');
        assert.ok(!tokens.some((t) => t.scopes.includes('markup.raw.block.markdown')));
      }
    });

    // Regression: the rule-id pattern allowed trailing hyphens, so in `zhu/fomo-->` it ate the `--` of the closing
    // `-->`; the directive never closed and the rest of the memo was coloured as part of it.
    it('closes when `-->` follows the last id or the keyword with no space', () => {
      const tokens = assertDirective('<!-- redflags-ack zhu/burning-cash-for-pmf-->\nThe next paragraph.', 'redflags-ack', ['zhu/burning-cash-for-pmf']);
      assert.deepEqual(scopesOf(tokens, 'The next paragraph.'), ['text.html.markdown', 'meta.paragraph.markdown']);
      const bare = tokenize('<!-- redflags-ack-->\nNext.');
      assertHas(scopesOf(bare, 'redflags-ack'), KEYWORD, 'bare keyword');
      assert.deepEqual(scopesOf(bare, 'Next.'), ['text.html.markdown', 'meta.paragraph.markdown']);
    });
  });

  describe('leaves everything else alone', () => {
    const same = '<!-- redflags-ack zhu/fomo, zhu/gap/burn: IC accepted the timing -->';

    function assertNoRedflags(text: string, what: string): Token[] {
      const tokens = tokenize(text);
      assert.deepEqual(redflagsTokens(tokens), [], `${what}: redflags scopes found:\n${dump(tokens)}`);
      return tokens;
    }

    it('a fenced code block (backticks, tildes, with and without a language)', () => {
      for (const fence of ['```', '~~~', '```markdown', '```html', '~~~ html']) {
        const close = fence.slice(0, 3);
        const tokens = assertNoRedflags(`${fence}\n${same}\n${close}\n\nAfter.`, fence);
        assert.ok(tokens.some((t) => t.line === 1 && t.scopes.includes('markup.fenced_code.block.markdown')), fence);
        assert.deepEqual(scopesOf(tokens, 'After.'), ['text.html.markdown', 'meta.paragraph.markdown']);
      }
    });

    it('a fenced code block inside a block quote or a list item', () => {
      assertNoRedflags(`> \`\`\`\n> ${same}\n> \`\`\``, 'quote');
      assertNoRedflags(`- \`\`\`\n  ${same}\n  \`\`\``, 'list');
    });

    it('an indented code block (spaces and tab)', () => {
      for (const pad of ['    ', '\t', '        ']) {
        const tokens = assertNoRedflags(`Text.\n\n${pad}${same}\n\nAfter.`, JSON.stringify(pad));
        const code = tokens.find((t) => t.line === 2 && t.text.includes('redflags-ack'));
        assert.ok(code, dump(tokens));
        assertHas(code.scopes, 'markup.raw.block.markdown', 'indented code');
      }
    });

    it('inline code, with one or two backticks', () => {
      for (const tick of ['`', '``']) {
        const tokens = assertNoRedflags(`Quoted as ${tick}${same}${tick} in the docs.`, tick);
        assertHas(scopesOf(tokens, same), 'markup.inline.raw.string.markdown', 'inline code');
      }
    });

    it('a plain HTML comment stays a normal comment', () => {
      const tokens = assertNoRedflags('<!-- comment -->', 'plain comment');
      assert.deepEqual(scopesOf(tokens, ' comment '), ['text.html.markdown', 'comment.block.html']);
      assert.deepEqual(scopesOf(tokens, '<!--'), ['text.html.markdown', 'comment.block.html', 'punctuation.definition.comment.html']);
      const inline = assertNoRedflags('Text <!-- comment --> more.', 'inline comment');
      assertHas(scopesOf(inline, '<!--'), 'comment.block.html', 'inline comment');
    });

    // Regression: the injection also applied inside an ordinary comment, so `<!-- note <!-- redflags-ack …-->`
    // lit up although the engine reads that as one plain comment (a directive must open its comment).
    it('a comment that only mentions redflags-ack, and look-alike keywords', () => {
      assertNoRedflags('<!-- see redflags-ack zhu/fomo: not a directive -->', 'mention');
      assertNoRedflags('<!-- note <!-- redflags-ack zhu/fomo: nested -->', 'nested opener');
      assertNoRedflags('<!-- redflags-acknowledged zhu/fomo: no -->', 'longer word');
      assertNoRedflags('redflags-ack zhu/fomo: no comment at all', 'bare text');
    });

    // Regression: front matter is YAML (remark-frontmatter), never a directive, but the injection reached into it.
    it('YAML front matter', () => {
      assertNoRedflags('---\nnote: <!-- redflags-ack zhu/fomo: in front matter -->\n---\n\nText.', 'front matter');
    });
  });

  describe('agrees with the engine on a fixture memo (test/grammar/directives.md)', () => {
    it('highlights a directive keyword exactly on the lines where the engine reads a directive', () => {
      const text = readFileSync(join(ROOT, 'test', 'grammar', 'directives.md'), 'utf8');
      const doc = buildDocument(text);
      const engineLines = [...new Set(doc.directives.map((d) => doc.lines.point(d.start).line - 1))].sort((a, b) => a - b);
      const tokens = tokenize(text);
      const grammarLines = [...new Set(tokens.filter((t) => t.scopes.includes(KEYWORD)).map((t) => t.line))].sort((a, b) => a - b);
      assert.ok(engineLines.length >= 10, `the fixture has directives (${engineLines.length})`);
      assert.deepEqual(grammarLines, engineLines);
      // Each directive the engine reads has its rule ids highlighted, and nothing after the memo's last line is
      // still inside a directive.
      for (const d of doc.directives) {
        for (const id of d.rules) {
          assert.ok(tokens.some((t) => t.text === id && t.scopes.includes(RULE_ID)), `rule id ${id} highlighted`);
        }
      }
      assert.deepEqual(scopesOf(tokens, 'The end.'), ['text.html.markdown', 'meta.paragraph.markdown']);
    });
  });
});
