import type { DataSource } from 'typeorm';

export const TABLES = [
  'area',
  'task',
  'task_area',
  'task_parent',
  'dataset',
  'dataset_task',
  'method',
  'method_collection',
  'method_collection_member',
  'paper',
  'paper_task',
  'paper_method',
  'author',
  'paper_author',
  'repository',
  'paper_repository',
  'benchmark',
  'metric',
  'result',
  'result_value',
] as const;

export async function tableCounts(dataSource: DataSource): Promise<Record<string, number>> {
  const counts: Record<string, number> = {};
  for (const table of TABLES) {
    const [row] = await dataSource.query(`SELECT count(*)::int AS n FROM ${table}`);
    counts[table] = row.n;
  }
  return counts;
}

/** Every row of every table, as comparable text (ordered by all columns). */
export async function tableContents(dataSource: DataSource): Promise<Record<string, string>> {
  const contents: Record<string, string> = {};
  for (const table of TABLES) {
    const rows = await dataSource.query(`SELECT t::text AS r FROM ${table} t ORDER BY 1`);
    contents[table] = rows.map((row: { r: string }) => row.r).join('\n');
  }
  return contents;
}
