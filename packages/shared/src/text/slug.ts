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
 * PWC-style slug: "SQuAD1.1" -> "squad1-1", "Named Entity Recognition (NER)" ->
 * "named-entity-recognition-ner". Returns "" when nothing usable is left; callers decide.
 */
export function slugify(text: string): string {
  return foldToAscii(text)
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '');
}

/** Slug of a task-on-dataset benchmark, as on PWC "/sota/" pages. */
export function benchmarkSlug(taskSlug: string, datasetSlug: string): string {
  return `${taskSlug}-on-${datasetSlug}`;
}
