import type { KeyValueCache, KeyValueCacheSetOptions } from '@apollo/utils.keyvaluecache';
import type { Redis } from 'ioredis';
import type { Logger } from '../logger';

/**
 * Apollo's key-value cache interface over Redis, shared by every API node: the response cache
 * and the persisted queries. A failing Redis reads as a miss and drops writes, so an outage of
 * the cache slows requests down but never fails them.
 */
export class RedisKeyValueCache implements KeyValueCache<string> {
  private failing = false;

  constructor(
    private readonly client: Redis,
    private readonly logger: Logger,
    /** Keeps this application's keys apart from others' in the same Redis. */
    private readonly keyPrefix = 'pwc:',
  ) {}

  async get(key: string): Promise<string | undefined> {
    return this.guard(async () => (await this.client.get(this.keyPrefix + key)) ?? undefined, undefined);
  }

  async set(key: string, value: string, options?: KeyValueCacheSetOptions): Promise<void> {
    const ttlSeconds = options?.ttl ? Math.ceil(options.ttl) : undefined;
    await this.guard(async () => {
      if (ttlSeconds) await this.client.set(this.keyPrefix + key, value, 'EX', ttlSeconds);
      else await this.client.set(this.keyPrefix + key, value);
    }, undefined);
  }

  async delete(key: string): Promise<boolean> {
    return this.guard(async () => (await this.client.del(this.keyPrefix + key)) > 0, false);
  }

  private async guard<T>(command: () => Promise<T>, fallback: T): Promise<T> {
    try {
      const result = await command();
      this.failing = false;
      return result;
    } catch (error) {
      if (!this.failing) this.logger.warn({ err: error }, 'Redis cache command failed; treated as a miss');
      this.failing = true;
      return fallback;
    }
  }
}
