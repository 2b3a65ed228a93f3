import { badInput } from './errors';

/** Cursors for lists ranked in memory (leaderboard rows): the position after the edge. */
export function encodeOffsetCursor(offset: number): string {
  return Buffer.from(`offset:${offset}`, 'utf8').toString('base64url');
}

export function decodeOffsetCursor(cursor: string): number {
  const match = /^offset:(\d{1,9})$/.exec(Buffer.from(cursor, 'base64url').toString('utf8'));
  if (!match?.[1]) throw badInput('after', 'malformed cursor; pass an endCursor from a previous page');
  return Number(match[1]);
}
