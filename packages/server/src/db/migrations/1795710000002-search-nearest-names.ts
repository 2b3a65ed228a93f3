import type { MigrationInterface, QueryRunner } from 'typeorm';

const SMALL_TABLES = ['task', 'dataset', 'method'] as const;

/**
 * Typo matches of task, dataset and method names take the nearest names by trigram distance
 * from a GiST index (`ORDER BY lower(name) <-> query LIMIT n`), which stays a few milliseconds
 * even when every name shares trigrams with the query ("SynthMethod 1" … "SynthMethod 9225"),
 * where the GIN index would have to recheck every row. Authors (hundreds of thousands) keep the
 * GIN index: a GiST nearest-name search over them takes about 80 ms.
 */
export class SearchNearestNames1795710000002 implements MigrationInterface {
  name = 'SearchNearestNames1795710000002';

  async up(queryRunner: QueryRunner): Promise<void> {
    for (const table of SMALL_TABLES) {
      await queryRunner.query(
        `CREATE INDEX "${table}_search_nearest" ON "${table}" USING GIST (lower("name") gist_trgm_ops)`,
      );
    }
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    for (const table of SMALL_TABLES) await queryRunner.query(`DROP INDEX "${table}_search_nearest"`);
  }
}
