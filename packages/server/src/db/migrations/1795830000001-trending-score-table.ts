import type { MigrationInterface, QueryRunner } from 'typeorm';
import { REFRESH_TRENDING_SCORES_IN_PAPER, TRENDING_SCORES_CTE } from './1795730000001-trending-and-related';

/**
 * The trending order's key moves from `paper.trending_score` to a narrow table of its own,
 * `paper_trending (paper_id, score)`. Every import refreshes the scores of the papers whose
 * activity changed; in `paper` each such update rewrote the whole row (abstract, search vector)
 * and, the score being indexed, added entries to every index of paper, the GIN index included:
 * 70 s of a first full-size import's papers file and 40 s of its code links file. Here an update
 * rewrites 16 bytes and two small indexes.
 *
 * Every paper has its row: a statement trigger gives papers as they are inserted the score of
 * their date alone (no activity yet), so the refresh after a first import's papers file writes
 * nothing, and a paper added by a contribution is in the trending order at once.
 */
export class TrendingScoreTable1795830000001 implements MigrationInterface {
  name = 'TrendingScoreTable1795830000001';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      `CREATE TABLE "paper_trending" ("paper_id" integer NOT NULL, "score" double precision NOT NULL,
         CONSTRAINT "PK_paper_trending" PRIMARY KEY ("paper_id"),
         CONSTRAINT "FK_paper_trending_paper" FOREIGN KEY ("paper_id") REFERENCES "paper"("id") ON DELETE CASCADE)`,
    );
    await queryRunner.query(`INSERT INTO paper_trending (paper_id, score) SELECT id, trending_score FROM paper`);
    await queryRunner.query(`ALTER TABLE "paper" DROP COLUMN "trending_score"`); // and its index, paper_trending_order
    await queryRunner.query(`CREATE INDEX "paper_trending_order" ON "paper_trending" ("score" DESC, "paper_id" DESC)`);
    await queryRunner.query(`
      CREATE FUNCTION paper_trending_added() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        INSERT INTO paper_trending (paper_id, score)
        SELECT id, paper_trending_score(published, 0) FROM added_papers;
        RETURN NULL;
      END $$`);
    await queryRunner.query(
      `CREATE TRIGGER paper_trending_added AFTER INSERT ON paper REFERENCING NEW TABLE AS added_papers
       FOR EACH STATEMENT EXECUTE FUNCTION paper_trending_added()`,
    );
    await queryRunner.query(REFRESH_FUNCTION);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP TRIGGER paper_trending_added ON paper`);
    await queryRunner.query(`DROP FUNCTION paper_trending_added()`);
    await queryRunner.query(`ALTER TABLE "paper" ADD "trending_score" double precision NOT NULL DEFAULT 0`);
    await queryRunner.query(
      `UPDATE paper SET trending_score = t.score FROM paper_trending t WHERE t.paper_id = paper.id`,
    );
    await queryRunner.query(`DROP TABLE "paper_trending"`); // and its index, paper_trending_order
    await queryRunner.query('CREATE INDEX "paper_trending_order" ON "paper" ("trending_score" DESC, "id" DESC)');
    await queryRunner.query(`CREATE OR REPLACE ${REFRESH_TRENDING_SCORES_IN_PAPER}`);
  }
}

// Rewrites only the scores that changed (and adds any paper without one); returns how many.
const REFRESH_FUNCTION = `
  CREATE OR REPLACE FUNCTION refresh_trending_scores() RETURNS bigint LANGUAGE sql VOLATILE AS $$
    ${TRENDING_SCORES_CTE}, updated AS (
      UPDATE paper_trending t SET score = s.value FROM score s
      WHERE t.paper_id = s.id AND t.score IS DISTINCT FROM s.value
      RETURNING 1
    ), added AS (
      INSERT INTO paper_trending (paper_id, score)
      SELECT s.id, s.value FROM score s WHERE NOT EXISTS (SELECT 1 FROM paper_trending t WHERE t.paper_id = s.id)
      RETURNING 1
    )
    SELECT (SELECT count(*) FROM updated) + (SELECT count(*) FROM added)
  $$`;
