import type { MigrationInterface, QueryRunner } from 'typeorm';

/** Each link table, its parent's column and the initial schema's index on that column. */
const LINKS = [
  ['paper_task', 'task_id', 'IDX_fa6775405e45a12c4d3c372cf7'],
  ['paper_method', 'method_id', 'IDX_b404cce0d7794fc7d68b8647f2'],
] as const;

/**
 * The papers of a task or method, newest first, as one index range: each link row carries its
 * paper's date (`published`, undated papers as 0001-01-01, as the newest-first order counts them),
 * written by the importer with the link, indexed `(task_id, published DESC, paper_id DESC)`.
 * Through `paper` alone a page of the largest task sorted all of its papers (11,500 at full
 * scale: 80 ms warm, 2 s cold); batched first pages of 20 tasks took 0.4 s warm, 3 s cold.
 * The new index begins with the parent's id, so the index on that id alone goes (one index fewer
 * to build per table on import; at full scale the new ones take 1.8 s and 3 s, paper_task's old one 1 s).
 */
export class PaperLinkDates1795760000001 implements MigrationInterface {
  name = 'PaperLinkDates1795760000001';

  async up(queryRunner: QueryRunner): Promise<void> {
    for (const [table, column, parentIndex] of LINKS) {
      await queryRunner.query(`ALTER TABLE "${table}" ADD "published" date NOT NULL DEFAULT '0001-01-01'`);
      await queryRunner.query(
        `UPDATE "${table}" l SET "published" = p."published" FROM "paper" p
         WHERE p."id" = l."paper_id" AND p."published" IS NOT NULL`,
      );
      await queryRunner.query(
        `CREATE INDEX "${table}_by_date" ON "${table}" ("${column}", "published" DESC, "paper_id" DESC)`,
      );
      await queryRunner.query(`DROP INDEX "${parentIndex}"`);
    }
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    for (const [table, column, parentIndex] of LINKS) {
      await queryRunner.query(`CREATE INDEX "${parentIndex}" ON "${table}" ("${column}")`);
      await queryRunner.query(`DROP INDEX "${table}_by_date"`);
      await queryRunner.query(`ALTER TABLE "${table}" DROP COLUMN "published"`);
    }
  }
}
