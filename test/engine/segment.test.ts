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

  it('Should count whole function words ignoring case, as the regular expressions would', () => {
    // The one-pass detector against its definition: \p{L} letters, CJK by script, and the function words as
    // whole words under /iu, on strings built from the pieces where the two could part ways (letters that
    // fold onto ASCII, kana that are not letters, astral and lone surrogates, Latin-1 capitals).
    const PT = /(?<![\p{L}])(?:não|que|uma|um|para|com|são|é|está|estão|da|do|das|dos|na|nos|nas|pela|pelo|seu|sua|seus|suas|empresa|receita|também|mais|já|ainda|então|isso|essa|esse|ao|aos|à|às|foi|será|pode|tem|têm|como|quando|mas|ou|por|sobre|entre|até|sem|muito|cada|o|os|vai|vão|ser|quer|nosso|nossa|clientes|produto|mercado)(?![\p{L}])/giu;
    const EN = /(?<![\p{L}])(?:the|and|is|are|was|were|of|to|in|for|with|that|this|it|its|we|our|they|their|has|have|will|not|on|by|from|at|be|an|which|company|revenue)(?![\p{L}])/giu;
    const cjk = (c: number) => (c >= 0x4e00 && c <= 0x9fff) || (c >= 0x3400 && c <= 0x4dbf) || (c >= 0x3040 && c <= 0x30ff) || (c >= 0xac00 && c <= 0xd7af) || (c >= 0xf900 && c <= 0xfaff) || (c >= 0x20000 && c <= 0x2ffff);
    const reference = (s: string) => {
      let han = 0;
      let letters = 0;
      for (const ch of s) {
        if (cjk(ch.codePointAt(0)!)) han++;
        else if (/\p{L}/u.test(ch)) letters++;
      }
      if (han > 0 && han * 2 >= letters / 5) return 'zh';
      const pt = (s.match(PT) ?? []).length + (/[ãõçáéíóúâêô]/i.test(s) ? 1 : 0);
      const en = (s.match(EN) ?? []).length;
      return pt > en ? 'pt' : 'en';
    };
    const pieces = ['the', 'THE', 'The', 'não', 'NÃO', 'é', 'É', 'à', 'ÀS', 'às', 'ſeu', 'seu', 'um', 'uma', 'umas', 'and', 'revenue', 'CLIENTES', 'x', ' ', ',', '-', '\n', '1', '・', '゠', 'ー', 'ア', '公司', 'GPT-4', 'ß', 'µ', 'ª', 'İt', 'ıt', '\u{20000}', '\u{2A6E0}', '\ud800', '\udc00', '𝐀', 'ê', 'K'];
    let seed = 7;
    const random = (n: number) => ((seed = (seed * 1103515245 + 12345) & 0x7fffffff) % n);
    let different = 0;
    for (let i = 0; i < 20000; i++) {
      let s = '';
      for (let k = 1 + random(10); k > 0; k--) s += pieces[random(pieces.length)];
      if (detectLanguage(s) !== reference(s)) different++;
    }
    assert.equal(different, 0);
  });
});
