import type { SqlType } from '../../graphql/sql-projection';
import { RESULT_SQL } from '../benchmark/benchmark.sql';
import { boundedFirst } from '../author/author.args';
import { VENUE_LIST_LIMITS } from './venue.args';

/** SQL of the lists of a venue or proceeding (ids as SQL), shared by the projection and the loaders. */
export const VENUE_LISTS = {
  proceedings: (venue: string, p: string) => `FROM proceeding ${p} WHERE ${p}.venue_id = ${venue}`,
  proceedingsOrder: (p: string) => `${p}.year DESC NULLS LAST, ${p}.month DESC NULLS LAST, ${p}.slug`,
  /**
   * Leaderboard rows of the papers of the venue row `venue`. Planned by its stored size, since the
   * planner cannot tell NeurIPS from a one-paper venue: up to BIG_VENUE papers, their ids first and
   * their rows through the index on paper_id (milliseconds); above, one pass over the result table
   * joined to the venue's papers (bounded by that table, ~150 ms at full scale under load). Only one
   * branch runs (a one-time filter on the count).
   */
  venueResults: (venue: string, result: string) =>
    `FROM (
       SELECT r.* FROM result r
       WHERE ${venue}.paper_count > ${BIG_VENUE} AND r.paper_id IN (SELECT p.id FROM paper p WHERE p.venue_id = ${venue}.id)
       UNION ALL
       SELECT r.* FROM result r
       WHERE ${venue}.paper_count <= ${BIG_VENUE}
         AND r.paper_id = ANY(ARRAY(SELECT p.id FROM paper p WHERE p.venue_id = ${venue}.id))
     ) ${result}`,
  /** Leaderboard rows of the papers of the proceeding row `proceeding` (one edition: thousands at most). */
  proceedingResults: (proceeding: string, result: string) =>
    `FROM result ${result}
     WHERE ${result}.paper_id = ANY(ARRAY(SELECT p.id FROM paper p WHERE p.proceeding_id = ${proceeding}.id))`,
  resultsOrder: (result: string) => `${result}.evaluated_on DESC NULLS LAST, ${result}.id`,
};

/** Venues with more papers than this find their results from the result table's side (see venueResults). */
const BIG_VENUE = 20_000;

const results = (list: (owner: string, result: string) => string) => ({
  target: () => RESULT_SQL,
  many: true,
  from: (owner: string, result: string, args: Record<string, unknown>) =>
    boundedFirst(args, VENUE_LIST_LIMITS.results) === null ? null : list(owner, result),
  orderBy: VENUE_LISTS.resultsOrder,
  limit: (args: Record<string, unknown>) => boundedFirst(args, VENUE_LIST_LIMITS.results)!,
});

export const VENUE_SQL: SqlType = {
  table: 'venue',
  // paperCount is a key: the papers connection's totalCount reads it (counting 100,000s of papers is slow).
  keys: { id: 'id', slug: 'slug', paperCount: 'paper_count' },
  columns: { name: 'name' },
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
  keys: { id: 'id', slug: 'slug', venueId: 'venue_id', paperCount: 'paper_count' },
  columns: { name: 'name', year: 'year', month: 'month' },
  relations: {
    venue: {
      target: () => VENUE_SQL,
      many: false,
      from: (p, venue) => `FROM venue ${venue} WHERE ${venue}.id = ${p}.venue_id`,
    },
    results: results(VENUE_LISTS.proceedingResults),
  },
};
