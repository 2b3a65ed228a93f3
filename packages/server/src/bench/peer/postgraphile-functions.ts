import type { Client } from 'pg';

/**
 * What PostGraphile needs to answer the benchmark's queries the way ours does, written the way
 * its documentation suggests: computed columns marked @sortable, and a set-returning search
 * function (which orders its own rows: PostGraphile v4 has no orderBy on functions). Created in
 * the benchmark's database only, in public, as PostGraphile wants them in their table's schema.
 * SQL functions are inlined by PostgreSQL, so `paper_newest_key` uses the index that serves our
 * own newest-first order.
 */
const FUNCTIONS = [
  // Never null (missing and non-finite values become -Infinity): PostGraphile sorts NULLs first
  // in DESC orderings, and its orderByNullsLast option would keep paper_newest_key off its index.
  `CREATE OR REPLACE FUNCTION result_rank_key(r result) RETURNS double precision LANGUAGE sql STABLE AS $$
     SELECT coalesce(
       (SELECT CASE WHEN v.value = ANY ('{NaN,Infinity,-Infinity}'::float8[]) THEN NULL
                    WHEN m.direction = 'LOWER_IS_BETTER' THEN -v.value
                    ELSE v.value END
        FROM (SELECT id, direction FROM metric
              WHERE benchmark_id = r.benchmark_id AND is_numeric ORDER BY position LIMIT 1) m
        LEFT JOIN result_value v ON v.metric_id = m.id AND v.result_id = r.id),
       '-Infinity')
   $$`,
  `COMMENT ON FUNCTION result_rank_key(result) IS E'@sortable\\nThe value of the board''s first numeric metric, best largest.'`,
  `CREATE OR REPLACE FUNCTION paper_newest_key(p paper) RETURNS date LANGUAGE sql STABLE AS $$
     SELECT coalesce(p.published, '0001-01-01'::date)
   $$`,
  `COMMENT ON FUNCTION paper_newest_key(paper) IS E'@sortable\\nThe publication date, undated papers as oldest.'`,
  `CREATE OR REPLACE FUNCTION search_papers(query text) RETURNS SETOF paper LANGUAGE sql STABLE AS $$
     SELECT * FROM paper WHERE search_vector @@ websearch_to_tsquery('english', query)
     ORDER BY coalesce(published, '0001-01-01'::date) DESC, id DESC
   $$`,
  `COMMENT ON FUNCTION search_papers(text) IS 'Papers matching a web-search style text query, newest first.'`,
];

export async function createPostgraphileFunctions(admin: Client): Promise<void> {
  for (const statement of FUNCTIONS) await admin.query(statement);
}
