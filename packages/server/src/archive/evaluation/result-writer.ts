import { createHash } from 'node:crypto';
import { arxivIdFromUrl, normalizeTitle, paperSlugFromUrl, parseMetricValue } from '@pwc/shared';
import { bool, isoDate, name, text, withoutNul, type JsonObject, type Link } from '../records/fields';
import { GrowingTables } from '../write/growing-tables';
import type { Sql } from '../write/sql';
import { rowMetrics } from './metric-columns';

export interface ResultInput {
  benchmarkId: number;
  row: JsonObject;
  modelName: string;
  /** The row's code_links and model_links with an http(s) URL (the importer reports the others). */
  codeLinks: Link[];
  modelLinks: Link[];
  /** Where the row is in its file: the top-level record, the task and dataset path, the row's index. */
  position: string;
  recordIndex: number;
}

/** What one import of a source did to its rows; `removed` + `released` are known after `finish`. */
export interface SourceCounts {
  /** New rows. */
  added: number;
  /** Rows of this source whose content changed, updated in place (same id). */
  updated: number;
  /** Rows of this source found again as they were. */
  unchanged: number;
  /** Rows another source already had (same model, paper and values): one row, both provenances. */
  merged: number;
  /** Rows this source no longer has and no other source holds: deleted. */
  removed: number;
  /** Rows this source no longer has that other sources still hold: kept, without this provenance. */
  released: number;
  values: number;
}

interface Candidate {
  id: number;
  benchmark_id: number;
  model_name: string;
  paper_title: string | null;
  paper_url: string | null;
  content_key: string | null;
  sources: string[];
}

export const ARCHIVE_SOURCE = 'pwc-archive';

/**
 * Writes the leaderboard rows of one source (an evaluation-tables file, named by its file name)
 * so that a leaderboard is the union of its sources and re-importing a source replaces exactly
 * its rows. Each row is matched, in this order, to
 *   1. a row this source had with the same content (model, paper title and URL, every value): kept;
 *   2. a row another source has with the same content: merged, one row with both provenances;
 *   3. a row only this source had with the same model and paper: updated in place;
 * or else added. `finish` removes the rows the source no longer has, on every board it had rows
 * on, unless another source still holds them. Rows written before provenance was recorded (no
 * source at all) are treated as this source's where this source has boards.
 */
export class ResultWriter {
  readonly counts: SourceCounts = { added: 0, updated: 0, unchanged: 0, merged: 0, removed: 0, released: 0, values: 0 };
  /** Results written or matched in this import. */
  private readonly claimed = new Set<number>();
  private readonly positions: string[] = [];
  private readonly touchedBenchmarks = new Set<number>();
  /** New rows that found their paper as they were written (their code links go to it). */
  readonly linkedOnWrite: number[] = [];
  /** Result ids this source held before this import, and their boards. */
  private previous: Map<number, number> | null = null;
  /** The tables each batch writes to and reads. */
  private readonly growing: GrowingTables;

  constructor(
    private readonly sql: Sql,
    readonly source: string,
  ) {
    this.growing = new GrowingTables(sql, ['result', 'result_value', 'result_provenance']);
  }

