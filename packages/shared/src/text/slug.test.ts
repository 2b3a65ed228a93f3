import { benchmarkSlug, slugify } from './slug';

describe('slugify', () => {
  it.each([
    ['SQuAD1.1', 'squad1-1'],
    ['Question Answering', 'question-answering'],
    ['Named Entity Recognition (NER)', 'named-entity-recognition-ner'],
    ['  --Image   Classification--  ', 'image-classification'],
    ['Pokémon Café', 'pokemon-cafe'],
    ['Straße Łódź', 'strasse-lodz'],
    ['ﬁne-grained ²', 'fine-grained-2'],
    ['<script>alert(1)</script>', 'script-alert-1-script'],
    ['../../etc/passwd', 'etc-passwd'],
    ['ImageNet 64x64', 'imagenet-64x64'],
  ])('%j -> %j', (text, slug) => {
    expect(slugify(text)).toBe(slug);
  });

  it('returns "" when nothing usable is left', () => {
    expect(slugify('')).toBe('');
    expect(slugify('!!! ---')).toBe('');
    expect(slugify('中文')).toBe('');
  });
});

describe('benchmarkSlug', () => {
  it('joins task and dataset slugs like PWC /sota/ pages', () => {
    expect(benchmarkSlug('image-classification', 'imagenet')).toBe(
      'image-classification-on-imagenet',
    );
  });
});
