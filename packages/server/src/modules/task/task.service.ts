import type { DataSource } from 'typeorm';
import { connectionFromQuery, likePattern } from '../../graphql/connection-from-query';
import type { ConnectionShape } from '../../graphql/connection.type';
import type { PageRequest, SortKey } from '../../graphql/keyset-pagination';
import { Task } from './task.entity';
import { TaskOrder, type TaskFilter } from './task.inputs';

const SORT_KEYS: Record<TaskOrder, SortKey[]> = {
  [TaskOrder.NAME_ASC]: [
    { sql: 'lower(task.name)', type: 'text', direction: 'ASC' },
    { sql: 'task.id', type: 'int', direction: 'ASC' },
  ],
  [TaskOrder.PAPER_COUNT_DESC]: [
    { sql: '(SELECT count(*) FROM paper_task pt WHERE pt.task_id = task.id)', type: 'bigint', direction: 'DESC' },
    { sql: 'task.id', type: 'int', direction: 'ASC' },
  ],
  [TaskOrder.BENCHMARK_COUNT_DESC]: [
    { sql: '(SELECT count(*) FROM benchmark b WHERE b.task_id = task.id)', type: 'bigint', direction: 'DESC' },
    { sql: 'task.id', type: 'int', direction: 'ASC' },
  ],
};

export function listTasks(
  dataSource: DataSource,
  ConnectionClass: new () => ConnectionShape<Task>,
  filter: TaskFilter,
  order: TaskOrder,
  page: PageRequest,
): Promise<ConnectionShape<Task>> {
  const query = dataSource.getRepository(Task).createQueryBuilder('task');
  if (filter.area != null) {
    query.andWhere(
      'EXISTS (SELECT 1 FROM task_area ta JOIN area a ON a.id = ta.area_id WHERE ta.task_id = task.id AND a.slug = :area)',
      { area: filter.area },
    );
  }
  if (filter.parent != null) {
    query.andWhere(
      'EXISTS (SELECT 1 FROM task_parent tp JOIN task p ON p.id = tp.parent_id WHERE tp.child_id = task.id AND p.slug = :parent)',
      { parent: filter.parent },
    );
  }
  if (filter.topLevel != null) {
    query.andWhere(`${filter.topLevel ? 'NOT ' : ''}EXISTS (SELECT 1 FROM task_parent tp WHERE tp.child_id = task.id)`);
  }
  if (filter.query?.trim()) {
    query.andWhere("(task.name ILIKE :pattern OR array_to_string(task.synonyms, ' ') ILIKE :pattern)", {
      pattern: likePattern(filter.query.trim()),
    });
  }
  return connectionFromQuery(ConnectionClass, query, SORT_KEYS[order], page);
}
