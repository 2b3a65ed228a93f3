import { benchmarkSlug, slugify } from './slug';

describe('slugify', () => {
  it.each([
    ['SQuAD1.1', 'squad11'],
    ['Text-to-Image Generation', 'text-to-image-generation'],
    ['BERT_{utt}', 'bert-utt'],
    ['Question Answering', 'question-answering'],
    ['Named Entity Recognition (NER)', 'named-entity-recognition-ner'],
    ['  --Image   Classification--  ', 'image-classification'],
    ['Pokémon Café', 'pokemon-cafe'],
    ['Straße Łódź', 'strasse-lodz'],
    ['ﬁne-grained ²', 'fine-grained-2'],
    ['<script>alert(1)</script>', 'scriptalert1script'],
    ['../../etc/passwd', 'etcpasswd'],
    ["01/01/1967' AND 2*3*8=6*8 AND 'AncJ'='AncJ", '01011967-and-23868-and-ancjancj'],
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
    expect(benchmarkSlug('image-classification', 'imagenet')).toBe('image-classification-on-imagenet');
  });
});
