import { createHash } from 'node:crypto';
import { DatabaseError, type Pool, type PoolClient } from 'pg';
import type { DataSource } from 'typeorm';

/** What runs SQL: a TypeORM DataSource, or the prepared-statement runner below. */
export interface SqlRunner {
  query<T = unknown>(text: string, values?: unknown[]): Promise<T>;
}

/** Statements kept prepared per connection, least recently used dropped first (PostGraphile: 100). */
const PER_CONNECTION = 100;

/** pg's own record of what a connection has prepared. */
interface ConnectionInternals {
  connection: { parsedStatements: Record<string, string> };
}

/**
 * Runs each statement as a named prepared statement, so Postgres parses and plans a statement
 * text once per connection instead of on every request (about half of Postgres's time for a
 * small read). The read paths send a few dozen distinct texts; a client inventing new ones only
 * cycles each connection's bounded set (DEALLOCATE of the least recently used).
 */
export class PreparedStatementRunner implements SqlRunner {
  private readonly prepared = new WeakMap<PoolClient, Map<string, true>>();

  constructor(
    private readonly pool: Pool,
    /** Told of every statement, as TypeORM tells its logger (SQL logging, statement counts in tests). */
    private readonly logQuery: (text: string, values: unknown[]) => void = () => {},
  ) {}

  /** The runner over the pool of a TypeORM Postgres DataSource (same limits, timeouts and logger). */
  static of(dataSource: DataSource): PreparedStatementRunner {
    const pool = (dataSource.driver as unknown as { master: Pool }).master;
    return new PreparedStatementRunner(pool, (text, values) => dataSource.logger.logQuery(text, values));
  }

  async query<T = unknown>(text: string, values: unknown[] = []): Promise<T> {
    this.logQuery(text, values);
    const client = await this.pool.connect();
    let failure: Error | undefined;
    try {
      const name = await this.nameFor(client, text);
      return (await client.query({ name, text, values })).rows as T;
    } catch (error) {
      // A statement error leaves the connection usable; anything else (a broken socket) does not.
      if (!(error instanceof DatabaseError)) failure = error as Error;
      throw error;
    } finally {
      client.release(failure);
    }
  }

  private async nameFor(client: PoolClient, text: string): Promise<string> {
    const name = statementName(text);
    let names = this.prepared.get(client);
    if (!names) this.prepared.set(client, (names = new Map()));
    if (names.delete(name)) {
      names.set(name, true); // most recently used last
      return name;
    }
    names.set(name, true);
    if (names.size > PER_CONNECTION) {
      const oldest = names.keys().next().value!;
      names.delete(oldest);
      const parsed = (client as unknown as ConnectionInternals).connection.parsedStatements;
      if (parsed[oldest] !== undefined) {
        await client.query(`DEALLOCATE ${oldest}`);
        delete parsed[oldest];
      }
    }
    return name;
  }
}

/** Statement names by text, remembered for the texts the read paths send again and again. */
const names = new Map<string, string>();

function statementName(text: string): string {
  let name = names.get(text);
  if (name === undefined) {
    if (names.size >= 1000) names.clear();
    names.set(text, (name = `pwc_${createHash('sha1').update(text).digest('hex')}`));
  }
  return name;
}
