import * as assert from 'node:assert/strict';
import { phraseSource } from '../../src/engine/terms';

/** Whether the phrase, compiled as the engine compiles it, matches the whole of `text`. */
const matches = (phrase: string, text: string) => new RegExp(`^(?:${phraseSource(phrase)})$`, 'iu').test(text);

describe('engine: the lexicon syntax of phrases', () => {
  it('Should let a space stand for any run of spaces and dashes, and a hyphen for one or none', () => {
    assert.ok(matches('thin wrapper', 'thin  wrapper'));
    assert.ok(matches('thin  wrapper', 'thin-wrapper'));
    assert.ok(matches('thin wrapper', 'thin\u00a0wrapper'));
    assert.ok(!matches('thin wrapper', 'thinwrapper'));
    for (const t of ['GPT-4', 'GPT 4', 'GPT4', 'GPT–4']) assert.ok(matches('GPT-4', t), t);
  });

  it('Should let * after a letter stand for the rest of the word, and a quote for either apostrophe', () => {
    for (const t of ['rewrite', 'rewriting', 'rewrit']) assert.ok(matches('rewrit*', t), t);
    assert.ok(matches('wrap* around', 'wrapped around'));
    assert.ok(matches('wrap* around', 'wrapper-style around'));
    assert.ok(matches("founder's", 'founder’s'));
    assert.ok(matches('founder’s', "founder's"));
  });

  it('Should read every other character literally', () => {
    assert.ok(matches('C++ (beta)', 'C++ (beta)'));
    assert.ok(!matches('C++ (beta)', 'CC (beta)'));
    assert.ok(matches('*lone', '*lone'));
    assert.ok(!matches('*lone', 'lone'));
    assert.ok(matches('a.b|c/d', 'a.b|c/d'));
    assert.ok(!matches('a.b|c/d', 'axb'));
    assert.ok(matches('$5 [sic] {x}', '$5 [sic] {x}'));
    assert.ok(matches('公司 AI', '公司 AI'));
  });
});
