/**
 * The version of the data (see the DataVersion migration): bumped by every change to the graph,
 * announced on DATA_VERSION_CHANNEL when that change commits, and part of every response-cache
 * key, so that a new version leaves all replies cached before it unreachable.
 */
export const DATA_VERSION_CHANNEL = 'pwc_data_version';

/** Anything that runs SQL and returns rows: a pg client wrapped by `sqlOver`, an import's `Sql`. */
export interface SqlRows {
  query<Row = Record<string, unknown>>(text: string, params?: unknown[]): Promise<Row[]>;
}

/** The current version (a bigint, as text); undefined if the row is missing. */
export async function readDataVersion(sql: SqlRows): Promise<string | undefined> {
  const rows = await sql.query<{ version: string }>('SELECT "version" FROM "data_version"');
  return rows[0]?.version;
}

/** Bumps the version; the new one is announced when the surrounding transaction commits. */
export async function bumpDataVersion(sql: SqlRows): Promise<string> {
  const rows = await sql.query<{ version: string }>('SELECT bump_data_version() AS "version"');
  const version = rows[0]?.version;
  if (version === undefined || version === null) throw new Error('the data_version row is missing');
  return version;
}

/**
 * Bumps the version if the current transaction wrote anything: PostgreSQL gives a transaction an
 * id at its first write, and not before. (The per-transaction row counts of
 * pg_stat_xact_user_tables are no test: they can include earlier transactions of the session.)
 * Call it just before COMMIT. Returns the new version, or undefined when nothing changed.
 */
export async function bumpDataVersionIfChanged(sql: SqlRows): Promise<string | undefined> {
  const [{ wrote } = { wrote: false }] = await sql.query<{ wrote: boolean }>(
    'SELECT pg_current_xact_id_if_assigned() IS NOT NULL AS "wrote"',
  );
  return wrote ? bumpDataVersion(sql) : undefined;
}

/** Compares two versions (bigints as text). */
export function isNewerVersion(candidate: string, than: string | undefined): boolean {
  return than === undefined || BigInt(candidate) > BigInt(than);
}
