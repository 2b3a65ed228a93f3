import { slugForName } from '../records/fallback-slug';
import type { Sql } from '../write/sql';

interface DatasetRef {
  id: number;
  slug: string;
  name: string;
  parent_id: number | null;
}

export interface NewDataset {
  name: string;
  description: string | null;
  parentId: number | null;
}

/**
 * Finds the dataset a leaderboard's dataset name means: by name, then by datasets.json variants,
 * then by slug. A variant match is used only while no other leaderboard of the same task has
 * claimed that dataset, because one (task, dataset) pair is one benchmark: "SQuAD1.1" and
 * "SQuAD2.0" may both be variants of "SQuAD" but are different leaderboards.
 */
export class LeaderboardDatasets {
  private readonly byName = new Map<string, DatasetRef>();
  private readonly byLowerName = new Map<string, DatasetRef>();
  private readonly byVariant = new Map<string, DatasetRef>();
  private readonly bySlug = new Map<string, DatasetRef>();
  private readonly byId = new Map<number, DatasetRef>();
  /** `${parentId}:${lower-case name}` -> the child dataset. */
  private readonly children = new Map<string, DatasetRef>();
  /** `${taskId}:${datasetId}` -> the leaderboard dataset name that uses the pair. */
  private readonly claims = new Map<string, string>();

  private constructor(private readonly sql: Sql) {}

  static async load(sql: Sql): Promise<LeaderboardDatasets> {
    const store = new LeaderboardDatasets(sql);
    const rows = await sql.query<DatasetRef & { variants: string[] }>(
      'SELECT id, slug, name, variants, parent_id FROM dataset ORDER BY id',
    );
    for (const row of rows) {
      store.remember(row);
      for (const variant of row.variants) {
        const key = variant.trim().toLowerCase();
        if (!store.byVariant.has(key)) store.byVariant.set(key, row);
      }
    }
    return store;
  }

  /** The dataset for this leaderboard name under this task, or undefined when it must be created. */
  resolve(leaderboardName: string, taskId: number): number | undefined {
    const direct = this.byName.get(leaderboardName) ?? this.byLowerName.get(leaderboardName.toLowerCase());
    if (direct !== undefined) return this.claim(direct.id, taskId, leaderboardName);
    const variant = this.byVariant.get(leaderboardName.toLowerCase());
    if (variant !== undefined) {
      const claimant = this.claims.get(`${taskId}:${variant.id}`);
      if (claimant === undefined || claimant === leaderboardName)
        return this.claim(variant.id, taskId, leaderboardName);
    }
    const bySlug = this.bySlug.get(slugForName(leaderboardName, 'dataset'));
    if (bySlug !== undefined && bySlug.id !== variant?.id) return this.claim(bySlug.id, taskId, leaderboardName);
    return undefined;
  }

  /**
   * The dataset a subdataset entry means, keyed by its parent: a dataset of that name whose parent
   * is this parent (datasets.json's parent_dataset, or created here), else — when the name
   * qualifies itself ("SQuAD1.1 dev" under "SQuAD1.1", "SQLi (hard)" under `sqli`) — the dataset of
   * that name or slug if it has no other parent. A bare name such as "Restricted" is never taken
   * from another parent: its slug is qualified by the parent's (`conll-2014-restricted`).
   * Undefined when it must be created (`createChild`).
   */
  resolveChild(subName: string, parentId: number, taskId: number): number | undefined {
    const claim = (ref: DatasetRef) => this.claim(ref.id, taskId, `${parentId}:${subName}`);
    const child = this.children.get(`${parentId}:${subName.toLowerCase()}`);
    if (child !== undefined) return claim(child);
    const free = (ref: DatasetRef | undefined) =>
      ref !== undefined && (ref.parent_id === null || ref.parent_id === parentId);
    if (this.qualifiesItself(subName, parentId)) {
      const named = this.byName.get(subName) ?? this.byLowerName.get(subName.toLowerCase());
      if (named !== undefined && free(named)) return claim(named);
    }
    const bySlug = this.bySlug.get(this.childSlug(subName, parentId));
    if (bySlug !== undefined && free(bySlug)) return claim(bySlug);
    return undefined;
  }

  /** Creates a subdataset as a child dataset of its parent (its name as published, a qualified slug). */
  async createChild(subName: string, description: string | null, parentId: number): Promise<void> {
    const base = this.childSlug(subName, parentId);
    let slug = base;
    for (let n = 2; this.bySlug.has(slug); n++) slug = `${base}-${n}`;
    const [row] = await this.sql.query<DatasetRef>(
      `INSERT INTO dataset (slug, name, description, parent_id) VALUES ($1, $2, $3, $4)
       RETURNING id, slug, name, parent_id`,
      [slug, subName, description, parentId],
    );
    if (row !== undefined) this.remember(row);
  }

  private qualifiesItself(subName: string, parentId: number): boolean {
    const parent = this.byId.get(parentId);
    if (parent === undefined) return false;
    return (
      subName.toLowerCase().includes(parent.name.toLowerCase()) ||
      slugForName(subName, 'dataset').startsWith(`${parent.slug}-`)
    );
  }

  private childSlug(subName: string, parentId: number): string {
    const own = slugForName(subName, 'dataset');
    const parent = this.byId.get(parentId);
    return parent === undefined || this.qualifiesItself(subName, parentId) ? own : `${parent.slug}-${own}`;
  }

  /** Creates datasets for leaderboard names that match none (subdatasets become datasets too). */
  async create(datasets: readonly NewDataset[]): Promise<void> {
    for (const dataset of datasets) {
      if (this.byName.has(dataset.name)) continue;
      let slug = slugForName(dataset.name, 'dataset');
      for (let n = 2; this.bySlug.has(slug); n++) slug = `${slugForName(dataset.name, 'dataset')}-${n}`;
      const [row] = await this.sql.query<DatasetRef>(
        `INSERT INTO dataset (slug, name, description, parent_id) VALUES ($1, $2, $3, $4)
         ON CONFLICT (slug) DO UPDATE SET parent_id = coalesce(dataset.parent_id, excluded.parent_id)
         RETURNING id, slug, name, parent_id`,
        [slug, dataset.name, dataset.description, dataset.parentId],
      );
      if (row !== undefined) this.remember({ ...row, name: dataset.name });
    }
  }

  idOfName(datasetName: string): number | undefined {
    return this.byName.get(datasetName)?.id;
  }

  private claim(datasetId: number, taskId: number, leaderboardName: string): number {
    const key = `${taskId}:${datasetId}`;
    if (!this.claims.has(key)) this.claims.set(key, leaderboardName);
    return datasetId;
  }

  private remember(row: DatasetRef): void {
    this.bySlug.set(row.slug, row);
    this.byId.set(row.id, row);
    if (row.parent_id !== null) {
      const key = `${row.parent_id}:${row.name.toLowerCase()}`;
      if (!this.children.has(key)) this.children.set(key, row);
    }
    if (!this.byName.has(row.name)) this.byName.set(row.name, row);
    if (!this.byLowerName.has(row.name.toLowerCase())) this.byLowerName.set(row.name.toLowerCase(), row);
  }
}
