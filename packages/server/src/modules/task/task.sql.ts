import type { SqlType } from '../../graphql/sql-projection';
import { AREA_SQL } from '../area/area.sql';
import { BENCHMARK_SQL } from '../benchmark/benchmark.sql';
import { DATASET_SQL } from '../dataset/dataset.sql';

export const TASK_SQL: SqlType = {
  table: 'task',
  keys: { id: 'id', slug: 'slug' },
  columns: { name: 'name', description: 'description', synonyms: 'synonyms' },
  computed: {
    paperCount: (row) => `(SELECT count(*)::int FROM paper_task pt WHERE pt.task_id = ${row}.id)`,
    benchmarkCount: (row) => `(SELECT count(*)::int FROM benchmark b WHERE b.task_id = ${row}.id)`,
    datasetCount: (row) => `(SELECT count(*)::int FROM dataset_task dt WHERE dt.task_id = ${row}.id)`,
    subtaskCount: (row) => `(SELECT count(*)::int FROM task_parent tp WHERE tp.parent_id = ${row}.id)`,
  },
  relations: {
    area: {
      target: () => AREA_SQL,
      many: false,
      from: (task, area) =>
        `FROM task_area ta JOIN area ${area} ON ${area}.id = ta.area_id WHERE ta.task_id = ${task}.id`,
      orderBy: () => 'ta.position',
    },
    areas: {
      target: () => AREA_SQL,
      many: true,
      from: (task, area) =>
        `FROM task_area ta JOIN area ${area} ON ${area}.id = ta.area_id WHERE ta.task_id = ${task}.id`,
      orderBy: () => 'ta.position',
    },
    parents: {
      target: () => TASK_SQL,
      many: true,
      from: (task, parent) =>
        `FROM task_parent tp JOIN task ${parent} ON ${parent}.id = tp.parent_id WHERE tp.child_id = ${task}.id`,
      orderBy: (parent) => `${parent}.name`,
    },
    subtasks: {
      target: () => TASK_SQL,
      many: true,
      from: (task, child) =>
        `FROM task_parent tp JOIN task ${child} ON ${child}.id = tp.child_id WHERE tp.parent_id = ${task}.id`,
      orderBy: (child) => `${child}.name`,
    },
    benchmarks: {
      target: () => BENCHMARK_SQL,
      many: true,
      from: (task, board) =>
        `FROM benchmark ${board} JOIN dataset d ON d.id = ${board}.dataset_id WHERE ${board}.task_id = ${task}.id`,
      orderBy: () => 'd.name',
    },
    datasets: {
      target: () => DATASET_SQL,
      many: true,
      from: (task, dataset) =>
        `FROM dataset_task dt JOIN dataset ${dataset} ON ${dataset}.id = dt.dataset_id WHERE dt.task_id = ${task}.id`,
      orderBy: (dataset) => `${dataset}.name`,
    },
  },
};
