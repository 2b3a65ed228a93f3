import type { SqlRows } from '../../cache/data-version';

/**
 * Papers in revisions (issue 12). Imports do not record papers (their text is the archive's and
 * the file is large), so the paper table has no revision trigger: the contribution writers record
 * a paper's image themselves, in the open revision, as the triggers do for the other tables
 * (`revision_pending`, folded into the revision by closeRevision). The image is what a History
 * shows: the paper's own fields, its authors, and its code links (`code`, sorted by URL).
 */

/** A code link as revisions record it. */
export interface CodeLinkImage {
  url: string;
  official: boolean;
  framework: string | null;
}

const CODE_SQL = (paperId: string) => `coalesce((
  SELECT jsonb_agg(jsonb_build_object('url', r.url, 'official', pr.is_official, 'framework', r.framework) ORDER BY r.url)
  FROM paper_repository pr JOIN repository r ON r.id = pr.repository_id WHERE pr.paper_id = ${paperId}), '[]')`;

/** The paper's code links now, sorted by URL. */
export async function codeLinksOf(sql: SqlRows, paperId: number): Promise<CodeLinkImage[]> {
  const [row] = await sql.query<{ code: CodeLinkImage[] }>(`SELECT ${CODE_SQL('$1')} AS code`, [paperId]);
  return row?.code ?? [];
}

/** Everything a History shows of a paper (null when it does not exist). */
export async function paperImage(sql: SqlRows, paperId: number): Promise<Record<string, unknown> | null> {
  const [row] = await sql.query<{ image: Record<string, unknown> }>(
    `SELECT jsonb_build_object('slug', p.slug, 'arxiv_id', p.arxiv_id, 'title', p.title, 'abstract', p.abstract,
              'url_abs', p.url_abs, 'url_pdf', p.url_pdf, 'published', p.published,
              'authors', coalesce((SELECT jsonb_agg(a.name ORDER BY pa.position) FROM paper_author pa
                                   JOIN author a ON a.id = pa.author_id WHERE pa.paper_id = p.id), '[]'),
              'code', ${CODE_SQL('p.id')}) AS image
     FROM paper p WHERE p.id = $1`,
    [paperId],
  );
  return row?.image ?? null;
}

/** Records a change of a paper in the open revision: its image before and after (null: absent). */
export async function recordPaperChange(
  sql: SqlRows,
  paperId: number,
  before: Record<string, unknown> | null,
  after: Record<string, unknown> | null,
): Promise<void> {
  await sql.query(
    `INSERT INTO revision_pending (entity_type, entity_id, before, after) VALUES ('PAPER', $1, $2::jsonb, $3::jsonb)`,
    [paperId, before && JSON.stringify(before), after && JSON.stringify(after)],
  );
}
