import { EventEmitter } from 'node:events';
import { Client } from 'pg';
import type { Logger } from '../logger';
import { DATA_VERSION_CHANNEL, isNewerVersion, readDataVersion } from './data-version';

/** What the response cache needs: the version replies are cached under, when known. */
export interface DataVersionSource {
  /** Undefined while it cannot be known (not listening): nothing may then be read from or written to the cache. */
  current(): string | undefined;
  /** Resolves once the known version is `version` or newer (absent: the source cannot say). */
  reached?(version: string): Promise<void>;
}

export interface DataVersionEvents {
  /** The known version changed; undefined when the watcher stopped listening (reconnecting). */
  change: [version: string | undefined];
}

const FIRST_RETRY_MS = 100;
const LONGEST_RETRY_MS = 5_000;
const TIMEOUT_MS = 5_000;

/**
 * Knows the data version at all times: LISTENs on a dedicated connection for the announcements
 * of new versions. When that connection is lost (the database restarted, the session was
 * terminated), the version is unknown until it has reconnected, listened again and re-read the
 * version, since announcements sent meanwhile are lost; it retries with a growing pause.
 */
export class DataVersionWatcher extends EventEmitter<DataVersionEvents> implements DataVersionSource {
  private version: string | undefined;
  private client: Client | undefined;
  private retryMs = FIRST_RETRY_MS;
  private timer: NodeJS.Timeout | undefined;
  private closed = false;

  private constructor(
    private readonly url: string,
    private readonly logger: Logger,
  ) {
    super();
  }

  /** Starts watching; resolves once the first attempt to listen has succeeded or failed. */
  static async start(url: string, logger: Logger): Promise<DataVersionWatcher> {
    const watcher = new DataVersionWatcher(url, logger);
    await watcher.connect();
    return watcher;
  }

  current(): string | undefined {
    return this.version;
  }

  /** Resolves once the known version is `version` or newer (tests, and tools that just bumped it). */
  async reached(version: string): Promise<void> {
    while (this.version === undefined || isNewerVersion(version, this.version)) {
      await new Promise((resolve) => this.once('change', resolve));
    }
  }

  async close(): Promise<void> {
    this.closed = true;
    clearTimeout(this.timer);
    const client = this.client;
    this.client = undefined;
    await client?.end().catch(() => undefined);
  }

  private async connect(): Promise<void> {
    const client = new Client({
      connectionString: this.url,
      application_name: 'pwc-data-version-listener',
      connectionTimeoutMillis: TIMEOUT_MS,
      query_timeout: TIMEOUT_MS,
      keepAlive: true,
    });
    // The current connection, from its first attempt: events of earlier ones are ignored.
    this.client = client;
    client.on('error', (error) => this.logger.debug({ err: error }, 'data version listener: connection error'));
    client.on('end', () => this.lost(client));
    client.on('notification', ({ channel, payload }) => {
      if (channel === DATA_VERSION_CHANNEL && payload) this.advance(payload);
    });
    try {
      await client.connect();
      // Listen first, then read: a version announced in between is not missed.
      await client.query(`LISTEN ${DATA_VERSION_CHANNEL}`);
      const version = await readDataVersion({ query: async (text) => (await client.query(text)).rows });
      if (this.client !== client) return; // closed, or lost meanwhile
      if (version !== undefined) this.advance(version);
      // The pause grew only if this is a reconnection.
      if (this.retryMs > FIRST_RETRY_MS) this.logger.info({ version }, 'data version listener: listening again');
      this.retryMs = FIRST_RETRY_MS;
    } catch (error) {
      if (this.closed) return;
      this.logger.warn({ err: error }, 'data version listener: could not listen; the response cache is bypassed');
      this.lost(client);
      // Not awaited: end() of a connection that failed half-way may never settle.
      client.end().catch(() => undefined);
    }
  }

  private advance(version: string): void {
    if (!isNewerVersion(version, this.version)) return;
    this.version = version;
    this.emit('change', version);
  }

  private lost(client: Client): void {
    if (this.closed || this.client !== client) return;
    this.client = undefined;
    if (this.version !== undefined) {
      this.version = undefined;
      this.logger.warn('data version listener: connection lost; the response cache is bypassed until it is back');
      this.emit('change', undefined);
    }
    this.timer = setTimeout(() => void this.connect(), this.retryMs).unref();
    this.retryMs = Math.min(this.retryMs * 2, LONGEST_RETRY_MS);
  }
}
