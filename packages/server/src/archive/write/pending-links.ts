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
 * them, but papers are imported after them; datasets name their parent dataset. They are kept
 * (a few ints and strings per dataset or method) and resolved once every file is in.
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
