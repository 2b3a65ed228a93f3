import { join } from 'node:path';
import { importArchive, type ImportReport } from '../../src/archive/import-archive';
import { createTestDatabase, type TestDatabase } from '../support/test-database';
import { startTestServer, type TestServer } from '../support/test-server';

const FIXTURE = join(__dirname, 'fixtures', 'metric-values');

interface Board {
  metrics: { name: string; direction: string; directionSource: string; isNumeric: boolean }[];
  rows: {
    totalCount: number;
    edges: {
      node: { rank: number | null; value: { raw: string; value: number | null } | null; result: { modelName: string } };
    }[];
  };
}

describe('metric values and directions as imported (issue 9)', () => {
  let db: TestDatabase;
  let server: TestServer;
  let report: ImportReport;

  beforeAll(async () => {
    db = await createTestDatabase();
    report = await importArchive({ dataSource: db.dataSource, files: [FIXTURE] });
    server = await startTestServer(db.dataSource);
  });
  afterAll(async () => {
    await server?.close();
    await db?.drop();
  });

  const board = async (slug: string): Promise<Board> => {
    const response = await server.query<{ benchmark: Board }>(
      `query ($slug: String!) { benchmark(slug: $slug) {
         metrics { name direction directionSource isNumeric }
         rows(first: 10) { totalCount edges { node { rank value { raw value } result { modelName } } } }
       } }`,
      { slug },
    );
    expect(response.errors).toBeUndefined();
    return response.data!.benchmark;
  };
  const ranking = (b: Board) =>
    b.rows.edges.map(({ node }) => [node.rank, node.result.modelName, node.value?.raw ?? null]);

  it('ranks by the first column with numbers; values in every shape parse; text stays raw and unranked', async () => {
    const shapes = await board('value-shapes-on-shapes');
    expect(shapes.metrics.map((m) => [m.name, m.isNumeric])).toEqual([
      ['Test Error', false],
      ['BLEU', true],
      ['Notes', false],
      ['Overall', true],
    ]);
    expect(shapes.rows.totalCount).toBe(5);
    expect(ranking(shapes)).toEqual([
      [1, 'Bold', '**70.3**'],
      [2, 'Footnote', '68.1†'],
      [3, 'List', '(32.76 32.07 26.26 22.74)'],
      [null, 'Text', 'see paper'],
      [null, 'Missing', 'N/A'],
    ]);
    expect(shapes.rows.edges.map(({ node }) => node.value?.value ?? null)).toEqual([70.3, 68.1, 32.76, null, null]);
  });

  it('counts the values without a number in the report, with examples', () => {
    const tables = report.files.find((f) => f.kind === 'evaluation-tables');
    expect(tables?.notes['metric value without a number (shown as published, unranked)']).toEqual({
      count: 1,
      examples: ['Value Shapes on Shapes: BLEU: see paper'],
    });
  });

  it('reads "Dev"/"Test" as lower-is-better where the board says "cross-entropy (lower is better)"', async () => {
    const event2mind = await board('common-sense-on-event2mind');
    expect(event2mind.metrics.map((m) => [m.name, m.direction, m.directionSource])).toEqual([
      ['Dev', 'LOWER_IS_BETTER', 'BOARD_TEXT'],
      ['Test', 'LOWER_IS_BETTER', 'BOARD_TEXT'],
    ]);
    expect(ranking(event2mind)).toEqual([
      [1, 'BiRNN 100d (2018)', '4.25'],
      [2, 'ConvNet (2018)', '4.44'],
    ]);
  });

  it("infers a direction from the board's own history, dated by the linked papers", async () => {
    const history = await board('value-shapes-on-history');
    expect(history.metrics).toEqual([
      { name: 'Foo Index', direction: 'LOWER_IS_BETTER', directionSource: 'VALUE_TREND', isNumeric: true },
    ]);
    expect(ranking(history)[0]).toEqual([1, 'Model 4', '3.2']);
    const tables = report.files.find((f) => f.kind === 'evaluation-tables');
    expect(tables?.counts['metric directions revised from all stored rows (VALUE_TREND)']).toBe(1);
  });

  it('says when a direction is only assumed: no name rule, board text or dated history', async () => {
    const shapes = await board('value-shapes-on-shapes');
    expect(shapes.metrics.map((m) => [m.name, m.direction, m.directionSource])).toEqual([
      ['Test Error', 'LOWER_IS_BETTER', 'METRIC_NAME'],
      ['BLEU', 'HIGHER_IS_BETTER', 'METRIC_NAME'],
      ['Notes', 'HIGHER_IS_BETTER', 'DEFAULT'],
      ['Overall', 'HIGHER_IS_BETTER', 'DEFAULT'],
    ]);
  });
});
