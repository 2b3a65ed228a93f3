import type { MigrationInterface, QueryRunner } from 'typeorm';
import { slugsOfNewNames } from '../../modules/author/author-slug';
import {
  proceedingsOf,
  refreshVenueCounts,
  VENUE_TEXT,
  venueTextsSql,
  type VenueText,
} from '../../modules/venue/proceeding-links';

const CHUNK = 20_000;

/**
 * Authors and venues (issue 11). Every author gets a stable slug (backfilled here in name order,
 * collisions numbered -2, -3, …, as the importer gives new names theirs) and a stored paper count.
 * Venues (NeurIPS) and their proceedings (NeurIPS 2019) are made from the papers' proceeding texts,
 * and each paper points at its proceeding.
 */
export class AuthorsAndVenues1795720000001 implements MigrationInterface {
  name = 'AuthorsAndVenues1795720000001';

  async up(queryRunner: QueryRunner): Promise<void> {
    const run = <Row>(text: string, params?: unknown[]) => queryRunner.query(text, params) as Promise<Row[]>;

    await run('ALTER TABLE "author" ADD "slug" character varying, ADD "paper_count" integer NOT NULL DEFAULT 0');
    const stored = await run<{ name: string }>('SELECT name FROM author');
    const { names, slugs } = await slugsOfNewNames(
      run,
      stored.map((row) => row.name),
    );
    for (let i = 0; i < names.length; i += CHUNK) {
      await run(
        `UPDATE author a SET slug = m.slug FROM unnest($1::text[], $2::text[]) AS m(name, slug) WHERE a.name = m.name`,
        [names.slice(i, i + CHUNK), slugs.slice(i, i + CHUNK)],
      );
    }
    await run('ALTER TABLE "author" ALTER COLUMN "slug" SET NOT NULL');
    await run('ALTER TABLE "author" ADD CONSTRAINT "UQ_6ee7ef69a7694fea87382052fed" UNIQUE ("slug")');
    await run(
      `UPDATE author a SET paper_count = c.n
       FROM (SELECT author_id, count(DISTINCT paper_id)::int AS n FROM paper_author GROUP BY author_id) c
       WHERE a.id = c.author_id`,
    );

    await run(`
      CREATE TABLE "venue" (
        "id" SERIAL NOT NULL,
        "slug" character varying NOT NULL,
        "name" character varying NOT NULL,
        "paper_count" integer NOT NULL DEFAULT 0,
        CONSTRAINT "UQ_3ba990212c9cbf2636cfa9b67d1" UNIQUE ("slug"),
        CONSTRAINT "PK_c53deb6d1bcb088f9d459e7dbc0" PRIMARY KEY ("id"))`);
    await run(`
      CREATE TABLE "proceeding" (
        "id" SERIAL NOT NULL,
        "slug" character varying NOT NULL,
        "name" character varying NOT NULL,
        "venue_id" integer NOT NULL,
        "year" smallint,
        "month" smallint,
        "paper_count" integer NOT NULL DEFAULT 0,
        CONSTRAINT "UQ_1fac6bf62a35bb799341c52dcaa" UNIQUE ("slug"),
        CONSTRAINT "PK_bbd4255bb7120f79bec300a15a8" PRIMARY KEY ("id"),
        CONSTRAINT "FK_395b4fe1bbe1c3df2ab02e2e8b4" FOREIGN KEY ("venue_id") REFERENCES "venue"("id")
          ON DELETE CASCADE ON UPDATE NO ACTION)`);
    await run('CREATE INDEX "IDX_395b4fe1bbe1c3df2ab02e2e8b" ON "proceeding" ("venue_id")');
    await run('ALTER TABLE "paper" ADD "proceeding_id" integer');
    await run('CREATE INDEX "IDX_4bcd747c3406a40f223cb55755" ON "paper" ("proceeding_id")');
    await run(`
      ALTER TABLE "paper" ADD CONSTRAINT "FK_4bcd747c3406a40f223cb557554" FOREIGN KEY ("proceeding_id")
        REFERENCES "proceeding"("id") ON DELETE SET NULL ON UPDATE NO ACTION`);
    // Written out rather than linkProceedings(), which also sets columns later migrations add.
    const ids = await proceedingsOf(run, await run<VenueText>(venueTextsSql('paper', 'TRUE')));
    await run(
      `UPDATE paper p SET proceeding_id = m.id FROM unnest($1::text[], $2::int[]) AS m(text, id)
       WHERE ${VENUE_TEXT('p')} = m.text`,
      [[...ids.keys()], [...ids.values()].map((id) => id.proceedingId)],
    );
    await refreshVenueCounts(run);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query('ALTER TABLE "paper" DROP CONSTRAINT "FK_4bcd747c3406a40f223cb557554"');
    await queryRunner.query('DROP INDEX "IDX_4bcd747c3406a40f223cb55755"');
    await queryRunner.query('ALTER TABLE "paper" DROP COLUMN "proceeding_id"');
    await queryRunner.query('DROP TABLE "proceeding"');
    await queryRunner.query('DROP TABLE "venue"');
    await queryRunner.query('ALTER TABLE "author" DROP CONSTRAINT "UQ_6ee7ef69a7694fea87382052fed"');
    await queryRunner.query('ALTER TABLE "author" DROP COLUMN "slug", DROP COLUMN "paper_count"');
  }
}
