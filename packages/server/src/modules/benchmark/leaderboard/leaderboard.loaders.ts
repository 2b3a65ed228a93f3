import DataLoader from 'dataloader';
import type { DataSource } from 'typeorm';
import type { SqlRunner } from '../../../db/prepared-statements';
import { groupRows } from '../../../graphql/loader-factories';
import { selectionKey, type Selection } from '../../../graphql/selected-fields';
import { rowJson, SqlParameters, type RowJson } from '../../../graphql/sql-projection';
import { RESULT_SQL } from '../benchmark.sql';
import type { Metric } from '../metric.entity';
import type { ResultValue } from '../result-value.entity';
import type { Result } from '../result.entity';
import { encodeLeaderboardCursor, decodeLeaderboardCursor } from './leaderboard-cursor';
import {
  leaderboardPageSql,
  PAGE_PARAMETER_COUNT,
  SOTA_PARAMETER_COUNT,
  sotaHistorySql,
  type BoardCount,
} from './leaderboard-sql';

export interface LeaderboardFilters {
  /** true: only rows that used extra training data; false: only rows that did not. */
  usesAdditionalData?: boolean | null;
  /** true: only rows with code (their own code links or a repository of their paper). */
  hasCode?: boolean | null;
  /** The board as it stood at this time (issue 12); now when absent. */
  asOf?: Date | null;
}

/** A board and the metric it is ranked by (resolved by the caller). */
export interface RankedBoard {
  benchmarkId: number;
  metric: Metric;
}

/** A page of a board: what loadPages takes. */
export interface PageRequest extends RankedBoard {
  filters: LeaderboardFilters;
  first: number;
  after: string | null;
}

/** A loader's key: a page, and what the client selected of each row's result (same statement). */
export interface PageRequestKey extends PageRequest {
  resultSelection: Selection;
}

type HistoryRequest = RankedBoard & { filters: LeaderboardFilters };

export interface LeaderboardRowData {
  rank: number | null;
  result: Result;
  metric: Metric;
  value: ResultValue | null;
  cursor: string;
}

export interface LeaderboardPage {
  rows: LeaderboardRowData[];
  hasNextPage: boolean;
  total: number;
}

export interface SotaPointData {
  date: string;
  value: number;
  result: Result;
  metric: Metric;
}

interface RowRecord {
  id: number;
  benchmarkId: number;
  evaluatedOn: string | null;
  result: Result;
  valueRaw: string | null;
  valueNumber: number | null;
  rank: number | null;
  total: number;
  /** The value as the ranking compares it (leaderboard-sql.ts); null when it ranks last. Pages only. */
  keyScore?: number | null;
}

/**
 * Leaderboard pages and SotA histories, ranked in Postgres: one statement per batch of boards
 * that share the page request and filters (e.g. every board of a task page), never a whole board
 * in memory.
 */
export function createLeaderboardLoaders(dataSource: DataSource) {
  return {
    leaderboardPage: new DataLoader<PageRequestKey, LeaderboardPage, string>(
      (keys) => inGroups(keys, pageGroupKey, (group) => loadPages(dataSource, group, group[0]!.resultSelection)),
      { cacheKeyFn: (key) => `${key.benchmarkId}:${key.metric.id}:${pageGroupKey(key)}` },
    ),
    sotaHistory: new DataLoader<HistoryRequest & { resultSelection: Selection }, SotaPointData[], string>(
      (keys) =>
        inGroups(
          keys,
          (key) => JSON.stringify([key.filters, selectionKey(key.resultSelection)]),
          (group) => loadHistories(dataSource, group, group[0]!.resultSelection),
        ),
      {
        cacheKeyFn: (key) =>
          `${key.benchmarkId}:${key.metric.id}:${JSON.stringify([key.filters, selectionKey(key.resultSelection)])}`,
      },
    ),
  };
}

function pageGroupKey(key: PageRequestKey): string {
  return JSON.stringify([
    key.filters.usesAdditionalData ?? null,
    key.filters.hasCode ?? null,
    key.filters.asOf?.toISOString() ?? null,
    key.first,
    key.after,
    selectionKey(key.resultSelection),
  ]);
}

/** Runs one load per group of keys that can share a statement; results in key order. */
async function inGroups<K, V>(keys: readonly K[], groupOf: (key: K) => string, load: (keys: K[]) => Promise<V[]>) {
  const groups = new Map<string, number[]>();
  keys.forEach((key, i) => {
    const group = groupOf(key);
    const indexes = groups.get(group);
    if (indexes) indexes.push(i);
    else groups.set(group, [i]);
  });
  const out = new Array<V>(keys.length);
  await Promise.all(
    [...groups.values()].map(async (indexes) => {
      const values = await load(indexes.map((i) => keys[i]!));
      indexes.forEach((keyIndex, i) => (out[keyIndex] = values[i]!));
    }),
  );
  return out;
}

