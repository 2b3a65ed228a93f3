import type { Sql } from './sql';

/** Rows written before the first ANALYZE: below this, any plan is cheap. */
const FIRST_ANALYZE_AT = 2_000;

/**
 * Keeps the planner's statistics of tables that grow within one import's transaction. Autovacuum
 * cannot see uncommitted rows, so without this the statements of a big first import are planned
 * for the tables as they were before it, often empty. That misled the result-state triggers
 * (pwc_refresh_result_state, run per batch before imports deferred them to the revision's end):
 * each batch's DELETE and UPDATE of open states scanned every state the import had written so
 * far instead of looking the batch's rows up by result id, 30–40% of a full-size
 * evaluation-tables import. ANALYZE, which does count the rows of its own transaction,
 * runs each time the rows written have doubled: about log₂(rows / 2,000) times in all.
 */
export class GrowingTables {
  private written = 0;
  private nextAnalyzeAt = FIRST_ANALYZE_AT;

  constructor(
    private readonly sql: Sql,
    private readonly tables: readonly string[],
  ) {}

  /** Counts `rows` more rows written; analyzes the tables when the count has doubled. */
  async wrote(rows: number): Promise<void> {
    this.written += rows;
    if (this.written < this.nextAnalyzeAt) return;
    this.nextAnalyzeAt = this.written * 2;
    await this.sql.query(`ANALYZE ${this.tables.join(', ')}`);
  }
}

/**
 * After one statement added `rowsAdded` rows to `table`: analyzes it when that is more than the
 * planner believes the table holds (never analyzed counts as empty), so the statements that
 * follow in the same transaction, which autovacuum cannot see, are planned for its real size.
 */
export async function analyzeIfOutgrown(sql: Sql, table: string, rowsAdded: number): Promise<void> {
  if (rowsAdded < FIRST_ANALYZE_AT) return;
  const [{ believed } = { believed: 0 }] = await sql.query<{ believed: number }>(
    'SELECT greatest(reltuples, 0)::float8 AS believed FROM pg_class WHERE oid = $1::regclass',
    [table],
  );
  if (rowsAdded > believed) await sql.query(`ANALYZE ${table}`);
}
