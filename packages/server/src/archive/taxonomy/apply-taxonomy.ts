import type { DataSource } from 'typeorm';
import { bumpDataVersionIfChanged } from '../../cache/data-version';
import { sqlOver, type Sql } from '../write/sql';
import { readTaxonomy, type Taxonomy } from './read-taxonomy';
import { TaxonomyGraph, type AreaSource } from './taxonomy-graph';
import { TaxonomyIndex } from './taxonomy-index';

const EXAMPLES = 5;

export interface TaxonomyReport {
  /** The taxonomy's research areas, each stored with its place and task count. */
  areas: number;
  /** Stored tasks whose name (or slug) the taxonomy has, and those it has not. */
  tasksMatched: number;
  tasksUnmatched: number;
  /** Unmatched tasks with leaderboards first. */
  unmatchedExamples: string[];
  /** Tasks the archive gives no area that got theirs from the taxonomy, by where from. */
  areasFromTaxonomy: Record<AreaSource, number>;
  /** Tasks left without an area, and leaderboards of such tasks. */
  tasksWithoutArea: number;
  boardsWithoutArea: number;
  withoutAreaExamples: string[];
  /** Parent links the taxonomy added between stored tasks; links left out as they would close a cycle. */
  parentLinksAdded: number;
  parentLinksCyclic: number;
  /** Per taxonomy area, in its order: the stored tasks now in it beside the archive's count (a sanity check). */
  areaTasks: { name: string; tasks: number; archiveTaskCount: number }[];
  /** Rows of the taxonomy files left out. */
  skippedRows: string[];
  /** The data version it published, if it changed anything. */
  dataVersion?: string;
  seconds: number;
}

/**
 * After the archive files: the research areas follow the taxonomy (names, slugs, order, task
 * counts), its parent links join the stored tasks, and a task the archive gives no area gets
 * the taxonomy's (`task_area.source` TAXONOMY, replaced on every run, so the archive's areas win
 * once it states some). One transaction; it writes only what differs, so a re-import changes
 * nothing and publishes no new data version.
 */
export async function applyTaxonomy(
  dataSource: DataSource,
  taxonomy: Taxonomy = readTaxonomy(),
): Promise<TaxonomyReport> {
  const started = Date.now();
  const runner = dataSource.createQueryRunner();
  const sql = sqlOver((await runner.connect()) as Parameters<typeof sqlOver>[0]);
  try {
    await sql.query('BEGIN');
    const report = await apply(sql, taxonomy);
    report.dataVersion = await bumpDataVersionIfChanged(sql);
    await sql.query('COMMIT');
    report.seconds = (Date.now() - started) / 1000;
    return report;
  } catch (error) {
    await sql.query('ROLLBACK').catch(() => undefined);
    throw error;
  } finally {
    await runner.release();
  }
}

