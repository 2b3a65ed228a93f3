import DataLoader from 'dataloader';
import type { DataSource } from 'typeorm';
import type { EntityLoaders } from '../../graphql/entity-loaders';
import { createRelationLoader, groupRows } from '../../graphql/loader-factories';
import type { Result } from '../benchmark/result.entity';
import { VENUE_LIST_LIMITS } from './venue.args';
import { VENUE_LISTS } from './venue.sql';

/**
 * For venues, proceedings and papers that did not come with these fields preloaded (e.g. through
 * `node`): one statement per batch, each list at its largest size (resolvers cut it to `first`).
 */
export function createVenueLoaders(dataSource: DataSource, entities: EntityLoaders) {
  const resultsOf = (table: 'venue' | 'proceeding', list: (owner: string, result: string) => string) =>
    new DataLoader<number, Result[]>(async (ids) => {
      const rows: { owner_id: number; id: number }[] = await dataSource.query(
        `SELECT owner.id AS owner_id, c.id FROM ${table} owner
         CROSS JOIN LATERAL (SELECT r.id ${list('owner', 'r')}
                             ORDER BY ${VENUE_LISTS.resultsOrder('r')} LIMIT ${VENUE_LIST_LIMITS.results.max}) c
         WHERE owner.id = ANY($1::int[])`,
        [[...ids]],
      );
      const loaded = await entities.result.loadMany(rows.map((row) => row.id));
      const pairs = rows.flatMap((row, i) => {
        const result = loaded[i];
        return result && !(result instanceof Error) ? [{ owner: row.owner_id, result }] : [];
      });
      return groupRows(ids, pairs, (pair) => pair.owner).map((group) => group.map((pair) => pair.result));
    });

  return {
    proceedingsByVenue: createRelationLoader(
      dataSource,
      `SELECT owner.id AS owner_id, c.id AS target_id FROM unnest($1::int[]) AS owner(id)
       CROSS JOIN LATERAL (SELECT p.id ${VENUE_LISTS.proceedings('owner.id', 'p')}
                           ORDER BY ${VENUE_LISTS.proceedingsOrder('p')} LIMIT ${VENUE_LIST_LIMITS.proceedings.max}) c`,
      entities.proceeding,
    ),
    proceedingCountByVenue: new DataLoader<number, number>(async (ids) => {
      const rows: { venue_id: number; count: number }[] = await dataSource.query(
        'SELECT venue_id, count(*)::int AS count FROM proceeding WHERE venue_id = ANY($1) GROUP BY venue_id',
        [[...ids]],
      );
      const byVenue = new Map(rows.map((row) => [row.venue_id, row.count]));
      return ids.map((id) => byVenue.get(id) ?? 0);
    }),
    venueOfProceeding: createRelationLoader(
      dataSource,
      'SELECT id AS owner_id, venue_id AS target_id FROM proceeding WHERE id = ANY($1)',
      entities.venue,
    ),
    proceedingOfPaper: createRelationLoader(
      dataSource,
      'SELECT id AS owner_id, proceeding_id AS target_id FROM paper WHERE id = ANY($1) AND proceeding_id IS NOT NULL',
      entities.proceeding,
    ),
    resultsByVenue: resultsOf('venue', VENUE_LISTS.venueResults),
    resultsByProceeding: resultsOf('proceeding', VENUE_LISTS.proceedingResults),
  };
}