const boardCount = (keys: readonly unknown[]): BoardCount => (keys.length === 1 ? 'one' : 'many');

/**
 * The statement's boards ($1–$3: arrays, or scalars for one board) and filters ($4, $5); the
 * time of an as-of statement goes after the statement's other parameters (asOfParameter).
 */
function boardParameters(keys: readonly HistoryRequest[]) {
  const [{ filters }] = keys as [HistoryRequest];
  const boards = [
    boardIds(keys),
    keys.map((key) => key.metric.id),
    keys.map((key) => key.metric.direction === 'LOWER_IS_BETTER'),
  ];
  return [
    ...(boardCount(keys) === 'one' ? boards.map(([only]) => only) : boards),
    filters.usesAdditionalData ?? null,
    filters.hasCode ?? null,
  ];
}

/**
 * Pages of boards that share a page request and filters, in one statement. Each row's result is
 * written as `resultJson` says (the resolvers' selection, or the compiled path's reply shape).
 */
export async function loadPages(
  dataSource: SqlRunner,
  keys: PageRequest[],
  resultJson: RowJson,
): Promise<LeaderboardPage[]> {
  const [{ first, after }] = keys as [PageRequest];
  const cursor = after ? decodeLeaderboardCursor(after) : null;
  const sql = new SqlParameters([
    ...boardParameters(keys),
    cursor?.missing ?? null,
    cursor?.score ?? null,
    cursor?.date ?? null,
    cursor?.id ?? null,
    first + 1,
    ...asOfParameter(keys),
  ]);
  const asOf = keys[0]!.filters.asOf != null;
  if (sql.values.length !== PAGE_PARAMETER_COUNT + (asOf ? 1 : 0))
    throw new Error('leaderboard page: parameters out of step with the SQL');
  const records = await dataSource.query<RowRecord[]>(
    leaderboardPageSql(rowJson(resultJson, RESULT_SQL, 'r', sql), boardCount(keys), asOf),
    sql.values,
  );
  const byBoard = groupRows(boardIds(keys), records, (record) => record.benchmarkId);
  return keys.map((key, i) => {
    const rows = byBoard[i]!;
    return {
      rows: rows.slice(0, first).map((record) => new RankedRow(record, key.metric)),
      hasNextPage: rows.length > first,
      // Counted by the same statement; a page after the last row still knows the board's size.
      total: rows[0]?.total ?? 0,
    };
  });
}

/** The SotA histories of boards that share filters, in one statement; results as in loadPages. */
export async function loadHistories(
  dataSource: SqlRunner,
  keys: HistoryRequest[],
  resultJson: RowJson,
): Promise<SotaPointData[][]> {
  const sql = new SqlParameters([...boardParameters(keys), ...asOfParameter(keys)]);
  const asOf = keys[0]!.filters.asOf != null;
  if (sql.values.length !== SOTA_PARAMETER_COUNT + (asOf ? 1 : 0))
    throw new Error('SotA history: parameters out of step with the SQL');
  const records = await dataSource.query<RowRecord[]>(
    sotaHistorySql(rowJson(resultJson, RESULT_SQL, 'r', sql), boardCount(keys), asOf),
    sql.values,
  );
  const byBoard = groupRows(boardIds(keys), records, (record) => record.benchmarkId);
  return keys.map((key, i) =>
    byBoard[i]!.map((record) => ({
      date: record.evaluatedOn!,
      value: record.valueNumber!,
      result: record.result,
      metric: key.metric,
    })),
  );
}

/** The time of an as-of statement (keys of one statement share their filters), or nothing. */
function asOfParameter(keys: readonly HistoryRequest[]): Date[] {
  const asOf = keys[0]!.filters.asOf;
  return asOf ? [asOf] : [];
}

/** A row of a page. Its cursor is encoded when asked for: only a page's last cursor is used. */
class RankedRow implements LeaderboardRowData {
  readonly rank: number | null;
  readonly result: Result;
  readonly value: ResultValue | null;

  constructor(
    private readonly record: RowRecord,
    readonly metric: Metric,
  ) {
    this.rank = record.rank;
    this.result = record.result;
    this.value = toValue(record, metric);
  }

  /** The row's listing keys, as the statement compared them (leaderboard-sql.ts). */
  get cursor(): string {
    const { keyScore = null, evaluatedOn, id } = this.record;
    return encodeLeaderboardCursor({
      missing: keyScore === null,
      score: keyScore ?? 0,
      date: evaluatedOn ?? 'infinity',
      id,
    });
  }
}

function toValue(record: RowRecord, metric: Metric): ResultValue | null {
  if (record.valueRaw === null && record.valueNumber === null) return null;
  return {
    resultId: record.id,
    metricId: metric.id,
    raw: record.valueRaw,
    value: record.valueNumber,
  } as ResultValue;
}

const boardIds = (keys: readonly RankedBoard[]) => keys.map((key) => key.benchmarkId);