async function apply(sql: Sql, taxonomy: Taxonomy): Promise<TaxonomyReport> {
  const index = new TaxonomyIndex(taxonomy);
  const areaIds = await storeAreas(sql, taxonomy);
  const tasks = await sql.query<{ id: number; slug: string; name: string; boards: number }>(
    `SELECT t.id, t.slug, t.name, (SELECT count(*)::int FROM benchmark b WHERE b.task_id = t.id) AS boards
     FROM task t ORDER BY t.id`,
  );
  const links = await sql.query<{ parentId: number; childId: number }>(
    'SELECT parent_id AS "parentId", child_id AS "childId" FROM task_parent',
  );
  const taskAreas = await sql.query<{ taskId: number; areaId: number; position: number; source: string }>(
    'SELECT task_id AS "taskId", area_id AS "areaId", position, source FROM task_area ORDER BY task_id, position, area_id',
  );
  const archiveAreas = new Map<number, number[]>();
  for (const row of taskAreas)
    if (row.source === 'ARCHIVE') archiveAreas.set(row.taskId, [...(archiveAreas.get(row.taskId) ?? []), row.areaId]);

  const graph = new TaxonomyGraph(index, tasks, links, archiveAreas, areaIds);
  const { added, cyclic } = graph.addTaxonomyLinks();
  if (added.length > 0)
    await sql.query(
      'INSERT INTO task_parent (parent_id, child_id) SELECT * FROM unnest($1::int[], $2::int[]) ON CONFLICT DO NOTHING',
      [added.map((l) => l[0]), added.map((l) => l[1])],
    );

  const fallbacks = new Map<number, number[]>();
  const areasFromTaxonomy: Record<AreaSource, number> = {
    'own row': 0,
    ancestors: 0,
    'broader name': 0,
    "papers' other tasks": 0,
  };
  let unplaced: typeof tasks = [];
  for (const task of tasks) {
    if (archiveAreas.has(task.id)) continue;
    const fallback = graph.fallbackAreas(task);
    if (fallback === undefined) unplaced.push(task);
    else {
      areasFromTaxonomy[fallback.source]++;
      fallbacks.set(task.id, fallback.areas);
    }
  }
  // The last resort, for tasks with leaderboards only: it reads their papers' other tasks,
  // which for every task of the papers file would cost minutes at full size.
  const withBoards = unplaced.filter((task) => task.boards > 0);
  if (withBoards.length > 0) {
    const known = [...archiveAreas, ...fallbacks].flatMap(([taskId, areas]) =>
      areas.map((areaId) => [taskId, areaId] as const),
    );
    const votes = await areaVotesOfPapers(
      sql,
      withBoards.map((task) => task.id),
      known,
    );
    for (const task of withBoards) {
      const areas = mostVoted(votes.get(task.id));
      if (areas.length === 0) continue;
      areasFromTaxonomy["papers' other tasks"]++;
      fallbacks.set(task.id, areas);
    }
    unplaced = unplaced.filter((task) => !fallbacks.has(task.id));
  }
  const wanted = new Map<string, { taskId: number; areaId: number; position: number }>();
  for (const [taskId, areas] of fallbacks)
    areas.forEach((areaId, position) => wanted.set(`${taskId}:${areaId}`, { taskId, areaId, position }));
  await replaceTaxonomyAreas(sql, taskAreas, wanted);
  const withoutArea = unplaced;

  const areaTasks = await sql.query<{ name: string; tasks: number; archiveTaskCount: number }>(
    `SELECT a.name, count(ta.task_id)::int AS tasks, a.archive_task_count AS "archiveTaskCount"
     FROM area a LEFT JOIN task_area ta ON ta.area_id = a.id
     WHERE a.position IS NOT NULL GROUP BY a.id ORDER BY a.position`,
  );
  const unmatched = tasks.filter((task) => !graph.isMatched(task.id));
  const byBoardsThenName = (a: (typeof tasks)[number], b: (typeof tasks)[number]) =>
    b.boards - a.boards || a.name.localeCompare(b.name);
  return {
    areas: taxonomy.areas.length,
    tasksMatched: tasks.length - unmatched.length,
    tasksUnmatched: unmatched.length,
    unmatchedExamples: unmatched
      .sort(byBoardsThenName)
      .slice(0, EXAMPLES)
      .map((t) => t.name),
    areasFromTaxonomy,
    tasksWithoutArea: withoutArea.length,
    boardsWithoutArea: withoutArea.reduce((sum, task) => sum + task.boards, 0),
    withoutAreaExamples: withoutArea
      .sort(byBoardsThenName)
      .slice(0, EXAMPLES)
      .map((t) => t.name),
    areaTasks,
    parentLinksAdded: added.length,
    parentLinksCyclic: cyclic,
    skippedRows: taxonomy.skippedRows,
    seconds: 0,
  };
}

/** Papers of a task read for its vote: enough to be representative, few enough to stay fast. */
const VOTING_PAPERS = 1000;

/**
 * For each task, the areas of the other tasks of its papers (its first VOTING_PAPERS papers by
 * id), with how many (paper, other task) pairs name each.
 */
async function areaVotesOfPapers(
  sql: Sql,
  taskIds: number[],
  known: ReadonlyArray<readonly [number, number]>,
): Promise<Map<number, Map<number, number>>> {
  const rows = await sql.query<{ taskId: number; areaId: number; votes: number }>(
    `WITH known AS (SELECT * FROM unnest($2::int[], $3::int[]) AS k(task_id, area_id))
     SELECT t.task_id AS "taskId", known.area_id AS "areaId", count(*)::int AS votes
     FROM unnest($1::int[]) AS t(task_id)
     CROSS JOIN LATERAL (
       SELECT pt.paper_id FROM paper_task pt WHERE pt.task_id = t.task_id ORDER BY pt.paper_id LIMIT $4
     ) papers
     JOIN paper_task other ON other.paper_id = papers.paper_id AND other.task_id <> t.task_id
     JOIN known ON known.task_id = other.task_id
     GROUP BY t.task_id, known.area_id`,
    [taskIds, known.map((k) => k[0]), known.map((k) => k[1]), VOTING_PAPERS],
  );
  const byTask = new Map<number, Map<number, number>>();
  for (const row of rows) {
    const votes = byTask.get(row.taskId) ?? new Map<number, number>();
    votes.set(row.areaId, row.votes);
    byTask.set(row.taskId, votes);
  }
  return byTask;
}

