import type { RowJson } from '../../graphql/sql-projection';
import type { SqlRunner } from '../../db/prepared-statements';
import type { Page, PageRequest, SortKey } from '../../graphql/keyset-pagination';
import { selectPage } from '../../graphql/sql-list';
import type { Area } from './area.entity';
import { AreaOrder } from './area.inputs';
import { AREA_SQL } from './area.sql';

const BY_ID: SortKey = { sql: 'area.id', type: 'int', direction: 'ASC' };

const SORT_KEYS: Record<AreaOrder, SortKey[]> = {
  [AreaOrder.NAME_ASC]: [{ sql: 'lower(area.name)', type: 'text', direction: 'ASC' }, BY_ID],
  // Areas outside the taxonomy (position null) after its 16, by name.
  [AreaOrder.TAXONOMY]: [
    { sql: 'coalesce(area.position, 32767)', type: 'int', direction: 'ASC' },
    { sql: 'lower(area.name)', type: 'text', direction: 'ASC' },
    BY_ID,
  ],
  [AreaOrder.TASK_COUNT_DESC]: [
    { sql: AREA_SQL.computed!.taskCount!('area'), type: 'bigint', direction: 'DESC' },
    BY_ID,
  ],
};

export function listAreas<T = Area>(
  dataSource: SqlRunner,
  order: AreaOrder,
  selection: RowJson,
  page: PageRequest,
): Promise<Page<T>> {
  return selectPage<T>(dataSource, () => ({ type: AREA_SQL, conditions: [], keys: SORT_KEYS[order] }), selection, page);
}
