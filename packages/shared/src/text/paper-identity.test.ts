import { arxivIdFromUrl, arxivIdMonth, normalizeTitle, paperSlugFromUrl, slugFromPwcUrl } from './paper-identity';

describe('arxivIdFromUrl', () => {
  it.each([
    ['http://arxiv.org/abs/1810.04805v2', '1810.04805'],
    ['https://arxiv.org/pdf/1810.04805.pdf', '1810.04805'],
    ['https://arxiv.org/pdf/1810.04805v1.pdf', '1810.04805'],
    ['https://www.arxiv.org/abs/2106.09685?context=cs', '2106.09685'],
    ['  https://ARXIV.org/abs/0704.0001  ', '0704.0001'],
    ['https://arxiv.org/abs/hep-th/9901001v1', 'hep-th/9901001'],
    ['arxiv.org/abs/cs/0112017', 'cs/0112017'],
    ['https://arxiv.org/abs/math.gt/0309136', 'math.GT/0309136'],
  ])('%j -> %j', (url, id) => {
    expect(arxivIdFromUrl(url)).toBe(id);
  });

  it.each([
    null,
    undefined,
    '',
    '1810.04805',
    'https://openreview.net/forum?id=1810.04805',
    'https://arxiv.org.evil.com/abs/1810.04805',
    'https://arxiv.org/abs/1813.04805',
    'https://arxiv.org/abs/1810.04805/../../x',
    'https://arxiv.org/list/cs.CL/recent',
    'javascript:alert(1)//arxiv.org/abs/1810.04805',
  ])('%j -> null', (url) => {
    expect(arxivIdFromUrl(url)).toBeNull();
  });
});

describe('normalizeTitle', () => {
  it('reduces a title to lower-case words', () => {
    expect(normalizeTitle('BERT: Pre-training of Deep Bidirectional Transformers for Language Understanding')).toBe(
      'bert pre training of deep bidirectional transformers for language understanding',
    );
    expect(normalizeTitle('  Déjà   vu:\tRésumé\n')).toBe('deja vu resume');
  });

  it('drops LaTeX braces, dollars and commands', () => {
    expect(normalizeTitle('{BERT}: $\\mathcal{O}(n)$ \\textbf{Attention}')).toBe('bert o n attention');
    expect(normalizeTitle('{BERT}: Pre-training')).toBe(normalizeTitle('BERT: Pre-Training'));
  });

  it('keeps letters of other scripts and returns "" for nothing', () => {
    expect(normalizeTitle('中文 预训练!')).toBe('中文 预训练');
    expect(normalizeTitle(null)).toBe('');
    expect(normalizeTitle('?!')).toBe('');
  });
});

describe('slugFromPwcUrl', () => {
  it('extracts the slug of the requested kind', () => {
    expect(paperSlugFromUrl('https://paperswithcode.com/paper/bert-pre-training-of-deep-bidirectional')).toBe(
      'bert-pre-training-of-deep-bidirectional',
    );
    expect(paperSlugFromUrl('paperswithcode.com/paper/attention-is-all-you-need/review/?x=1')).toBe(
      'attention-is-all-you-need',
    );
    expect(slugFromPwcUrl('https://paperswithcode.com/task/question-answering', 'task')).toBe('question-answering');
    expect(slugFromPwcUrl('https://paperswithcode.com/dataset/squad#x', 'dataset')).toBe('squad');
    expect(slugFromPwcUrl('https://www.paperswithcode.com/method/adam', 'method')).toBe('adam');
    expect(slugFromPwcUrl('https://paperswithcode.com/sota/image-classification-on-imagenet', 'sota')).toBe(
      'image-classification-on-imagenet',
    );
  });

  it('returns null for other kinds, other hosts and junk', () => {
    expect(slugFromPwcUrl('https://paperswithcode.com/task/question-answering', 'paper')).toBeNull();
    expect(paperSlugFromUrl('https://example.com/paper/bert')).toBeNull();
    expect(paperSlugFromUrl('https://paperswithcode.com/paper/')).toBeNull();
    expect(paperSlugFromUrl('not a url')).toBeNull();
    expect(paperSlugFromUrl(undefined)).toBeNull();
  });
});

describe('arxivIdMonth', () => {
  it.each([
    ['1810.04805', '2018-10-01'],
    ['0704.0001', '2007-04-01'],
    ['2412.19437', '2024-12-01'],
    ['hep-th/9901001', '1999-01-01'],
    ['math.GT/0309136', '2003-09-01'],
  ])('%s was submitted in the month of %s', (id, month) => {
    expect(arxivIdMonth(id)).toBe(month);
  });

  it.each(['', '1813.04805', '0612.0001', 'hep-th/0801001', 'not an id', '1810.048'])('%s has no month', (id) => {
    expect(arxivIdMonth(id)).toBeNull();
  });
});
