import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Discovery (issue 11): a stored trending score per paper, and the indexes that keep related
 * papers bounded.
 *
 * Trending is recency weighted by use: exp((published − 2000-01-01) / 30 days) × (1 + activity),
 * with activity = code links + result rows + 2 × leaderboards the paper's results are on. Its
 * logarithm, (published − 2000-01-01) / 30 + ln(1 + activity), orders papers the same way and does
 * not depend on today's date (the decay of every paper since publication is the same factor), so
 * it is stored in `paper.trending_score`, indexed, and only recomputed when the archive changes
 * (`refresh_trending_scores()`, called by every import before its commit). A paper needs e ≈ 2.7
 * times the activity of one published 30 days after it to rank above it. Papers without a date
 * count as published on 0001-01-01.
 *
 * Related papers take their candidates from the newest papers of each shared task or method
 * (`(task_id, paper_id)` and `(method_id, paper_id)` indexes read backwards, with a LIMIT).
 */
export class TrendingAndRelated1795730000001 implements MigrationInterface {
  name = 'TrendingAndRelated1795730000001';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
      CREATE FUNCTION paper_trending_score(published date, activity bigint) RETURNS float8
      LANGUAGE sql IMMUTABLE PARALLEL SAFE AS $$
        SELECT (coalesce(published, '0001-01-01'::date) - '2000-01-01'::date) / 30.0::float8
               + ln(1 + greatest(activity, 0))::float8
      $$`);
    await queryRunner.query(`ALTER TABLE "paper" ADD "trending_score" double precision NOT NULL DEFAULT 0`);
    await queryRunner.query(`CREATE ${REFRESH_TRENDING_SCORES_IN_PAPER}`);
    await queryRunner.query('SELECT refresh_trending_scores()');
    await queryRunner.query('CREATE INDEX "paper_trending_order" ON "paper" ("trending_score" DESC, "id" DESC)');
    await queryRunner.query('CREATE INDEX "paper_task_newest" ON "paper_task" ("task_id", "paper_id")');
    await queryRunner.query('CREATE INDEX "paper_method_newest" ON "paper_method" ("method_id", "paper_id")');
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query('DROP INDEX "paper_method_newest"');
    await queryRunner.query('DROP INDEX "paper_task_newest"');
    await queryRunner.query('DROP INDEX "paper_trending_order"');
    await queryRunner.query('DROP FUNCTION refresh_trending_scores()');
    await queryRunner.query('ALTER TABLE "paper" DROP "trending_score"');
    await queryRunner.query('DROP FUNCTION paper_trending_score(date, bigint)');
  }
}

/**
 * Every paper's trending score as the CTE `score (id, value)`; its activity: code links, result
 * rows, and twice the boards those rows are on. (TrendingScoreTable keeps the same scores elsewhere.)
 */
export const TRENDING_SCORES_CTE = `
  WITH code AS (
    SELECT paper_id, count(*) AS n FROM paper_repository GROUP BY paper_id
  ), results AS (
    SELECT paper_id, count(*) AS n, count(DISTINCT benchmark_id) AS boards
    FROM result WHERE paper_id IS NOT NULL GROUP BY paper_id
  ), score AS (
    SELECT p.id, paper_trending_score(p.published,
             coalesce(c.n, 0) + coalesce(r.n, 0) + 2 * coalesce(r.boards, 0)) AS value
    FROM paper p LEFT JOIN code c ON c.paper_id = p.id LEFT JOIN results r ON r.paper_id = p.id
  )`;

/** The refresh of this migration (after `CREATE` or `CREATE OR REPLACE`): rewrites only the papers whose score changed; returns how many. */
export const REFRESH_TRENDING_SCORES_IN_PAPER = `FUNCTION refresh_trending_scores() RETURNS bigint LANGUAGE sql VOLATILE AS $$
  ${TRENDING_SCORES_CTE}, changed AS (
    UPDATE paper SET trending_score = score.value FROM score
    WHERE paper.id = score.id AND paper.trending_score IS DISTINCT FROM score.value
    RETURNING 1
  )
  SELECT count(*) FROM changed
$$`;
