import type { Sql } from './sql';

/**
 * For a bulk load into empty tables: drops their foreign keys and the indexes that serve no
 * constraint (primary keys and unique constraints stay, upserts need them), and returns what
 * restores them — each index built once over all rows, each foreign key checked with one join
 * instead of one lookup per inserted row (building a GIN index once is several times faster than
 * updating it row by row). Both happen in the file's transaction: a failed import rolls the drops
 * back too.
 */
export async function deferIndexesAndForeignKeys(sql: Sql, tables: readonly string[]): Promise<() => Promise<void>> {
  const foreignKeys = await sql.query<{ tbl: string; name: string; def: string }>(
    `SELECT conrelid::regclass::text AS tbl, conname AS name, pg_get_constraintdef(oid) AS def
     FROM pg_constraint WHERE contype = 'f' AND conrelid = ANY($1::regclass[]) ORDER BY conrelid, conname`,
    [tables],
  );
  const indexes = await sql.query<{ name: string; def: string }>(
    `SELECT c.relname AS name, pg_get_indexdef(i.indexrelid) AS def
     FROM pg_index i JOIN pg_class c ON c.oid = i.indexrelid
     WHERE i.indrelid = ANY($1::regclass[]) AND NOT i.indisunique AND NOT i.indisprimary
       AND NOT EXISTS (SELECT 1 FROM pg_constraint k WHERE k.conindid = i.indexrelid)
     ORDER BY i.indrelid, c.relname`,
    [tables],
  );
  for (const key of foreignKeys) await sql.query(`ALTER TABLE ${key.tbl} DROP CONSTRAINT ${quote(key.name)}`);
  for (const index of indexes) await sql.query(`DROP INDEX ${quote(index.name)}`);
  return async () => {
    await sql.query("SET LOCAL maintenance_work_mem = '256MB'");
    for (const index of indexes) await sql.query(index.def);
    for (const key of foreignKeys)
      await sql.query(`ALTER TABLE ${key.tbl} ADD CONSTRAINT ${quote(key.name)} ${key.def}`);
  };
}

function quote(identifier: string): string {
  return `"${identifier.replace(/"/g, '""')}"`;
}
