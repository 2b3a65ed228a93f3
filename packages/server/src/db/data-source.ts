import 'reflect-metadata';
import { DataSource, type Logger, type LoggerOptions } from 'typeorm';
import { types, type Pool } from 'pg';
import { entities } from './entities';
import { migrations } from './migrations';
import { SnakeNamingStrategy } from './snake-naming.strategy';

export interface DataSourceOptions {
  url: string;
  logging?: LoggerOptions;
  /** Receives every statement (tests count them). */
  logger?: Logger;
  poolSize?: number;
  /** Postgres statement_timeout for every statement (the API sets one; bulk imports do not). */
  statementTimeoutMs?: number;
  /** How long a caller waits for a free pooled connection before an error. */
  poolWaitTimeoutMs?: number;
}

// Keep DATE columns as 'YYYY-MM-DD' strings: pg's default turns them into local-time Dates.
types.setTypeParser(types.builtins.DATE, (value: string) => value);

/** The connection string a data source made by createDataSource connects with. */
export function databaseUrlOf(dataSource: DataSource): string {
  const { url } = dataSource.options as { url?: string };
  if (!url) throw new Error('this data source was not made from a connection string');
  return url;
}

/** TypeORM's pg pool of a Postgres data source (its `master`, once initialized). */
export function poolOf(dataSource: DataSource): Pool {
  return (dataSource.driver as unknown as { master: Pool }).master;
}

/** A data source over the given database; migrations only, never synchronize. */
export function createDataSource({
  url,
  logging = false,
  logger,
  poolSize = 10,
  statementTimeoutMs,
  poolWaitTimeoutMs,
}: DataSourceOptions): DataSource {
  return new DataSource({
    type: 'postgres',
    url,
    entities,
    migrations,
    migrationsRun: false,
    synchronize: false,
    namingStrategy: new SnakeNamingStrategy(),
    logging: logger ? ['query', 'error'] : logging,
    ...(logger ? { logger } : {}),
    extra: {
      max: poolSize,
      // The API's sessions also never sit in an open transaction holding locks for long.
      ...(statementTimeoutMs
        ? { statement_timeout: statementTimeoutMs, idle_in_transaction_session_timeout: 10 * statementTimeoutMs }
        : {}),
      ...(poolWaitTimeoutMs ? { connectionTimeoutMillis: poolWaitTimeoutMs } : {}),
    },
  });
}
