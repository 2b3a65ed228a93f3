/** A stretch of text that matched, as the API reports it: UTF-16 offsets into plain text. */
export interface MatchRange {
  start: number;
  length: number;
}

/**
 * Plain text with the ranges that matched wrapped in <mark>: every piece is a React text node,
 * so nothing of the data is ever read as markup.
 */
export function Highlighted({ text, ranges }: { text: string; ranges: readonly MatchRange[] }) {
  const pieces: { text: string; marked: boolean }[] = [];
  let at = 0;
  for (const { start, length } of [...ranges].sort((a, b) => a.start - b.start)) {
    if (start < at || start + length > text.length || length <= 0) continue;
    if (start > at) pieces.push({ text: text.slice(at, start), marked: false });
    pieces.push({ text: text.slice(start, start + length), marked: true });
    at = start + length;
  }
  if (at < text.length) pieces.push({ text: text.slice(at), marked: false });
  return <>{pieces.map((piece, i) => (piece.marked ? <mark key={i}>{piece.text}</mark> : piece.text))}</>;
}
