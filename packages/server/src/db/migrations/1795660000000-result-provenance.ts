import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Archive fidelity (issue 9): every result row records the sources it came from (file and
 * position) in `result_provenance`, so re-importing one source replaces exactly its rows and a
 * leaderboard is the union of its sources. A row keeps the references it was published with
 * (PWC slug, arXiv id, normalised title) so that it links to its paper whichever file comes
 * first, and where its date came from (`ROW`, `PAPER`, `ARXIV_ID`). `pending_link` keeps the
 * introduced-by and parent-dataset references that no imported row answers yet.
 */
export class ResultProvenance1795660000000 implements MigrationInterface {
  name = 'ResultProvenance1795660000000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
      CREATE TABLE "result_provenance" (
        "source" character varying NOT NULL,
        "position" text NOT NULL,
        "record_index" integer NOT NULL,
        "result_id" integer NOT NULL REFERENCES "result"("id") ON DELETE CASCADE,
        CONSTRAINT "PK_result_provenance" PRIMARY KEY ("source", "position")
      )`);
    await queryRunner.query('CREATE INDEX "IDX_result_provenance_result" ON "result_provenance" ("result_id")');
    await queryRunner.query(`
      ALTER TABLE "result"
        ADD "content_key" text,
        ADD "date_source" character varying(20),
        ADD "paper_ref_slug" text,
        ADD "paper_ref_arxiv_id" text,
        ADD "paper_ref_title" text,
        ADD "paper_link" character varying(20)`);
    await queryRunner.query(`UPDATE "result" SET "date_source" = 'ROW' WHERE "evaluated_on" IS NOT NULL`);
    await queryRunner.query(`
      CREATE TABLE "pending_link" (
        "target_table" character varying(20) NOT NULL,
        "target_id" integer NOT NULL,
        "kind" character varying(20) NOT NULL,
        "paper_slug" text,
        "paper_title" text,
        "parent" text,
        CONSTRAINT "PK_pending_link" PRIMARY KEY ("target_table", "target_id", "kind")
      )`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query('DROP TABLE "pending_link"');
    await queryRunner.query(`
      ALTER TABLE "result" DROP "content_key", DROP "date_source", DROP "paper_ref_slug",
        DROP "paper_ref_arxiv_id", DROP "paper_ref_title", DROP "paper_link"`);
    await queryRunner.query('DROP TABLE "result_provenance"');
  }
}
