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
