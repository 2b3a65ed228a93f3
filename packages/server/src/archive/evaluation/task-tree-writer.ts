import { slugify } from '@pwc/shared';
import type { AreaStore } from '../write/area-store';
import type { Sql } from '../write/sql';
import type { TaskRef } from '../write/task-store';
import type { TaskNode } from './walk-evaluation-table';

/** Descriptions, synonyms, areas (from categories) and parent links of the tasks of evaluation tables. */
export async function writeTaskTree(
  sql: Sql,
  areas: AreaStore,
  nodes: readonly TaskNode[],
  tasks: ReadonlyMap<string, TaskRef>,
): Promise<void> {
  const details = new Map<number, TaskNode>();
  for (const node of nodes) {
    const task = tasks.get(node.name);
    if (task !== undefined) details.set(task.id, node);
  }
  if (details.size > 0) {
    await sql.query(
      `UPDATE task SET description = coalesce(t.description, task.description),
         synonyms = CASE WHEN t.synonyms = '[]' THEN task.synonyms ELSE ARRAY(SELECT jsonb_array_elements_text(t.synonyms::jsonb)) END
       FROM unnest($1::int[], $2::text[], $3::text[]) AS t(id, description, synonyms)
       WHERE task.id = t.id`,
      [
        [...details.keys()],
        [...details.values()].map((n) => n.description),
        [...details.values()].map((n) => JSON.stringify(n.synonyms)),
      ],
    );
  }

  const areaNames = new Map<string, string>();
  for (const node of nodes)
    for (const category of node.categories) if (slugify(category) !== '') areaNames.set(slugify(category), category);
  const areaIds = await areas.ensure([...areaNames].map(([slug, name]) => ({ slug, name })));
  const taskAreas: [number, number, number][] = [];
  for (const node of nodes) {
    const task = tasks.get(node.name);
    node.categories.forEach((category, position) => {
      const areaId = areaIds.get(slugify(category));
      if (task !== undefined && areaId !== undefined) taskAreas.push([task.id, areaId, position]);
    });
  }
  const uniqueAreas = [...new Map(taskAreas.map((t) => [`${t[0]}:${t[1]}`, t])).values()];
  if (uniqueAreas.length > 0) {
    await sql.query(
      // An area the taxonomy had supplied becomes the archive's (see taxonomy/apply-taxonomy.ts).
      `INSERT INTO task_area (task_id, area_id, position) SELECT * FROM unnest($1::int[], $2::int[], $3::smallint[])
       ON CONFLICT (task_id, area_id) DO UPDATE SET source = 'ARCHIVE', position = excluded.position
       WHERE task_area.source = 'TAXONOMY'`,
      [uniqueAreas.map((t) => t[0]), uniqueAreas.map((t) => t[1]), uniqueAreas.map((t) => t[2])],
    );
  }

  const edges = new Map<string, [number, number]>();
  for (const node of nodes) {
    const child = tasks.get(node.name);
    const parent = node.parentName === null ? undefined : tasks.get(node.parentName);
    if (child !== undefined && parent !== undefined && child.id !== parent.id)
      edges.set(`${parent.id}:${child.id}`, [parent.id, child.id]);
  }
  if (edges.size > 0) {
    await sql.query(
      `INSERT INTO task_parent (parent_id, child_id) SELECT * FROM unnest($1::int[], $2::int[]) ON CONFLICT DO NOTHING`,
      [[...edges.values()].map((e) => e[0]), [...edges.values()].map((e) => e[1])],
    );
  }
}
