import type { SqlType } from '../../graphql/sql-projection';
import { RESULT_SQL } from '../benchmark/benchmark.sql';
import { boundedFirst } from '../author/author.args';
import { VENUE_LIST_LIMITS } from './venue.args';

/** SQL of the lists of a venue or proceeding (ids as SQL), shared by the projection and the loaders. */
export const VENUE_LISTS = {
  proceedings: (venue: string, p: string) => `FROM proceeding ${p} WHERE ${p}.venue_id = ${venue}`,
  proceedingsOrder: (p: string) => `${p}.year DESC NULLS LAST, ${p}.month DESC NULLS LAST, ${p}.slug`,
  /** Leaderboard rows of the venue's papers. */
  venueResults: (venue: string, result: string) =>
    `FROM result ${result} WHERE ${result}.paper_id IN (
       SELECT p.id FROM paper p JOIN proceeding pr ON pr.id = p.proceeding_id WHERE pr.venue_id = ${venue})`,
  /** Leaderboard rows of the proceeding's papers. */
  proceedingResults: (proceeding: string, result: string) =>
    `FROM result ${result} WHERE ${result}.paper_id IN (SELECT p.id FROM paper p WHERE p.proceeding_id = ${proceeding})`,
  resultsOrder: (result: string) => `${result}.evaluated_on DESC NULLS LAST, ${result}.id`,
};

const results = (list: (owner: string, result: string) => string) => ({
  target: () => RESULT_SQL,
  many: true,
  from: (owner: string, result: string, args: Record<string, unknown>) =>
    boundedFirst(args, VENUE_LIST_LIMITS.results) === null ? null : list(`${owner}.id`, result),
  orderBy: VENUE_LISTS.resultsOrder,
  limit: (args: Record<string, unknown>) => boundedFirst(args, VENUE_LIST_LIMITS.results)!,
});

export const VENUE_SQL: SqlType = {
  table: 'venue',
  keys: { id: 'id', slug: 'slug' },
  columns: { name: 'name', paperCount: 'paper_count' },
  computed: {
    proceedingCount: (row) => `(SELECT count(*)::int FROM proceeding pc WHERE pc.venue_id = ${row}.id)`,
  },
  relations: {
    proceedings: {
      target: () => PROCEEDING_SQL,
      many: true,
      from: (venue, p, args) =>
        boundedFirst(args, VENUE_LIST_LIMITS.proceedings) === null ? null : VENUE_LISTS.proceedings(`${venue}.id`, p),
      orderBy: VENUE_LISTS.proceedingsOrder,
      limit: (args) => boundedFirst(args, VENUE_LIST_LIMITS.proceedings)!,
    },
    results: results(VENUE_LISTS.venueResults),
  },
};

export const PROCEEDING_SQL: SqlType = {
  table: 'proceeding',
  keys: { id: 'id', slug: 'slug', venueId: 'venue_id' },
  columns: { name: 'name', year: 'year', month: 'month', paperCount: 'paper_count' },
  relations: {
    venue: {
      target: () => VENUE_SQL,
      many: false,
      from: (p, venue) => `FROM venue ${venue} WHERE ${venue}.id = ${p}.venue_id`,
    },
    results: results(VENUE_LISTS.proceedingResults),
  },
};
