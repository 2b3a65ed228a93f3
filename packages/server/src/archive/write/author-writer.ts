import type { Sql } from './sql';

/**
 * Writes the bylines of the staged papers (the `stage` table, merged into `paper` already), replacing
 * the previous ones, and creates authors by name. `replace` is false when none of the papers
 * existed before, so there is nothing to delete.
 */
export async function writeStagedAuthors(sql: Sql, stage: string, replace: boolean): Promise<void> {
  await sql.query(
    `INSERT INTO author (name) SELECT DISTINCT a.name FROM ${stage} s, unnest(s.authors) a(name) ORDER BY 1
     ON CONFLICT (name) DO NOTHING`,
  );
  if (replace)
    await sql.query(
      `DELETE FROM paper_author pa USING ${stage} s JOIN paper p ON p.slug = s.slug WHERE pa.paper_id = p.id`,
    );
  // Positions are smallints: a byline longer than 32,768 names keeps its first 32,768.
  await sql.query(
    `INSERT INTO paper_author (paper_id, position, author_id)
     SELECT p.id, (a.position - 1)::smallint, au.id
     FROM ${stage} s JOIN paper p ON p.slug = s.slug
     CROSS JOIN LATERAL unnest(s.authors) WITH ORDINALITY a(name, position)
     JOIN author au ON au.name = a.name
     WHERE a.position <= 32768`,
  );
}
