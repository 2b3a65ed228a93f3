// Hand-written single statements that return each query's data as one JSON value (column
// "json", already in normalize.ts's shape): what a server could at best do per request. They
// run under pgbench as the limit, and once through node-postgres for the data check.

const PAPER_ORDER = `coalesce(published, '0001-01-01'::date) DESC, id DESC`;

export const PAPER_PAGE = `
SELECT json_build_object(
  'title', p.title, 'abstract', p.abstract, 'published', p.published, 'urlAbs', p.url_abs, 'urlPdf', p.url_pdf,
  'authors', coalesce((SELECT json_agg(a.name ORDER BY pa.position)
    FROM paper_author pa JOIN author a ON a.id = pa.author_id WHERE pa.paper_id = p.id), '[]'),
  'tasks', coalesce((SELECT json_agg(t.slug || ' ' || t.name)
    FROM paper_task pt JOIN task t ON t.id = pt.task_id WHERE pt.paper_id = p.id), '[]'),
  'methods', coalesce((SELECT json_agg(m.slug || ' ' || m.name)
    FROM paper_method pm JOIN method m ON m.id = pm.method_id WHERE pm.paper_id = p.id), '[]'),
  'repositories', coalesce((SELECT json_agg(
      r.url || ' ' || coalesce(r.framework, '-') || CASE WHEN pr.is_official THEN ' official' ELSE '' END)
    FROM paper_repository pr JOIN repository r ON r.id = pr.repository_id WHERE pr.paper_id = p.id), '[]'),
  'results', coalesce((SELECT json_agg(json_build_object(
      'model', r.model_name, 'board', b.slug, 'task', t.name, 'dataset', d.name,
      'values', coalesce((SELECT json_agg(json_build_object('metric', m.name, 'raw', v.raw, 'value', v.value)
        ORDER BY m.position) FROM result_value v JOIN metric m ON m.id = v.metric_id WHERE v.result_id = r.id), '[]'))
      ORDER BY r.benchmark_id, r.id)
    FROM result r JOIN benchmark b ON b.id = r.benchmark_id JOIN task t ON t.id = b.task_id
    JOIN dataset d ON d.id = b.dataset_id WHERE r.paper_id = p.id), '[]')) AS json
FROM paper p WHERE p.slug = $1`;

// Ranked as ours ranks: by the first numeric metric in its direction (non-finite values count as
// missing, last), then earlier date, undated last, then the older row.
export const LEADERBOARD_PAGE = `
WITH board AS (SELECT id, slug, task_id, dataset_id FROM benchmark WHERE slug = $1),
ranking AS (
  SELECT m.id, m.direction FROM metric m JOIN board ON m.benchmark_id = board.id
  WHERE m.is_numeric ORDER BY m.position LIMIT 1),
page AS (
  SELECT r.id, r.model_name, r.evaluated_on, r.paper_title, r.code_links, r.paper_id,
    CASE WHEN v.value = ANY ('{NaN,Infinity,-Infinity}'::float8[]) THEN NULL
         WHEN ranking.direction = 'LOWER_IS_BETTER' THEN -v.value ELSE v.value END AS rank_key
  FROM board JOIN result r ON r.benchmark_id = board.id CROSS JOIN ranking
  LEFT JOIN result_value v ON v.result_id = r.id AND v.metric_id = ranking.id
  ORDER BY rank_key DESC NULLS LAST, r.evaluated_on ASC NULLS LAST, r.id
  LIMIT $2::int)
SELECT json_build_object(
  'slug', board.slug, 'task', t.name, 'dataset', d.name,
  'metrics', (SELECT json_agg(m.name ORDER BY m.position) FROM metric m WHERE m.benchmark_id = board.id),
  'totalCount', (SELECT count(*) FROM result r WHERE r.benchmark_id = board.id),
  'rows', coalesce((SELECT json_agg(json_build_object(
      'model', page.model_name, 'evaluatedOn', page.evaluated_on, 'paperTitle', page.paper_title,
      'codeLinks', (SELECT coalesce(json_agg(link ->> 'url'), '[]') FROM jsonb_array_elements(page.code_links) link),
      'paper', (SELECT p.slug || ' ' || p.title FROM paper p WHERE p.id = page.paper_id),
      'values', coalesce((SELECT json_agg(json_build_object('metric', m.name, 'raw', v.raw, 'value', v.value))
        FROM result_value v JOIN metric m ON m.id = v.metric_id WHERE v.result_id = page.id), '[]'))
      ORDER BY page.rank_key DESC NULLS LAST, page.evaluated_on ASC NULLS LAST, page.id)
    FROM page), '[]')) AS json
FROM board JOIN task t ON t.id = board.task_id JOIN dataset d ON d.id = board.dataset_id`;

export const PAPER_SEARCH = `
SELECT coalesce(json_agg(json_build_object('slug', slug, 'title', title, 'published', published)
  ORDER BY ${PAPER_ORDER}), '[]') AS json
FROM (SELECT id, slug, title, published FROM paper
      WHERE search_vector @@ websearch_to_tsquery('english', $1) ORDER BY ${PAPER_ORDER} LIMIT 20) newest`;

export const NEWEST_PAPERS = `
SELECT coalesce(json_agg(json_build_object('slug', slug, 'title', title, 'published', published,
  'authors', coalesce((SELECT json_agg(a.name ORDER BY pa.position)
    FROM paper_author pa JOIN author a ON a.id = pa.author_id WHERE pa.paper_id = newest.id), '[]'))
  ORDER BY ${PAPER_ORDER}), '[]') AS json
FROM (SELECT id, slug, title, published FROM paper ORDER BY ${PAPER_ORDER} LIMIT 20) newest`;
