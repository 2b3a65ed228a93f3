/**
 * Related papers: the papers sharing the most specific tasks, methods, datasets and title words
 * with a paper.
 *
 * Bounded whatever the size of a task: the paper's features (its tasks, its methods, the datasets
 * of its results) are sized by counting at most FEATURE_SIZE_CAP papers each; only the RAREST_FEATURES
 * rarest are used, and each brings at most CANDIDATES_PER_FEATURE candidates (its newest papers by
 * id, read backwards from the (task_id, paper_id) / (method_id, paper_id) indexes); features no
 * other paper has are skipped (they would take the places of shared ones). A candidate
 * scores Σ 1 / ln(2 + size) over the features it shares, so sharing a rare task outweighs
 * sharing a common one; ties go to the newest.
 *
 * Text similarity comes in as features too: the rarest words of the paper's title (stemmed as
 * the search index stems them). Which words are rare is read from the planner's statistics of
 * paper.search_vector (its most common lexemes and their frequencies, kept by ANALYZE): words
 * known to be in RARE_WORD_SHARE of the papers or more are never looked up. The others (at most
 * TITLE_WORDS_LOOKED_UP, the least frequent first) are counted in the GIN index up to
 * FEATURE_SIZE_CAP — the statistics list only the most common words, so a word they omit may
 * still be common — and the TITLE_WORDS rarest that other papers share, fewer than the cap,
 * join the features. A paper without tasks, methods or datasets still gets the papers that share its
 * title's rare words. At most 12 × 200 + 3 × 100 = 2,700 rows are ranked per paper.
 */
const RAREST_FEATURES = 12;
const CANDIDATES_PER_FEATURE = 200;
const FEATURE_SIZE_CAP = 1000;
const TITLE_WORDS = 3;
const TITLE_WORDS_LOOKED_UP = 4;
const CANDIDATES_PER_WORD = 100;
const RARE_WORD_SHARE = 0.002;

const TASK = 1;
const METHOD = 2;
const DATASET = 3;
const TITLE_WORD = 4;

/**
 * The rarest title words of the paper `paper` that other papers share, as (kind, id, word, size).
 * Only plain alphanumeric lexemes, so each is a valid tsquery as it is.
 */
function titleWordFeatures(paper: string): string {
  // Uncorrelated, so Postgres reads the statistics once per statement (InitPlans).
  const stats = (column: string) =>
    `(SELECT s.${column} FROM pg_stats s WHERE s.schemaname = current_schema()
        AND s.tablename = 'paper' AND s.attname = 'search_vector')`;
  return `SELECT ${TITLE_WORD} AS kind, NULL::int AS id, w.word, w.size FROM (
      SELECT t.word, (SELECT count(*) FROM (SELECT FROM paper x WHERE x.search_vector @@ t.word::tsquery
                                             LIMIT ${FEATURE_SIZE_CAP}) s) AS size
      FROM (
        SELECT u.lexeme AS word, coalesce(st.freqs[array_position(st.elems, u.lexeme)], 0) AS share
        FROM paper p CROSS JOIN LATERAL unnest(to_tsvector('english', p.title)) u
        CROSS JOIN (SELECT ${stats('most_common_elems')}::text::text[] AS elems,
                           ${stats('most_common_elem_freqs')} AS freqs) st
        WHERE p.id = ${paper} AND u.lexeme ~ '^[a-z0-9]{3,}$'
      ) t
      WHERE t.share < ${RARE_WORD_SHARE}
      ORDER BY t.share, length(t.word) DESC, t.word
      LIMIT ${TITLE_WORDS_LOOKED_UP}
    ) w
    WHERE w.size > 1 AND w.size < ${FEATURE_SIZE_CAP}
    ORDER BY w.size, w.word LIMIT ${TITLE_WORDS}`;
}

/**
 * `FROM (…) rel` — the related papers of the paper whose id is the SQL `paper`, as rows
 * (paper_id, score); order by `rel.score DESC` then the newest (see RELATED_ORDER).
 */
export function relatedPapersFrom(paper: string): string {
  return `FROM (
    SELECT c.paper_id, sum(c.weight) AS score FROM (
      SELECT DISTINCT f.kind, f.id, f.word, f.weight, c.paper_id FROM (
       (SELECT f.kind, f.id, NULL::text AS word, 1 / ln(2 + f.size) AS weight FROM (
          SELECT ${TASK} AS kind, pt.task_id AS id,
            (SELECT count(*) FROM (SELECT FROM paper_task x WHERE x.task_id = pt.task_id LIMIT ${FEATURE_SIZE_CAP}) s) AS size
          FROM paper_task pt WHERE pt.paper_id = ${paper}
          UNION ALL
          SELECT ${METHOD}, pm.method_id,
            (SELECT count(*) FROM (SELECT FROM paper_method x WHERE x.method_id = pm.method_id LIMIT ${FEATURE_SIZE_CAP}) s)
          FROM paper_method pm WHERE pm.paper_id = ${paper}
          UNION ALL
          SELECT ${DATASET}, d.dataset_id,
            (SELECT count(*) FROM (SELECT FROM benchmark b JOIN result r ON r.benchmark_id = b.id
                                   WHERE b.dataset_id = d.dataset_id AND r.paper_id IS NOT NULL
                                   LIMIT ${FEATURE_SIZE_CAP}) s)
          FROM (SELECT DISTINCT b.dataset_id FROM result r JOIN benchmark b ON b.id = r.benchmark_id
                WHERE r.paper_id = ${paper} AND b.dataset_id IS NOT NULL) d
        ) f
        -- A feature only this paper has brings no candidate: it must not take a place.
        WHERE f.size > 1
        ORDER BY f.size, f.kind, f.id LIMIT ${RAREST_FEATURES})
        UNION ALL
        SELECT w.kind, w.id, w.word, 1 / ln(2 + w.size) FROM (${titleWordFeatures(paper)}) w
      ) f
      CROSS JOIN LATERAL (
        (SELECT x.paper_id FROM paper_task x WHERE f.kind = ${TASK} AND x.task_id = f.id AND x.paper_id <> ${paper}
         ORDER BY x.paper_id DESC LIMIT ${CANDIDATES_PER_FEATURE})
        UNION ALL
        (SELECT x.paper_id FROM paper_method x WHERE f.kind = ${METHOD} AND x.method_id = f.id AND x.paper_id <> ${paper}
         ORDER BY x.paper_id DESC LIMIT ${CANDIDATES_PER_FEATURE})
        UNION ALL
        (SELECT r.paper_id FROM benchmark b JOIN result r ON r.benchmark_id = b.id
         WHERE f.kind = ${DATASET} AND b.dataset_id = f.id AND r.paper_id <> ${paper} LIMIT ${CANDIDATES_PER_FEATURE})
        UNION ALL
        -- id + 0: the word's few papers come from the GIN index, never from a walk of the primary key.
        (SELECT x.id FROM paper x WHERE f.kind = ${TITLE_WORD} AND x.search_vector @@ f.word::tsquery AND x.id <> ${paper}
         ORDER BY x.id + 0 DESC LIMIT ${CANDIDATES_PER_WORD})
      ) c
    ) c
    GROUP BY c.paper_id
  ) rel`;
}

/** The order of related papers, `other` being the related paper's alias. */
export const relatedOrder = (other: string) => `rel.score DESC, ${other}.published DESC NULLS LAST, ${other}.id`;
