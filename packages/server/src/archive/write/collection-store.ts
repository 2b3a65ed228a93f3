import { slugForName } from '../records/fallback-slug';
import type { Sql } from './sql';

export interface CollectionInput {
  name: string;
  description: string | null;
  areaId: number | null;
  parentName: string | null;
}

/** Method collections by slug; area and parent are filled in when a source states them. */
export class CollectionStore {
  private readonly ids = new Map<string, number>();
  private readonly written = new Map<string, string>();

  constructor(private readonly sql: Sql) {}

  async ensure(collections: readonly CollectionInput[]): Promise<Map<string, number>> {
    const bySlug = new Map<string, CollectionInput>();
    for (const collection of collections) {
      const slug = slugForName(collection.name, 'collection');
      const seen = bySlug.get(slug);
      bySlug.set(slug, {
        ...collection,
        description: collection.description ?? seen?.description ?? null,
        areaId: collection.areaId ?? seen?.areaId ?? null,
        parentName: collection.parentName ?? seen?.parentName ?? null,
      });
    }
    // Parents first, so that children can point at them.
    const parents = [...bySlug.values()].flatMap((c) => (c.parentName === null ? [] : [c.parentName]));
    const unknownParents = parents.filter(
      (parent) => !this.ids.has(slugForName(parent, 'collection')) && !bySlug.has(slugForName(parent, 'collection')),
    );
    if (unknownParents.length > 0)
      await this.ensure(
        unknownParents.map((parent) => ({ name: parent, description: null, areaId: null, parentName: null })),
      );
    const ordered = [...bySlug.entries()].sort(
      ([, a], [, b]) => Number(a.parentName !== null) - Number(b.parentName !== null),
    );
    for (const [slug, c] of ordered) {
      const parentId = c.parentName === null ? null : (this.ids.get(slugForName(c.parentName, 'collection')) ?? null);
      const signature = JSON.stringify([c.name, c.description, c.areaId, parentId]);
      if (this.written.get(slug) === signature) continue;
      this.written.set(slug, signature);
      const [row] = await this.sql.query<{ id: number }>(
        `INSERT INTO method_collection (slug, name, description, area_id, parent_id) VALUES ($1, $2, $3, $4, $5)
         ON CONFLICT (slug) DO UPDATE SET
           description = coalesce(excluded.description, method_collection.description),
           area_id = coalesce(excluded.area_id, method_collection.area_id),
           parent_id = coalesce(nullif(excluded.parent_id, method_collection.id), method_collection.parent_id)
         RETURNING id`,
        [slug, c.name, c.description, c.areaId, parentId],
      );
      if (row !== undefined) this.ids.set(slug, row.id);
    }
    return this.ids;
  }

  idOf(name: string): number | undefined {
    return this.ids.get(slugForName(name, 'collection'));
  }
}
