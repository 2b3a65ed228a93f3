import type { DataSource } from 'typeorm';
import type { SqlRunner } from '../../db/prepared-statements';
import { likePattern } from '../../graphql/like-pattern';
import type { Page, PageRequest, SortKey } from '../../graphql/keyset-pagination';
import type { Selection } from '../../graphql/selected-fields';
import { idOfSlug, selectChildPage, selectPage, type RequestScope, type SqlList } from '../../graphql/sql-list';
import type { RowJson, SqlParameters } from '../../graphql/sql-projection';
import type { Benchmark } from './benchmark.entity';
import { BenchmarkOrder, type BenchmarkFilter } from './benchmark.inputs';
import { BENCHMARK_SQL } from './benchmark.sql';

const SORT_KEYS: Record<BenchmarkOrder, SortKey[]> = {
  [BenchmarkOrder.SLUG_ASC]: [{ sql: 'benchmark.slug', type: 'text', direction: 'ASC' }],
  [BenchmarkOrder.RESULT_COUNT_DESC]: [
    { sql: BENCHMARK_SQL.computed!.resultCount!('benchmark'), type: 'bigint', direction: 'DESC' },
    { sql: 'benchmark.id', type: 'int', direction: 'ASC' },
  ],
};

/** A leaderboard of a task of the area whose id is `area` (SQL). */
const OF_AREA = (board: string, area: string) =>
  `EXISTS (SELECT 1 FROM task_area ta WHERE ta.task_id = ${board}.task_id AND ta.area_id = ${area})`;

function benchmarkList(filter: BenchmarkFilter, order: BenchmarkOrder, sql: SqlParameters): SqlList {
  const conditions: string[] = [];
  if (filter.task != null) conditions.push(`benchmark.task_id = ${idOfSlug('task', sql.add(filter.task))}`);
  if (filter.dataset != null) conditions.push(`benchmark.dataset_id = ${idOfSlug('dataset', sql.add(filter.dataset))}`);
  if (filter.area != null) conditions.push(OF_AREA('benchmark', idOfSlug('area', sql.add(filter.area))));
  const query = filter.query?.trim();
  if (query) {
    const pattern = sql.add(likePattern(query));
    conditions.push(
      `(EXISTS (SELECT 1 FROM task t WHERE t.id = benchmark.task_id AND t.name ILIKE ${pattern})
        OR EXISTS (SELECT 1 FROM dataset d WHERE d.id = benchmark.dataset_id AND d.name ILIKE ${pattern}))`,
    );
  }
  return { type: BENCHMARK_SQL, conditions, keys: SORT_KEYS[order] };
}

export function listBenchmarks<T = Benchmark>(
  dataSource: SqlRunner,
  filter: BenchmarkFilter,
  order: BenchmarkOrder,
  selection: RowJson,
  page: PageRequest,
): Promise<Page<T>> {
  return selectPage<T>(dataSource, (sql) => benchmarkList(filter, order, sql), selection, page);
}

/** The leaderboards of the tasks of one area, largest first. */
export function benchmarksOfArea<T = Benchmark>(
  dataSource: DataSource,
  scope: RequestScope,
  areaId: number,
  selection: Selection,
  page: PageRequest,
): Promise<Page<T>> {
  const child = {
    name: 'benchmarks of area',
    listOf: (sql: SqlParameters) => benchmarkList({}, BenchmarkOrder.RESULT_COUNT_DESC, sql),
    ofParent: OF_AREA,
  };
  return selectChildPage<T>(dataSource, scope, child, areaId, selection, page);
}
