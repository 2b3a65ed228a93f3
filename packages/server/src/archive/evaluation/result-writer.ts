import { parseMetricValue } from '@pwc/shared';
import { bool, isoDate, name, text, withoutNul, type JsonObject, type Link } from '../records/fields';
import type { Sql } from '../write/sql';
import { rowMetrics } from './metric-columns';

export interface ResultInput {
  benchmarkId: number;
  paperId: number | null;
  row: JsonObject;
  modelName: string;
  /** The row's code_links and model_links with an http(s) URL (the importer reports the others). */
  codeLinks: Link[];
  modelLinks: Link[];
}

export interface ResultWriteCounts {
  inserted: number;
  updated: number;
  values: number;
}

interface ExistingResult {
  id: number;
  benchmark_id: number;
  model_name: string;
  paper_title: string | null;
  paper_url: string | null;
  evaluated_on: string | null;
}

export const ARCHIVE_SOURCE = 'pwc-archive';

/**
 * Writes leaderboard rows so that re-importing updates them in place: a row is the same result
 * when its benchmark, model name, paper title, paper URL and date are the same (the n-th such
 * row matches the n-th existing one). Rows not seen again are removed by `removeUnclaimed`.
 */
export class ResultWriter {
  /** Results written or matched in this file; the others of the touched benchmarks are stale. */
  private readonly claimed = new Set<number>();
  private readonly touchedBenchmarks = new Set<number>();

  constructor(private readonly sql: Sql) {}

  async write(results: readonly ResultInput[], metricIds: ReadonlyMap<string, number>): Promise<ResultWriteCounts> {
    if (results.length === 0) return { inserted: 0, updated: 0, values: 0 };
    const benchmarkIds = [...new Set(results.map((r) => r.benchmarkId))];
    for (const id of benchmarkIds) this.touchedBenchmarks.add(id);
    const existing = await this.sql.query<ExistingResult>(
      `SELECT id, benchmark_id, model_name, paper_title, paper_url, to_char(evaluated_on, 'YYYY-MM-DD') AS evaluated_on
       FROM result WHERE benchmark_id = ANY($1::int[]) AND source = $2 ORDER BY id`,
      [benchmarkIds, ARCHIVE_SOURCE],
    );
    const available = new Map<string, number[]>();
    for (const row of existing) {
      if (this.claimed.has(row.id)) continue;
      const key = identity(row.benchmark_id, row.model_name, row.paper_title, row.paper_url, row.evaluated_on);
      const ids = available.get(key);
      if (ids === undefined) available.set(key, [row.id]);
      else ids.push(row.id);
    }

    const ids: number[] = [];
    const isNew: boolean[] = [];
    for (const r of results) {
      const id = available.get(identityOf(r))?.shift();
      ids.push(id ?? 0);
      isNew.push(id === undefined);
    }
    const newCount = isNew.filter(Boolean).length;
    const fresh = await this.sql.query<{ id: number }>(
      `SELECT nextval(pg_get_serial_sequence('result', 'id'))::int AS id FROM generate_series(1, $1)`,
      [newCount],
    );
    let next = 0;
    for (let i = 0; i < ids.length; i++) if (isNew[i]) ids[i] = fresh[next++]?.id ?? 0;
    for (const id of ids) this.claimed.add(id);

    const columns = (pick: (r: ResultInput, i: number) => boolean) => {
      const chosen = results.map((r, i) => [r, i] as const).filter(([r, i]) => pick(r, i));
      return [
        chosen.map(([, i]) => ids[i]),
        chosen.map(([r]) => r.benchmarkId),
        chosen.map(([r]) => r.paperId),
        chosen.map(([r]) => r.modelName),
        chosen.map(([r]) => text(r.row.paper_title)),
        chosen.map(([r]) => name(r.row.paper_url)),
        chosen.map(([r]) => isoDate(r.row.paper_date)),
        chosen.map(([r]) => bool(r.row.uses_additional_data)),
        chosen.map(([r]) => JSON.stringify(r.codeLinks)),
        chosen.map(([r]) => JSON.stringify(r.modelLinks)),
      ];
    };
    if (newCount > 0) {
      await this.sql.query(
        `INSERT INTO result (id, benchmark_id, paper_id, model_name, paper_title, paper_url, evaluated_on,
           uses_additional_data, code_links, model_links, source)
         SELECT id, benchmark_id, paper_id, model_name, paper_title, paper_url, evaluated_on, uses_additional_data,
           code_links::jsonb, model_links::jsonb, $11
         FROM unnest($1::int[], $2::int[], $3::int[], $4::text[], $5::text[], $6::text[], $7::date[], $8::bool[], $9::text[], $10::text[])
           AS t(id, benchmark_id, paper_id, model_name, paper_title, paper_url, evaluated_on, uses_additional_data, code_links, model_links)`,
        [...columns((_, i) => isNew[i] === true), ARCHIVE_SOURCE],
      );
    }
    const updatedIds = ids.filter((_, i) => !isNew[i]);
    if (updatedIds.length > 0) {
      await this.sql.query(
        `UPDATE result AS r SET paper_id = t.paper_id, uses_additional_data = t.uses_additional_data,
           code_links = t.code_links::jsonb, model_links = t.model_links::jsonb
         FROM unnest($1::int[], $2::int[], $3::int[], $4::text[], $5::text[], $6::text[], $7::date[], $8::bool[], $9::text[], $10::text[])
           AS t(id, benchmark_id, paper_id, model_name, paper_title, paper_url, evaluated_on, uses_additional_data, code_links, model_links)
         WHERE r.id = t.id`,
        columns((_, i) => isNew[i] === false),
      );
      await this.sql.query('DELETE FROM result_value WHERE result_id = ANY($1::int[])', [updatedIds]);
    }
    const values = await this.writeValues(results, ids, metricIds);
    return { inserted: newCount, updated: updatedIds.length, values };
  }

  /** Deletes archive rows of the touched leaderboards that this file no longer has. */
  async removeUnclaimed(): Promise<number> {
    if (this.touchedBenchmarks.size === 0) return 0;
    const rows = await this.sql.query(
      `DELETE FROM result WHERE benchmark_id = ANY($1::int[]) AND source = $2 AND NOT (id = ANY($3::int[])) RETURNING id`,
      [[...this.touchedBenchmarks], ARCHIVE_SOURCE, [...this.claimed]],
    );
    return rows.length;
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
        raw.push(typeof published === 'string' ? withoutNul(published) : JSON.stringify(published));
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

function identity(
  benchmarkId: number,
  modelName: string,
  paperTitle: string | null,
  paperUrl: string | null,
  date: string | null,
): string {
  return JSON.stringify([benchmarkId, modelName, paperTitle ?? '', paperUrl ?? '', date ?? '']);
}

function identityOf(r: ResultInput): string {
  return identity(
    r.benchmarkId,
    r.modelName,
    text(r.row.paper_title),
    name(r.row.paper_url),
    isoDate(r.row.paper_date),
  );
}
