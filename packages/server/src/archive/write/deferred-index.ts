import type { Sql } from './sql';

/**
 * Drops an index for a bulk load and returns the statement that rebuilds it: building a GIN
 * index once over all rows is several times faster than updating it row by row. Both happen in
 * the file's transaction, so a failed import rolls the drop back too.
 */
export async function deferIndex(sql: Sql, table: string, index: string): Promise<(() => Promise<void>) | null> {
  const [row] = await sql.query<{ indexdef: string }>(
    'SELECT indexdef FROM pg_indexes WHERE schemaname = current_schema() AND tablename = $1 AND indexname = $2',
    [table, index],
  );
  if (row === undefined) return null;
  await sql.query(`DROP INDEX "${index.replace(/"/g, '""')}"`);
  return async () => {
    await sql.query("SET LOCAL maintenance_work_mem = '256MB'");
    await sql.query(row.indexdef);
  };
}
