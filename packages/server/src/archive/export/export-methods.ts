import type { Sql } from '../write/sql';
import { pagesById } from './pages';
import { pwcUrl } from './pwc-url';

interface MethodRow {
  id: number;
  slug: string;
  name: string;
  full_name: string | null;
  description: string | null;
  paper_slug: string | null;
  paper_title: string | null;
  introduced_year: number | null;
  source_url: string | null;
  source_title: string | null;
  code_snippet_url: string | null;
  collections: { collection: string; area_id: string | null; area: string | null }[];
}

/** The year the archive writes when it is unknown. */
const UNKNOWN_YEAR = 2000;

/** methods.json records, with their collections and the collections' areas. */
export async function* exportMethods(sql: Sql): AsyncGenerator<Record<string, unknown>> {
  const rows = pagesById<MethodRow>(
    sql,
    `SELECT m.id, m.slug, m.name, m.full_name, m.description, paper.slug AS paper_slug, paper.title AS paper_title,
       m.introduced_year, m.source_url, m.source_title, m.code_snippet_url,
       coalesce((SELECT json_agg(json_build_object('collection', c.name, 'area_id', a.slug, 'area', a.name) ORDER BY c.id)
                 FROM method_collection_member mc JOIN method_collection c ON c.id = mc.collection_id
                 LEFT JOIN area a ON a.id = c.area_id WHERE mc.method_id = m.id), '[]') AS collections
     FROM method m LEFT JOIN paper ON paper.id = m.introduced_by_paper_id
     WHERE m.id > $1 ORDER BY m.id LIMIT $2`,
  );
  for await (const m of rows) {
    yield {
      url: pwcUrl('method', m.slug),
      name: m.name,
      full_name: m.full_name,
      description: m.description,
      paper: m.paper_slug === null ? null : { title: m.paper_title, url: pwcUrl('paper', m.paper_slug) },
      introduced_year: m.introduced_year ?? UNKNOWN_YEAR,
      source_url: m.source_url,
      source_title: m.source_title,
      code_snippet_url: m.code_snippet_url,
      collections: m.collections,
    };
  }
}
