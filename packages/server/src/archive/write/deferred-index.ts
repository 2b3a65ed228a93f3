import type { Sql } from './sql';

/** A bulk load is for a first import: into a table holding fewer rows than this. */
const BULK_LOAD_MAX_EXISTING = 1000;

/** Whether `table` holds so few rows that a bulk load into it pays (see deferIndexesAndForeignKeys). */
export async function isNearlyEmpty(sql: Sql, table: string): Promise<boolean> {
  const [{ n } = { n: 0 }] = await sql.query<{ n: number }>(
    `SELECT count(*)::int AS n FROM (SELECT 1 FROM ${table} LIMIT $1) t`,
    [BULK_LOAD_MAX_EXISTING],
  );
  return n < BULK_LOAD_MAX_EXISTING;
}

/**
 * For a bulk load into empty tables: drops their foreign keys and the indexes that serve no
 * constraint (primary keys and unique constraints stay, upserts need them), and returns what
 * restores them — each index built once over all rows, each foreign key checked with one join
 * instead of one lookup per inserted row (building a GIN index once is several times faster than
 * updating it row by row). Both happen in the file's transaction: a failed import rolls the drops
 * back too.
 *
 * When the server runs with `wal_level = minimal` (the embedded cluster) and every one of the
 * tables is empty, they are also truncated (locked first, so no row can arrive in between): a
 * table truncated in a transaction is written without WAL and synced at commit, as Postgres's
 * "Populating a Database" advises; the foreign keys of other tables that point at them (a
 * method's introducing paper, a result's paper) go and come back with theirs, since TRUNCATE
 * refuses referenced tables. Full-size papers file: 132-135 -> 125-128 s.
 */
export async function deferIndexesAndForeignKeys(sql: Sql, tables: readonly string[]): Promise<() => Promise<void>> {
  const truncate = await emptyWithoutWal(sql, tables);
  const foreignKeys = await sql.query<{ tbl: string; name: string; def: string }>(
    `SELECT conrelid::regclass::text AS tbl, conname AS name, pg_get_constraintdef(oid) AS def
     FROM pg_constraint
     WHERE contype = 'f' AND (conrelid = ANY($1::regclass[]) OR ($2 AND confrelid = ANY($1::regclass[])))
     ORDER BY conrelid, conname`,
    [tables, truncate],
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
  if (truncate) await sql.query(`TRUNCATE ${tables.join(', ')}`);
  return async () => {
    await sql.query("SET LOCAL maintenance_work_mem = '256MB'");
    for (const index of indexes) await sql.query(index.def);
    for (const key of foreignKeys)
      await sql.query(`ALTER TABLE ${key.tbl} ADD CONSTRAINT ${quote(key.name)} ${key.def}`);
  };
}

/** Whether the tables may be truncated to skip WAL: the server logs minimally and, once locked, they hold no row. */
async function emptyWithoutWal(sql: Sql, tables: readonly string[]): Promise<boolean> {
  const [{ minimal } = { minimal: false }] = await sql.query<{ minimal: boolean }>(
    `SELECT current_setting('wal_level') = 'minimal' AS minimal`,
  );
  if (!minimal) return false;
  await sql.query(`LOCK TABLE ${tables.join(', ')} IN ACCESS EXCLUSIVE MODE`);
  const [{ empty } = { empty: false }] = await sql.query<{ empty: boolean }>(
    `SELECT NOT (${tables.map((table) => `EXISTS (SELECT 1 FROM ${table})`).join(' OR ')}) AS empty`,
  );
  return empty;
}

function quote(identifier: string): string {
  return `"${identifier.replace(/"/g, '""')}"`;
}
