import { slugFromPwcUrl } from '@pwc/shared';
import { count, skip } from '../report/file-report';
import { name, objectList, text, type JsonObject } from '../records/fields';
import { slugForName } from '../records/fallback-slug';
import { introducedYear } from '../records/introduced-year';
import { AreaStore } from '../write/area-store';
import { CollectionStore } from '../write/collection-store';
import { Batch, lastByKey, type ImportContext, type RecordImporter } from './record-importer';
import { noteNonWebUrls } from './url-checks';

interface MethodRow {
  slug: string;
  name: string;
  record: JsonObject;
}

const BATCH_SIZE = 500;

/** methods.json: methods, their collections and the areas of those collections. */
export function methodsImporter({ sql, report, pending }: ImportContext): RecordImporter {
  const areas = new AreaStore(sql);
  const collections = new CollectionStore(sql);

  const batch = new Batch<MethodRow>(BATCH_SIZE, async (items) => {
    const rows = lastByKey(items, (row) => row.slug);
    const r = rows.map((row) => row.record);
    await adoptEmbeddedMethods(rows);
    const saved = await sql.query<{ id: number; slug: string; inserted: boolean }>(
      `INSERT INTO method (slug, name, full_name, description, introduced_year, source_url, source_title, code_snippet_url)
       SELECT * FROM unnest($1::text[], $2::text[], $3::text[], $4::text[], $5::smallint[], $6::text[], $7::text[], $8::text[])
       ON CONFLICT (slug) DO UPDATE SET name = excluded.name, full_name = excluded.full_name,
         description = excluded.description, introduced_year = excluded.introduced_year,
         source_url = excluded.source_url, source_title = excluded.source_title,
         code_snippet_url = excluded.code_snippet_url
       RETURNING id, slug, (xmax = 0) AS inserted`,
      [
        rows.map((row) => row.slug),
        rows.map((row) => row.name),
        r.map((x) => text(x.full_name)),
        r.map((x) => text(x.description)),
        r.map((x) => introducedYear(x.introduced_year)),
        r.map((x) => name(x.source_url)),
        r.map((x) => text(x.source_title)),
        r.map((x) => name(x.code_snippet_url)),
      ],
    );
    const idOf = new Map(saved.map((row) => [row.slug, row.id]));
    for (const row of saved) {
      if (row.inserted) report.imported++;
      else report.updated++;
    }

    const memberships: [number, string][] = [];
    const areaInputs = new Map<string, string>();
    for (const row of rows) {
      for (const c of objectList(row.record.collections)) {
        const areaSlug = name(c.area_id);
        if (areaSlug !== null) areaInputs.set(areaSlug, name(c.area) ?? areaSlug);
      }
    }
    const areaIds = await areas.ensure([...areaInputs].map(([slug, areaName]) => ({ slug, name: areaName })));
    const collectionInputs = [];
    for (const row of rows) {
      const methodId = idOf.get(row.slug);
      if (methodId === undefined) continue;
      pending.introducedBy('method', methodId, row.record.paper);
      for (const c of objectList(row.record.collections)) {
        const collectionName = name(c.collection);
        if (collectionName === null) continue;
        const areaSlug = name(c.area_id);
        collectionInputs.push({
          name: collectionName,
          description: null,
          areaId: areaSlug === null ? null : (areaIds.get(areaSlug) ?? null),
          parentName: null,
        });
        memberships.push([methodId, collectionName]);
      }
    }
    await collections.ensure(collectionInputs);
    const pairs = memberships.flatMap(([methodId, collectionName]) => {
      const collectionId = collections.idOf(collectionName);
      return collectionId === undefined ? [] : [[methodId, collectionId] as const];
    });
    if (pairs.length > 0) {
      await sql.query(
        `INSERT INTO method_collection_member (method_id, collection_id) SELECT * FROM unnest($1::int[], $2::int[])
         ON CONFLICT DO NOTHING`,
        [pairs.map((p) => p[0]), pairs.map((p) => p[1])],
      );
      count(report, 'collection memberships', pairs.length);
    }
  });

  /**
   * A papers file imported before methods.json creates the methods it embeds (they carry no slug)
   * under slugForName(name); methods.json then states the real slug ("scaled" for "Scaled
   * Dot-Product Attention"). That method is given its stated slug, so it is one method with its
   * papers, not two. Only a method of the same name whose slug is its name's fallback and that no
   * record of this batch states is taken (method names are unique in the archive).
   */
  async function adoptEmbeddedMethods(rows: readonly MethodRow[]): Promise<void> {
    const renamed = rows.filter((row) => slugForName(row.name, 'method') !== row.slug);
    if (renamed.length === 0) return;
    const stated = rows.map((row) => row.slug);
    const adopted = await sql.query(
      `UPDATE method AS m SET slug = t.slug
       FROM unnest($1::text[], $2::text[], $3::text[]) AS t(slug, name, fallback)
       WHERE m.slug = t.fallback AND m.name = t.name AND NOT (t.fallback = ANY($4::text[]))
         AND NOT EXISTS (SELECT 1 FROM method o WHERE o.slug = t.slug)
       RETURNING m.id`,
      [
        renamed.map((row) => row.slug),
        renamed.map((row) => row.name),
        renamed.map((row) => slugForName(row.name, 'method')),
        stated,
      ],
    );
    if (adopted.length > 0) count(report, 'methods created from papers given their methods.json slug', adopted.length);
  }

  return {
    looksRight: (record) => 'name' in record && ('collections' in record || 'url' in record),
    async add(record, index) {
      const methodName = name(record.name);
      if (methodName === null) return skip(report, 'method without a name', `#${index} ${name(record.url) ?? ''}`);
      const slug = slugFromPwcUrl(name(record.url), 'method') ?? slugForName(methodName, 'method');
      noteNonWebUrls(report, record, ['source_url', 'code_snippet_url'], slug);
      await batch.add({ slug, name: methodName, record });
    },
    async finish() {
      await batch.flush();
      await pending.save(sql);
    },
  };
}
