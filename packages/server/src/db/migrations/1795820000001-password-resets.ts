import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Password resets (issue 12): one row per link mailed, holding only the SHA-256 of its token,
 * when it expires and when it was used (a link works once). They go with their account.
 */
export class PasswordResets1795820000001 implements MigrationInterface {
  name = 'PasswordResets1795820000001';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      `CREATE TABLE "password_reset" ("id" SERIAL NOT NULL, "user_id" integer NOT NULL, "token_hash" bytea NOT NULL, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "expires_at" TIMESTAMP WITH TIME ZONE NOT NULL, "used_at" TIMESTAMP WITH TIME ZONE, CONSTRAINT "PK_password_reset" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(`CREATE INDEX "IDX_password_reset_user" ON "password_reset" ("user_id")`);
    await queryRunner.query(`CREATE UNIQUE INDEX "IDX_password_reset_token" ON "password_reset" ("token_hash")`);
    await queryRunner.query(
      `ALTER TABLE "password_reset" ADD CONSTRAINT "FK_ad88301fdc79593dd222268a8b6" FOREIGN KEY ("user_id") REFERENCES "app_user"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP TABLE "password_reset"`);
  }
}
