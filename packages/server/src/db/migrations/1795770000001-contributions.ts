import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Contributions (issue 12): every change an account asks for through the API, one row each.
 *
 * A CONTRIBUTOR's change is PENDING: only its proposal (`payload`) is stored here; the public
 * tables, and so the boards, caches and `asOf`, never see it until a moderator approves it. Then
 * it is applied as a revision by its author (`revision_id`), `reviewed_by` the moderator.
 * TRUSTED accounts and above publish at once (PUBLISHED, with the revision). A removal of a
 * result is soft: the row leaves the board at once (restorable by reverting its revision) and
 * waits for a moderator to confirm it (`removal_confirmed_by`).
 */
export class Contributions1795770000001 implements MigrationInterface {
  name = 'Contributions1795770000001';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
      CREATE TABLE "contribution" (
        "id" bigserial PRIMARY KEY,
        "kind" character varying(20) NOT NULL CHECK ("kind" IN ('ADD_RESULT', 'UPDATE_RESULT', 'REMOVE_RESULT')),
        "status" character varying(20) NOT NULL CHECK ("status" IN ('PENDING', 'PUBLISHED', 'REJECTED')),
        "author_id" integer NOT NULL REFERENCES "app_user"("id"),
        "benchmark_id" integer NOT NULL,
        "result_id" integer,
        "payload" jsonb NOT NULL,
        "reason" text NOT NULL,
        "created_at" timestamptz NOT NULL DEFAULT now(),
        "revision_id" bigint REFERENCES "revision"("id"),
        "reviewed_by" integer REFERENCES "app_user"("id"),
        "reviewed_at" timestamptz,
        "review_reason" text,
        "removal_confirmed_by" integer REFERENCES "app_user"("id"),
        "removal_confirmed_at" timestamptz
      )`);
    await queryRunner.query(
      `CREATE INDEX "IDX_contribution_queue" ON "contribution" ("id") WHERE "status" = 'PENDING'
         OR ("kind" = 'REMOVE_RESULT' AND "status" = 'PUBLISHED' AND "removal_confirmed_at" IS NULL)`,
    );
    await queryRunner.query('CREATE INDEX "IDX_contribution_author" ON "contribution" ("author_id", "id")');
    await queryRunner.query('CREATE INDEX "IDX_contribution_revision" ON "contribution" ("revision_id")');
    // A revert finds each row's states around its revision's time.
    await queryRunner.query(
      'CREATE INDEX "IDX_result_state_result_from" ON "result_state" ("result_id", "valid_from")',
    );
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query('DROP INDEX "IDX_result_state_result_from"');
    await queryRunner.query('DROP TABLE "contribution"');
  }
}
