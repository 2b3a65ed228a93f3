import { NotCompilable } from '../../graphql/compiled/not-compilable';
import {
  checkConnection,
  connectionNodeEntries,
  connectionReply,
  objectReply,
  onlyEntry,
} from '../../graphql/compiled/reply-shapes';
import type { ResponseField } from '../../graphql/compiled/response-fields';
import {
  checkObject,
  type CompiledSchema,
  type CompletedField,
  type ReplyObject,
} from '../../graphql/compiled/response-sql';
import {
  bySlug,
  connectionRoot,
  nodeJson,
  type CompiledContext,
  type RootReader,
} from '../../graphql/compiled/root-reader';
import { validArguments } from '../../graphql/compiled/valid-arguments';
import { toGlobalId } from '../../graphql/global-id';
import { BenchmarkFilter, BenchmarksArgs, LeaderboardRowsArgs } from './benchmark.inputs';
import { listBenchmarks } from './benchmark.service';
import { BENCHMARK_SQL, boardMetricsJson, RESULT_SQL } from './benchmark.sql';
import { countRows } from './leaderboard/count-rows';
import {
  loadHistories,
  loadPages,
  type LeaderboardFilters,
  type LeaderboardPage,
  type LeaderboardRowData,
} from './leaderboard/leaderboard.loaders';
import { chooseRankingMetric, EMPTY_PAGE } from './leaderboard.service';
import type { Metric } from './metric.entity';

const boardBySlug = bySlug(BENCHMARK_SQL);

/** The benchmark module's root fields on the compiled read path (see graphql/compiled). */
export const benchmarkCompiledRoots: Record<string, RootReader> = {
  benchmark: {
    check: (field, schema) => {
      // A board as of a date is ranked from its history by the resolvers (Apollo answers).
      if (field.args.asOf != null) throw new NotCompilable('benchmark(asOf:) is answered by the resolvers');
      return boardBySlug.check(field, schema);
    },
    read: boardBySlug.read,
  },
  benchmarks: connectionRoot(
    BENCHMARK_SQL,
    (args) => validArguments(BenchmarksArgs, args, { filter: BenchmarkFilter }),
    ({ filter, orderBy, first, after }, json, { db }) =>
      listBenchmarks(db, filter ?? {}, orderBy, json, { first, after }),
  ),
};

/** A board of the reply, with the hidden entries its ranking fields read. */
interface BoardObject extends ReplyObject {
  '@id': number;
  '@metrics': Metric[];
}

/** What every ranking field reads of its board. */
const boardInputs = (row: string) => ({ id: `${row}.id`, metrics: boardMetricsJson(row) });

/**
 * A board's ranking fields, filled in after the statement for every board of the reply at once:
 * one leaderboard statement per field (the resolvers' SQL, batched as their DataLoaders batch).
 */
export const benchmarkCompletedFields: Record<string, Record<string, CompletedField>> = {
  Benchmark: {
    rows: {
      inputs: boardInputs,
      check: (field, schema) => {
        rowsArguments(field);
        checkConnection(field);
        checkLeaderboardRow(connectionNodeEntries(field), schema);
      },
      complete: (boards, field, context) => completeRows(boards as BoardObject[], field, context),
    },
    best: {
      inputs: boardInputs,
      check: (field, schema) => checkLeaderboardRow(field.fields, schema),
      complete: (boards, field, context) => completeBest(boards as BoardObject[], field, context),
    },
    sotaHistory: {
      inputs: boardInputs,
      check: (field, schema) => checkEntries(field.fields, SOTA_POINT_FIELDS, schema),
      complete: (boards, field, context) => completeSotaHistory(boards as BoardObject[], field, context),
    },
  },
};

const LEADERBOARD_ROW_FIELDS = new Set(['__typename', 'rank', 'result', 'metric', 'value']);
const SOTA_POINT_FIELDS = new Set(['__typename', 'date', 'value', 'result', 'metric']);
const VALUE_FIELDS = new Set(['__typename', 'raw', 'value', 'metric']);

function checkLeaderboardRow(fields: ResponseField[], schema: CompiledSchema): void {
  checkEntries(fields, LEADERBOARD_ROW_FIELDS, schema);
  const value = onlyEntry(fields, 'value');
  if (value) checkEntries(value.fields, VALUE_FIELDS, schema);
}

/** What leaderboardRowReply, metricReply and the result's SQL can write; NotCompilable otherwise. */
function checkEntries(fields: ResponseField[], allowed: Set<string>, schema: CompiledSchema): void {
  for (const field of fields) {
    if (!allowed.has(field.name)) throw new NotCompilable(`leaderboard field ${field.name}`);
    if (field.name === 'metric') {
      for (const inner of field.fields) {
        if (inner.name !== '__typename' && inner.name !== 'id' && !METRIC_FIELDS.has(inner.name)) {
          throw new NotCompilable(`Metric.${inner.name} in a leaderboard`);
        }
      }
    }
  }
  const result = onlyEntry(fields, 'result');
  if (result) checkObject(schema, RESULT_SQL, result);
}

/** The ranking metric as the resolvers choose it; a bad name runs the operation through graphql-js. */
function rankingMetric(board: BoardObject, name: unknown): Metric | null {
  try {
    return chooseRankingMetric(board['@metrics'], name as string | null | undefined);
  } catch {
    throw new NotCompilable('a metric the board does not rank by');
  }
}

