import { arxivIdFromUrl, normalizeTitle, paperSlugFromUrl } from '@pwc/shared';
import type { Sql } from './sql';

export interface PaperReference {
  /** A paperswithcode.com paper URL, an arXiv URL or anything else. */
  url: string | null;
  arxivId?: string | null;
  title: string | null;
}

/**
 * Finds the papers that references point at: by PWC paper slug, then arXiv id (from the URL or
 * stated), then normalized title (the earliest imported paper when several share a title).
 * Returns the paper id per reference, or null; one query per key kind for the whole list.
 */
export async function findPapers(sql: Sql, refs: readonly PaperReference[]): Promise<(number | null)[]> {
  const keys = refs.map((ref) => ({
    slug: paperSlugFromUrl(ref.url),
    arxivId: ref.arxivId ?? arxivIdFromUrl(ref.url),
    title: normalizeTitle(ref.title),
  }));
  const slugs = [...new Set(keys.flatMap((k) => (k.slug === null ? [] : [k.slug])))];
  const arxivIds = [...new Set(keys.flatMap((k) => (k.arxivId === null ? [] : [k.arxivId])))];
  const titles = [...new Set(keys.flatMap((k) => (k.title === '' ? [] : [k.title])))];
  const bySlug = await lookup(sql, 'SELECT slug AS key, id FROM paper WHERE slug = ANY($1::text[])', slugs);
  const byArxiv = await lookup(sql, 'SELECT arxiv_id AS key, id FROM paper WHERE arxiv_id = ANY($1::text[])', arxivIds);
  const byTitle = await lookup(
    sql,
    'SELECT normalized_title AS key, min(id) AS id FROM paper WHERE normalized_title = ANY($1::text[]) GROUP BY normalized_title',
    titles,
  );
  return keys.map(
    (k) =>
      (k.slug === null ? undefined : bySlug.get(k.slug)) ??
      (k.arxivId === null ? undefined : byArxiv.get(k.arxivId)) ??
      (k.title === '' ? undefined : byTitle.get(k.title)) ??
      null,
  );
}

async function lookup(sql: Sql, query: string, keys: readonly string[]): Promise<Map<string, number>> {
  if (keys.length === 0) return new Map();
  const rows = await sql.query<{ key: string; id: number }>(query, [keys]);
  return new Map(rows.map((row) => [row.key, Number(row.id)]));
}