  async write(results: readonly ResultInput[], metricIds: ReadonlyMap<string, number>): Promise<void> {
    this.previous ??= await this.loadPrevious();
    if (results.length === 0) return;
    const benchmarkIds = [...new Set(results.map((r) => r.benchmarkId))];
    for (const id of benchmarkIds) this.touchedBenchmarks.add(id);
    const candidates = await this.sql.query<Candidate>(
      `SELECT r.id, r.benchmark_id, r.model_name, r.paper_title, r.paper_url, r.content_key,
         coalesce(array_agg(p.source) FILTER (WHERE p.source IS NOT NULL), '{}') AS sources
       FROM result r LEFT JOIN result_provenance p ON p.result_id = r.id
       WHERE r.benchmark_id = ANY($1::int[]) AND r.source = $2
       GROUP BY r.id ORDER BY r.id`,
      [benchmarkIds, ARCHIVE_SOURCE],
    );
    const mineExact = new Multimap();
    const othersExact = new Multimap();
    const mineOnlyWeak = new Multimap();
    for (const c of candidates) {
      if (this.claimed.has(c.id)) continue;
      const mine = c.sources.length === 0 || c.sources.includes(this.source);
      if (c.content_key !== null) (mine ? mineExact : othersExact).add(`${c.benchmark_id}:${c.content_key}`, c.id);
      if (mine && c.sources.every((s) => s === this.source))
        mineOnlyWeak.add(`${c.benchmark_id}:${weakKey(c.model_name, c.paper_title, c.paper_url)}`, c.id);
    }

    const keys = results.map(contentKey);
    const ids: number[] = [];
    const kinds: ('same' | 'merged' | 'changed' | 'added')[] = [];
    const take = (map: Multimap, key: string) => map.take(key, (id) => !this.claimed.has(id));
    results.forEach((r, i) => {
      const exact = `${r.benchmarkId}:${keys[i]}`;
      let id = take(mineExact, exact);
      let kind: (typeof kinds)[number] = 'same';
      if (id === undefined) [id, kind] = [take(othersExact, exact), 'merged'];
      if (id === undefined)
        [id, kind] = [
          take(
            mineOnlyWeak,
            `${r.benchmarkId}:${weakKey(r.modelName, text(r.row.paper_title), name(r.row.paper_url))}`,
          ),
          'changed',
        ];
      if (id === undefined) kind = 'added';
      else this.claimed.add(id);
      ids.push(id ?? 0);
      kinds.push(kind);
    });
    const addedCount = kinds.filter((k) => k === 'added').length;
    const fresh = await this.sql.query<{ id: number }>(
      `SELECT nextval(pg_get_serial_sequence('result', 'id'))::int AS id FROM generate_series(1, $1)`,
      [addedCount],
    );
    let next = 0;
    kinds.forEach((kind, i) => {
      if (kind !== 'added') return;
      ids[i] = fresh[next++]?.id ?? 0;
      this.claimed.add(ids[i] ?? 0);
    });

    const columns = (chosen: number[]) => [
      chosen.map((i) => ids[i]),
      chosen.map((i) => results[i]?.benchmarkId),
      chosen.map((i) => results[i]?.modelName),
      chosen.map((i) => text(results[i]?.row.paper_title)),
      chosen.map((i) => name(results[i]?.row.paper_url)),
      chosen.map((i) => isoDate(results[i]?.row.paper_date)),
      chosen.map((i) => bool(results[i]?.row.uses_additional_data)),
      chosen.map((i) => JSON.stringify(results[i]?.codeLinks ?? [])),
      chosen.map((i) => JSON.stringify(results[i]?.modelLinks ?? [])),
      chosen.map((i) => keys[i]),
      chosen.map((i) => paperSlugFromUrl(name(results[i]?.row.paper_url))),
      chosen.map((i) => arxivIdFromUrl(name(results[i]?.row.paper_url))),
      chosen.map((i) => normalizeTitle(text(results[i]?.row.paper_title)) || null),
    ];
    const indexes = (kind: (typeof kinds)[number]) => kinds.flatMap((k, i) => (k === kind ? [i] : []));
    const UNNEST = `unnest($1::int[], $2::int[], $3::text[], $4::text[], $5::text[], $6::date[], $7::bool[], $8::text[],
        $9::text[], $10::text[], $11::text[], $12::text[], $13::text[])
      AS t(id, benchmark_id, model_name, paper_title, paper_url, row_date, uses_additional_data, code_links, model_links,
        content_key, ref_slug, ref_arxiv_id, ref_title)`;

    const added = indexes('added');
    // New rows link to their paper as they are written when its slug or arXiv id is already in
    // (rows left without one are linked later, see write/stored-links.ts, like any other).
    if (added.length > 0) {
      const linked = await this.sql.query<{ id: number }>(
        `INSERT INTO result (id, benchmark_id, model_name, paper_title, paper_url, evaluated_on, date_source,
           uses_additional_data, code_links, model_links, source, content_key, paper_ref_slug, paper_ref_arxiv_id,
           paper_ref_title, paper_id, paper_link)
         SELECT t.id, benchmark_id, model_name, paper_title, paper_url, row_date, CASE WHEN row_date IS NULL THEN NULL ELSE 'ROW' END,
           uses_additional_data, code_links::jsonb, model_links::jsonb, $14, content_key, ref_slug, ref_arxiv_id, ref_title,
           coalesce(by_slug.id, by_arxiv.id),
           CASE WHEN by_slug.id IS NOT NULL THEN 'PAPER_SLUG' WHEN by_arxiv.id IS NOT NULL THEN 'ARXIV_ID' END
         FROM ${UNNEST}
           LEFT JOIN paper by_slug ON by_slug.slug = t.ref_slug
           LEFT JOIN paper by_arxiv ON t.ref_slug IS NULL AND by_arxiv.arxiv_id = t.ref_arxiv_id
         RETURNING id, paper_id`,
        [...columns(added), ARCHIVE_SOURCE],
      );
      for (const row of linked as { id: number; paper_id: number | null }[])
        if (row.paper_id !== null) this.linkedOnWrite.push(row.id);
    }
    // Kept or changed rows take every field of this source's row; a merged row keeps the fields of
    // the source that had it first (its content, the key, is the same by definition).
    const rewritten = [...indexes('same'), ...indexes('changed')];
    const updatedIds = new Set<number>();
    if (rewritten.length > 0) {
      const rows = await this.sql.query<{ id: number }>(
        `UPDATE result AS r SET model_name = t.model_name, paper_title = t.paper_title, paper_url = t.paper_url,
           evaluated_on = CASE WHEN t.row_date IS NULL AND r.date_source IS DISTINCT FROM 'ROW' THEN r.evaluated_on ELSE t.row_date END,
           date_source = CASE WHEN t.row_date IS NOT NULL THEN 'ROW' WHEN r.date_source = 'ROW' THEN NULL ELSE r.date_source END,
           uses_additional_data = t.uses_additional_data, code_links = t.code_links::jsonb, model_links = t.model_links::jsonb,
           content_key = t.content_key, paper_ref_slug = t.ref_slug, paper_ref_arxiv_id = t.ref_arxiv_id,
           paper_ref_title = t.ref_title,
           paper_id = CASE WHEN (r.paper_ref_slug, r.paper_ref_arxiv_id, r.paper_ref_title)
             IS NOT DISTINCT FROM (t.ref_slug, t.ref_arxiv_id, t.ref_title) THEN r.paper_id END,
           paper_link = CASE WHEN (r.paper_ref_slug, r.paper_ref_arxiv_id, r.paper_ref_title)
             IS NOT DISTINCT FROM (t.ref_slug, t.ref_arxiv_id, t.ref_title) THEN r.paper_link END
         FROM ${UNNEST}
         WHERE r.id = t.id AND (r.model_name, r.paper_title, r.paper_url, r.uses_additional_data, r.code_links, r.model_links,
           r.content_key, r.paper_ref_slug, r.paper_ref_arxiv_id, r.paper_ref_title, r.date_source IS NOT DISTINCT FROM 'ROW',
           CASE WHEN r.date_source = 'ROW' THEN r.evaluated_on END)
           IS DISTINCT FROM (t.model_name, t.paper_title, t.paper_url, t.uses_additional_data, t.code_links::jsonb,
           t.model_links::jsonb, t.content_key, t.ref_slug, t.ref_arxiv_id, t.ref_title, t.row_date IS NOT NULL, t.row_date)
         RETURNING r.id`,
        columns(rewritten),
      );
      for (const row of rows) updatedIds.add(row.id);
    }
    for (const i of rewritten) {
      const changed = kinds[i] === 'changed' || updatedIds.has(ids[i] ?? 0);
      if (changed) this.counts.updated++;
      else this.counts.unchanged++;
    }
    this.counts.added += added.length;
    this.counts.merged += indexes('merged').length;

    // Values: written for new rows, rewritten (parsed again) for this source's own rows.
    const valued = [...added, ...rewritten];
    if (rewritten.length > 0)
      await this.sql.query('DELETE FROM result_value WHERE result_id = ANY($1::int[])', [rewritten.map((i) => ids[i])]);
    this.counts.values += await this.writeValues(
      valued.map((i) => results[i] as ResultInput),
      valued.map((i) => ids[i] ?? 0),
      metricIds,
    );

    await this.sql.query(
      `INSERT INTO result_provenance (source, position, record_index, result_id)
       SELECT $1, * FROM unnest($2::text[], $3::int[], $4::int[])
       ON CONFLICT (source, position) DO UPDATE SET record_index = excluded.record_index, result_id = excluded.result_id`,
      [this.source, results.map((r) => r.position), results.map((r) => r.recordIndex), ids],
    );
    for (const r of results) this.positions.push(r.position);
    await this.growing.wrote(results.length);
  }

