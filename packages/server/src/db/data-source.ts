import 'reflect-metadata';
import { DataSource, type Logger, type LoggerOptions } from 'typeorm';
import { types } from 'pg';
import { entities } from './entities';
import { migrations } from './migrations';
import { SnakeNamingStrategy } from './snake-naming.strategy';

export interface DataSourceOptions {
  url: string;
  logging?: LoggerOptions;
  /** Receives every statement (tests count them). */
  logger?: Logger;
  poolSize?: number;
}

// Keep DATE columns as 'YYYY-MM-DD' strings: pg's default turns them into local-time Dates.
types.setTypeParser(types.builtins.DATE, (value: string) => value);

/** A data source over the given database; migrations only, never synchronize. */
export function createDataSource({ url, logging = false, logger, poolSize = 10 }: DataSourceOptions): DataSource {
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
    extra: { max: poolSize },
  });
}
