import type { Sql } from './sql';

/** Replaces the rows of a paper-to-x link table for the given papers. */
export async function replacePaperLinks(
  sql: Sql,
  table: 'paper_task' | 'paper_method',
  column: 'task_id' | 'method_id',
  paperIds: readonly number[],
  pairs: ReadonlyArray<readonly [number, number]>,
): Promise<void> {
  if (paperIds.length === 0) return;
  await sql.query(`DELETE FROM ${table} WHERE paper_id = ANY($1::int[])`, [paperIds]);
  const unique = [...new Map(pairs.map((pair) => [`${pair[0]}:${pair[1]}`, pair])).values()];
  if (unique.length === 0) return;
  await sql.query(`INSERT INTO ${table} (paper_id, ${column}) SELECT * FROM unnest($1::int[], $2::int[])`, [
    unique.map((pair) => pair[0]),
    unique.map((pair) => pair[1]),
  ]);
}
