import type { Sql } from '../write/sql';
import { pagesById } from './pages';
import { pwcUrl } from './pwc-url';

interface PaperRow {
  id: number;
  slug: string;
  arxiv_id: string | null;
  title: string;
  abstract: string | null;
  url_abs: string | null;
  url_pdf: string | null;
  proceeding: string | null;
  published: string | null;
  conference: string | null;
  authors: string[];
  tasks: string[];
  methods: EmbeddedMethod[];
}

interface EmbeddedMethod {
  name: string;
  full_name: string | null;
  description: string | null;
  introduced_year: number | null;
  source_url: string | null;
  source_title: string | null;
  code_snippet_url: string | null;
  main_collection: { name: string; description: string | null; parent: string | null; area: string | null } | null;
}

/**
 * papers-with-abstracts.json records with their authors (in order), tasks (by name) and methods
 * (embedded, as the archive has them). A method's main collection is the first of its collections
 * that has a description or a parent: the papers file is the only place the archive keeps those.
 */
export async function* exportPapers(sql: Sql): AsyncGenerator<Record<string, unknown>> {
  const rows = pagesById<PaperRow>(
    sql,
    `SELECT p.id, p.slug, p.arxiv_id, p.title, p.abstract, p.url_abs, p.url_pdf, p.proceeding,
       p.published::text AS published, p.conference,
       coalesce((SELECT json_agg(a.name ORDER BY pa.position) FROM paper_author pa JOIN author a ON a.id = pa.author_id
                 WHERE pa.paper_id = p.id), '[]') AS authors,
       coalesce((SELECT json_agg(t.name ORDER BY t.name, t.id) FROM paper_task pt JOIN task t ON t.id = pt.task_id
                 WHERE pt.paper_id = p.id), '[]') AS tasks,
       coalesce((SELECT json_agg(json_build_object('name', m.name, 'full_name', m.full_name, 'description', m.description,
                   'introduced_year', m.introduced_year, 'source_url', m.source_url, 'source_title', m.source_title,
                   'code_snippet_url', m.code_snippet_url,
                   'main_collection', (SELECT json_build_object('name', c.name, 'description', c.description,
                                         'parent', parent.name, 'area', area.name)
                                       FROM method_collection_member mc JOIN method_collection c ON c.id = mc.collection_id
                                       LEFT JOIN method_collection parent ON parent.id = c.parent_id
                                       LEFT JOIN area ON area.id = c.area_id
                                       WHERE mc.method_id = m.id AND (c.description IS NOT NULL OR c.parent_id IS NOT NULL)
                                       ORDER BY c.id LIMIT 1)) ORDER BY m.id)
                 FROM paper_method pm JOIN method m ON m.id = pm.method_id WHERE pm.paper_id = p.id), '[]') AS methods
     FROM paper p WHERE p.id > $1 ORDER BY p.id LIMIT $2`,
  );
  for await (const p of rows) {
    yield {
      paper_url: pwcUrl('paper', p.slug),
      arxiv_id: p.arxiv_id,
      nips_id: null,
      openreview_id: null,
      title: p.title,
      abstract: p.abstract,
      short_abstract: null,
      url_abs: p.url_abs,
      url_pdf: p.url_pdf,
      proceeding: p.proceeding,
      authors: p.authors,
      tasks: p.tasks,
      date: p.published ?? '',
      conference: p.conference,
      conference_url_abs: null,
      conference_url_pdf: null,
      reproduces_paper: null,
      methods: p.methods.map((m) => ({ ...m, introduced_year: m.introduced_year ?? 2000 })),
    };
  }
}