/** The area(s) with the most votes, by id. */
function mostVoted(votes: ReadonlyMap<number, number> | undefined): number[] {
  if (votes === undefined || votes.size === 0) return [];
  const most = Math.max(...votes.values());
  return [...votes]
    .filter(([, n]) => n === most)
    .map(([area]) => area)
    .sort((a, b) => a - b);
}

/** The taxonomy's areas by slug, with their order and task count; other areas lose both. */
async function storeAreas(sql: Sql, taxonomy: Taxonomy): Promise<Map<string, number>> {
  const stored = await sql.query<{
    id: number;
    slug: string;
    name: string;
    position: number | null;
    count: number | null;
  }>('SELECT id, slug, name, position, archive_task_count AS count FROM area');
  const bySlug = new Map(stored.map((area) => [area.slug, area]));
  const changed = taxonomy.areas.filter((area) => {
    const row = bySlug.get(area.slug);
    return (
      row === undefined || row.name !== area.name || row.position !== area.position || row.count !== area.taskCount
    );
  });
  const ids = new Map(stored.map((area) => [area.slug, area.id]));
  if (changed.length > 0) {
    const rows = await sql.query<{ id: number; slug: string }>(
      `INSERT INTO area (slug, name, position, archive_task_count)
       SELECT * FROM unnest($1::text[], $2::text[], $3::smallint[], $4::int[])
       ON CONFLICT (slug) DO UPDATE SET name = excluded.name, position = excluded.position,
         archive_task_count = excluded.archive_task_count
       RETURNING id, slug`,
      [
        changed.map((a) => a.slug),
        changed.map((a) => a.name),
        changed.map((a) => a.position),
        changed.map((a) => a.taskCount),
      ],
    );
    for (const row of rows) ids.set(row.slug, row.id);
  }
  const inTaxonomy = new Set(taxonomy.areas.map((area) => area.slug));
  const outside = stored.filter(
    (area) => !inTaxonomy.has(area.slug) && (area.position !== null || area.count !== null),
  );
  if (outside.length > 0)
    await sql.query('UPDATE area SET position = NULL, archive_task_count = NULL WHERE id = ANY($1::int[])', [
      outside.map((area) => area.id),
    ]);
  return new Map(taxonomy.areas.flatMap((area) => (ids.has(area.slug) ? [[area.slug, ids.get(area.slug)!]] : [])));
}

/** Makes the TAXONOMY rows of task_area exactly `wanted`, writing only the differences. */
async function replaceTaxonomyAreas(
  sql: Sql,
  stored: ReadonlyArray<{ taskId: number; areaId: number; position: number; source: string }>,
  wanted: ReadonlyMap<string, { taskId: number; areaId: number; position: number }>,
): Promise<void> {
  const current = new Map(
    stored.filter((row) => row.source === 'TAXONOMY').map((row) => [`${row.taskId}:${row.areaId}`, row]),
  );
  const stale = [...current.entries()].filter(([key]) => !wanted.has(key)).map(([, row]) => row);
  const fresh = [...wanted.entries()]
    .filter(([key, row]) => current.get(key)?.position !== row.position)
    .map(([, row]) => row);
  if (stale.length > 0)
    await sql.query(
      `DELETE FROM task_area ta USING unnest($1::int[], $2::int[]) AS s(task_id, area_id)
       WHERE ta.task_id = s.task_id AND ta.area_id = s.area_id AND ta.source = 'TAXONOMY'`,
      [stale.map((r) => r.taskId), stale.map((r) => r.areaId)],
    );
  if (fresh.length > 0)
    await sql.query(
      `INSERT INTO task_area (task_id, area_id, position, source)
       SELECT t.task_id, t.area_id, t.position, 'TAXONOMY' FROM unnest($1::int[], $2::int[], $3::smallint[]) AS t(task_id, area_id, position)
       ON CONFLICT (task_id, area_id) DO UPDATE SET position = excluded.position WHERE task_area.source = 'TAXONOMY'`,
      [fresh.map((r) => r.taskId), fresh.map((r) => r.areaId), fresh.map((r) => r.position)],
    );
}
