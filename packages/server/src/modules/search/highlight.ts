import type { Highlight, MatchRange } from './search.types';

/**
 * Where the query's words occur in `text` (case-insensitive, at the start of a word or anywhere
 * for words of three letters or more), as ranges of plain text: clients mark them up themselves,
 * so nothing of the data is ever interpreted as markup. Overlapping ranges are merged.
 */
export function highlight(text: string, words: readonly string[]): Highlight {
  const lower = text.toLowerCase();
  // toLowerCase keeps UTF-16 lengths for the scripts names use; when it does not, no ranges.
  if (lower.length !== text.length) return { text, ranges: [] };
  const found: MatchRange[] = [];
  for (const word of new Set(words)) {
    for (let at = lower.indexOf(word); at >= 0; at = lower.indexOf(word, at + word.length)) {
      const wordStart = at === 0 || !/[\p{L}\p{N}]/u.test(lower[at - 1]!);
      if (wordStart || word.length >= 3) found.push({ start: at, length: word.length });
    }
  }
  found.sort((a, b) => a.start - b.start);
  const ranges: MatchRange[] = [];
  for (const range of found) {
    const last = ranges[ranges.length - 1];
    if (last && range.start <= last.start + last.length) {
      last.length = Math.max(last.length, range.start + range.length - last.start);
    } else ranges.push({ ...range });
  }
  return { text, ranges };
}
