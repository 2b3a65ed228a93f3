import { createHash } from 'node:crypto';
import { DatabaseError, type Pool, type PoolClient } from 'pg';
import type { DataSource } from 'typeorm';
import { poolOf } from './data-source';

/** What runs SQL: a TypeORM DataSource, or the prepared-statement runner below. */
export interface SqlRunner {
  query<T = unknown>(text: string, values?: unknown[]): Promise<T>;
}

/** Statements kept prepared per connection, least recently used dropped first (PostGraphile: 100). */
export const PREPARED_PER_CONNECTION = 100;

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
  private readonly prepared = new WeakMap<PoolClient, PreparedNames>();

  constructor(
    private readonly pool: Pool,
    /** Told of every statement, as TypeORM tells its logger (SQL logging, statement counts in tests). */
    private readonly logQuery: (text: string, values: unknown[]) => void = () => {},
  ) {}

  /** The runner over the pool of a TypeORM Postgres DataSource (same limits, timeouts and logger). */
  static of(dataSource: DataSource): PreparedStatementRunner {
    return new PreparedStatementRunner(poolOf(dataSource), (text, values) => dataSource.logger.logQuery(text, values));
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
    if (!names) this.prepared.set(client, (names = new PreparedNames()));
    const dropped = names.use(name);
    if (dropped !== undefined) {
      const parsed = (client as unknown as ConnectionInternals).connection.parsedStatements;
      if (parsed[dropped] !== undefined) {
        await client.query(`DEALLOCATE ${dropped}`);
        delete parsed[dropped];
      }
    }
    return name;
  }
}

/** The statements one connection keeps prepared, least recently used first, at most PREPARED_PER_CONNECTION. */
class PreparedNames {
  private readonly names = new Map<string, true>();

  /** Marks `name` as just used; returns the statement to DEALLOCATE when that made one too many. */
  use(name: string): string | undefined {
    if (this.names.delete(name)) {
      this.names.set(name, true); // most recently used last
      return undefined;
    }
    this.names.set(name, true);
    if (this.names.size <= PREPARED_PER_CONNECTION) return undefined;
    const oldest = this.names.keys().next().value!;
    this.names.delete(oldest);
    return oldest;
  }
}

/** Statement names by text, remembered for the texts the read paths send again and again. */
const names = new Map<string, string>();

export function statementName(text: string): string {
  let name = names.get(text);
  if (name === undefined) {
    if (names.size >= 1000) names.clear();
    names.set(text, (name = `pwc_${createHash('sha1').update(text).digest('hex')}`));
  }
  return name;
}
