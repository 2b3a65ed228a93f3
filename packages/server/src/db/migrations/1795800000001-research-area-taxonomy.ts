import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * The final archive's taxonomy (issue 13, packages/server/taxonomy): areas keep the taxonomy's
 * order and task count (a reference for the imported count), and a task's area says whether the
 * archive stated it (`ARCHIVE`, the task's categories) or the taxonomy supplied it (`TAXONOMY`,
 * the fallback for tasks the archive gives no area), so that a later import can replace the
 * fallback without touching what the archive said.
 */
export class ResearchAreaTaxonomy1795800000001 implements MigrationInterface {
  name = 'ResearchAreaTaxonomy1795800000001';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query('ALTER TABLE "area" ADD "position" smallint');
    await queryRunner.query('ALTER TABLE "area" ADD "archive_task_count" integer');
    await queryRunner.query(`ALTER TABLE "task_area" ADD "source" character varying(20) NOT NULL DEFAULT 'ARCHIVE'`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query('ALTER TABLE "task_area" DROP COLUMN "source"');
    await queryRunner.query('ALTER TABLE "area" DROP COLUMN "archive_task_count"');
    await queryRunner.query('ALTER TABLE "area" DROP COLUMN "position"');
  }
}
