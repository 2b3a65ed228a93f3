import type { DataSource } from 'typeorm';
import type { SqlRunner } from '../../db/prepared-statements';
import { likePattern } from '../../graphql/like-pattern';
import type { Page, PageRequest, SortKey } from '../../graphql/keyset-pagination';
import type { Selection } from '../../graphql/selected-fields';
import { idOfSlug, selectChildPage, selectPage, type RequestScope, type SqlList } from '../../graphql/sql-list';
import type { RowJson, SqlParameters } from '../../graphql/sql-projection';
import type { Task } from './task.entity';
import { TaskOrder, type TaskFilter } from './task.inputs';
import { TASK_SQL } from './task.sql';

const BY_ID: SortKey = { sql: 'task.id', type: 'int', direction: 'ASC' };

const SORT_KEYS: Record<TaskOrder, SortKey[]> = {
  [TaskOrder.NAME_ASC]: [{ sql: 'lower(task.name)', type: 'text', direction: 'ASC' }, BY_ID],
  [TaskOrder.PAPER_COUNT_DESC]: [
    { sql: TASK_SQL.computed!.paperCount!('task'), type: 'bigint', direction: 'DESC' },
    BY_ID,
  ],
  [TaskOrder.BENCHMARK_COUNT_DESC]: [
    { sql: TASK_SQL.computed!.benchmarkCount!('task'), type: 'bigint', direction: 'DESC' },
    BY_ID,
  ],
};

/** A task of the area whose id is `area` (SQL). */
const OF_AREA = (task: string, area: string) =>
  `EXISTS (SELECT 1 FROM task_area ta WHERE ta.task_id = ${task}.id AND ta.area_id = ${area})`;

function taskList(filter: TaskFilter, order: TaskOrder, sql: SqlParameters): SqlList {
  const conditions: string[] = [];
  if (filter.area != null) conditions.push(OF_AREA('task', idOfSlug('area', sql.add(filter.area))));
  if (filter.parent != null) {
    conditions.push(
      `EXISTS (SELECT 1 FROM task_parent tp WHERE tp.child_id = task.id AND tp.parent_id = ${idOfSlug('task', sql.add(filter.parent))})`,
    );
  }
  if (filter.topLevel != null) {
    conditions.push(
      `${filter.topLevel ? 'NOT ' : ''}EXISTS (SELECT 1 FROM task_parent tp WHERE tp.child_id = task.id)`,
    );
  }
  const query = filter.query?.trim();
  if (query) {
    const pattern = sql.add(likePattern(query));
    conditions.push(`(task.name ILIKE ${pattern} OR array_to_string(task.synonyms, ' ') ILIKE ${pattern})`);
  }
  return { type: TASK_SQL, conditions, keys: SORT_KEYS[order] };
}

export function listTasks<T = Task>(
  dataSource: SqlRunner,
  filter: TaskFilter,
  order: TaskOrder,
  selection: RowJson,
  page: PageRequest,
): Promise<Page<T>> {
  return selectPage<T>(dataSource, (sql) => taskList(filter, order, sql), selection, page);
}

/** The tasks of one area, most-studied first; only top-level ones when `topLevel`. */
export function tasksOfArea<T = Task>(
  dataSource: DataSource,
  scope: RequestScope,
  areaId: number,
  topLevel: boolean | null | undefined,
  selection: Selection,
  page: PageRequest,
): Promise<Page<T>> {
  const child = {
    name: `tasks of area, topLevel ${topLevel}`,
    listOf: (sql: SqlParameters) => taskList({ topLevel }, TaskOrder.PAPER_COUNT_DESC, sql),
    ofParent: OF_AREA,
  };
  return selectChildPage<T>(dataSource, scope, child, areaId, selection, page);
}