  /**
   * Drops this source's provenance from the rows it no longer has and deletes the rows no source
   * holds any more; returns every board the source had or has rows on.
   */
  async finish(): Promise<Set<number>> {
    this.previous ??= await this.loadPrevious();
    await this.sql.query('DELETE FROM result_provenance WHERE source = $1 AND NOT (position = ANY($2::text[]))', [
      this.source,
      this.positions,
    ]);
    const stale = [...this.previous.keys()].filter((id) => !this.claimed.has(id));
    const removed = await this.sql.query<{ id: number }>(
      `DELETE FROM result r
       WHERE (r.id = ANY($1::int[]) OR (r.benchmark_id = ANY($2::int[]) AND r.source = $4 AND NOT (r.id = ANY($3::int[]))))
         AND NOT EXISTS (SELECT 1 FROM result_provenance p WHERE p.result_id = r.id)
       RETURNING r.id`,
      [stale, [...this.touchedBenchmarks], [...this.claimed], ARCHIVE_SOURCE],
    );
    const removedIds = new Set(removed.map((r) => r.id));
    this.counts.removed += removed.length;
    this.counts.released += stale.filter((id) => !removedIds.has(id)).length;
    return new Set([...this.touchedBenchmarks, ...this.previous.values()]);
  }

  private async loadPrevious(): Promise<Map<number, number>> {
    const rows = await this.sql.query<{ id: number; benchmark_id: number }>(
      `SELECT DISTINCT r.id, r.benchmark_id FROM result_provenance p JOIN result r ON r.id = p.result_id WHERE p.source = $1`,
      [this.source],
    );
    return new Map(rows.map((r) => [r.id, r.benchmark_id]));
  }

