import { InMemoryLRUCache, type KeyValueCache } from '@apollo/utils.keyvaluecache';
import type { Redis } from 'ioredis';
import type { CacheSettings } from '../config';
import type { HttpCachePolicy } from '../http/http-caching';
import type { Logger } from '../logger';
import { DataVersionWatcher } from './data-version-watcher';
import { connectRedis } from './redis-client';
import { RedisKeyValueCache } from './redis-key-value-cache';
import type { ResponseCacheOptions } from './response-cache';

/** Everything the API caches with, started; see README "Caching". */
export interface Caching {
  http: HttpCachePolicy;
  /** Cached replies and persisted queries: Redis when configured, else a bounded in-memory LRU. */
  store: KeyValueCache<string>;
  /** The server's response cache; absent when its TTL is 0. */
  responses?: ResponseCacheOptions;
  /** What keeps the response cache's data version current. */
  dataVersion?: DataVersionWatcher;
  /** The shared Redis, also used for the rate limits. */
  redis?: Redis;
  /** For Redis keys: keeps this deployment's keys apart (tests give each server its own). */
  keyPrefix: string;
  close(): Promise<void>;
}

export interface StartCachingOptions {
  settings: CacheSettings;
  /** The database whose data version keys the response cache. */
  databaseUrl: string;
  logger: Logger;
  keyPrefix?: string;
}

export async function startCaching({
  settings,
  databaseUrl,
  logger,
  keyPrefix = 'pwc:',
}: StartCachingOptions): Promise<Caching> {
  const redis = settings.redisUrl ? await connectRedis(settings.redisUrl, logger) : undefined;
  const store = redis
    ? new RedisKeyValueCache(redis, logger, keyPrefix)
    : new InMemoryLRUCache<string>({ maxSize: settings.memoryMegabytes * 2 ** 20 });
  const dataVersion = settings.responseTtlSeconds > 0 ? await DataVersionWatcher.start(databaseUrl, logger) : undefined;
  return {
    http: settings,
    store,
    responses: dataVersion && { dataVersion, ttlSeconds: settings.responseTtlSeconds },
    dataVersion,
    redis,
    keyPrefix,
    async close() {
      await dataVersion?.close();
      await redis?.quit().catch(() => redis.disconnect());
    },
  };
}
