import * as assert from 'node:assert/strict';
import { buildDocument, offsetAt } from '../../src/engine/document';
import { CODE_PLACEHOLDER } from '../../src/engine/text';
import { memos } from './mutations';

/**
 * A unit's offset map (runs of characters that stand one after the other in the memo) read back character by
 * character: every character of a unit's text stands inside the unit's block, in order, on the character it comes
 * from. Only what the parser rewrites stands elsewhere: a character reference stands on its `&`, inline code and
 * HTML become blanks or the code placeholder on the node's first character, line endings and breaks become spaces.
 */
describe('engine: where each character of a unit stands in the memo', () => {
  const texts = [
    ...memos().map((m) => ({ name: m.name, text: m.text })),
    { name: 'markup', text: '> **Bold** and _em_, `code`, [link](http://x.io) and &amp; &eacute; \\* done.\r\n> Next line  \n> hard break.\n\n- item *one*\n  lazy\n\n| a | b&#124;c |\n|---|---|\n| `x` | y |\n' },
  ];

  it('Should map every character of every unit to the character it comes from, in order, inside its block', () => {
    let checked = 0;
    for (const { name, text } of texts) {
      const doc = buildDocument(text);
      for (const u of doc.units) {
        let previous = -1;
        for (let i = 0; i <= u.text.length; i++) {
          const at = offsetAt(u.map, i);
          const where = () => `${name}: unit at ${u.start}, character ${i} of ${JSON.stringify(u.text)}`;
          assert.ok(at >= u.start && at <= u.end, `outside its block: ${at} (${where()})`);
          assert.ok(at >= previous, `out of order: ${at} after ${previous} (${where()})`);
          previous = at;
          if (i === u.text.length) {
            assert.equal(at, u.end, `the map does not end at the unit's end (${where()})`);
            continue;
          }
          const ch = u.text[i];
          const from = text[at];
          const rewritten = /\s/u.test(ch) || ch === CODE_PLACEHOLDER || from === '&' || from === '`' || from === '<';
          if (!rewritten) assert.equal(from, ch, `stands on ${JSON.stringify(from)} (${where()})`);
          checked++;
        }
      }
    }
    assert.ok(checked > 100_000, `${checked} characters`);
  });
});
