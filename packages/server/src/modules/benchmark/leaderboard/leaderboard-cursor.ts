import { badInput } from '../../../graphql/errors';
import { INT4_MAX } from '../../../graphql/global-id';

/** Where a page ends in leaderboard order: the listing keys of its last row. */
export interface LeaderboardCursor {
  missing: boolean;
  score: number;
  date: string;
  id: number;
}

const PREFIX = 'lb:';

export function encodeLeaderboardCursor(cursor: LeaderboardCursor): string {
  return Buffer.from(PREFIX + JSON.stringify([cursor.missing, cursor.score, cursor.date, cursor.id])).toString(
    'base64url',
  );
}

/** The cursor's keys, checked for shape so that nothing malformed reaches SQL. */
export function decodeLeaderboardCursor(text: string): LeaderboardCursor {
  const decoded = Buffer.from(text, 'base64url').toString('utf8');
  if (decoded.startsWith(PREFIX)) {
    try {
      const [missing, score, date, id] = JSON.parse(decoded.slice(PREFIX.length)) as unknown[];
      if (
        typeof missing === 'boolean' &&
        typeof score === 'number' &&
        Number.isFinite(score) &&
        typeof date === 'string' &&
        (date === 'infinity' || (/^\d{4}-\d{2}-\d{2}$/.test(date) && !Number.isNaN(Date.parse(date)))) &&
        Number.isInteger(id) &&
        (id as number) > 0 &&
        (id as number) <= INT4_MAX
      ) {
        return { missing, score, date, id: id as number };
      }
    } catch {
      // a user error below
    }
  }
  throw badInput('after', 'malformed cursor; pass an endCursor from a previous page of this leaderboard');
}