  private async writeValues(
    results: readonly ResultInput[],
    ids: readonly number[],
    metricIds: ReadonlyMap<string, number>,
  ): Promise<number> {
    const resultId: number[] = [];
    const metricId: number[] = [];
    const raw: (string | null)[] = [];
    const value: (number | null)[] = [];
    results.forEach((r, i) => {
      for (const [column, published] of rowMetrics(r.row)) {
        const metric = metricIds.get(`${r.benchmarkId}:${column}`);
        if (metric === undefined) continue;
        resultId.push(ids[i] ?? 0);
        metricId.push(metric);
        raw.push(rawValue(published));
        value.push(parseMetricValue(published));
      }
    });
    if (resultId.length > 0) {
      await this.sql.query(
        `INSERT INTO result_value (result_id, metric_id, raw, value)
         SELECT * FROM unnest($1::int[], $2::int[], $3::text[], $4::float8[])`,
        [resultId, metricId, raw, value],
      );
    }
    return resultId.length;
  }
}

function rawValue(published: unknown): string {
  return typeof published === 'string' ? withoutNul(published) : JSON.stringify(published);
}

/** Same model, same paper as published, same values: the same row, whichever source has it. */
function contentKey(r: ResultInput): string {
  const values = [...rowMetrics(r.row)].map(([column, published]) => [column, rawValue(published)]);
  values.sort(([a], [b]) => ((a ?? '') < (b ?? '') ? -1 : (a ?? '') > (b ?? '') ? 1 : 0));
  const key = JSON.stringify([r.modelName, text(r.row.paper_title) ?? '', name(r.row.paper_url) ?? '', values]);
  return createHash('sha1').update(key).digest('hex');
}

function weakKey(modelName: string, paperTitle: string | null, paperUrl: string | null): string {
  return JSON.stringify([modelName, paperTitle ?? '', paperUrl ?? '']);
}

class Multimap {
  private readonly map = new Map<string, number[]>();

  add(key: string, id: number): void {
    const ids = this.map.get(key);
    if (ids === undefined) this.map.set(key, [id]);
    else ids.push(id);
  }

  /** The first id under the key that passes, removed from the map. */
  take(key: string, ok: (id: number) => boolean): number | undefined {
    const ids = this.map.get(key);
    while (ids !== undefined && ids.length > 0) {
      const id = ids.shift();
      if (id !== undefined && ok(id)) return id;
    }
    return undefined;
  }
}
