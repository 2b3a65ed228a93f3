import type { Sql } from '../write/sql';

interface TaskRow {
  id: number;
  name: string;
  description: string | null;
  synonyms: string[];
  categories: string[];
}

interface BoardRow {
  id: number;
  task_id: number;
  dataset_id: number;
  metrics: string[];
}

interface DatasetRow {
  id: number;
  name: string;
  description: string | null;
  parent_id: number | null;
}

interface ResultRow {
  benchmark_id: number;
  model_name: string;
  paper_title: string | null;
  paper_url: string | null;
  paper_date: string | null;
  uses_additional_data: boolean;
  code_links: unknown[];
  model_links: unknown[];
  metrics: Record<string, string | number> | null;
}

type Json = Record<string, unknown>;

/**
 * evaluation-tables.json records: one per top-level task, its leaderboards as datasets (a
 * subdataset under its parent dataset), its child tasks as subtasks, recursively. A row's date is
 * written only when it came with the row (not one derived from its paper or arXiv id). A task under several parents is written under each;
 * its leaderboards only under the first, so that no row is written twice.
 */
export async function* exportEvaluationTables(sql: Sql): AsyncGenerator<Json> {
  const tree = await EvaluationTree.load(sql);
  for (const root of tree.roots()) {
    const record = tree.taskRecord(root, new Set());
    await tree.fillRows(sql, record.boards);
    yield record.json;
  }
}

class EvaluationTree {
  private readonly written = new Set<number>();

  private constructor(
    private readonly tasks: Map<number, TaskRow>,
    private readonly children: Map<number, number[]>,
    private readonly boards: Map<number, BoardRow[]>,
    private readonly datasets: Map<number, DatasetRow>,
  ) {}

  static async load(sql: Sql): Promise<EvaluationTree> {
    // Every task the evaluation tables describe: with leaderboards, parents, children, areas or details.
    const tasks = await sql.query<TaskRow>(
      `SELECT t.id, t.name, t.description, t.synonyms,
         coalesce((SELECT json_agg(a.name ORDER BY ta.position, a.id) FROM task_area ta JOIN area a ON a.id = ta.area_id
                   WHERE ta.task_id = t.id), '[]') AS categories
       FROM task t
       WHERE t.description IS NOT NULL OR t.synonyms <> '{}'
         OR EXISTS (SELECT 1 FROM benchmark b WHERE b.task_id = t.id)
         OR EXISTS (SELECT 1 FROM task_parent tp WHERE tp.parent_id = t.id OR tp.child_id = t.id)
         OR EXISTS (SELECT 1 FROM task_area ta WHERE ta.task_id = t.id)
       ORDER BY t.id`,
    );
    const edges = await sql.query<{ parent_id: number; child_id: number }>(
      'SELECT parent_id, child_id FROM task_parent ORDER BY parent_id, child_id',
    );
    const boards = await sql.query<BoardRow>(
      `SELECT b.id, b.task_id, b.dataset_id,
         coalesce((SELECT json_agg(m.name ORDER BY m.position, m.id) FROM metric m WHERE m.benchmark_id = b.id), '[]') AS metrics
       FROM benchmark b ORDER BY b.task_id, b.id`,
    );
    const datasets = await sql.query<DatasetRow>('SELECT id, name, description, parent_id FROM dataset');
    const children = new Map<number, number[]>();
    for (const edge of edges) children.set(edge.parent_id, [...(children.get(edge.parent_id) ?? []), edge.child_id]);
    const byTask = new Map<number, BoardRow[]>();
    for (const board of boards) byTask.set(board.task_id, [...(byTask.get(board.task_id) ?? []), board]);
    return new EvaluationTree(
      new Map(tasks.map((t) => [t.id, t])),
      children,
      byTask,
      new Map(datasets.map((d) => [d.id, d])),
    );
  }

  /** Tasks without a parent, then any left unwritten (a cycle of parents has no top). */
  *roots(): Generator<number> {
    const hasParent = new Set([...this.children.values()].flat());
    for (const id of this.tasks.keys()) if (!hasParent.has(id)) yield id;
    for (const id of this.tasks.keys()) if (!this.written.has(id)) yield id;
  }

