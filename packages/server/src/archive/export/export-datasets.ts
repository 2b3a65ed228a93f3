import type { Sql } from '../write/sql';
import { pagesById } from './pages';
import { pwcUrl } from './pwc-url';

interface DatasetRow {
  id: number;
  slug: string;
  name: string;
  full_name: string | null;
  homepage: string | null;
  description: string | null;
  short_description: string | null;
  parent_slug: string | null;
  paper_slug: string | null;
  paper_title: string | null;
  introduced_date: string | null;
  license_name: string | null;
  license_url: string | null;
  modalities: string[];
  languages: string[];
  variants: string[];
  tasks: { task: string; slug: string }[];
}

/** datasets.json records; leaderboard datasets that datasets.json never listed are written too. */
export async function* exportDatasets(sql: Sql): AsyncGenerator<Record<string, unknown>> {
  const rows = pagesById<DatasetRow>(
    sql,
    `SELECT d.id, d.slug, d.name, d.full_name, d.homepage, d.description, d.short_description,
       parent.slug AS parent_slug, paper.slug AS paper_slug, paper.title AS paper_title,
       d.introduced_date::text AS introduced_date, d.license_name, d.license_url,
       d.modalities, d.languages, d.variants,
       coalesce((SELECT json_agg(json_build_object('task', t.name, 'slug', t.slug) ORDER BY t.slug)
                 FROM dataset_task dt JOIN task t ON t.id = dt.task_id WHERE dt.dataset_id = d.id), '[]') AS tasks
     FROM dataset d
     LEFT JOIN dataset parent ON parent.id = d.parent_id
     LEFT JOIN paper ON paper.id = d.introduced_by_paper_id
     WHERE d.id > $1 ORDER BY d.id LIMIT $2`,
  );
  for await (const d of rows) {
    yield {
      url: pwcUrl('dataset', d.slug),
      name: d.name,
      full_name: d.full_name,
      homepage: d.homepage,
      description: d.description,
      short_description: d.short_description,
      parent_dataset: d.parent_slug,
      paper: d.paper_slug === null ? null : { title: d.paper_title, url: pwcUrl('paper', d.paper_slug) },
      introduced_date: d.introduced_date,
      license_name: d.license_name,
      license_url: d.license_url,
      modalities: d.modalities,
      tasks: d.tasks.map((t) => ({ task: t.task, url: pwcUrl('task', t.slug) })),
      languages: d.languages,
      variants: d.variants,
    };
  }
}
