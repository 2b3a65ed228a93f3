import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Search vectors do not compress: in a full-size import none of 576k did, yet every paper row too
 * wide to store inline had pglz try first (13% of the papers insert's CPU, sampled with perf). With
 * EXTERNAL storage a vector is stored as it is: inline when the row fits, else out of line, as
 * before, without the attempt. Rows already stored are unchanged.
 */
export class UncompressedSearchVectors1795850000002 implements MigrationInterface {
  name = 'UncompressedSearchVectors1795850000002';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query('ALTER TABLE "paper" ALTER COLUMN "search_vector" SET STORAGE EXTERNAL');
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query('ALTER TABLE "paper" ALTER COLUMN "search_vector" SET STORAGE EXTENDED');
  }
}
