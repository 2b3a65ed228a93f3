import type { Sql } from '../write/sql';
import { pagesById } from './pages';
import { pwcUrl } from './pwc-url';

interface LinkRow {
  id: number;
  paper_slug: string;
  title: string;
  arxiv_id: string | null;
  url_abs: string | null;
  url_pdf: string | null;
  repo_url: string;
  is_official: boolean;
  mentioned_in_paper: boolean;
  mentioned_in_github: boolean;
  framework: string | null;
}

/** links-between-papers-and-code.json records: one per paper and repository, paper by paper. */
export async function* exportLinks(sql: Sql): AsyncGenerator<Record<string, unknown>> {
  // Keyed by paper: a page holds whole papers (their links are few).
  const papers = pagesById<{ id: number; links: LinkRow[] }>(
    sql,
    `SELECT p.id, json_agg(json_build_object('paper_slug', p.slug, 'title', p.title, 'arxiv_id', p.arxiv_id,
         'url_abs', p.url_abs, 'url_pdf', p.url_pdf, 'repo_url', r.url, 'is_official', pr.is_official,
         'mentioned_in_paper', pr.mentioned_in_paper, 'mentioned_in_github', pr.mentioned_in_github,
         'framework', r.framework) ORDER BY r.id) AS links
     FROM paper p JOIN paper_repository pr ON pr.paper_id = p.id JOIN repository r ON r.id = pr.repository_id
     WHERE p.id > $1 GROUP BY p.id ORDER BY p.id LIMIT $2`,
  );
  for await (const paper of papers) {
    for (const link of paper.links) {
      yield {
        paper_url: pwcUrl('paper', link.paper_slug),
        paper_title: link.title,
        paper_arxiv_id: link.arxiv_id,
        paper_url_abs: link.url_abs,
        paper_url_pdf: link.url_pdf,
        repo_url: link.repo_url,
        is_official: link.is_official,
        mentioned_in_paper: link.mentioned_in_paper,
        mentioned_in_github: link.mentioned_in_github,
        framework: link.framework ?? 'none',
      };
    }
  }
}
