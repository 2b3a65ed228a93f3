import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parse } from 'csv-parse/sync';
import { importArchive, type ImportReport } from '../../src/archive/import-archive';
import { BUNDLED_SAMPLE_DIR } from '../../src/archive/bundled-sample';
import { TAXONOMY_DIR } from '../../src/archive/taxonomy/read-taxonomy';
import { createTestDatabase, type TestDatabase } from '../support/test-database';
import { startTestServer, type TestServer } from '../support/test-server';

/** research_areas.csv as published, read here independently of the importer. */
const researchAreas: { 'Research Area': string; 'Task Count': string }[] = parse(
  readFileSync(join(TAXONOMY_DIR, 'research_areas.csv'), 'utf8'),
  { columns: true },
);

describe('the taxonomy of the final archive, applied to the bundled sample', () => {
  let db: TestDatabase;
  let server: TestServer;
  let first: ImportReport;

  beforeAll(async () => {
    db = await createTestDatabase();
    first = await importArchive({ dataSource: db.dataSource, files: [BUNDLED_SAMPLE_DIR] });
    server = await startTestServer(db.dataSource);
  });
  afterAll(async () => {
    await server?.close();
    await db?.drop();
  });

  const rows = <T>(sql: string, params: unknown[] = []): Promise<T[]> => db.dataSource.query(sql, params);
  const count = async (sql: string) => Number((await rows<{ n: number }>(sql))[0]?.n);
  const query = async (text: string, variables?: Record<string, unknown>) => {
    const reply = await server.query(text, variables);
    expect(reply.errors).toBeUndefined();
    return reply.data as any;
  };

  it('puts every leaderboard of the sample in an area, OGB, SNLI and CheXpert included', async () => {
    expect(
      await rows(
        `SELECT b.slug FROM benchmark b WHERE NOT EXISTS (SELECT 1 FROM task_area ta WHERE ta.task_id = b.task_id)`,
      ),
    ).toEqual([]);
    expect(first.taxonomy.boardsWithoutArea).toBe(0);
    // Tasks known only from papers that the taxonomy does not name stay without an area (reported).
    expect(first.taxonomy.tasksWithoutArea).toBe(
      await count(
        'SELECT count(*)::int AS n FROM task t WHERE NOT EXISTS (SELECT 1 FROM task_area ta WHERE ta.task_id = t.id)',
      ),
    );
    const areasOfBoards = async (datasetPattern: string) =>
      (
        await rows<{ area: string }>(
          `SELECT DISTINCT a.slug AS area FROM benchmark b JOIN dataset d ON d.id = b.dataset_id
           JOIN task_area ta ON ta.task_id = b.task_id JOIN area a ON a.id = ta.area_id
           WHERE d.name LIKE $1 ORDER BY 1`,
          [datasetPattern],
        )
      ).map((r) => r.area);
    // OGB: Node and Graph Property Prediction by their own rows; Link Property Prediction, which
    // the taxonomy does not name, by the other tasks of its papers (Node Property Prediction…).
    expect(await areasOfBoards('ogb%')).toEqual(['graphs']);
    expect(await areasOfBoards('SNLI')).toEqual(['natural-language-processing', 'reasoning']);
    expect(await areasOfBoards('CheXpert')).toEqual(['computer-vision', 'medical', 'methodology', 'reasoning']);
    // CMRC's task is not in the taxonomy either: it is a kind of Reading Comprehension by its name.
    expect(await areasOfBoards('CMRC%')).toEqual(['natural-language-processing']);
  });

  it('reports how the stored tasks matched the taxonomy and where their areas came from', async () => {
    const tasks = await count('SELECT count(*)::int AS n FROM task');
    const report = first.taxonomy;
    expect(report.areas).toBe(16);
    expect(report.tasksMatched + report.tasksUnmatched).toBe(tasks);
    expect(report.tasksMatched).toBeGreaterThan(report.tasksUnmatched);
    expect(report.unmatchedExamples.slice(0, 2)).toEqual(['Link Property Prediction', 'Chinese Reading Comprehension']);
    const fromTaxonomy = await count(
      `SELECT count(DISTINCT task_id)::int AS n FROM task_area WHERE source = 'TAXONOMY'`,
    );
    expect(Object.values(report.areasFromTaxonomy).reduce((a, b) => a + b, 0)).toBe(fromTaxonomy);
    expect(report.areasFromTaxonomy).toMatchObject({ 'broader name': 1, "papers' other tasks": 1 });
    expect(report.skippedRows).toEqual(['task_hierarchy.csv:13']);
    expect(first.summary.join('\n')).toMatch(/tasks matched to the taxonomy \d+, unmatched \d+/);
  });

  it('serves the 16 research areas in the taxonomy order, with the counts SQL computes', async () => {
    const data = await query(`{
      areas(first: 50, orderBy: TAXONOMY) {
        totalCount
        edges { node { slug name taskCount benchmarkCount archiveTaskCount } }
      }
    }`);
    const served = data.areas.edges.map((e: any) => e.node);
    expect(served.slice(0, 16).map((a: any) => [a.name, a.archiveTaskCount])).toEqual(
      researchAreas.map((a) => [a['Research Area'], Number(a['Task Count'])]),
    );
    // The method areas of methods.json follow, outside the taxonomy.
    expect(served.slice(16).every((a: any) => a.archiveTaskCount === null)).toBe(true);
    const counted = await rows<{ slug: string; tasks: number; boards: number }>(
      `SELECT a.slug,
         (SELECT count(*)::int FROM task_area ta WHERE ta.area_id = a.id) AS tasks,
         (SELECT count(DISTINCT b.id)::int FROM task_area ta JOIN benchmark b ON b.task_id = ta.task_id
          WHERE ta.area_id = a.id) AS boards
       FROM area a`,
    );
    const bySlug = new Map(counted.map((c) => [c.slug, c]));
    for (const area of served) {
      expect([area.slug, area.taskCount, area.benchmarkCount]).toEqual([
        area.slug,
        bySlug.get(area.slug)?.tasks,
        bySlug.get(area.slug)?.boards,
      ]);
    }
    // The import report's sanity check: the same counts beside the archive's, area by area.
    expect(first.taxonomy.areaTasks).toEqual(
      served.slice(0, 16).map((a: any) => ({ name: a.name, tasks: a.taskCount, archiveTaskCount: a.archiveTaskCount })),
    );
    expect(first.summary.join('\n')).toContain('tasks per area, stored / in the final archive: Computer Vision ');
    const graphs = served.find((a: any) => a.slug === 'graphs');
    // Graphs showed 0 boards before the taxonomy: now the 15 OGB leaderboards and DBpedia's
    // Classification board (the taxonomy's Classification row lists eleven areas, Graphs among them).
    expect(graphs.benchmarkCount).toBe(16);
  });

  it('joins the tasks into the taxonomy hierarchy: parents with their subtasks, no cycle', async () => {
    const task = async (slug: string) =>
      (await query(`query($slug: String!) { task(slug: $slug) { parents { slug } subtasks { slug } } }`, { slug }))
        .task;
    // Text Classification → Sentence Classification: only the taxonomy says so.
    expect((await task('text-classification')).subtasks.map((t: any) => t.slug)).toEqual(['sentence-classification']);
    expect((await task('sentence-classification')).parents.map((t: any) => t.slug)).toEqual(['text-classification']);
    expect((await task('intent-recognition')).subtasks.map((t: any) => t.slug)).toEqual([
      'multimodal-intent-recognition',
    ]);
    // Stock Trend Prediction → Stock Market Prediction (the archive); the taxonomy's reverse link is left out.
    expect((await task('stock-trend-prediction')).parents).toEqual([]);
    expect((await task('stock-market-prediction')).parents.map((t: any) => t.slug)).toEqual(['stock-trend-prediction']);
    expect(first.taxonomy.parentLinksCyclic).toBe(1);
    const links = await count('SELECT count(*)::int AS n FROM task_parent');
    expect(first.taxonomy.parentLinksAdded).toBeGreaterThan(0);
    expect(links).toBeGreaterThanOrEqual(first.taxonomy.parentLinksAdded);
  });

  it('is idempotent: importing again changes nothing and publishes no new data version from the taxonomy', async () => {
    const snapshot = () =>
      Promise.all([
        rows('SELECT slug, name, position, archive_task_count FROM area ORDER BY slug'),
        rows('SELECT task_id, area_id, position, source FROM task_area ORDER BY task_id, area_id'),
        rows('SELECT parent_id, child_id FROM task_parent ORDER BY parent_id, child_id'),
      ]);
    const before = await snapshot();
    const again = await importArchive({ dataSource: db.dataSource, files: [BUNDLED_SAMPLE_DIR] });
    expect(await snapshot()).toEqual(before);
    expect(again.taxonomy).toMatchObject({ parentLinksAdded: 0, dataVersion: undefined, boardsWithoutArea: 0 });
    expect({ ...again.taxonomy, seconds: 0, dataVersion: undefined }).toEqual({
      ...first.taxonomy,
      seconds: 0,
      dataVersion: undefined,
      parentLinksAdded: 0,
    });
  });

  it("gives way to the archive: once a file states a task's categories, the taxonomy's areas of it go", async () => {
    const areasOf = (slug: string) =>
      rows<{ area: string; source: string }>(
        `SELECT a.slug AS area, ta.source FROM task_area ta JOIN area a ON a.id = ta.area_id
         JOIN task t ON t.id = ta.task_id WHERE t.slug = $1 ORDER BY ta.position`,
        [slug],
      );
    expect(await areasOf('link-property-prediction')).toEqual([{ area: 'graphs', source: 'TAXONOMY' }]);
    const folder = mkdtempSync(join(tmpdir(), 'pwc-taxonomy-'));
    const file = join(folder, 'link-property.json');
    writeFileSync(
      file,
      JSON.stringify([
        {
          task: 'Link Property Prediction',
          categories: ['Knowledge Base', 'Graphs'],
          datasets: [],
          subtasks: [],
          description: '',
          synonyms: [],
          source_link: null,
        },
      ]),
    );
    const report = await importArchive({ dataSource: db.dataSource, files: [file] }).finally(() =>
      rmSync(folder, { recursive: true, force: true }),
    );
    expect(report.ok).toBe(true);
    expect(await areasOf('link-property-prediction')).toEqual([
      { area: 'knowledge-base', source: 'ARCHIVE' },
      { area: 'graphs', source: 'ARCHIVE' },
    ]);
    expect(report.taxonomy.dataVersion).toBeUndefined(); // the file itself published the change
  });
});
