import { arxivIdMonth } from '@pwc/shared';
import { isRepositoryUrl, normalizeRepositoryUrl } from '../records/repository-url';
import { count, type FileReport } from '../report/file-report';
import type { Link } from '../records/fields';
import { PendingLinks } from './pending-links';
import { writeRepositoryLinks } from './repository-writer';
import type { Sql } from './sql';

/**
 * Resolves, after every file and in its transaction, the links whose other end may arrive in any
 * file and in any order: result rows to their papers (PWC slug, then arXiv id, then — for a row
 * whose URL names neither — an exact normalised title that exactly one paper has), the code
 * links of rows that just got their paper, the dates of rows that publish none, and the
 * introduced-by and parent-dataset references kept in `pending_link`.
 */
export async function resolveStoredLinks(sql: Sql, report: FileReport): Promise<void> {
  const linked = await linkResultsToPapers(sql);
  for (const [how, n] of Object.entries(linked.by))
    if (n > 0) count(report, `result rows linked to a paper (${how})`, n);
  if (linked.codeLinks > 0) count(report, 'code links from rows', linked.codeLinks);
  const dated = await deriveResultDates(sql);
  if (dated > 0) count(report, 'result dates derived (linked paper, else arXiv id)', dated);
  const pending = await PendingLinks.resolveStored(sql);
  if (pending > 0) count(report, 'introduced-by and parent links resolved', pending);
}

interface Linked {
  by: Record<'paper slug' | 'arXiv id' | 'unique title', number>;
  codeLinks: number;
}

async function linkResultsToPapers(sql: Sql): Promise<Linked> {
  const bySlug = await sql.query<{ id: number }>(
    `UPDATE result r SET paper_id = p.id, paper_link = 'PAPER_SLUG' FROM paper p
     WHERE r.paper_id IS NULL AND r.paper_ref_slug = p.slug RETURNING r.id`,
  );
  const byArxiv = await sql.query<{ id: number }>(
    `UPDATE result r SET paper_id = p.id, paper_link = 'ARXIV_ID' FROM paper p
     WHERE r.paper_id IS NULL AND r.paper_ref_slug IS NULL AND r.paper_ref_arxiv_id = p.arxiv_id RETURNING r.id`,
  );
  const byTitle = await sql.query<{ id: number }>(
    `UPDATE result r SET paper_id = t.id, paper_link = 'TITLE'
     FROM (SELECT p.normalized_title, min(p.id) AS id FROM paper p
           WHERE p.normalized_title IN (SELECT paper_ref_title FROM result WHERE paper_id IS NULL AND paper_ref_title IS NOT NULL)
           GROUP BY p.normalized_title HAVING count(*) = 1) t
     WHERE r.paper_id IS NULL AND r.paper_ref_slug IS NULL AND r.paper_ref_arxiv_id IS NULL
       AND r.paper_ref_title = t.normalized_title
     RETURNING r.id`,
  );
  const codeLinks = await writeRowCodeLinks(
    sql,
    [...bySlug, ...byArxiv, ...byTitle].map((r) => r.id),
  );
  return {
    by: { 'paper slug': bySlug.length, 'arXiv id': byArxiv.length, 'unique title': byTitle.length },
    codeLinks,
  };
}

/** The code links of result rows that have their paper become links of that paper; returns how many. */
export async function writeRowCodeLinks(sql: Sql, ids: readonly number[]): Promise<number> {
  let codeLinks = 0;
  if (ids.length > 0) {
    const rows = await sql.query<{ paper_id: number; code_links: Link[] }>(
      `SELECT paper_id, code_links FROM result
       WHERE id = ANY($1::int[]) AND paper_id IS NOT NULL AND jsonb_array_length(code_links) > 0`,
      [ids],
    );
    const links = rows.flatMap((r) =>
      r.code_links
        .filter((link) => isRepositoryUrl(link.url))
        .map((link) => ({
          paperId: r.paper_id,
          url: normalizeRepositoryUrl(link.url) ?? link.url,
          framework: null,
          isOfficial: false,
          mentionedInPaper: false,
          mentionedInGithub: false,
        })),
    );
    if (links.length > 0) await writeRepositoryLinks(sql, links, false);
    codeLinks = links.length;
  }
  return codeLinks;
}

/**
 * A row without a published date takes its linked paper's date (`PAPER`), else the month of its
 * arXiv id (`ARXIV_ID`, from the row's URL or the linked paper's id); `date_source` says which.
 * Only rows whose derived date changes are written.
 */
async function deriveResultDates(sql: Sql): Promise<number> {
  const rows = await sql.query<{ id: number; published: string | null; arxiv_id: string | null }>(
    `SELECT r.id, to_char(p.published, 'YYYY-MM-DD') AS published, coalesce(r.paper_ref_arxiv_id, p.arxiv_id) AS arxiv_id,
       to_char(r.evaluated_on, 'YYYY-MM-DD') AS evaluated_on, r.date_source
     FROM result r LEFT JOIN paper p ON p.id = r.paper_id
     WHERE r.date_source IS DISTINCT FROM 'ROW'`,
  );
  const id: number[] = [];
  const date: (string | null)[] = [];
  const source: (string | null)[] = [];
  for (const row of rows as ((typeof rows)[number] & { evaluated_on: string | null; date_source: string | null })[]) {
    const month = arxivIdMonth(row.arxiv_id);
    const [d, s] =
      row.published !== null ? [row.published, 'PAPER'] : month !== null ? [month, 'ARXIV_ID'] : [null, null];
    if (d === row.evaluated_on && s === row.date_source) continue;
    id.push(row.id);
    date.push(d);
    source.push(s);
  }
  if (id.length > 0)
    await sql.query(
      `UPDATE result r SET evaluated_on = t.d, date_source = t.s
       FROM unnest($1::int[], $2::date[], $3::text[]) AS t(id, d, s) WHERE r.id = t.id`,
      [id, date, source],
    );
  return id.length;
}
