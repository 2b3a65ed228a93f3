import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Papers of a venue or proceeding, newest first, as one index range each: `paper.venue_id` (the
 * venue of the paper's proceeding, kept with `proceeding_id` by the importer) and two partial
 * indexes in the newest-first order. Through `proceeding` alone, a one-paper venue was read by
 * walking every paper newest first (seconds at full scale) and NeurIPS by sorting 170,000.
 */
export class PaperVenueOrder1795720000002 implements MigrationInterface {
  name = 'PaperVenueOrder1795720000002';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query('ALTER TABLE "paper" ADD "venue_id" integer');
    await queryRunner.query(
      `UPDATE "paper" p SET "venue_id" = pr."venue_id" FROM "proceeding" pr WHERE pr."id" = p."proceeding_id"`,
    );
    await queryRunner.query(`
      ALTER TABLE "paper" ADD CONSTRAINT "FK_5536d411e91429fc1c747877e41" FOREIGN KEY ("venue_id")
        REFERENCES "venue"("id") ON DELETE SET NULL ON UPDATE NO ACTION`);
    await queryRunner.query('DROP INDEX "IDX_4bcd747c3406a40f223cb55755"');
    await queryRunner.query(`
      CREATE INDEX "paper_proceeding_order" ON "paper"
        ("proceeding_id", (coalesce("published", '0001-01-01'::date)) DESC, "id" DESC) WHERE "proceeding_id" IS NOT NULL`);
    await queryRunner.query(`
      CREATE INDEX "paper_venue_order" ON "paper"
        ("venue_id", (coalesce("published", '0001-01-01'::date)) DESC, "id" DESC) WHERE "venue_id" IS NOT NULL`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query('DROP INDEX "paper_venue_order"');
    await queryRunner.query('DROP INDEX "paper_proceeding_order"');
    await queryRunner.query('CREATE INDEX "IDX_4bcd747c3406a40f223cb55755" ON "paper" ("proceeding_id")');
    await queryRunner.query('ALTER TABLE "paper" DROP CONSTRAINT "FK_5536d411e91429fc1c747877e41"');
    await queryRunner.query('ALTER TABLE "paper" DROP COLUMN "venue_id"');
  }
}
