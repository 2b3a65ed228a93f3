import type { SqlRunner } from '../../db/prepared-statements';
import { likePattern } from '../../graphql/like-pattern';
import type { Page, PageRequest, SortKey } from '../../graphql/keyset-pagination';
import { idOfSlug, selectPage } from '../../graphql/sql-list';
import type { RowJson, SqlParameters } from '../../graphql/sql-projection';
import type { Dataset } from './dataset.entity';
import { DatasetOrder, type DatasetFilter } from './dataset.inputs';
import { DATASET_SQL } from './dataset.sql';

const BY_ID: SortKey = { sql: 'dataset.id', type: 'int', direction: 'ASC' };

const SORT_KEYS: Record<DatasetOrder, SortKey[]> = {
  [DatasetOrder.NAME_ASC]: [{ sql: 'lower(dataset.name)', type: 'text', direction: 'ASC' }, BY_ID],
  [DatasetOrder.BENCHMARK_COUNT_DESC]: [
    { sql: '(SELECT count(*) FROM benchmark b WHERE b.dataset_id = dataset.id)', type: 'bigint', direction: 'DESC' },
    BY_ID,
  ],
  [DatasetOrder.INTRODUCED_DESC]: [
    { sql: "coalesce(dataset.introduced_date, '0001-01-01'::date)", type: 'date', direction: 'DESC' },
    BY_ID,
  ],
};

function datasetConditions(filter: DatasetFilter, sql: SqlParameters): string[] {
  const conditions: string[] = [];
  if (filter.task != null) {
    conditions.push(
      `EXISTS (SELECT 1 FROM dataset_task dt WHERE dt.dataset_id = dataset.id AND dt.task_id = ${idOfSlug('task', sql.add(filter.task))})`,
    );
  }
  if (filter.modality != null) conditions.push(`dataset.modalities @> ARRAY[${sql.add(filter.modality)}]::text[]`);
  if (filter.language != null) conditions.push(`dataset.languages @> ARRAY[${sql.add(filter.language)}]::text[]`);
  const query = filter.query?.trim();
  if (query) {
    const pattern = sql.add(likePattern(query));
    conditions.push(
      `(dataset.name ILIKE ${pattern} OR dataset.full_name ILIKE ${pattern} OR array_to_string(dataset.variants, ' ') ILIKE ${pattern})`,
    );
  }
  return conditions;
}

export function listDatasets<T = Dataset>(
  dataSource: SqlRunner,
  filter: DatasetFilter,
  order: DatasetOrder,
  selection: RowJson,
  page: PageRequest,
): Promise<Page<T>> {
  return selectPage<T>(
    dataSource,
    (sql) => ({ type: DATASET_SQL, conditions: datasetConditions(filter, sql), keys: SORT_KEYS[order] }),
    selection,
    page,
  );
}
