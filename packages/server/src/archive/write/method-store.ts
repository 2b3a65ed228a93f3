import { slugify } from '@pwc/shared';
import { isObject, name, text, type JsonObject } from '../records/fields';
import { slugForName } from '../records/fallback-slug';
import { introducedYear } from '../records/introduced-year';
import type { AreaStore } from './area-store';
import type { CollectionStore } from './collection-store';
import type { Sql } from './sql';

/**
 * Methods by name, for the methods embedded in papers (which carry no slug). A method missing
 * from methods.json is created from the embedded copy; an existing one is never overwritten by it.
 */
export class MethodStore {
  private readonly byName = new Map<string, number>();
  private readonly byLowerName = new Map<string, number>();
  private readonly bySlug = new Map<string, number>();
  /** Method names whose main collection this file has already recorded. */
  private readonly collectionsDone = new Set<string>();

  private constructor(
    private readonly sql: Sql,
    private readonly areas: AreaStore,
    private readonly collections: CollectionStore,
  ) {}

  static async load(sql: Sql, areas: AreaStore, collections: CollectionStore): Promise<MethodStore> {
    const store = new MethodStore(sql, areas, collections);
    const rows = await sql.query<{ id: number; slug: string; name: string }>(
      'SELECT id, slug, name FROM method ORDER BY id',
    );
    for (const row of rows) store.remember(row.id, row.slug, row.name);
    return store;
  }

  find(methodName: string): number | undefined {
    return (
      this.byName.get(methodName) ??
      this.byLowerName.get(methodName.toLowerCase()) ??
      this.bySlug.get(slugForName(methodName, 'method'))
    );
  }

  /** Ids of the embedded methods, creating the unknown ones and their main collections. */
  async ensureEmbedded(methods: readonly JsonObject[]): Promise<void> {
    const missing = new Map<string, JsonObject>();
    const firstSeen = new Map<string, JsonObject>();
    for (const method of methods) {
      const methodName = name(method.name);
      if (methodName === null || this.collectionsDone.has(methodName)) continue;
      firstSeen.set(methodName, method);
      if (this.find(methodName) === undefined) missing.set(slugForName(methodName, 'method'), method);
    }
    for (const methodName of firstSeen.keys()) this.collectionsDone.add(methodName);
    if (missing.size > 0) await this.create([...missing.entries()]);
    // The collection tree (parents) appears only in the papers' embedded main_collection.
    await this.addMainCollections([...firstSeen.values()]);
  }

  private async create(list: [string, JsonObject][]): Promise<void> {
    const rows = await this.sql.query<{ id: number; slug: string; name: string }>(
      `INSERT INTO method (slug, name, full_name, description, introduced_year, source_url, source_title, code_snippet_url)
       SELECT * FROM unnest($1::text[], $2::text[], $3::text[], $4::text[], $5::smallint[], $6::text[], $7::text[], $8::text[])
       ON CONFLICT (slug) DO NOTHING
       RETURNING id, slug, name`,
      [
        list.map(([slug]) => slug),
        list.map(([, m]) => name(m.name)),
        list.map(([, m]) => text(m.full_name)),
        list.map(([, m]) => text(m.description)),
        list.map(([, m]) => introducedYear(m.introduced_year)),
        list.map(([, m]) => name(m.source_url)),
        list.map(([, m]) => text(m.source_title)),
        list.map(([, m]) => name(m.code_snippet_url)),
      ],
    );
    for (const row of rows) this.remember(row.id, row.slug, row.name);
  }

  private async addMainCollections(methods: readonly JsonObject[]): Promise<void> {
    const withCollection = methods.filter((m) => isObject(m.main_collection) && name(m.main_collection.name) !== null);
    if (withCollection.length === 0) return;
    const areaNames = new Map<string, string>();
    for (const m of withCollection) {
      const area = areaName((m.main_collection as JsonObject).area);
      if (area !== null && slugify(area) !== '') areaNames.set(slugify(area), area);
    }
    const areaIds = await this.areas.ensure([...areaNames].map(([slug, areaLabel]) => ({ slug, name: areaLabel })));
    await this.collections.ensure(
      withCollection.map((m) => {
        const c = m.main_collection as JsonObject;
        const area = areaName(c.area);
        return {
          name: name(c.name) ?? '',
          description: text(c.description),
          areaId: area === null ? null : (areaIds.get(slugify(area)) ?? null),
          parentName: isObject(c.parent) ? name(c.parent.name) : name(c.parent),
        };
      }),
    );
    const pairs = withCollection.flatMap((m) => {
      const methodId = this.find(name(m.name) ?? '');
      const collectionId = this.collections.idOf(name((m.main_collection as JsonObject).name) ?? '');
      return methodId === undefined || collectionId === undefined ? [] : [[methodId, collectionId] as const];
    });
    if (pairs.length === 0) return;
    await this.sql.query(
      `INSERT INTO method_collection_member (method_id, collection_id) SELECT * FROM unnest($1::int[], $2::int[])
       ON CONFLICT DO NOTHING`,
      [pairs.map((p) => p[0]), pairs.map((p) => p[1])],
    );
  }

  private remember(id: number, slug: string, methodName: string): void {
    this.bySlug.set(slug, id);
    if (!this.byName.has(methodName)) this.byName.set(methodName, id);
    if (!this.byLowerName.has(methodName.toLowerCase())) this.byLowerName.set(methodName.toLowerCase(), id);
  }
}

function areaName(area: unknown): string | null {
  return isObject(area) ? name(area.name) : name(area);
}
