import type { Sql } from './sql';

/**
 * Replaces the rows of a paper-to-x link table for the staged papers (the `stage` table), whose
 * `names` column lists the linked tasks or methods by name; `ids` maps those names to ids.
 * Returns the number of (paper, name) pairs that have an id, repeats included. Each link carries
 * its paper's date (the sort key of a task's or method's papers), so a re-import that changes the
 * date rewrites it with the links.
 */
export async function replaceStagedPaperLinks(
  sql: Sql,
  stage: string,
  link: { table: 'paper_task' | 'paper_method'; column: 'task_id' | 'method_id'; names: 'tasks' | 'methods' },
  ids: ReadonlyMap<string, number>,
  replace: boolean,
): Promise<number> {
  const { table, column, names } = link;
  if (replace)
    await sql.query(`DELETE FROM ${table} l USING ${stage} s JOIN paper p ON p.slug = s.slug WHERE l.paper_id = p.id`);
  if (ids.size === 0) return 0;
  // A table with statistics, not an unnest(): the planner then knows each name matches one id and
  // hashes the names, instead of expecting 40x the pairs and sorting them all by name.
  const named = `${stage}_${names}_ids`;
  await sql.query(`CREATE UNLOGGED TABLE ${named} AS SELECT * FROM unnest($1::text[], $2::int[]) AS ids (name, id)`, [
    [...ids.keys()],
    [...ids.values()],
  ]);
  await sql.query(`ANALYZE ${named}`);
  // In key order, each link lands beside the previous one in the primary key's index.
  const [{ pairs } = { pairs: 0 }] = await sql.query<{ pairs: number }>(
    `WITH pairs AS MATERIALIZED (
       SELECT p.id AS paper_id, ids.id AS other_id, coalesce(p.published, '0001-01-01') AS published
       FROM ${stage} s JOIN paper p ON p.slug = s.slug CROSS JOIN LATERAL unnest(s.${names}) n(name)
       JOIN ${named} ids ON ids.name = n.name),
     saved AS (INSERT INTO ${table} (paper_id, ${column}, published)
               SELECT DISTINCT paper_id, other_id, published FROM pairs ORDER BY paper_id, other_id RETURNING 1)
     SELECT (SELECT count(*) FROM pairs)::int AS pairs, (SELECT count(*) FROM saved)::int AS saved`,
  );
  await sql.query(`DROP TABLE ${named}`);
  return pairs;
}
