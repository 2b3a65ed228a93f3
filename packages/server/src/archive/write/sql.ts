/** The one connection a file is imported through, inside its transaction. */
export interface Sql {
  query<Row = Record<string, unknown>>(text: string, params?: unknown[]): Promise<Row[]>;
}

interface PgClient {
  query(text: string, params?: unknown[]): Promise<{ rows: unknown[] }>;
}

export function sqlOver(client: PgClient): Sql {
  return {
    async query<Row>(text: string, params?: unknown[]): Promise<Row[]> {
      const result = await client.query(text, params);
      return result.rows as Row[];
    },
  };
}

/** Splits items into slices small enough for one statement. */
export function* chunks<T>(items: readonly T[], size: number): Generator<T[]> {
  for (let i = 0; i < items.length; i += size) yield items.slice(i, i + size);
}
