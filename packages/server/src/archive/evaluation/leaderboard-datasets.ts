import { slugForName } from '../records/fallback-slug';
import type { Sql } from '../write/sql';

interface DatasetRef {
  id: number;
  slug: string;
  name: string;
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
  /** `${taskId}:${datasetId}` -> the leaderboard dataset name that uses the pair. */
  private readonly claims = new Map<string, string>();

  private constructor(private readonly sql: Sql) {}

  static async load(sql: Sql): Promise<LeaderboardDatasets> {
    const store = new LeaderboardDatasets(sql);
    const rows = await sql.query<DatasetRef & { variants: string[] }>(
      'SELECT id, slug, name, variants FROM dataset ORDER BY id',
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

  /** Creates datasets for leaderboard names that match none (subdatasets become datasets too). */
  async create(datasets: readonly NewDataset[]): Promise<void> {
    for (const dataset of datasets) {
      if (this.byName.has(dataset.name)) continue;
      let slug = slugForName(dataset.name, 'dataset');
      for (let n = 2; this.bySlug.has(slug); n++) slug = `${slugForName(dataset.name, 'dataset')}-${n}`;
      const [row] = await this.sql.query<DatasetRef>(
        `INSERT INTO dataset (slug, name, description, parent_id) VALUES ($1, $2, $3, $4)
         ON CONFLICT (slug) DO UPDATE SET parent_id = coalesce(dataset.parent_id, excluded.parent_id)
         RETURNING id, slug, name`,
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
    if (!this.byName.has(row.name)) this.byName.set(row.name, row);
    if (!this.byLowerName.has(row.name.toLowerCase())) this.byLowerName.set(row.name.toLowerCase(), row);
  }
}
