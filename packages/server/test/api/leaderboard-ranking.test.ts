import { rankRows, sotaHistory, type MetricDirection } from '@pwc/shared';
import { Random } from '../../src/bench/random';
import { GraphFactory } from '../support/factories';
import { createTestDatabase, type TestDatabase } from '../support/test-database';
import { startTestServer, type TestServer } from '../support/test-server';

/**
 * Postgres ranks leaderboards; @pwc/shared holds the rule and its reference implementation.
 * Random boards full of ties, missing values and missing dates must come out the same.
 */
let db: TestDatabase;
let server: TestServer;
const boards: {
  slug: string;
  direction: MetricDirection;
  rows: { id: string; date: string | null; values: Record<string, number | null> }[];
}[] = [];

beforeAll(async () => {
  db = await createTestDatabase();
  const f = new GraphFactory(db.dataSource);
  const random = new Random(7);
  const task = await f.task('Ranking');
  for (let b = 0; b < 6; b++) {
    const direction: MetricDirection = b % 2 ? 'LOWER_IS_BETTER' : 'HIGHER_IS_BETTER';
    const benchmark = await f.benchmark(task, await f.dataset(`Board ${b}`), [{ name: 'Score', direction }]);
    const rows = [];
    for (let i = 0; i < 40 + b * 25; i++) {
      const raw = random.chance(0.15) ? null : String(random.int(12) / 2); // few values: many ties
      const date = random.chance(0.2) ? null : `20${10 + random.int(8)}-0${1 + random.int(9)}-1${random.int(9)}`;
      const result = await f.result(benchmark, `Model ${b}.${i}`, { Score: raw }, { date: date ?? undefined });
      rows.push({ id: String(result.id), date, values: { Score: raw === null ? null : Number(raw) } });
    }
    boards.push({ slug: benchmark.slug, direction, rows });
  }
  server = await startTestServer(db.dataSource);
});
afterAll(async () => {
  await server.close();
  await db.drop();
});

const ROWS = `query ($slug: String!, $first: Int!, $after: String) { benchmark(slug: $slug) {
  rows(first: $first, after: $after) { totalCount pageInfo { hasNextPage endCursor }
    edges { node { rank result { id: modelName } } } }
  sotaHistory { date value result { modelName } } } }`;

interface Answer {
  benchmark: {
    rows: {
      totalCount: number;
      pageInfo: { hasNextPage: boolean; endCursor: string | null };
      edges: { node: { rank: number | null; result: { id: string } } }[];
    };
    sotaHistory: { date: string; value: number; result: { modelName: string } }[];
  };
}

async function rowsPage(slug: string, after: string | null): Promise<Answer['benchmark']['rows']> {
  const { data, errors } = await server.query<Answer>(ROWS, { slug, first: 7, after });
  expect(errors).toBeUndefined();
  return data!.benchmark.rows;
}

it('ranks every board in Postgres exactly as the reference rule does, page after page', async () => {
  for (const board of boards) {
    const names = new Map(board.rows.map((row, i) => [row.id, `Model ${boards.indexOf(board)}.${i}`]));
    const expected = rankRows(board.rows, 'Score', board.direction).map(({ row, rank }) => ({
      rank,
      model: names.get(row.id),
    }));

    const got: { rank: number | null; model: string }[] = [];
    let after: string | null = null;
    let pages = 0;
    do {
      const rows: Answer['benchmark']['rows'] = await rowsPage(board.slug, after);
      expect(rows.totalCount).toBe(board.rows.length);
      got.push(...rows.edges.map((edge) => ({ rank: edge.node.rank, model: edge.node.result.id })));
      after = rows.pageInfo.hasNextPage ? rows.pageInfo.endCursor : null;
      pages++;
    } while (after);
    expect(pages).toBe(Math.ceil(board.rows.length / 7));
    expect(got).toEqual(expected);
  }
});

it('finds the same state-of-the-art steps as the reference rule', async () => {
  for (const board of boards) {
    const names = new Map(board.rows.map((row, i) => [row.id, `Model ${boards.indexOf(board)}.${i}`]));
    const expected = sotaHistory(board.rows, 'Score', board.direction).map((point) => ({
      date: point.date,
      value: point.value,
      model: names.get(point.row.id),
    }));
    const { data } = await server.query<Answer>(ROWS, { slug: board.slug, first: 1 });
    const got = data!.benchmark.sotaHistory.map((p) => ({ date: p.date, value: p.value, model: p.result.modelName }));
    expect(got).toEqual(expected);
    expect(got.length).toBeGreaterThan(0);
  }
});
