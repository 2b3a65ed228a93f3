import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Authors are found by the words of their names, each typed word a prefix of one of them
 * ("jac devl" finds Jacob Devlin): a GIN index over the name's words, which stays fast when a word
 * is on hundreds of thousands of names, where a trigram search of a substring has to recheck
 * every name sharing the query's trigrams. Typos of author names look among the names with a word
 * starting like the query's longest word, in the same index.
 */
export class SearchAuthorWords1795710000003 implements MigrationInterface {
  name = 'SearchAuthorWords1795710000003';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`CREATE INDEX "author_search_words" ON "author" USING GIN (to_tsvector('simple', "name"))`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query('DROP INDEX "author_search_words"');
  }
}
