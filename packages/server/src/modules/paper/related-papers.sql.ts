/**
 * Related papers: the papers sharing the most specific tasks, methods and datasets with a paper.
 *
 * Bounded whatever the size of a task: the paper's features (its tasks, its methods, the datasets
 * of its results) are sized by counting at most FEATURE_SIZE_CAP papers each; only the RAREST_FEATURES
 * rarest are used, and each brings at most CANDIDATES_PER_FEATURE candidates (its newest papers by
 * id, read backwards from the (task_id, paper_id) / (method_id, paper_id) indexes); features no
 * other paper has are skipped (they would take the places of shared ones). A candidate
 * scores Σ 1 / ln(2 + size) over the features it shares, so sharing a rare task outweighs
 * sharing a common one; ties go to the newest. At most 12 × 200 = 2,400 rows are ranked per paper.
 */
const RAREST_FEATURES = 12;
const CANDIDATES_PER_FEATURE = 200;
const FEATURE_SIZE_CAP = 1000;

const TASK = 1;
const METHOD = 2;
const DATASET = 3;

/**
 * `FROM (…) rel` — the related papers of the paper whose id is the SQL `paper`, as rows
 * (paper_id, score); order by `rel.score DESC` then the newest (see RELATED_ORDER).
 */
export function relatedPapersFrom(paper: string): string {
  return `FROM (
    SELECT c.paper_id, sum(c.weight) AS score FROM (
      SELECT DISTINCT f.kind, f.id, f.weight, c.paper_id FROM (
        SELECT f.kind, f.id, 1 / ln(2 + f.size) AS weight FROM (
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
        ORDER BY f.size, f.kind, f.id LIMIT ${RAREST_FEATURES}
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
      ) c
    ) c
    GROUP BY c.paper_id
  ) rel`;
}

/** The order of related papers, `other` being the related paper's alias. */
export const relatedOrder = (other: string) => `rel.score DESC, ${other}.published DESC NULLS LAST, ${other}.id`;
