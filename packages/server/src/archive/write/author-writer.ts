import { createAuthors } from '../../modules/author/author-slug';
import { analyzeIfOutgrown } from './growing-tables';
import type { Sql } from './sql';

/**
 * Writes the bylines of the staged papers (the `stage` table, merged into `paper` already), replacing
 * the previous ones, creates authors by name (each with a slug of its own, see author-slug.ts) and
 * refreshes the paper counts of every author whose bylines changed. `replace` is false when none of
 * the papers existed before, so there is nothing to delete.
 */
export async function writeStagedAuthors(sql: Sql, stage: string, replace: boolean): Promise<void> {
  // New names are on these papers only, so the file gives their paper counts; only the authors
  // that existed before need counting again (none in a first import).
  const [{ last } = { last: 0 }] = await sql.query<{ last: number }>('SELECT coalesce(max(id), 0) AS last FROM author');
  // Papers counted by ord, unique like the slug once repeated slugs are gone: distinct integers
  // sort faster than slugs (2.6M names of a full-size file, measured alone: 5.7 -> 1.6 s; inside
  // the import the statement still takes ~5 s, most of it elsewhere).
  const fresh = await sql.query<{ name: string; papers: number }>(
    `SELECT a.name, count(DISTINCT s.ord)::int AS papers FROM ${stage} s, unnest(s.authors) a(name)
     WHERE NOT EXISTS (SELECT 1 FROM author au WHERE au.name = a.name) GROUP BY a.name`,
  );
  await createAuthors(
    (text, params) => sql.query(text, params),
    fresh.map((row) => row.name),
    new Map(fresh.map((row) => [row.name, row.papers])),
  );
  await analyzeIfOutgrown(sql, 'author', fresh.length);
  const touched = `${stage}_authors`;
  await sql.query(`CREATE UNLOGGED TABLE ${touched} (author_id integer)`);
  if (replace)
    await sql.query(
      `WITH gone AS (
         DELETE FROM paper_author pa USING ${stage} s JOIN paper p ON p.slug = s.slug WHERE pa.paper_id = p.id
         RETURNING pa.author_id)
       INSERT INTO ${touched} SELECT author_id FROM gone`,
    );
  // Positions are smallints: a byline longer than 32,768 names keeps its first 32,768.
  const bylines = `INSERT INTO paper_author (paper_id, position, author_id)
     SELECT p.id, (a.position - 1)::smallint, au.id
     FROM ${stage} s JOIN paper p ON p.slug = s.slug
     CROSS JOIN LATERAL unnest(s.authors) WITH ORDINALITY a(name, position)
     JOIN author au ON au.name = a.name
     WHERE a.position <= 32768`;
  // Into an author table that was empty, every byline names a fresh author: none to count again.
  if (last === 0) await sql.query(bylines);
  else
    await sql.query(
      `WITH written AS (${bylines} RETURNING author_id)
       INSERT INTO ${touched} SELECT author_id FROM written WHERE author_id <= $1`,
      [last],
    );
  await sql.query(
    `UPDATE author a SET paper_count = c.n
     FROM (SELECT t.author_id, count(DISTINCT pa.paper_id)::int AS n
           FROM (SELECT DISTINCT author_id FROM ${touched}) t
           LEFT JOIN paper_author pa ON pa.author_id = t.author_id GROUP BY t.author_id) c
     WHERE a.id = c.author_id AND a.paper_count <> c.n`,
  );
  await sql.query(`DROP TABLE ${touched}`);
}
