import { bySlug, connectionRoot, type RootReader } from '../../graphql/compiled/root-reader';
import { validArguments } from '../../graphql/compiled/valid-arguments';
import { TaskFilter, TasksArgs } from './task.inputs';
import { listTasks } from './task.service';
import { TASK_SQL } from './task.sql';

/** The task module's root fields on the compiled read path (see graphql/compiled). */
export const taskCompiledRoots: Record<string, RootReader> = {
  task: bySlug(TASK_SQL),
  tasks: connectionRoot(
    TASK_SQL,
    (args) => validArguments(TasksArgs, args, { filter: TaskFilter }),
    ({ filter, orderBy, first, after }, json, { db }) => listTasks(db, filter ?? {}, orderBy, json, { first, after }),
  ),
};
