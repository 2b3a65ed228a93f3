import type { MigrationInterface, QueryRunner } from 'typeorm';

/** Names that search matches exactly, by prefix, by trigrams and by their letters (see README, Search). */
const NAMED = [
  { table: 'task', column: 'name' },
  { table: 'dataset', column: 'name' },
  { table: 'method', column: 'name' },
  { table: 'author', column: 'name' },
] as const;

/**
 * One search over everything (issue 11): pg_trgm for typo tolerance, and for every searched name
 * the indexes that let search take its best candidates with a LIMIT instead of ranking every
 * match — a pattern-ops btree on lower(name) (exact and prefix), a trigram GIN on it (contains
 * and similarity), and a btree on its sorted letters (transpositions such as "bret" for BERT,
 * which trigrams miss in short words). Papers get the same for their titles and for the short
 * name before a title's colon ("BERT" in "BERT: Pre-training of …"); their words keep the
 * existing GIN over search_vector.
 */
export class SearchIndexes1795710000001 implements MigrationInterface {
  name = 'SearchIndexes1795710000001';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query('CREATE EXTENSION IF NOT EXISTS pg_trgm');
    // The letters and digits of a name in sorted order: equal for "bert" and "bret".
    await queryRunner.query(`
      CREATE FUNCTION search_letters(name text) RETURNS text
      LANGUAGE sql IMMUTABLE STRICT PARALLEL SAFE AS $$
        SELECT string_agg(c, '' ORDER BY c COLLATE "C")
        FROM regexp_split_to_table(regexp_replace(lower(name), '[^[:alnum:]]', '', 'g'), '') AS c
      $$`);
    // "bert" for "BERT: Pre-training of …": the words before a title's first colon, when short.
    await queryRunner.query(`
      CREATE FUNCTION paper_short_title(title text) RETURNS text
      LANGUAGE sql IMMUTABLE STRICT PARALLEL SAFE AS $$
        SELECT CASE WHEN strpos(title, ':') BETWEEN 2 AND 41
                    THEN lower(btrim(left(title, strpos(title, ':') - 1))) END
      $$`);
    for (const { table, column } of NAMED) {
      await queryRunner.query(
        `CREATE INDEX "${table}_search_name" ON "${table}" (lower("${column}") text_pattern_ops)`,
      );
      await queryRunner.query(
        `CREATE INDEX "${table}_search_trigram" ON "${table}" USING GIN (lower("${column}") gin_trgm_ops)`,
      );
      await queryRunner.query(`CREATE INDEX "${table}_search_letters" ON "${table}" (search_letters("${column}"))`);
    }
    await queryRunner.query('CREATE INDEX "paper_search_title" ON "paper" (lower("title") text_pattern_ops)');
    await queryRunner.query(
      'CREATE INDEX "paper_search_short_title" ON "paper" (paper_short_title("title")) WHERE paper_short_title("title") IS NOT NULL',
    );
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query('DROP INDEX "paper_search_short_title"');
    await queryRunner.query('DROP INDEX "paper_search_title"');
    for (const { table } of NAMED) {
      await queryRunner.query(`DROP INDEX "${table}_search_letters"`);
      await queryRunner.query(`DROP INDEX "${table}_search_trigram"`);
      await queryRunner.query(`DROP INDEX "${table}_search_name"`);
    }
    await queryRunner.query('DROP FUNCTION paper_short_title(text)');
    await queryRunner.query('DROP FUNCTION search_letters(text)');
    await queryRunner.query('DROP EXTENSION IF EXISTS pg_trgm');
  }
}
