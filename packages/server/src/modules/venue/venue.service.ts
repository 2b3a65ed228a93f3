import type { SqlRunner } from '../../db/prepared-statements';
import type { Page, PageRequest, SortKey } from '../../graphql/keyset-pagination';
import { likePattern } from '../../graphql/like-pattern';
import { selectPage } from '../../graphql/sql-list';
import type { RowJson } from '../../graphql/sql-projection';
import type { Venue } from './venue.entity';
import { VENUE_SQL } from './venue.sql';

/** Most papers first; the stored count keeps the order an index scan away. */
const KEYS: SortKey[] = [
  { sql: 'venue.paper_count', type: 'int', direction: 'DESC' },
  { sql: 'venue.id', type: 'int', direction: 'ASC' },
];

/** Venues, most papers first, optionally those whose name or slug contains `query`. */
export function listVenues<T = Venue>(
  dataSource: SqlRunner,
  query: string | null | undefined,
  selection: RowJson,
  page: PageRequest,
): Promise<Page<T>> {
  return selectPage<T>(
    dataSource,
    (sql) => {
      const text = query?.trim();
      const conditions: string[] = [];
      if (text) {
        const pattern = sql.add(likePattern(text));
        conditions.push(`(venue.name ILIKE ${pattern} OR venue.slug ILIKE ${pattern})`);
      }
      return { type: VENUE_SQL, conditions, keys: KEYS };
    },
    selection,
    page,
  );
}
