import type { GraphModule } from '../graph-module';
import { taskCompiledRoots } from './task.compiled';
import { TaskArea } from './task-area.entity';
import { TaskParent } from './task-parent.entity';
import { Task } from './task.entity';
import { createTaskLoaders } from './task.loaders';
import { TaskResolver } from './task.resolver';

export const taskModule = {
  resolvers: [TaskResolver],
  entities: [Task, TaskArea, TaskParent],
  loaders: createTaskLoaders,
  nodeTypes: { Task: { entity: Task, key: 'slug' } },
  objectPages: { task: 'task' },
  compiledRoots: taskCompiledRoots,
} satisfies GraphModule;
