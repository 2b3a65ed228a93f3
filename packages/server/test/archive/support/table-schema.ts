import type { DataSource } from 'typeorm';

/**
 * The constraints (theirs and the foreign keys pointing at them) and indexes of some tables, to
 * check that a bulk load, which drops and restores them, leaves the schema as it found it.
 */
export async function tableSchema(dataSource: DataSource, tables: readonly string[]) {
  return {
    constraints: await dataSource.query(
      `SELECT conrelid::regclass::text AS tbl, conname, pg_get_constraintdef(oid) AS def FROM pg_constraint
       WHERE conrelid = ANY($1::regclass[]) OR confrelid = ANY($1::regclass[]) ORDER BY 1, 2`,
      [tables],
    ),
    indexes: await dataSource.query(
      `SELECT tablename, indexname, indexdef FROM pg_indexes WHERE tablename = ANY($1::text[]) ORDER BY 1, 2`,
      [tables],
    ),
  };
}
