import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * One row holding the version of the data: every change to the graph (an import, later an edit)
 * bumps it with `SELECT bump_data_version()`, and a trigger announces the new version on the
 * `pwc_data_version` channel when the change commits. API nodes key their response caches by it.
 * The version is at least the time of the change in milliseconds, so a database created anew
 * never reuses the versions of an older one whose replies a shared cache may still hold.
 */
export class DataVersion1795650000000 implements MigrationInterface {
  name = 'DataVersion1795650000000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
      CREATE TABLE "data_version" (
        "id" boolean PRIMARY KEY DEFAULT true CHECK ("id"),
        "version" bigint NOT NULL,
        "changed_at" timestamptz NOT NULL DEFAULT now()
      )`);
    await queryRunner.query(
      `INSERT INTO "data_version" ("version") VALUES ((extract(epoch FROM clock_timestamp()) * 1000)::bigint)`,
    );
    await queryRunner.query(`
      CREATE FUNCTION bump_data_version() RETURNS bigint LANGUAGE sql AS $$
        UPDATE "data_version"
        SET "version" = greatest("version" + 1, (extract(epoch FROM clock_timestamp()) * 1000)::bigint),
            "changed_at" = now()
        RETURNING "version"
      $$`);
    await queryRunner.query(`
      CREATE FUNCTION data_version_notify() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        PERFORM pg_notify('pwc_data_version', NEW."version"::text);
        RETURN NULL;
      END $$`);
    await queryRunner.query(`
      CREATE TRIGGER data_version_notify AFTER UPDATE ON "data_version"
      FOR EACH ROW EXECUTE FUNCTION data_version_notify()`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query('DROP TRIGGER data_version_notify ON "data_version"');
    await queryRunner.query('DROP FUNCTION data_version_notify()');
    await queryRunner.query('DROP FUNCTION bump_data_version()');
    await queryRunner.query('DROP TABLE "data_version"');
  }
}
