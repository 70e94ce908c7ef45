import * as assert from 'node:assert/strict';
import { lint } from '../../src/engine/index';

const CLAIM = "The product is built entirely on Baidu's ERNIE Bot API.";
const RULE = 'zhu/wrapper-on-domestic-model';
const run = (t: string) => lint(t, { gaps: false, green: false });

describe('engine: redflags-ack directives', () => {
  it('Should acknowledge the next block and keep the finding, marked, for the audit trail', () => {
    const f = run(`<!-- redflags-ack ${RULE}: vendor contract bars copying -->\n${CLAIM}\n\n${CLAIM}\n`);
    const hits = f.filter((x) => x.ruleId === RULE);
    assert.equal(hits.length, 2);
    assert.equal(hits[0].acknowledged?.rationale, 'vendor contract bars copying');
    assert.equal(hits[1].acknowledged, undefined);
    assert.deepEqual(f.filter((x) => x.kind === 'directive'), []);
  });

  it('Should leave acknowledged findings out when asked', () => {
    const f = lint(`<!-- redflags-ack ${RULE}: accepted -->\n${CLAIM}\n`, { includeAcknowledged: false, gaps: false });
    assert.deepEqual(f.filter((x) => x.ruleId === RULE), []);
  });

  it('Should acknowledge several rules at once, and inside a list item', () => {
    const f = run(`- <!-- redflags-ack zhu/fomo, ${RULE}: accepted -->\n  ${CLAIM}\n`);
    assert.ok(f.find((x) => x.ruleId === RULE)?.acknowledged);
  });

  it('Should acknowledge for the whole memo with redflags-ack-file', () => {
    const f = run(`<!-- redflags-ack-file ${RULE}: we accept the vendor risk -->\n\n# Memo\n\n${CLAIM}\n\nMore.\n\n${CLAIM}\n`);
    const hits = f.filter((x) => x.ruleId === RULE);
    assert.equal(hits.length, 2);
    assert.ok(hits.every((h) => h.acknowledged?.scope === 'file'));
  });

  it('Should accept a rule alias', () => {
    const f = lint('<!-- redflags-ack zhu/private-deployment-pricing: fine -->\nNothing here.\n', { gaps: false });
    assert.deepEqual(f.map((x) => x.ruleId), ['redflags/unused-ack']);
  });

  it('Should report a missing rationale, an unknown rule and an acknowledgement that silences nothing', () => {
    const f = run(`<!-- redflags-ack ${RULE} -->\n${CLAIM}\n\n<!-- redflags-ack zhu/fomoo: typo -->\nText.\n\n<!-- redflags-ack zhu/fomo: nothing to silence -->\nPlain text.\n`);
    const ids = f.filter((x) => x.kind === 'directive').map((x) => x.ruleId);
    assert.deepEqual(ids, ['redflags/missing-rationale', 'redflags/unknown-rule', 'redflags/unused-ack']);
    assert.match(f.find((x) => x.ruleId === 'redflags/unknown-rule')!.message, /did you mean "zhu\/fomo"/);
    assert.equal(f.find((x) => x.ruleId === 'redflags/missing-rationale')!.range.start.line, 1);
  });

  it('Should acknowledge a gap from anywhere in the memo', () => {
    const memo = '# Memo\n\nSome text.\n\n<!-- redflags-ack zhu/gap/revenue: pre-seed, no revenue by design -->\nMore text.\n';
    const gap = lint(memo).find((x) => x.ruleId === 'zhu/gap/revenue');
    assert.equal(gap?.acknowledged?.rationale, 'pre-seed, no revenue by design');
  });

  it('Should ignore directives inside code', () => {
    const f = run(`\`\`\`md\n<!-- redflags-ack ${RULE}: x -->\n\`\`\`\n\n${CLAIM}\n`);
    assert.equal(f.find((x) => x.ruleId === RULE)?.acknowledged, undefined);
    assert.deepEqual(f.filter((x) => x.kind === 'directive'), []);
  });
});

describe('engine: gaps', () => {
  it('Should point a gap at the title and say where it looked', () => {
    const memo = '---\ncompany: Acme\n---\n\n# Acme AI — Series A\n\n## Financials\n\nThe company is well capitalised.\n';
    const gap = lint(memo).find((f) => f.ruleId === 'zhu/gap/revenue');
    assert.ok(gap);
    assert.equal(gap.scope, 'document');
    assert.equal(memo.slice(gap.range.start.offset, gap.range.end.offset), 'Acme AI — Series A');
    assert.match(gap.message, /Financials/);
  });

  it('Should treat a tagged Open-questions entry as tracked', () => {
    const memo = '# Acme\n\nText.\n\n## Open questions\n\n- [ ] (zhu/gap/revenue) How much revenue do you have?\n';
    assert.equal(lint(memo).find((f) => f.ruleId === 'zhu/gap/revenue'), undefined);
  });

  it('Should read a revenue table as an answer', () => {
    const memo = '# Acme\n\n| Metric | 2024 |\n|---|---|\n| Revenue | US$4.2M |\n';
    assert.equal(lint(memo).find((f) => f.ruleId === 'zhu/gap/revenue'), undefined);
  });

  it('Should not fire gaps when gaps are off', () => {
    assert.deepEqual(lint('# Memo\n\nText.\n', { gaps: false }).filter((f) => f.kind === 'gap'), []);
  });
});

describe('engine: options', () => {
  it('Should apply per-rule severities, group keys and off', () => {
    const t = CLAIM;
    assert.equal(lint(t, { rules: { [RULE]: 'error' }, gaps: false })[0].severity, 'error');
    assert.deepEqual(lint(t, { rules: { 'zhu/red/*': 'off' }, gaps: false }).filter((f) => f.kind === 'red'), []);
    assert.equal(lint(t, { rules: { 'zhu/*': 'off', [RULE]: 'hint' }, gaps: false })[0].severity, 'hint');
  });

  it('Should reject unknown rule ids, severities and concepts with a clear message', () => {
    assert.throws(() => lint('x', { rules: { 'zhu/fomoo': 'off' } }), /unknown rule id "zhu\/fomoo" \(did you mean "zhu\/fomo"\?\)/);
    assert.throws(() => lint('x', { rules: { 'zhu/fomo': 'loud' as never } }), /invalid severity "loud"/);
    assert.throws(() => lint('x', { terms: { vendors: ['X'] } }), /unknown concept "vendors"/);
  });

  it('Should add a firm’s own terms to a concept, matched literally', () => {
    const t = 'The product is built entirely on the AcmeLM (v2.*) API.';
    assert.equal(lint(t, { gaps: false }).filter((f) => f.ruleId === RULE).length, 0);
    assert.equal(lint(t, { gaps: false, terms: { domesticModel: ['AcmeLM (v2.*)'] } }).filter((f) => f.ruleId === RULE).length, 1);
  });
});

describe('engine: a claim after a negated or hypothetical part of the sentence', () => {
  it('Should try the last match of each term list when the first is in a negated part', () => {
    const t = "We do not doubt the team; the product is built entirely on Baidu's ERNIE Bot API.";
    assert.equal(lint(t, { gaps: false }).filter((f) => f.ruleId === 'zhu/wrapper-on-domestic-model').length, 1);
  });

  it('Should still stop a claim that is negated where it stands', () => {
    const t = "The product is not built on Baidu's ERNIE Bot API; we self-host Qwen2.5 weights.";
    assert.equal(lint(t, { gaps: false }).filter((f) => f.ruleId === 'zhu/wrapper-on-domestic-model').length, 0);
  });
});
