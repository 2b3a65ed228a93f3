import type { DataSource } from 'typeorm';
import { connectionFromQuery, likePattern } from '../../graphql/connection-from-query';
import type { ConnectionShape } from '../../graphql/connection.type';
import type { PageRequest, SortKey } from '../../graphql/keyset-pagination';
import { Dataset } from './dataset.entity';
import { DatasetOrder, type DatasetFilter } from './dataset.inputs';

const SORT_KEYS: Record<DatasetOrder, SortKey[]> = {
  [DatasetOrder.NAME_ASC]: [
    { sql: 'lower(dataset.name)', type: 'text', direction: 'ASC' },
    { sql: 'dataset.id', type: 'int', direction: 'ASC' },
  ],
  [DatasetOrder.BENCHMARK_COUNT_DESC]: [
    { sql: '(SELECT count(*) FROM benchmark b WHERE b.dataset_id = dataset.id)', type: 'bigint', direction: 'DESC' },
    { sql: 'dataset.id', type: 'int', direction: 'ASC' },
  ],
  [DatasetOrder.INTRODUCED_DESC]: [
    { sql: "coalesce(dataset.introduced_date, '0001-01-01'::date)", type: 'date', direction: 'DESC' },
    { sql: 'dataset.id', type: 'int', direction: 'ASC' },
  ],
};

export function listDatasets(
  dataSource: DataSource,
  ConnectionClass: new () => ConnectionShape<Dataset>,
  filter: DatasetFilter,
  order: DatasetOrder,
  page: PageRequest,
): Promise<ConnectionShape<Dataset>> {
  const query = dataSource.getRepository(Dataset).createQueryBuilder('dataset');
  if (filter.task != null) {
    query.andWhere(
      'EXISTS (SELECT 1 FROM dataset_task dt JOIN task t ON t.id = dt.task_id WHERE dt.dataset_id = dataset.id AND t.slug = :task)',
      { task: filter.task },
    );
  }
  if (filter.modality != null)
    query.andWhere('dataset.modalities @> ARRAY[:modality]::text[]', { modality: filter.modality });
  if (filter.language != null)
    query.andWhere('dataset.languages @> ARRAY[:language]::text[]', { language: filter.language });
  if (filter.query?.trim()) {
    query.andWhere(
      "(dataset.name ILIKE :pattern OR dataset.full_name ILIKE :pattern OR array_to_string(dataset.variants, ' ') ILIKE :pattern)",
      { pattern: likePattern(filter.query.trim()) },
    );
  }
  return connectionFromQuery(ConnectionClass, query, SORT_KEYS[order], page);
}
