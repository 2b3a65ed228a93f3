import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * The papers import computes search vectors in bulk (issue 9): `paper_search_vector(title,
 * abstract)` is the one definition of a paper's vector, used by the trigger and by the import's
 * staging table, and the trigger leaves a supplied vector alone while the transaction says so
 * (`pwc.search_vector_supplied`), so a merge of staged papers does not compute each vector twice.
 */
export class BulkPaperSearchVector1795670000000 implements MigrationInterface {
  name = 'BulkPaperSearchVector1795670000000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
      CREATE FUNCTION paper_search_vector(title text, abstract text) RETURNS tsvector
      LANGUAGE sql IMMUTABLE PARALLEL SAFE AS $$
        SELECT setweight(to_tsvector('english'::regconfig, coalesce(title, '')), 'A') ||
               setweight(to_tsvector('english'::regconfig, coalesce(abstract, '')), 'B')
      $$`);
    await queryRunner.query(`
      CREATE OR REPLACE FUNCTION paper_search_vector_update() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        IF current_setting('pwc.search_vector_supplied', true) = 'on' THEN
          RETURN NEW;
        END IF;
        NEW.search_vector := paper_search_vector(NEW.title, NEW.abstract);
        RETURN NEW;
      END $$`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
      CREATE OR REPLACE FUNCTION paper_search_vector_update() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        NEW.search_vector :=
          setweight(to_tsvector('english', coalesce(NEW.title, '')), 'A') ||
          setweight(to_tsvector('english', coalesce(NEW.abstract, '')), 'B');
        RETURN NEW;
      END $$`);
    await queryRunner.query('DROP FUNCTION paper_search_vector(text, text)');
  }
}
