import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Contributions of content (issue 12): edits of task, dataset and method descriptions, papers
 * added by arXiv id or URL, and code repositories linked to or unlinked from papers are
 * contributions too (proposals of CONTRIBUTORs wait for review like results do). They are about
 * no board, so `benchmark_id` stays null for them.
 */
const KINDS = ['ADD_RESULT', 'UPDATE_RESULT', 'REMOVE_RESULT', 'CREATE_BENCHMARK', 'ADD_METRIC'];
const CONTENT_KINDS = ['EDIT_DESCRIPTION', 'ADD_PAPER', 'LINK_CODE', 'UNLINK_CODE'];

const kindCheck = (kinds: string[]) =>
  `ALTER TABLE "contribution" ADD CONSTRAINT "contribution_kind_check"
   CHECK ("kind" IN (${kinds.map((kind) => `'${kind}'`).join(', ')}))`;

export class ContentContributions1795810000001 implements MigrationInterface {
  name = 'ContentContributions1795810000001';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query('ALTER TABLE "contribution" DROP CONSTRAINT "contribution_kind_check"');
    await queryRunner.query(kindCheck([...KINDS, ...CONTENT_KINDS]));
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      `DELETE FROM "contribution" WHERE "kind" IN (${CONTENT_KINDS.map((kind) => `'${kind}'`).join(', ')})`,
    );
    await queryRunner.query('ALTER TABLE "contribution" DROP CONSTRAINT "contribution_kind_check"');
    await queryRunner.query(kindCheck(KINDS));
  }
}
