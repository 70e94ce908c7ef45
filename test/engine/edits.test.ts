import * as assert from 'node:assert/strict';
import {
  lint,
  lintMemo,
  acknowledgeEdit,
  acknowledgeFileEdit,
  openQuestionEdit,
  applyInsertion,
  directiveComment,
  rules,
} from '../../src/engine/index';

const CLAIM = "The product is built entirely on Baidu's ERNIE Bot API.";
const RULE = 'zhu/wrapper-on-domestic-model';
const claims = (t: string) => lint(t, { gaps: false, green: false }).filter((f) => f.ruleId === RULE);

/** Acknowledges the first finding of RULE and returns the new text. */
function acknowledge(text: string, rationale = 'vendor contract bars copying'): string {
  const f = claims(text)[0];
  assert.ok(f, 'the claim fires before the edit');
  return applyInsertion(text, acknowledgeEdit(text, f.range.start.offset, [RULE], rationale));
}

describe('engine: quick-fix edits', () => {
  describe('acknowledge a block', () => {
    it('Should put the directive above a top-level paragraph and silence only that finding', () => {
      const text = `# Memo\n\n${CLAIM}\n\n${CLAIM}\n`;
      const out = acknowledge(text);
      assert.equal(out, `# Memo\n\n<!-- redflags-ack ${RULE}: vendor contract bars copying -->\n${CLAIM}\n\n${CLAIM}\n`);
      const after = claims(out);
      assert.equal(after.length, 2);
      assert.equal(after[0].acknowledged?.rationale, 'vendor contract bars copying');
      assert.equal(after[1].acknowledged, undefined);
      assert.deepEqual(lint(out, { gaps: false }).filter((f) => f.kind === 'directive'), []);
    });

    it('Should keep CRLF line endings', () => {
      const text = `# Memo\r\n\r\n${CLAIM}\r\n`;
      const out = acknowledge(text);
      assert.ok(out.includes(`-->\r\n${CLAIM}`));
      assert.ok(!/[^\r]\n/.test(out), 'no bare LF');
      assert.ok(claims(out)[0].acknowledged);
    });

    it('Should take the marker line inside a list item and indent the claim as the item content', () => {
      const text = `# Memo\n\n- First point.\n- ${CLAIM}\n- Last point.\n`;
      const out = acknowledge(text);
      assert.equal(out, `# Memo\n\n- First point.\n- <!-- redflags-ack ${RULE}: vendor contract bars copying -->\n  ${CLAIM}\n- Last point.\n`);
      assert.ok(claims(out)[0].acknowledged);
      assert.deepEqual(lint(out, { gaps: false }).filter((f) => f.kind === 'directive'), []);
    });

    it('Should indent inside an ordered, nested list item', () => {
      const text = `# Memo\n\n1. Point.\n   - ${CLAIM}\n`;
      const out = acknowledge(text);
      assert.equal(out, `# Memo\n\n1. Point.\n   - <!-- redflags-ack ${RULE}: vendor contract bars copying -->\n     ${CLAIM}\n`);
      assert.ok(claims(out)[0].acknowledged);
    });

    it('Should put the directive above a later paragraph of a list item with its indentation', () => {
      const text = `# Memo\n\n- Point.\n\n  ${CLAIM}\n`;
      const out = acknowledge(text);
      assert.equal(out, `# Memo\n\n- Point.\n\n  <!-- redflags-ack ${RULE}: vendor contract bars copying -->\n  ${CLAIM}\n`);
      assert.ok(claims(out)[0].acknowledged);
    });

    it('Should put the directive above a table when the claim is in a cell', () => {
      const text = `# Memo\n\n| Item | Detail |\n| --- | --- |\n| Model | ${CLAIM} |\n`;
      const out = acknowledge(text);
      assert.ok(out.startsWith(`# Memo\n\n<!-- redflags-ack ${RULE}: vendor contract bars copying -->\n| Item |`));
      assert.ok(claims(out)[0].acknowledged);
    });

    it('Should write a rationale on one line that cannot close the comment early', () => {
      assert.equal(directiveComment([RULE], 'line one\nline two --> <b>x</b>'), `<!-- redflags-ack ${RULE}: line one line two – <b>x</b> -->`);
      const text = `${CLAIM}\n`;
      const out = acknowledge(text, 'ok --> then');
      assert.equal(claims(out)[0].acknowledged?.rationale, 'ok – then');
    });
  });

  describe('acknowledge for the whole memo', () => {
    it('Should go after the front matter', () => {
      const text = `---\ntitle: X\n---\n# Memo\n\n${CLAIM}\n`;
      const out = applyInsertion(text, acknowledgeFileEdit(text, [RULE], 'accepted'));
      assert.equal(out, `---\ntitle: X\n---\n<!-- redflags-ack-file ${RULE}: accepted -->\n# Memo\n\n${CLAIM}\n`);
      assert.equal(claims(out)[0].acknowledged?.scope, 'file');
    });

    it('Should go first, after a byte-order mark', () => {
      const text = `\uFEFF# Memo\r\n\r\n${CLAIM}\r\n`;
      const out = applyInsertion(text, acknowledgeFileEdit(text, [RULE], 'accepted'));
      assert.ok(out.startsWith(`\uFEFF<!-- redflags-ack-file ${RULE}: accepted -->\r\n# Memo`));
      assert.equal(claims(out)[0].acknowledged?.scope, 'file');
    });
  });

  describe('add to Open questions', () => {
    const gap = rules.find((r) => r.kind === 'gap')!;
    const question = gap.openQuestion ?? gap.questions[0];

    it('Should create the section when the memo has none, and track the gap', () => {
      const text = '# Memo\n\nWe sell software to banks.\n';
      assert.equal(lintMemo(text).answers[gap.id].status, 'unanswered');
      const e = openQuestionEdit(text, [{ ruleId: gap.id, question }]);
      assert.ok(e);
      const out = applyInsertion(text, e);
      assert.equal(out, `# Memo\n\nWe sell software to banks.\n\n## Open questions\n\n- [ ] (${gap.id}) ${question}\n`);
      assert.equal(lintMemo(out).answers[gap.id].status, 'tracked');
      assert.ok(!lint(out).some((f) => f.ruleId === gap.id));
    });

    it('Should never duplicate: a tracked rule or a listed question gives no edit', () => {
      const text = '# Memo\n\nWe sell software to banks.\n';
      const once = applyInsertion(text, openQuestionEdit(text, [{ ruleId: gap.id, question }])!);
      assert.equal(openQuestionEdit(once, [{ ruleId: gap.id, question }]), undefined);
      const listed = `# Memo\n\n## Open questions\n\n- ${question}\n`;
      assert.equal(openQuestionEdit(listed, [{ ruleId: gap.id, question }]), undefined);
    });

    it('Should append to an existing section in its own list style, before the next section', () => {
      const text = '# Memo\n\n## Open questions\n\n* Who signs the contracts?\n\n## Team\n\nTwo founders.\n';
      const out = applyInsertion(text, openQuestionEdit(text, [{ ruleId: gap.id, question }])!);
      assert.equal(out, `# Memo\n\n## Open questions\n\n* Who signs the contracts?\n* (${gap.id}) ${question}\n\n## Team\n\nTwo founders.\n`);
    });

    it('Should add every open question at once, in the memo language and line endings', () => {
      const text = '# Memorando\r\n\r\nA empresa vende software para bancos e não tem receita.\r\n';
      const items = rules.filter((r) => r.kind === 'gap').map((r) => ({ ruleId: r.id, question: r.openQuestion ?? r.questions[0] }));
      const out = applyInsertion(text, openQuestionEdit(text, items)!);
      assert.ok(out.includes('\r\n## Perguntas em aberto\r\n\r\n- [ ] (zhu/gap/'));
      assert.ok(!/[^\r]\n/.test(out), 'no bare LF');
      const res = lintMemo(out);
      for (const i of items) assert.notEqual(res.answers[i.ruleId]?.status, 'unanswered', i.ruleId);
    });
  });
});
