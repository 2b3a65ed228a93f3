import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Contributions of boards and metrics (issue 12): createBenchmark and addMetric are contributions
 * too; a pending new board has no benchmark row yet. Also indexes the moderators' foreign keys.
 */
export class ContributionBoards1795770000002 implements MigrationInterface {
  name = 'ContributionBoards1795770000002';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query('ALTER TABLE "contribution" DROP CONSTRAINT "contribution_kind_check"');
    await queryRunner.query(`ALTER TABLE "contribution" ADD CONSTRAINT "contribution_kind_check"
      CHECK ("kind" IN ('ADD_RESULT', 'UPDATE_RESULT', 'REMOVE_RESULT', 'CREATE_BENCHMARK', 'ADD_METRIC'))`);
    await queryRunner.query('ALTER TABLE "contribution" ALTER COLUMN "benchmark_id" DROP NOT NULL');
    // Foreign keys are indexed (an account's removal from app_user checks them).
    await queryRunner.query('CREATE INDEX "IDX_contribution_reviewed_by" ON "contribution" ("reviewed_by")');
    await queryRunner.query(
      'CREATE INDEX "IDX_contribution_removal_confirmed_by" ON "contribution" ("removal_confirmed_by")',
    );
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query('DROP INDEX "IDX_contribution_removal_confirmed_by"');
    await queryRunner.query('DROP INDEX "IDX_contribution_reviewed_by"');
    await queryRunner.query(`DELETE FROM "contribution" WHERE "kind" IN ('CREATE_BENCHMARK', 'ADD_METRIC')`);
    await queryRunner.query('ALTER TABLE "contribution" ALTER COLUMN "benchmark_id" SET NOT NULL');
    await queryRunner.query('ALTER TABLE "contribution" DROP CONSTRAINT "contribution_kind_check"');
    await queryRunner.query(`ALTER TABLE "contribution" ADD CONSTRAINT "contribution_kind_check"
      CHECK ("kind" IN ('ADD_RESULT', 'UPDATE_RESULT', 'REMOVE_RESULT'))`);
  }
}
