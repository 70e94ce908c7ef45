import * as assert from 'node:assert/strict';
import { splitSentences, detectLanguage } from '../../src/engine/segment';

const sentences = (t: string) => splitSentences(t).map((s) => t.slice(s.start, s.end));

describe('engine: sentence segmentation', () => {
  it('Should split English sentences but not at abbreviations, initials or decimals', () => {
    assert.deepEqual(sentences('Revenue was US$2.5M, i.e. up 3x vs. 2023. J. Smith leads sales. Next.'), [
      'Revenue was US$2.5M, i.e. up 3x vs. 2023.',
      'J. Smith leads sales.',
      'Next.',
    ]);
  });

  it('Should split Chinese sentences at 。！？ without spaces', () => {
    assert.deepEqual(sentences('公司没有自有数据。应用场景仍在探索中！你觉得呢？好'), ['公司没有自有数据。', '应用场景仍在探索中！', '你觉得呢？', '好']);
  });

  it('Should split mixed English and Chinese', () => {
    assert.deepEqual(sentences('We use GPT-4. 产品是通用平台。'), ['We use GPT-4.', '产品是通用平台。']);
  });

  it('Should split Portuguese sentences and keep closing quotes with their sentence', () => {
    assert.deepEqual(sentences('A empresa é lucrativa. “Não queimamos caixa.” Fim.'), ['A empresa é lucrativa.', '“Não queimamos caixa.”', 'Fim.']);
  });

  it('Should treat a hard break as a sentence end', () => {
    assert.deepEqual(sentences('Revenue: US$4M\nBurn: none'), ['Revenue: US$4M', 'Burn: none']);
  });

  it('Should split chunks at semicolons and contrasts, and clauses at subordinators', () => {
    const t = 'The product is a GPT-4 wrapper; we own the data, which is rare, but the UI is thin.';
    const [s] = splitSentences(t);
    assert.deepEqual(s.chunks.map((c) => t.slice(c.start, c.end)), ['The product is a GPT-4 wrapper', 'we own the data, which is rare', 'the UI is thin.']);
    assert.ok(s.clauses.map((c) => t.slice(c.start, c.end)).includes('is rare'));
  });
});

describe('engine: language detection per sentence', () => {
  it('Should tell English, Portuguese and Chinese apart, with embedded names', () => {
    assert.equal(detectLanguage('The company is built on the ERNIE API.'), 'en');
    assert.equal(detectLanguage('A empresa não tem dados próprios e usa a API do GPT-4.'), 'pt');
    assert.equal(detectLanguage('我们基于GPT-4 API搭建产品。'), 'zh');
    assert.equal(detectLanguage('产品底层调用 OpenAI API。'), 'zh');
  });
});
