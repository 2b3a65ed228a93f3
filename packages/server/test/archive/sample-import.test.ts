import { importArchive, type ImportReport } from '../../src/archive/import-archive';
import { BUNDLED_SAMPLE_DIR } from '../../src/archive/bundled-sample';
import { createTestDatabase, type TestDatabase } from '../support/test-database';
import { leaderboardFacts, readRaw, sampleFile } from './support/raw-archive';
import { tableContents, tableCounts } from './support/table-counts';

describe('importing the bundled sample archive', () => {
  let db: TestDatabase;
  let report: ImportReport;

  beforeAll(async () => {
    db = await createTestDatabase();
    report = await importArchive({ dataSource: db.dataSource, files: [BUNDLED_SAMPLE_DIR] });
  });
  afterAll(() => db.drop());

  const count = async (sql: string, params: unknown[] = []) => Number((await db.dataSource.query(sql, params))[0].n);

  it('imports all five files without failures', () => {
    expect(report.ok).toBe(true);
    expect(report.files.map((f) => f.kind)).toEqual([
      'datasets',
      'methods',
      'papers-with-abstracts',
      'links-between-papers-and-code',
      'evaluation-tables',
    ]);
  });

  it('imports every leaderboard, row and value of the evaluation tables, subtasks and subdatasets included', async () => {
    const facts = leaderboardFacts(readRaw(sampleFile('evaluation-tables')));
    expect(facts.parentEdges.size).toBeGreaterThan(0); // the sample does nest tasks
    expect(await count('SELECT count(*) AS n FROM benchmark')).toBe(facts.pairs.size);
    expect(await count('SELECT count(*) AS n FROM metric')).toBe(facts.metrics.size);
    expect(await count('SELECT count(*) AS n FROM result')).toBe(facts.rows);
    expect(await count('SELECT count(*) AS n FROM result_value')).toBe(facts.values);
    expect(await count('SELECT count(*) AS n FROM task_parent')).toBe(facts.parentEdges.size);
    const evaluation = report.files.find((f) => f.kind === 'evaluation-tables');
    expect(evaluation?.imported).toBe(facts.rows);
    expect(evaluation?.read).toBe(readRaw(sampleFile('evaluation-tables')).length);
  });

  it('creates one task per distinct task name across the files', async () => {
    const names = new Set(leaderboardFacts(readRaw(sampleFile('evaluation-tables'))).taskNames);
    for (const paper of readRaw(sampleFile('papers-with-abstracts'))) for (const task of paper.tasks) names.add(task);
    for (const dataset of readRaw(sampleFile('datasets'))) for (const task of dataset.tasks) names.add(task.task);
    expect(await count('SELECT count(*) AS n FROM task')).toBe(names.size);
  });

  it('imports every paper, method, dataset and code link', async () => {
    const papers = readRaw(sampleFile('papers-with-abstracts'));
    expect(await count('SELECT count(*) AS n FROM paper')).toBe(papers.length);
    expect(await count('SELECT count(*) AS n FROM paper_author')).toBe(
      papers.reduce((sum, p) => sum + p.authors.length, 0),
    );
    const methods = readRaw(sampleFile('methods'));
    const embeddedOnly = new Set(
      papers
        .flatMap((p) => p.methods.map((m: { name: string }) => m.name))
        .filter((name) => !methods.some((m) => m.name === name)),
    );
    expect(await count('SELECT count(*) AS n FROM method')).toBe(methods.length + embeddedOnly.size);
    const collections = new Set(methods.flatMap((m) => m.collections.map((c: { collection: string }) => c.collection)));
    expect(await count('SELECT count(*) AS n FROM method_collection')).toBe(collections.size);
    expect(await count('SELECT count(*) AS n FROM method_collection_member')).toBe(
      methods.reduce((sum, m) => sum + new Set(m.collections.map((c: { collection: string }) => c.collection)).size, 0),
    );
    expect(await count('SELECT count(*) AS n FROM paper_repository')).toBe(
      readRaw(sampleFile('links-between-papers-and-code')).length,
    );
  });

  it('shows the BERT paper with its authors, tasks, official code and SQuAD1.1 and ReCoRD results', async () => {
    const [bert] = await db.dataSource.query(
      `SELECT id, title, arxiv_id, published::text, proceeding FROM paper WHERE slug = 'bert-pre-training-of-deep-bidirectional'`,
    );
    expect(bert).toMatchObject({ arxiv_id: '1810.04805', published: '2018-10-11', proceeding: 'NAACL 2019 6' });
    const authors = await db.dataSource.query(
      'SELECT a.name FROM paper_author pa JOIN author a ON a.id = pa.author_id WHERE pa.paper_id = $1 ORDER BY pa.position',
      [bert.id],
    );
    expect(authors.map((a: { name: string }) => a.name)).toEqual([
      'Jacob Devlin',
      'Ming-Wei Chang',
      'Kenton Lee',
      'Kristina Toutanova',
    ]);
    expect(await count('SELECT count(*) AS n FROM paper_task WHERE paper_id = $1', [bert.id])).toBe(21);
    const [official] = await db.dataSource.query(
      `SELECT r.url, r.framework FROM paper_repository pr JOIN repository r ON r.id = pr.repository_id
       WHERE pr.paper_id = $1 AND pr.is_official`,
      [bert.id],
    );
    expect(official).toEqual({ url: 'https://github.com/google-research/bert', framework: 'tf' });

    const results = await db.dataSource.query(
      `SELECT b.slug, r.model_name, m.name AS metric, v.raw, v.value FROM result r
       JOIN benchmark b ON b.id = r.benchmark_id JOIN result_value v ON v.result_id = r.id JOIN metric m ON m.id = v.metric_id
       WHERE r.paper_id = $1`,
      [bert.id],
    );
    expect(results).toEqual(
      expect.arrayContaining([
        {
          slug: 'question-answering-on-squad11',
          model_name: 'BERT (ensemble)',
          metric: 'EM',
          raw: '87.433',
          value: 87.433,
        },
        {
          slug: 'question-answering-on-squad11',
          model_name: 'BERT (ensemble)',
          metric: 'F1',
          raw: '93.160',
          value: 93.16,
        },
        {
          slug: 'common-sense-reasoning-on-record',
          model_name: 'BERT-Base (single model)',
          metric: 'EM',
          raw: '54.040',
          value: 54.04,
        },
        {
          slug: 'question-answering-on-squad11-dev',
          model_name: 'BERT-LARGE (Ensemble+TriviaQA)',
          metric: 'EM',
          raw: '86.2',
          value: 86.2,
        },
      ]),
    );
  });

  it('keeps the real SQuAD1.1 leaderboard whole, with the BERT rows of the paper merged in', async () => {
    const squadRows = readRaw(sampleFile('evaluation-tables'))
      .flatMap((task) => (task.task === 'Question Answering' ? task.datasets : []))
      .filter((dataset) => dataset.dataset === 'SQuAD1.1')
      .reduce((sum, dataset) => sum + dataset.sota.rows.length, 0);
    expect(squadRows).toBeGreaterThan(200);
    expect(
      await count(
        `SELECT count(*) AS n FROM result r JOIN benchmark b ON b.id = r.benchmark_id WHERE b.slug = 'question-answering-on-squad11'`,
      ),
    ).toBe(squadRows);
  });

  it('is idempotent: importing again changes no row', async () => {
    const before = await tableContents(db.dataSource);
    const again = await importArchive({ dataSource: db.dataSource, files: [BUNDLED_SAMPLE_DIR] });
    expect(again.ok).toBe(true);
    expect(again.files.every((f) => f.imported === 0)).toBe(true);
    expect(await tableContents(db.dataSource)).toEqual(before);
    expect(Object.values(await tableCounts(db.dataSource)).every((n) => n >= 0)).toBe(true);
  });
});