  taskRecord(id: number, ancestors: Set<number>): { json: Json; boards: Map<number, Json> } {
    const task = this.tasks.get(id);
    const boards = new Map<number, Json>();
    const firstTime = !this.written.has(id);
    this.written.add(id);
    const subtasks: Json[] = [];
    const path = new Set([...ancestors, id]);
    for (const child of this.children.get(id) ?? []) {
      if (path.has(child) || !this.tasks.has(child)) continue;
      const sub = this.taskRecord(child, path);
      subtasks.push(sub.json);
      for (const [boardId, json] of sub.boards) boards.set(boardId, json);
    }
    const datasets = firstTime ? this.datasetRecords(this.boards.get(id) ?? [], boards) : [];
    return {
      json: {
        categories: task?.categories ?? [],
        datasets,
        description: task?.description ?? '',
        source_link: null,
        subtasks,
        synonyms: task?.synonyms ?? [],
        task: task?.name ?? '',
      },
      boards,
    };
  }

  /**
   * The task's leaderboards, each under its dataset's parent (subdatasets are keyed by their
   * parent): a parent that is no leaderboard of this task is written without rows.
   */
  private datasetRecords(list: readonly BoardRow[], out: Map<number, Json>): Json[] {
    const entries = new Map<number, Json>();
    const top: Json[] = [];
    const entryOf = (datasetId: number, path: ReadonlySet<number>): Json => {
      const existing = entries.get(datasetId);
      if (existing !== undefined) return existing;
      const dataset = this.datasets.get(datasetId);
      const parentId = dataset?.parent_id ?? null;
      // A cycle of parents is written from where it was entered.
      const parent = parentId === null || path.has(parentId) ? null : entryOf(parentId, new Set([...path, datasetId]));
      const entry: Json = {
        [parent === null ? 'dataset' : 'subdataset']: dataset?.name ?? String(datasetId),
        dataset_citations: [],
        dataset_links: [],
        description: dataset?.description ?? '',
        sota: { metrics: [], rows: [] },
        subdatasets: [],
      };
      entries.set(datasetId, entry);
      if (parent === null) top.push(entry);
      else (parent.subdatasets as Json[]).push(entry);
      return entry;
    };
    for (const board of list) {
      const entry = entryOf(board.dataset_id, new Set());
      entry.sota = { metrics: board.metrics, rows: [] };
      out.set(board.id, entry);
    }
    return top;
  }

  /** The rows of the record's leaderboards, in the order they were imported. */
  async fillRows(sql: Sql, boards: ReadonlyMap<number, Json>): Promise<void> {
    if (boards.size === 0) return;
    const rows = await sql.query<ResultRow>(
      `SELECT r.benchmark_id, r.model_name, r.paper_title, r.paper_url,
         CASE WHEN coalesce(r.date_source, 'ROW') = 'ROW' THEN r.evaluated_on::text END AS paper_date,
         r.uses_additional_data, r.code_links, r.model_links,
         (SELECT json_object_agg(m.name, coalesce(to_jsonb(v.raw), to_jsonb(v.value)) ORDER BY m.position, m.id)
          FROM result_value v JOIN metric m ON m.id = v.metric_id
          WHERE v.result_id = r.id AND (v.raw IS NOT NULL OR v.value IS NOT NULL)) AS metrics
       FROM result r WHERE r.benchmark_id = ANY($1::int[]) ORDER BY r.id`,
      [[...boards.keys()]],
    );
    for (const row of rows) {
      const sota = boards.get(row.benchmark_id)?.sota as { rows: Json[] } | undefined;
      sota?.rows.push({
        code_links: row.code_links,
        metrics: row.metrics ?? {},
        model_links: row.model_links,
        model_name: row.model_name,
        paper_date: row.paper_date,
        paper_title: row.paper_title ?? '',
        paper_url: row.paper_url ?? '',
        uses_additional_data: row.uses_additional_data,
      });
    }
  }
}
