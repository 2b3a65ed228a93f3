import type { SqlType } from '../../graphql/sql-projection';
import { BENCHMARK_SQL } from '../benchmark/benchmark.sql';
import { PAPER_SQL } from '../paper/paper.sql';
import { TASK_SQL } from '../task/task.sql';

export const DATASET_SQL: SqlType = {
  table: 'dataset',
  keys: { id: 'id', slug: 'slug', parentId: 'parent_id', introducedByPaperId: 'introduced_by_paper_id' },
  columns: {
    name: 'name',
    fullName: 'full_name',
    description: 'description',
    shortDescription: 'short_description',
    homepage: 'homepage',
    introducedDate: 'introduced_date',
    licenseName: 'license_name',
    licenseUrl: 'license_url',
    modalities: 'modalities',
    languages: 'languages',
    variants: 'variants',
  },
  computed: {
    paperCount: (row) =>
      `(SELECT count(DISTINCT r.paper_id)::int FROM benchmark b JOIN result r ON r.benchmark_id = b.id
        WHERE b.dataset_id = ${row}.id)`,
  },
  relations: {
    parent: {
      target: () => DATASET_SQL,
      many: false,
      from: (dataset, parent) => `FROM dataset ${parent} WHERE ${parent}.id = ${dataset}.parent_id`,
    },
    subdatasets: {
      target: () => DATASET_SQL,
      many: true,
      from: (dataset, sub) => `FROM dataset ${sub} WHERE ${sub}.parent_id = ${dataset}.id`,
      orderBy: (sub) => `${sub}.name`,
    },
    introducedBy: {
      target: () => PAPER_SQL,
      many: false,
      from: (dataset, paper) => `FROM paper ${paper} WHERE ${paper}.id = ${dataset}.introduced_by_paper_id`,
    },
    tasks: {
      target: () => TASK_SQL,
      many: true,
      from: (dataset, task) =>
        `FROM dataset_task dt JOIN task ${task} ON ${task}.id = dt.task_id WHERE dt.dataset_id = ${dataset}.id`,
      orderBy: (task) => `${task}.name`,
    },
    benchmarks: {
      target: () => BENCHMARK_SQL,
      many: true,
      from: (dataset, board) =>
        `FROM benchmark ${board} JOIN task t ON t.id = ${board}.task_id WHERE ${board}.dataset_id = ${dataset}.id`,
      orderBy: () => 't.name',
    },
  },
};
