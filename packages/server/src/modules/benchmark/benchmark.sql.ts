import { jsonObjectOf, type SqlType } from '../../graphql/sql-projection';
import { DATASET_SQL } from '../dataset/dataset.sql';
import { PAPER_SQL } from '../paper/paper.sql';
import { TASK_SQL } from '../task/task.sql';
import { boardHistoryStartSql } from '../revision/board-history.sql';

/** Every column of a metric: the ranking resolvers need them all, and there are few. */
const METRIC_COLUMNS = {
  id: 'id',
  benchmarkId: 'benchmark_id',
  name: 'name',
  position: 'position',
  direction: 'direction',
  directionSource: 'direction_source',
  isNumeric: 'is_numeric',
};

export const METRIC_SQL: SqlType = {
  table: 'metric',
  keys: METRIC_COLUMNS,
  columns: {},
  relations: {
    benchmark: {
      target: () => BENCHMARK_SQL,
      many: false,
      from: (metric, board) => `FROM benchmark ${board} WHERE ${board}.id = ${metric}.benchmark_id`,
    },
  },
};

/** Where a board's row keeps all its metrics when a ranking field will need them. */
export const LOADED_METRICS = '@@metrics';
export const RANKING_FIELDS = new Set(['rows', 'best', 'sotaHistory']);

/** Every metric of board `board` (an alias), in column order, as json objects of all their columns. */
export function boardMetricsJson(board: string): string {
  return `(SELECT coalesce(jsonb_agg(${jsonObjectOf(METRIC_COLUMNS, 'm')} ORDER BY m.position), '[]')
           FROM metric m WHERE m.benchmark_id = ${board}.id)`;
}

export const BENCHMARK_SQL: SqlType = {
  table: 'benchmark',
  keys: { id: 'id', slug: 'slug', taskId: 'task_id', datasetId: 'dataset_id' },
  columns: {},
  extras: (board, selection): Record<string, string> =>
    [...selection.values()].some((field) => RANKING_FIELDS.has(field.name))
      ? { [LOADED_METRICS]: boardMetricsJson(board) }
      : {},
  computed: {
    resultCount: (row) => `(SELECT count(*)::int FROM result r WHERE r.benchmark_id = ${row}.id)`,
    historyStartsAt: boardHistoryStartSql,
    // A board read in one statement is the board now: as of a date, the resolvers answer.
    asOf: () => 'NULL::text',
  },
  relations: {
    task: {
      target: () => TASK_SQL,
      many: false,
      from: (board, task) => `FROM task ${task} WHERE ${task}.id = ${board}.task_id`,
    },
    dataset: {
      target: () => DATASET_SQL,
      many: false,
      from: (board, dataset) => `FROM dataset ${dataset} WHERE ${dataset}.id = ${board}.dataset_id`,
    },
    metrics: {
      target: () => METRIC_SQL,
      many: true,
      from: (board, metric) => `FROM metric ${metric} WHERE ${metric}.benchmark_id = ${board}.id`,
      orderBy: (metric) => `${metric}.position`,
    },
  },
};

export const RESULT_VALUE_SQL: SqlType = {
  table: 'result_value',
  keys: { resultId: 'result_id', metricId: 'metric_id' },
  columns: { raw: 'raw', value: 'value' },
  relations: {
    metric: {
      target: () => METRIC_SQL,
      many: false,
      from: (value, metric) => `FROM metric ${metric} WHERE ${metric}.id = ${value}.metric_id`,
    },
  },
};

/** A row has code when it links code itself or its paper has a repository. */
export function resultHasCodeSql(result: string): string {
  return `(jsonb_array_length(${result}.code_links) > 0
           OR EXISTS (SELECT 1 FROM paper_repository pr WHERE pr.paper_id = ${result}.paper_id))`;
}

export const RESULT_SQL: SqlType = {
  table: 'result',
  keys: { id: 'id', benchmarkId: 'benchmark_id', paperId: 'paper_id', codeLinks: 'code_links' },
  columns: {
    modelName: 'model_name',
    paperTitle: 'paper_title',
    paperUrl: 'paper_url',
    evaluatedOn: 'evaluated_on',
    usesAdditionalData: 'uses_additional_data',
    modelLinks: 'model_links',
    source: 'source',
    dateSource: 'date_source',
    paperLink: 'paper_link',
  },
  computed: { hasCode: resultHasCodeSql },
  embedded: { codeLinks: 'code_links', modelLinks: 'model_links' },
  relations: {
    benchmark: {
      target: () => BENCHMARK_SQL,
      many: false,
      from: (result, board) => `FROM benchmark ${board} WHERE ${board}.id = ${result}.benchmark_id`,
    },
    paper: {
      target: () => PAPER_SQL,
      many: false,
      from: (result, paper) => `FROM paper ${paper} WHERE ${paper}.id = ${result}.paper_id`,
    },
    values: {
      target: () => RESULT_VALUE_SQL,
      many: true,
      from: (result, value) =>
        `FROM result_value ${value} JOIN metric ${value}_m ON ${value}_m.id = ${value}.metric_id WHERE ${value}.result_id = ${result}.id`,
      orderBy: (value) => `${value}_m.position`,
      // Joined to order the values: each value's metric is written from that row.
      joined: { metric: (value) => `${value}_m` },
    },
  },
};
