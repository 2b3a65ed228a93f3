import { makeBadge } from 'badge-maker';
import type { FoundBoard } from './board-export';

/** What a badge says of a paper on a board (shields.io's endpoint format; `svg` renders it). */
export interface BadgeContent {
  schemaVersion: 1;
  label: string;
  message: string;
  color: string;
}

/**
 * What a badge says of a paper's best-ranked row on a board: "state of the art | SQuAD1.1 F1
 * 93.2", or "rank #3 | …"; a grey "not ranked" when the paper has no ranked row there.
 */
export function paperBadge(
  board: FoundBoard,
  row: { rank: number; raw: string | null } | null,
): { content: BadgeContent; found: boolean } {
  const metric = board.rankedBy?.name;
  if (!row || !metric) {
    const content = { schemaVersion: 1 as const, label: 'papers with code', message: 'not ranked', color: 'lightgrey' };
    return { content, found: false };
  }
  const { rank } = row;
  return {
    found: true,
    content: {
      schemaVersion: 1,
      label: rank === 1 ? 'state of the art' : `rank #${rank}`,
      message: `${board.dataset} ${metric} ${row.raw ?? ''}`.trim(),
      color: rank === 1 ? 'brightgreen' : rank <= 3 ? 'green' : rank <= 10 ? 'yellowgreen' : 'blue',
    },
  };
}

/** The badge as SVG: badge-maker (shields.io's renderer) measures the text for its width. */
export function badgeSvg({ label, message, color }: BadgeContent): string {
  return makeBadge({ label, message, color, style: 'flat' });
}
