import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Full-text search kept a GIN index over an expression, so ranking and rechecking recomputed
 * every matching paper's vector (minutes for a common word over 576k papers). The vector is now
 * stored, kept current by a trigger, and indexed; and the default "newest first" order of
 * papers gets an index that serves its keyset pages.
 */
export class StoredPaperSearchVector1795640000000 implements MigrationInterface {
  name = 'StoredPaperSearchVector1795640000000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query('ALTER TABLE "paper" ADD "search_vector" tsvector');
    await queryRunner.query(`
      CREATE FUNCTION paper_search_vector_update() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        NEW.search_vector :=
          setweight(to_tsvector('english', coalesce(NEW.title, '')), 'A') ||
          setweight(to_tsvector('english', coalesce(NEW.abstract, '')), 'B');
        RETURN NEW;
      END $$`);
    await queryRunner.query(`
      CREATE TRIGGER paper_search_vector BEFORE INSERT OR UPDATE OF title, abstract ON "paper"
      FOR EACH ROW EXECUTE FUNCTION paper_search_vector_update()`);
    await queryRunner.query('UPDATE "paper" SET "title" = "title"');
    await queryRunner.query('DROP INDEX "paper_search_gin"');
    await queryRunner.query('CREATE INDEX "paper_search_gin" ON "paper" USING GIN ("search_vector")');
    await queryRunner.query(
      `CREATE INDEX "paper_published_order" ON "paper" ((coalesce("published", '0001-01-01'::date)) DESC, "id" DESC)`,
    );
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query('DROP INDEX "paper_published_order"');
    await queryRunner.query('DROP INDEX "paper_search_gin"');
    await queryRunner.query('DROP TRIGGER paper_search_vector ON "paper"');
    await queryRunner.query('DROP FUNCTION paper_search_vector_update()');
    await queryRunner.query('ALTER TABLE "paper" DROP COLUMN "search_vector"');
    await queryRunner.query(
      "CREATE INDEX \"paper_search_gin\" ON \"paper\" USING GIN ((setweight(to_tsvector('english', coalesce(title, '')), 'A') || setweight(to_tsvector('english', coalesce(abstract, '')), 'B')))",
    );
  }
}
