import type { Sql } from './sql';

export interface RepositoryLink {
  paperId: number;
  url: string;
  framework: string | null;
  isOfficial: boolean;
  mentionedInPaper: boolean;
  mentionedInGithub: boolean;
}

export interface RepositoryWriteResult {
  inserted: number;
  updated: number;
}

/**
 * Upserts repositories by URL and their links to papers by (paper, repository).
 * `replaceFlags` false keeps the flags of an existing link (leaderboard code links know none).
 */
export async function writeRepositoryLinks(
  sql: Sql,
  links: readonly RepositoryLink[],
  replaceFlags = true,
): Promise<RepositoryWriteResult> {
  if (links.length === 0) return { inserted: 0, updated: 0 };
  const frameworks = new Map<string, string | null>();
  for (const link of links)
    if (link.framework !== null || !frameworks.has(link.url)) frameworks.set(link.url, link.framework);
  const urls = [...frameworks.keys()];
  const repos = await sql.query<{ id: number; url: string }>(
    `INSERT INTO repository (url, framework) SELECT * FROM unnest($1::text[], $2::text[])
     ON CONFLICT (url) DO UPDATE SET framework = coalesce(excluded.framework, repository.framework)
     RETURNING id, url`,
    [urls, urls.map((url) => frameworks.get(url) ?? null)],
  );
  const idOf = new Map(repos.map((repo) => [repo.url, repo.id]));
  const pairs = [...new Map(links.map((link) => [`${link.paperId}:${link.url}`, link])).values()];
  const saved = await sql.query<{ inserted: boolean }>(
    `INSERT INTO paper_repository (paper_id, repository_id, is_official, mentioned_in_paper, mentioned_in_github)
     SELECT * FROM unnest($1::int[], $2::int[], $3::bool[], $4::bool[], $5::bool[])
     ON CONFLICT (paper_id, repository_id) DO ${
       replaceFlags
         ? `UPDATE SET is_official = excluded.is_official, mentioned_in_paper = excluded.mentioned_in_paper,
              mentioned_in_github = excluded.mentioned_in_github`
         : 'UPDATE SET paper_id = excluded.paper_id'
     }
     RETURNING (xmax = 0) AS inserted`,
    [
      pairs.map((link) => link.paperId),
      pairs.map((link) => idOf.get(link.url)),
      pairs.map((link) => link.isOfficial),
      pairs.map((link) => link.mentionedInPaper),
      pairs.map((link) => link.mentionedInGithub),
    ],
  );
  const inserted = saved.filter((row) => row.inserted).length;
  return { inserted, updated: saved.length - inserted };
}
