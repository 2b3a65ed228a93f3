import DataLoader from 'dataloader';
import { In, type DataSource } from 'typeorm';
import type { EntityLoaders } from '../../graphql/entity-loaders';
import { createCountLoader, createRelationLoader, groupRows } from '../../graphql/loader-factories';
import { createLeaderboardLoaders } from './leaderboard/leaderboard.loaders';
import { Metric } from './metric.entity';
import { metricsAsOf } from './metrics-as-of';
import { ResultValue } from './result-value.entity';
import { Result } from './result.entity';

export function createBenchmarkLoaders(dataSource: DataSource, entities: EntityLoaders) {
  const metrics = dataSource.getRepository(Metric);
  const results = dataSource.getRepository(Result);
  const values = dataSource.getRepository(ResultValue);
  return {
    ...createLeaderboardLoaders(dataSource),
    /** A board's columns as they stood at a time (Query.benchmark(asOf:)), one board at a time. */
    metricsAsOf: new DataLoader<{ benchmarkId: number; asOf: Date }, Metric[], string>(
      (keys) => Promise.all(keys.map(({ benchmarkId, asOf }) => metricsAsOf(dataSource, benchmarkId, asOf))),
      { cacheKeyFn: ({ benchmarkId, asOf }) => `${benchmarkId}@${asOf.toISOString()}` },
    ),
    /** Leaderboard columns in their published order. */
    metricsByBenchmark: new DataLoader<number, Metric[]>(async (ids) => {
      const rows = await metrics.find({ where: { benchmarkId: In([...ids]) }, order: { position: 'ASC' } });
      return groupRows(ids, rows, (row) => row.benchmarkId);
    }),
    resultsByPaper: new DataLoader<number, Result[]>(async (ids) => {
      const rows = await results.find({ where: { paperId: In([...ids]) }, order: { benchmarkId: 'ASC', id: 'ASC' } });
      return groupRows(ids, rows, (row) => row.paperId as number);
    }),
    valuesByResult: new DataLoader<number, ResultValue[]>(async (ids) => {
      const rows: ResultValue[] = await values
        .createQueryBuilder('v')
        .innerJoin(Metric, 'm', 'm.id = v.metric_id')
        .where('v.result_id = ANY(:ids)', { ids: [...ids] })
        .orderBy('v.result_id')
        .addOrderBy('m.position')
        .getMany();
      return groupRows(ids, rows, (row) => row.resultId);
    }),
    benchmarksByTask: createRelationLoader(
      dataSource,
      `SELECT b.task_id AS owner_id, b.id AS target_id
       FROM benchmark b JOIN dataset d ON d.id = b.dataset_id
       WHERE b.task_id = ANY($1) ORDER BY d.name`,
      entities.benchmark,
    ),
    benchmarksByDataset: createRelationLoader(
      dataSource,
      `SELECT b.dataset_id AS owner_id, b.id AS target_id
       FROM benchmark b JOIN task t ON t.id = b.task_id
       WHERE b.dataset_id = ANY($1) ORDER BY t.name`,
      entities.benchmark,
    ),
    resultCountByBenchmark: createCountLoader(
      dataSource,
      `SELECT benchmark_id AS owner_id, count(*) FROM result WHERE benchmark_id = ANY($1) GROUP BY benchmark_id`,
    ),
    repositoryCountByPaper: createCountLoader(
      dataSource,
      `SELECT paper_id AS owner_id, count(*) FROM paper_repository WHERE paper_id = ANY($1) GROUP BY paper_id`,
    ),
  };
}
