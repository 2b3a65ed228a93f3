import { normalizeTitle, paperSlugFromUrl, slugFromPwcUrl } from '@pwc/shared';
import { isObject, name, text } from '../records/fields';
import type { Sql } from './sql';

interface PaperReference {
  table: 'dataset' | 'method';
  id: number;
  slug: string | null;
  normalizedTitle: string | null;
}

interface ParentReference {
  id: number;
  parent: string;
}

/**
 * Links that point at rows imported later: datasets and methods name the paper that introduced
 * them, but papers may come in a later file, or a later import; datasets name their parent
 * dataset. The importers `save` them into `pending_link`, in the file's transaction, and
 * `resolveStored` (run after every file, see stored-links.ts) sets the ones whose other end
 * exists, so file order never matters. `resolve` is the in-memory path of links noted and
 * not saved.
 */
export class PendingLinks {
  private papers: PaperReference[] = [];
  private parents: ParentReference[] = [];
  // Links noted by the file being imported; kept only if its transaction commits.
  private stagedPapers: PaperReference[] = [];
  private stagedParents: ParentReference[] = [];

  forFile(): this {
    this.rollback();
    return this;
  }

  commit(): void {
    this.papers.push(...this.stagedPapers);
    this.parents.push(...this.stagedParents);
    this.rollback();
  }

  rollback(): void {
    this.stagedPapers = [];
    this.stagedParents = [];
  }

  introducedBy(table: PaperReference['table'], id: number, paper: unknown): void {
    if (!isObject(paper)) return;
    const slug = paperSlugFromUrl(name(paper.url));
    const normalized = normalizeTitle(text(paper.title));
    if (slug === null && normalized === '') return;
    this.stagedPapers.push({ table, id, slug, normalizedTitle: normalized === '' ? null : normalized });
  }

  parentDataset(id: number, parent: unknown): void {
    const value = name(parent);
    if (value !== null) this.stagedParents.push({ id, parent: slugFromPwcUrl(value, 'dataset') ?? value });
  }

  /** Keeps the links noted so far in `pending_link` (the file's transaction), replacing older ones. */
  async save(sql: Sql): Promise<void> {
    const rows = [
      ...this.stagedPapers.map((r) => [r.table, r.id, 'introduced_by', r.slug, r.normalizedTitle, null] as const),
      ...this.stagedParents.map((r) => ['dataset', r.id, 'parent', null, null, r.parent] as const),
    ];
    for (let i = 0; i < rows.length; i += 5000) {
      const slice = [...new Map(rows.slice(i, i + 5000).map((r) => [`${r[0]}:${r[1]}:${r[2]}`, r])).values()];
      await sql.query(
        `INSERT INTO pending_link (target_table, target_id, kind, paper_slug, paper_title, parent)
         SELECT * FROM unnest($1::text[], $2::int[], $3::text[], $4::text[], $5::text[], $6::text[])
         ON CONFLICT (target_table, target_id, kind) DO UPDATE
           SET paper_slug = excluded.paper_slug, paper_title = excluded.paper_title, parent = excluded.parent`,
        [0, 1, 2, 3, 4, 5].map((c) => slice.map((r) => r[c])),
      );
    }
    this.rollback();
  }

  /** Sets the stored links whose paper or parent now exists and forgets them; returns how many. */
  static async resolveStored(sql: Sql): Promise<number> {
    let linked = 0;
    for (const table of ['dataset', 'method'] as const) {
      const rows = await sql.query(
        `WITH resolved AS (
           SELECT l.target_id, coalesce(
             (SELECT p.id FROM paper p WHERE p.slug = l.paper_slug),
             (SELECT min(p.id) FROM paper p WHERE p.normalized_title = l.paper_title)) AS paper_id
           FROM pending_link l WHERE l.target_table = '${table}' AND l.kind = 'introduced_by'),
         linked AS (
           UPDATE ${table} t SET introduced_by_paper_id = r.paper_id FROM resolved r
           WHERE t.id = r.target_id AND r.paper_id IS NOT NULL RETURNING t.id)
         DELETE FROM pending_link l USING linked
         WHERE l.target_table = '${table}' AND l.kind = 'introduced_by' AND l.target_id = linked.id RETURNING 1`,
      );
      linked += rows.length;
    }
    const parents = await sql.query(
      `WITH resolved AS (
         SELECT l.target_id, coalesce(
           (SELECT p.id FROM dataset p WHERE p.slug = l.parent AND p.id <> l.target_id),
           (SELECT min(p.id) FROM dataset p WHERE p.name = l.parent AND p.id <> l.target_id)) AS parent_id
         FROM pending_link l WHERE l.target_table = 'dataset' AND l.kind = 'parent'),
       linked AS (
         UPDATE dataset d SET parent_id = r.parent_id FROM resolved r
         WHERE d.id = r.target_id AND r.parent_id IS NOT NULL RETURNING d.id)
       DELETE FROM pending_link l USING linked
       WHERE l.target_table = 'dataset' AND l.kind = 'parent' AND l.target_id = linked.id RETURNING 1`,
    );
    return linked + parents.length;
  }

  get size(): number {
    return this.papers.length + this.parents.length;
  }

  /** Resolves what can be resolved now; returns how many links were set. */
  async resolve(sql: Sql): Promise<number> {
    let linked = 0;
    for (const table of ['dataset', 'method'] as const) {
      const refs = this.papers.filter((ref) => ref.table === table);
      if (refs.length === 0) continue;
      const rows = await sql.query(
        `UPDATE ${table} AS t SET introduced_by_paper_id = coalesce(
           (SELECT p.id FROM paper p WHERE p.slug = r.slug),
           (SELECT min(p.id) FROM paper p WHERE p.normalized_title = r.title),
           t.introduced_by_paper_id)
         FROM unnest($1::int[], $2::text[], $3::text[]) AS r(id, slug, title)
         WHERE t.id = r.id
         RETURNING t.id, t.introduced_by_paper_id`,
        [refs.map((r) => r.id), refs.map((r) => r.slug), refs.map((r) => r.normalizedTitle)],
      );
      linked += rows.filter((row) => row.introduced_by_paper_id !== null).length;
    }
    if (this.parents.length > 0) {
      const rows = await sql.query(
        `UPDATE dataset AS d SET parent_id = coalesce(
           (SELECT p.id FROM dataset p WHERE p.slug = r.parent AND p.id <> d.id),
           (SELECT min(p.id) FROM dataset p WHERE p.name = r.parent AND p.id <> d.id),
           d.parent_id)
         FROM unnest($1::int[], $2::text[]) AS r(id, parent)
         WHERE d.id = r.id
         RETURNING d.parent_id`,
        [this.parents.map((r) => r.id), this.parents.map((r) => r.parent)],
      );
      linked += rows.filter((row) => row.parent_id !== null).length;
    }
    this.papers = [];
    this.parents = [];
    return linked;
  }
}
