import { badInput } from '../../graphql/errors';

/** Where a board object fetched by Query.benchmark(asOf:) keeps its date for its ranking fields. */
const AS_OF = '@@asOf';

/** Some slack for clocks: a client's "now" may be a little ahead of the database's. */
const FUTURE_SLACK_MS = 60_000;

/**
 * A board's date as the client gave it, checked: a date in the future has no state yet (the
 * client's mistake, named); a date before the history begins is a board without rows.
 */
export function checkAsOf(asOf: Date | null | undefined, now = Date.now()): Date | null {
  if (asOf == null) return null;
  if (Number.isNaN(asOf.getTime())) throw badInput('asOf', 'not a date-time');
  if (asOf.getTime() > now + FUTURE_SLACK_MS) {
    throw badInput('asOf', `${asOf.toISOString()} is in the future; a board can be shown as it stood until now`);
  }
  return asOf;
}

/** The board object, marked to be ranked as of `asOf`. */
export function withAsOf<T extends object>(benchmark: T | null, asOf: Date | null): T | null {
  if (benchmark && asOf) (benchmark as { [AS_OF]?: Date })[AS_OF] = asOf;
  return benchmark;
}

/** The date a board object is shown as of; undefined: now. */
export function boardAsOf(benchmark: object): Date | undefined {
  return (benchmark as { [AS_OF]?: Date })[AS_OF];
}
