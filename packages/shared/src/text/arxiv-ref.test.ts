import { parseArxivRef } from './arxiv-ref';
import { paperSlugBase } from './slug';

describe('parseArxivRef', () => {
  it.each([
    ['2101.01234', '2101.01234', null],
    ['2101.01234v2', '2101.01234', 2],
    ['arXiv:1810.04805', '1810.04805', null],
    ['0704.0001', '0704.0001', null],
    ['1412.6980', '1412.6980', null],
    ['hep-th/9901001', 'hep-th/9901001', null],
    ['hep-th/9901001v3', 'hep-th/9901001', 3],
    ['math.gt/0309136', 'math.GT/0309136', null],
    ['https://arxiv.org/abs/1810.04805', '1810.04805', null],
    ['https://arxiv.org/abs/1810.04805v2', '1810.04805', 2],
    ['http://arxiv.org/pdf/1810.04805v1.pdf', '1810.04805', 1],
    ['https://arxiv.org/pdf/1810.04805', '1810.04805', null],
    ['arxiv.org/abs/hep-th/9901001', 'hep-th/9901001', null],
    ['https://export.arxiv.org/abs/2101.01234?context=cs', '2101.01234', null],
    ['https://www.arxiv.org/abs/cond-mat/0101001v2', 'cond-mat/0101001', 2],
  ])('%j is arXiv %j (version %j)', (text, id, version) => {
    const parsed = parseArxivRef(text);
    expect(parsed).toEqual({
      ok: true,
      ref: { id, version, absUrl: `https://arxiv.org/abs/${id}`, pdfUrl: `https://arxiv.org/pdf/${id}` },
    });
  });

  it.each([
    ['', 'empty'],
    ['   ', 'empty'],
    ['bert', 'not-an-id'],
    ['1810.0480', 'bad-number'],
    ['2113.01234', 'not-an-id'],
    ['0703.0001', 'bad-month'],
    ['2101.1234', 'bad-number'],
    ['1412.69801', 'bad-number'],
    ['hep-th/0801001', 'bad-month'],
    ['hep-th/9001001', 'bad-month'],
    ['https://example.org/abs/1810.04805', 'not-arxiv-url'],
    ['https://arxiv.org/list/cs.CL/recent', 'not-arxiv-url'],
    ['https://arxiv.org.evil.example/abs/1810.04805', 'not-arxiv-url'],
    ['javascript:alert(1)', 'not-an-id'],
    ['../../etc/passwd', 'not-an-id'],
  ])('%j is refused: %s', (text, problem) => {
    const parsed = parseArxivRef(text);
    expect(parsed.ok).toBe(false);
    expect(!parsed.ok && parsed.problem).toBe(problem);
  });
});

describe('paperSlugBase', () => {
  it.each([
    [
      'BERT: Pre-training of Deep Bidirectional Transformers for Language Understanding',
      'bert-pre-training-of-deep-bidirectional',
    ],
    [
      'Neural networks and physical systems with emergent collective computational abilities',
      'neural-networks-and-physical-systems-with',
    ],
    ['PYTHIA 5.7 and JETSET 7.4 Physics and Manual', 'pythia-5-7-and-jetset-7-4-physics-and-manual'],
    ['Adam: A Method for Stochastic Optimization', 'adam-a-method-for-stochastic-optimization'],
    ["Don't Stop Pretraining", 'dont-stop-pretraining'],
    ['Pokémon Café', 'pokemon-cafe'],
    [
      'Pneumonoultramicroscopicsilicovolcanoconiosisandmorewordsinone title',
      'pneumonoultramicroscopicsilicovolcanoconiosis',
    ],
    ['中文', ''],
  ])('%j -> %j', (title, slug) => {
    expect(paperSlugBase(title)).toBe(slug);
    expect(paperSlugBase(title).length).toBeLessThanOrEqual(45);
  });
});
