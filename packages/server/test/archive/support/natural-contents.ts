import type { DataSource } from 'typeorm';

/**
 * Every table's content without its generated ids: each foreign key replaced by the natural key
 * of the row it points at (slugs, names, URLs), each table as sorted lines of JSON. Two databases
 * that hold the same content give equal results whatever order their rows were inserted in.
 */
const STATEMENTS: Record<string, string> = {
  area: 'SELECT slug, name, description FROM area',
  task: 'SELECT slug, name, description, synonyms FROM task',
  task_area: `SELECT t.slug AS task, a.slug AS area, ta.position FROM task_area ta
    JOIN task t ON t.id = ta.task_id JOIN area a ON a.id = ta.area_id`,
  task_parent: `SELECT p.slug AS parent, c.slug AS child FROM task_parent tp
    JOIN task p ON p.id = tp.parent_id JOIN task c ON c.id = tp.child_id`,
  dataset: `SELECT d.slug, d.name, d.full_name, d.description, d.short_description, d.homepage, d.introduced_date::text,
      d.license_name, d.license_url, d.modalities, d.languages, d.variants, parent.slug AS parent, paper.slug AS paper
    FROM dataset d LEFT JOIN dataset parent ON parent.id = d.parent_id LEFT JOIN paper ON paper.id = d.introduced_by_paper_id`,
  dataset_task: `SELECT d.slug AS dataset, t.slug AS task FROM dataset_task dt
    JOIN dataset d ON d.id = dt.dataset_id JOIN task t ON t.id = dt.task_id`,
  method: `SELECT m.slug, m.name, m.full_name, m.description, m.introduced_year, m.source_url, m.source_title,
      m.code_snippet_url, paper.slug AS paper FROM method m LEFT JOIN paper ON paper.id = m.introduced_by_paper_id`,
  method_collection: `SELECT c.slug, c.name, c.description, a.slug AS area, parent.slug AS parent FROM method_collection c
    LEFT JOIN area a ON a.id = c.area_id LEFT JOIN method_collection parent ON parent.id = c.parent_id`,
  method_collection_member: `SELECT m.slug AS method, c.slug AS collection FROM method_collection_member mc
    JOIN method m ON m.id = mc.method_id JOIN method_collection c ON c.id = mc.collection_id`,
  paper: `SELECT slug, arxiv_id, title, normalized_title, abstract, url_abs, url_pdf, published::text, proceeding, conference
    FROM paper`,
  paper_task: `SELECT p.slug AS paper, t.slug AS task FROM paper_task pt
    JOIN paper p ON p.id = pt.paper_id JOIN task t ON t.id = pt.task_id`,
  paper_method: `SELECT p.slug AS paper, m.slug AS method FROM paper_method pm
    JOIN paper p ON p.id = pm.paper_id JOIN method m ON m.id = pm.method_id`,
  author: 'SELECT name FROM author',
  paper_author: `SELECT p.slug AS paper, pa.position, a.name AS author FROM paper_author pa
    JOIN paper p ON p.id = pa.paper_id JOIN author a ON a.id = pa.author_id`,
  repository: 'SELECT url, framework, stars FROM repository',
  paper_repository: `SELECT p.slug AS paper, r.url AS repository, pr.is_official, pr.mentioned_in_paper,
      pr.mentioned_in_github FROM paper_repository pr
    JOIN paper p ON p.id = pr.paper_id JOIN repository r ON r.id = pr.repository_id`,
  benchmark: `SELECT b.slug, t.slug AS task, d.slug AS dataset FROM benchmark b
    JOIN task t ON t.id = b.task_id JOIN dataset d ON d.id = b.dataset_id`,
  metric: `SELECT b.slug AS benchmark, m.name, m.position, m.direction, m.direction_source, m.is_numeric FROM metric m
    JOIN benchmark b ON b.id = m.benchmark_id`,
  // A result has no natural key: it is its whole content, values included.
  result: `SELECT b.slug AS benchmark, p.slug AS paper, r.model_name, r.paper_title, r.paper_url, r.evaluated_on::text,
      r.uses_additional_data, r.code_links, r.model_links, r.source, r.date_source, r.paper_link,
      (SELECT json_agg(json_build_array(m.name, v.raw, v.value) ORDER BY m.name) FROM result_value v
       JOIN metric m ON m.id = v.metric_id WHERE v.result_id = r.id) AS "values"
    FROM result r JOIN benchmark b ON b.id = r.benchmark_id LEFT JOIN paper p ON p.id = r.paper_id`,
};

export async function naturalContents(dataSource: DataSource): Promise<Record<string, string[]>> {
  const contents: Record<string, string[]> = {};
  for (const [table, statement] of Object.entries(STATEMENTS)) {
    const rows: unknown[] = await dataSource.query(statement);
    contents[table] = rows.map((row) => JSON.stringify(row)).sort();
  }
  return contents;
}
