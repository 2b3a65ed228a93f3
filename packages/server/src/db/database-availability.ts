import { EventEmitter } from 'node:events';
import { Client } from 'pg';
import type { Logger } from '../logger';

export interface AvailabilityEvents {
  /** The database stopped answering; `reason` says how that was noticed. */
  unavailable: [reason: string];
  /** It answers again. */
  available: [];
}

// While the database answers, a heartbeat notices an outage even when no request is running;
// while it does not, probes are more frequent so that recovery shows quickly.
const HEARTBEAT_MS = 5_000;
const PROBE_WHILE_DOWN_MS = 1_000;
const PROBE_TIMEOUT_MS = 5_000;

/**
 * Whether the database answers, as last seen. Marked unavailable by whoever notices first (the
 * embedded server crashed, a heartbeat failed, a broken pooled connection was followed by a failed
 * probe) and available again by the next successful probe. Probes use a connection of their own:
 * a pool busy with long queries is not an outage.
 */
export class DatabaseAvailability extends EventEmitter<AvailabilityEvents> {
  private available = true;
  private url: string | undefined;
  private timer: NodeJS.Timeout | undefined;
  private closed = false;

  constructor(private readonly logger: Logger) {
    super();
  }

  /** Starts probing the database at `url`. */
  watch(url: string): void {
    this.url = url;
    this.schedule(this.available ? HEARTBEAT_MS : PROBE_WHILE_DOWN_MS);
  }

  isAvailable(): boolean {
    return this.available;
  }

  markUnavailable(reason: string): void {
    if (this.closed || !this.available) return;
    this.available = false;
    this.logger.warn({ reason }, 'database unavailable; requests fail until it is back');
    this.emit('unavailable', reason);
    this.schedule(PROBE_WHILE_DOWN_MS);
  }

  /** Something looked wrong (a pooled connection broke): probe at once; unavailable if that fails. */
  suspect(reason: string): void {
    if (this.closed || !this.available || this.url === undefined) return;
    void this.probe(this.url, reason);
  }

  markAvailable(): void {
    if (this.closed || this.available) return;
    this.available = true;
    this.logger.info('database available again');
    this.emit('available');
    this.schedule(HEARTBEAT_MS);
  }

  /** Stops the heartbeat; nothing is reported afterwards. */
  close(): void {
    this.closed = true;
    clearTimeout(this.timer);
  }

  private schedule(delayMs: number): void {
    clearTimeout(this.timer);
    const url = this.url;
    if (this.closed || url === undefined) return;
    // unref: the heartbeat alone never keeps the process alive.
    this.timer = setTimeout(() => void this.probe(url), delayMs).unref();
  }

  private async probe(url: string, reasonIfDown = 'the database does not answer'): Promise<void> {
    const answers = await answersQuery(url);
    if (answers) this.markAvailable();
    else this.markUnavailable(reasonIfDown);
    this.schedule(this.available ? HEARTBEAT_MS : PROBE_WHILE_DOWN_MS);
  }
}

async function answersQuery(url: string): Promise<boolean> {
  const client = new Client({
    connectionString: url,
    connectionTimeoutMillis: PROBE_TIMEOUT_MS,
    query_timeout: PROBE_TIMEOUT_MS,
  });
  client.on('error', () => undefined); // a connection lost mid-probe just means "no"
  try {
    await client.connect();
    await client.query('SELECT 1');
    return true;
  } catch {
    return false;
  } finally {
    await client.end().catch(() => undefined);
  }
}
