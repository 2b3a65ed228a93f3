import type { FileReport } from '../report/file-report';
import type { PendingLinks } from '../write/pending-links';
import type { Sql } from '../write/sql';
import type { JsonObject } from '../records/fields';

/** Imports the records of one file, in batches, inside the file's transaction. */
export interface RecordImporter {
  /** Whether a record has the key fields of this kind of file (checked on the first record). */
  looksRight(record: JsonObject): boolean;
  add(record: JsonObject, index: number): Promise<void>;
  finish(): Promise<void>;
  /** Frees the connection after a failure (before the file's transaction rolls back). */
  abort?(): Promise<void>;
  /** True when `finish` already resolved the stored links (see write/stored-links.ts) itself. */
  resolvesLinks?: boolean;
}

export interface ImportContext {
  sql: Sql;
  report: FileReport;
  pending: PendingLinks;
}

/** Collects items and writes them a batch at a time. */
export class Batch<T> {
  private items: T[] = [];

  constructor(
    private readonly size: number,
    private readonly write: (items: T[]) => Promise<void>,
  ) {}

  async add(item: T): Promise<void> {
    this.items.push(item);
    if (this.items.length >= this.size) await this.flush();
  }

  async flush(): Promise<void> {
    if (this.items.length === 0) return;
    const items = this.items;
    this.items = [];
    await this.write(items);
  }
}

/** Keeps the last of the items that share a key (one statement cannot upsert a row twice). */
export function lastByKey<T>(items: readonly T[], key: (item: T) => string): T[] {
  return [...new Map(items.map((item) => [key(item), item])).values()];
}
