import { once } from 'node:events';
import { finished } from 'node:stream/promises';
import { from as copyFrom, type CopyStreamQuery } from 'pg-copy-streams';

/** The one connection a file is imported through, inside its transaction. */
export interface Sql {
  query<Row = Record<string, unknown>>(text: string, params?: unknown[]): Promise<Row[]>;
  /** Starts a `COPY … FROM STDIN`; the connection runs nothing else until it is ended or aborted. */
  copyIn(statement: string): CopyIn;
}

/** An open `COPY … FROM STDIN` in text format. */
export interface CopyIn {
  /** Sends text (whole lines); waits when the connection is behind. */
  write(text: string): Promise<void>;
  /** Ends the COPY and waits until the server has taken every row. */
  end(): Promise<void>;
  /** Cancels the COPY (the server rolls it back) and frees the connection. */
  abort(): Promise<void>;
}

interface PgClient {
  query(text: string, params?: unknown[]): Promise<{ rows: unknown[] }>;
  query(stream: CopyStreamQuery): CopyStreamQuery;
}

export function sqlOver(client: PgClient): Sql {
  return {
    async query<Row>(text: string, params?: unknown[]): Promise<Row[]> {
      const result = await client.query(text, params);
      return result.rows as Row[];
    },
    copyIn: (statement) => copyInOver(client.query(copyFrom(statement))),
  };
}

function copyInOver(stream: CopyStreamQuery): CopyIn {
  // Settles once, when the COPY ends, fails or is aborted; a failure is raised by the next call.
  const done = finished(stream);
  let failure: unknown = null;
  done.catch((error: unknown) => (failure = error));
  const raise = () => {
    if (failure !== null) throw failure;
    if (stream.errored !== null) throw stream.errored;
  };
  return {
    async write(text) {
      raise();
      if (!stream.write(text)) await Promise.race([once(stream, 'drain'), done]).catch(() => undefined);
      raise();
    },
    async end() {
      raise();
      stream.end();
      await done;
    },
    async abort() {
      if (stream.destroyed || stream.writableFinished) return;
      stream.destroy(new Error('import aborted'));
      await done.catch(() => undefined);
    },
  };
}

/** Splits items into slices small enough for one statement. */
export function* chunks<T>(items: readonly T[], size: number): Generator<T[]> {
  for (let i = 0; i < items.length; i += size) yield items.slice(i, i + size);
}

/** A value as a field of COPY's text format (`\N` for null). */
export function copyField(value: string | number | null): string {
  if (value === null) return '\\N';
  if (typeof value === 'number') return String(value);
  return /[\\\t\n\r]/.test(value) ? value.replace(/[\\\t\n\r]/g, (c) => COPY_ESCAPES[c] ?? c) : value;
}

const COPY_ESCAPES: Record<string, string> = { '\\': '\\\\', '\t': '\\t', '\n': '\\n', '\r': '\\r' };

/** A PostgreSQL array literal of texts (`{"a","b"}`), to be passed through copyField. */
export function textArrayLiteral(items: readonly string[]): string {
  return `{${items.map((item) => `"${item.replace(/["\\]/g, '\\$&')}"`).join(',')}}`;
}
