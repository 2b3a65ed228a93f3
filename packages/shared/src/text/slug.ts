// Letters that Unicode normalization does not split into a base letter plus a diacritic.
const FOLDED_LETTERS: Readonly<Record<string, string>> = {
  ß: 'ss',
  æ: 'ae',
  œ: 'oe',
  ø: 'o',
  đ: 'd',
  ð: 'd',
  ł: 'l',
  þ: 'th',
  ı: 'i',
};

/** Lower-case ASCII text with diacritics removed (letters outside Latin are dropped later). */
export function foldToAscii(text: string): string {
  return text
    .toLowerCase()
    .normalize('NFKD')
    .replace(/\p{M}/gu, '')
    .replace(/[ßæœøđðłþı]/g, (letter) => FOLDED_LETTERS[letter] ?? letter);
}

/**
 * The slug Papers with Code made (Django's slugify): punctuation is dropped, spaces and hyphens
 * become one "-". So "SQuAD1.1" -> "squad11" (as in /sota/question-answering-on-squad11) and
 * "Named Entity Recognition (NER)" -> "named-entity-recognition-ner". Underscores become "-" too.
 * Returns "" when nothing usable is left; callers decide.
 */
export function slugify(text: string): string {
  return foldToAscii(text)
    .replace(/[^a-z0-9\s_-]+/g, '')
    .replace(/[\s_-]+/g, '-')
    .replace(/^-+|-+$/g, '');
}

/** Slug of a task-on-dataset benchmark, as on PWC "/sota/" pages. */
export function benchmarkSlug(taskSlug: string, datasetSlug: string): string {
  return `${taskSlug}-on-${datasetSlug}`;
}

/** Paper slugs are at most this long before a "-1", "-2" … suffix (measured on the archive). */
export const PAPER_SLUG_MAX = 45;

/**
 * The slug paperswithcode.com gave a paper from its title (python-slugify, max_length 45,
 * word_boundary, save_order): apostrophes dropped, any other run of non-alphanumerics one "-",
 * then whole words while the slug stays within 45 characters ("BERT: Pre-training of Deep
 * Bidirectional Transformers …" -> "bert-pre-training-of-deep-bidirectional"). A title taken by
 * another paper gets "-1", "-2" … (see the callers). "" when nothing usable is left.
 */
export function paperSlugBase(title: string): string {
  const words = foldToAscii(title)
    .replace(/['\u2019"]/g, '')
    .split(/[^a-z0-9]+/)
    .filter(Boolean);
  if (words.length === 0) return '';
  let slug = '';
  for (const word of words) {
    const length = slug.length + word.length;
    if (length < PAPER_SLUG_MAX) slug += `${word}-`;
    else if (length === PAPER_SLUG_MAX) {
      slug += word;
      break;
    } else break;
  }
  // A first word longer than the limit is cut, as python-slugify does.
  return (slug || words[0]!.slice(0, PAPER_SLUG_MAX)).replace(/-+$/, '');
}
