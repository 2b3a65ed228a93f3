/**
 * A leaderboard as of a date (issue 12): the URL says `?asOf=2020-01-01`, a permalink citing the
 * board as it stood at the end of that day (UTC). The server is asked for that instant.
 */

export interface AsOfChoice {
  /** The day the reader asked for (YYYY-MM-DD), when it is a real day before today. */
  date: string | null;
  /** The server's `asOf`: the end of that day, UTC; null for the board as it is now. */
  asOf: string | null;
  /** Why the parameter was not taken, to tell the reader. */
  problem: string | null;
}

const DAY = /^(\d{4})-(\d{2})-(\d{2})$/;

/** Today as YYYY-MM-DD (UTC). */
export function todayUtc(now = new Date()): string {
  return now.toISOString().slice(0, 10);
}

/** The last day a reader can pick: yesterday (today's board is the current one). */
export function lastPickableDay(now = new Date()): string {
  return todayUtc(new Date(now.getTime() - 86_400_000));
}

/** Reads the `asOf` URL parameter. */
export function parseAsOf(value: string | null, now = new Date()): AsOfChoice {
  if (value === null || value === '') return { date: null, asOf: null, problem: null };
  const match = DAY.exec(value);
  const day = match ? new Date(`${value}T00:00:00Z`) : null;
  if (!match || !day || Number.isNaN(day.getTime()) || day.toISOString().slice(0, 10) !== value) {
    return {
      date: null,
      asOf: null,
      problem: `"${value}" is not a date (YYYY-MM-DD); showing the current leaderboard.`,
    };
  }
  if (value >= todayUtc(now)) {
    return {
      date: null,
      asOf: null,
      problem: `${formatDay(value)} has not ended yet; showing the current leaderboard.`,
    };
  }
  return { date: value, asOf: `${value}T23:59:59.999Z`, problem: null };
}

/** "1 January 2020" */
export function formatDay(day: string): string {
  return new Date(`${day}T00:00:00Z`).toLocaleDateString('en-GB', {
    day: 'numeric',
    month: 'long',
    year: 'numeric',
    timeZone: 'UTC',
  });
}

/** "26 November 2026, 05:12 UTC" */
export function formatInstant(instant: string): string {
  const date = new Date(instant);
  const time = date.toLocaleTimeString('en-GB', { hour: '2-digit', minute: '2-digit', timeZone: 'UTC' });
  return `${formatDay(date.toISOString().slice(0, 10))}, ${time} UTC`;
}