/** The boards that have a ranking metric, with it. */
function rankable(boards: BoardObject[], metricName: unknown) {
  return boards.flatMap((board) => {
    const metric = rankingMetric(board, metricName);
    return metric ? [{ board, metric }] : [];
  });
}

/** One page of each board, for the same page request and filters, in one statement. */
async function loadBoardPages(
  boards: BoardObject[],
  metricName: unknown,
  request: { first: number; after: string | null; filters: LeaderboardFilters },
  resultField: ResponseField | null,
  context: CompiledContext,
): Promise<Map<BoardObject, LeaderboardPage>> {
  const ranked = rankable(boards, metricName);
  const pages = new Map<BoardObject, LeaderboardPage>(boards.map((board) => [board, EMPTY_PAGE]));
  if (ranked.length === 0) return pages;
  const results = nodeJson(context, resultField);
  const keys = ranked.map(({ board, metric }) => ({
    benchmarkId: board['@id'],
    metric,
    ...request,
  }));
  context.checkDeadline();
  const loaded = await loadPages(context.db, keys, results.json);
  await results.finish(loaded.flatMap((page) => page.rows.map((row) => row.result)));
  ranked.forEach(({ board }, i) => pages.set(board, loaded[i]!));
  return pages;
}

/** `rows` arguments, validated once per field of a plan (plans are kept, and so are their fields). */
const validRowsArguments = new WeakMap<ResponseField, LeaderboardRowsArgs>();

function rowsArguments(field: ResponseField): LeaderboardRowsArgs {
  let args = validRowsArguments.get(field);
  if (!args) validRowsArguments.set(field, (args = validArguments(LeaderboardRowsArgs, field.args)));
  return args;
}

async function completeRows(boards: BoardObject[], field: ResponseField, context: CompiledContext) {
  const args = rowsArguments(field);
  const filters: LeaderboardFilters = { usesAdditionalData: args.usesAdditionalData, hasCode: args.hasCode };
  const node = connectionNodeEntries(field);
  const after = args.after ?? null;
  const pages = await loadBoardPages(
    boards,
    args.metric,
    { first: args.first, after, filters },
    onlyEntry(node, 'result'),
    context,
  );
  await Promise.all(
    boards.map(async (board) => {
      const page = pages.get(board)!;
      board[field.key] = await connectionReply(field, {
        edges: page.rows.map((row) => ({ cursor: row.cursor, node: leaderboardRowReply(node, row) })),
        hasNextPage: page.hasNextPage,
        hasPreviousPage: Boolean(after),
        count: async () => {
          if (page.rows.length) return page.total;
          context.checkDeadline();
          return countRows(context.db, board['@id'], filters);
        },
      });
    }),
  );
}

async function completeBest(boards: BoardObject[], field: ResponseField, context: CompiledContext) {
  const request = { first: 1, after: null, filters: {} };
  const pages = await loadBoardPages(boards, null, request, onlyEntry(field.fields, 'result'), context);
  for (const board of boards) {
    const [top] = pages.get(board)!.rows;
    board[field.key] = top?.rank ? leaderboardRowReply(field.fields, top) : null;
  }
}

async function completeSotaHistory(boards: BoardObject[], field: ResponseField, context: CompiledContext) {
  const { metric: name, usesAdditionalData, hasCode } = field.args as Record<string, boolean | string | null>;
  const filters = { usesAdditionalData, hasCode } as LeaderboardFilters;
  const ranked = rankable(boards, name);
  for (const board of boards) board[field.key] = [];
  if (ranked.length === 0) return;
  const results = nodeJson(context, onlyEntry(field.fields, 'result'));
  const keys = ranked.map(({ board, metric }) => ({
    benchmarkId: board['@id'],
    metric,
    filters,
  }));
  context.checkDeadline();
  const histories = await loadHistories(context.db, keys, results.json);
  await results.finish(histories.flatMap((points) => points.map((point) => point.result)));
  ranked.forEach(({ board }, i) => {
    board[field.key] = histories[i]!.map((point) =>
      objectReply(field.fields, 'SotaPoint', (entry) => {
        if (entry.name === 'metric') return metricReply(entry, point.metric);
        if (entry.name === 'date' || entry.name === 'value' || entry.name === 'result') return point[entry.name];
        throw new NotCompilable(`SotaPoint.${entry.name}`);
      }),
    );
  });
}

function leaderboardRowReply(fields: ResponseField[], row: LeaderboardRowData) {
  return objectReply(fields, 'LeaderboardRow', (entry) => {
    if (entry.name === 'rank') return row.rank;
    if (entry.name === 'result') return row.result;
    if (entry.name === 'metric') return metricReply(entry, row.metric);
    if (entry.name === 'value') {
      const { value } = row;
      if (!value) return null;
      return objectReply(entry.fields, 'ResultValue', (inner) => {
        if (inner.name === 'metric') return metricReply(inner, row.metric);
        if (inner.name === 'raw' || inner.name === 'value') return value[inner.name];
        throw new NotCompilable(`ResultValue.${inner.name}`);
      });
    }
    throw new NotCompilable(`LeaderboardRow.${entry.name}`);
  });
}

const METRIC_FIELDS = new Set(['name', 'position', 'direction', 'directionSource', 'isNumeric']);

function metricReply(field: ResponseField, metric: Metric) {
  return objectReply(field.fields, 'Metric', (entry) => {
    if (entry.name === 'id') return toGlobalId('Metric', metric.id);
    if (METRIC_FIELDS.has(entry.name)) return metric[entry.name as keyof Metric];
    throw new NotCompilable(`Metric.${entry.name}`);
  });
}
