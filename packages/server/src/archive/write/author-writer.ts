import type { Sql } from './sql';

/** Writes the byline of each paper (replacing the previous one), creating authors by name. */
export async function writeAuthors(sql: Sql, bylines: ReadonlyMap<number, readonly string[]>): Promise<number> {
  const paperIds = [...bylines.keys()];
  if (paperIds.length === 0) return 0;
  const names = [...new Set([...bylines.values()].flat())];
  const ids = new Map<string, number>();
  if (names.length > 0) {
    await sql.query(
      'INSERT INTO author (name) SELECT * FROM unnest($1::text[]) ORDER BY 1 ON CONFLICT (name) DO NOTHING',
      [names],
    );
    const rows = await sql.query<{ id: number; name: string }>(
      'SELECT id, name FROM author WHERE name = ANY($1::text[])',
      [names],
    );
    for (const row of rows) ids.set(row.name, row.id);
  }
  await sql.query('DELETE FROM paper_author WHERE paper_id = ANY($1::int[])', [paperIds]);
  const paper: number[] = [];
  const position: number[] = [];
  const author: number[] = [];
  for (const [paperId, byline] of bylines) {
    byline.forEach((authorName, index) => {
      const authorId = ids.get(authorName);
      if (authorId === undefined || index > 32767) return;
      paper.push(paperId);
      position.push(index);
      author.push(authorId);
    });
  }
  if (paper.length > 0) {
    await sql.query(
      'INSERT INTO paper_author (paper_id, position, author_id) SELECT * FROM unnest($1::int[], $2::smallint[], $3::int[])',
      [paper, position, author],
    );
  }
  return paper.length;
}
