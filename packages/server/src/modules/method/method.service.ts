import type { SqlRunner } from '../../db/prepared-statements';
import { likePattern } from '../../graphql/like-pattern';
import type { Page, PageRequest, SortKey } from '../../graphql/keyset-pagination';
import { idOfSlug, selectPage } from '../../graphql/sql-list';
import type { RowJson, SqlParameters } from '../../graphql/sql-projection';
import type { Method } from './method.entity';
import { MethodOrder, type MethodFilter } from './method.inputs';
import { METHOD_SQL } from './method.sql';

const BY_ID: SortKey = { sql: 'method.id', type: 'int', direction: 'ASC' };

const SORT_KEYS: Record<MethodOrder, SortKey[]> = {
  [MethodOrder.NAME_ASC]: [{ sql: 'lower(method.name)', type: 'text', direction: 'ASC' }, BY_ID],
  [MethodOrder.PAPER_COUNT_DESC]: [
    { sql: METHOD_SQL.computed!.paperCount!('method'), type: 'bigint', direction: 'DESC' },
    BY_ID,
  ],
  [MethodOrder.INTRODUCED_YEAR_DESC]: [
    { sql: 'coalesce(method.introduced_year, 0)', type: 'int', direction: 'DESC' },
    BY_ID,
  ],
};

/** A method in a collection matching `where` (on the collection `c`). */
function inCollection(where: string): string {
  return `EXISTS (SELECT 1 FROM method_collection_member mm JOIN method_collection c ON c.id = mm.collection_id
                  WHERE mm.method_id = method.id AND ${where})`;
}

function methodConditions(filter: MethodFilter, sql: SqlParameters): string[] {
  const conditions: string[] = [];
  if (filter.collection != null) conditions.push(inCollection(`c.slug = ${sql.add(filter.collection)}`));
  if (filter.area != null) conditions.push(inCollection(`c.area_id = ${idOfSlug('area', sql.add(filter.area))}`));
  const query = filter.query?.trim();
  if (query) {
    const pattern = sql.add(likePattern(query));
    conditions.push(`(method.name ILIKE ${pattern} OR method.full_name ILIKE ${pattern})`);
  }
  return conditions;
}

export function listMethods<T = Method>(
  dataSource: SqlRunner,
  filter: MethodFilter,
  order: MethodOrder,
  selection: RowJson,
  page: PageRequest,
): Promise<Page<T>> {
  return selectPage<T>(
    dataSource,
    (sql) => ({ type: METHOD_SQL, conditions: methodConditions(filter, sql), keys: SORT_KEYS[order] }),
    selection,
    page,
  );
}
