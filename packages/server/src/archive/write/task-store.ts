import { slugForName } from '../records/fallback-slug';
import type { Sql } from './sql';

export interface TaskRef {
  id: number;
  slug: string;
  name: string;
}

/**
 * Tasks by name. The archive names tasks everywhere except in datasets.json's tasks[].url, the
 * only place that gives a task's slug; tasks seen only by name get slugForName(name). A name
 * whose slug already exists is taken to be that task.
 */
export class TaskStore {
  private readonly byName = new Map<string, TaskRef>();
  private readonly byLowerName = new Map<string, TaskRef>();
  private readonly bySlug = new Map<string, TaskRef>();

  private constructor(private readonly sql: Sql) {}

  static async load(sql: Sql): Promise<TaskStore> {
    const store = new TaskStore(sql);
    const rows = await sql.query<TaskRef>('SELECT id, slug, name FROM task ORDER BY id');
    for (const row of rows) store.remember(row);
    return store;
  }

  find(name: string): TaskRef | undefined {
    return (
      this.byName.get(name) ?? this.byLowerName.get(name.toLowerCase()) ?? this.bySlug.get(slugForName(name, 'task'))
    );
  }

  /** The tasks of these names, creating the ones not known yet. */
  async ensureNamed(nameList: Iterable<string>): Promise<Map<string, TaskRef>> {
    const names = [...nameList];
    const found = new Map<string, TaskRef>();
    const toCreate = new Map<string, string>(); // slug -> name
    for (const name of names) {
      const task = this.find(name);
      if (task !== undefined) found.set(name, task);
      else {
        const slug = slugForName(name, 'task');
        if (!toCreate.has(slug)) toCreate.set(slug, name);
      }
    }
    if (toCreate.size > 0) {
      const rows = await this.sql.query<TaskRef>(
        `INSERT INTO task (slug, name) SELECT * FROM unnest($1::text[], $2::text[])
         ON CONFLICT (slug) DO UPDATE SET slug = excluded.slug
         RETURNING id, slug, name`,
        [[...toCreate.keys()], [...toCreate.values()]],
      );
      for (const row of rows) this.remember(row);
      for (const name of names) {
        const task = this.find(name);
        if (task !== undefined) found.set(name, task);
      }
    }
    return found;
  }

  /** Tasks whose slug the archive states (datasets.json): the name is updated to the stated one. */
  async upsertWithSlugs(tasks: ReadonlyMap<string, string>): Promise<void> {
    if (tasks.size === 0) return;
    const rows = await this.sql.query<TaskRef>(
      `INSERT INTO task (slug, name) SELECT * FROM unnest($1::text[], $2::text[])
       ON CONFLICT (slug) DO UPDATE SET name = excluded.name
       RETURNING id, slug, name`,
      [[...tasks.keys()], [...tasks.values()]],
    );
    for (const row of rows) this.remember(row);
  }

  private remember(task: TaskRef): void {
    const previous = this.bySlug.get(task.slug);
    if (previous !== undefined && previous.name !== task.name) {
      this.byName.delete(previous.name);
      this.byLowerName.delete(previous.name.toLowerCase());
    }
    this.bySlug.set(task.slug, task);
    this.byName.set(task.name, task);
    if (!this.byLowerName.has(task.name.toLowerCase())) this.byLowerName.set(task.name.toLowerCase(), task);
  }
}
