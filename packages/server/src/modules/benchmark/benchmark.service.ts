import type { DataSource } from 'typeorm';
import { connectionFromQuery, likePattern } from '../../graphql/connection-from-query';
import type { ConnectionShape } from '../../graphql/connection.type';
import type { PageRequest, SortKey } from '../../graphql/keyset-pagination';
import { Benchmark } from './benchmark.entity';
import { BenchmarkOrder, type BenchmarkFilter } from './benchmark.inputs';

const SORT_KEYS: Record<BenchmarkOrder, SortKey[]> = {
  [BenchmarkOrder.SLUG_ASC]: [{ sql: 'benchmark.slug', type: 'text', direction: 'ASC' }],
  [BenchmarkOrder.RESULT_COUNT_DESC]: [
    { sql: '(SELECT count(*) FROM result r WHERE r.benchmark_id = benchmark.id)', type: 'bigint', direction: 'DESC' },
    { sql: 'benchmark.id', type: 'int', direction: 'ASC' },
  ],
};

export function listBenchmarks(
  dataSource: DataSource,
  ConnectionClass: new () => ConnectionShape<Benchmark>,
  filter: BenchmarkFilter,
  order: BenchmarkOrder,
  page: PageRequest,
): Promise<ConnectionShape<Benchmark>> {
  const query = dataSource.getRepository(Benchmark).createQueryBuilder('benchmark');
  if (filter.task != null) {
    query.andWhere('benchmark.task_id = (SELECT id FROM task WHERE slug = :task)', { task: filter.task });
  }
  if (filter.dataset != null) {
    query.andWhere('benchmark.dataset_id = (SELECT id FROM dataset WHERE slug = :dataset)', {
      dataset: filter.dataset,
    });
  }
  if (filter.area != null) {
    query.andWhere(
      'EXISTS (SELECT 1 FROM task_area ta JOIN area a ON a.id = ta.area_id WHERE ta.task_id = benchmark.task_id AND a.slug = :area)',
      { area: filter.area },
    );
  }
  if (filter.query?.trim()) {
    query.andWhere(
      `(EXISTS (SELECT 1 FROM task t WHERE t.id = benchmark.task_id AND t.name ILIKE :pattern)
        OR EXISTS (SELECT 1 FROM dataset d WHERE d.id = benchmark.dataset_id AND d.name ILIKE :pattern))`,
      { pattern: likePattern(filter.query.trim()) },
    );
  }
  return connectionFromQuery(ConnectionClass, query, SORT_KEYS[order], page);
}
