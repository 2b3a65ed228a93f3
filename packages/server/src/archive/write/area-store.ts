import type { Sql } from './sql';

export interface AreaInput {
  slug: string;
  name: string;
}

/** Research areas, shared by task categories and method collections; keyed by slug. */
export class AreaStore {
  private readonly ids = new Map<string, number>();

  constructor(private readonly sql: Sql) {}

  async ensure(areas: readonly AreaInput[]): Promise<Map<string, number>> {
    const missing = new Map<string, AreaInput>();
    for (const area of areas) if (!this.ids.has(area.slug)) missing.set(area.slug, area);
    if (missing.size > 0) {
      const list = [...missing.values()];
      const rows = await this.sql.query<{ id: number; slug: string }>(
        `INSERT INTO area (slug, name) SELECT * FROM unnest($1::text[], $2::text[])
         ON CONFLICT (slug) DO UPDATE SET name = excluded.name
         RETURNING id, slug`,
        [list.map((a) => a.slug), list.map((a) => a.name)],
      );
      for (const row of rows) this.ids.set(row.slug, row.id);
    }
    return this.ids;
  }
}
