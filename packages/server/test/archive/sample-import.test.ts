import { importArchive, type ImportReport } from '../../src/archive/import-archive';
import { BUNDLED_SAMPLE_DIR } from '../../src/archive/bundled-sample';
import { createTestDatabase, type TestDatabase } from '../support/test-database';
import { leaderboardFacts, readRaw, sampleFile, type Json } from './support/raw-archive';
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
    // The archive's parent links, and those the taxonomy adds between its tasks (taxonomy.test.ts).
    expect(await count('SELECT count(*) AS n FROM task_parent')).toBe(
      facts.parentEdges.size + report.taxonomy.parentLinksAdded,
    );
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
    // The links file's links, and the repositories that leaderboard rows give as code of a paper
    // of the sample (rows name their paper by arXiv URL).
    const pairs = new Set(
      readRaw(sampleFile('links-between-papers-and-code')).map((l) => `${l.paper_url} ${l.repo_url}`),
    );
    const byArxivId = new Map(papers.map((p) => [p.arxiv_id, p.paper_url]));
    const walk = (dataset: Json) => {
      for (const row of dataset.sota?.rows ?? []) {
        const paper = byArxivId.get(/arxiv\.org\/(?:abs|pdf)\/(\d{4}\.\d{4,5})/.exec(row.paper_url ?? '')?.[1]);
        for (const link of paper === undefined ? [] : (row.code_links ?? [])) {
          const repo = /^https?:\/\/(github\.com\/[^/]+\/[^/#?]+)/.exec(link.url)?.[1]?.replace(/\.git$/, '');
          if (repo !== undefined) pairs.add(`${paper} https://${repo}`);
        }
      }
      (dataset.subdatasets ?? []).forEach(walk);
    };
    const walkTask = (task: Json) => {
      (task.datasets ?? []).forEach(walk);
      (task.subtasks ?? []).forEach(walkTask);
    };
    readRaw(sampleFile('evaluation-tables')).forEach(walkTask);
    expect(pairs.size).toBeGreaterThan(readRaw(sampleFile('links-between-papers-and-code')).length);
    expect(await count('SELECT count(*) AS n FROM paper_repository')).toBe(pairs.size);
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

  it("gives BERT's page its methods, related papers, and its tasks more papers, all from the real files", async () => {
    const papers = readRaw(sampleFile('papers-with-abstracts'));
    const raw = papers.find((p) => p.paper_url.endsWith('/bert-pre-training-of-deep-bidirectional'));
    const methodNames = raw?.methods.map((m: { name: string }) => m.name);
    expect(methodNames).toContain('Multi-Head Attention');
    const methods = await db.dataSource.query(
      `SELECT m.name, paper.title AS introduced_by FROM paper_method pm JOIN method m ON m.id = pm.method_id
       JOIN paper bert ON bert.id = pm.paper_id LEFT JOIN paper ON paper.id = m.introduced_by_paper_id
       WHERE bert.slug = 'bert-pre-training-of-deep-bidirectional'`,
    );
    expect(methods.map((m: { name: string }) => m.name).sort()).toEqual([...methodNames].sort());
    // The methods' introducing papers are papers of the sample, so their pages link to them.
    expect(methods.find((m: { name: string }) => m.name === 'Multi-Head Attention')?.introduced_by).toBe(
      'Attention Is All You Need',
    );
    expect(methods.find((m: { name: string }) => m.name === 'BERT')?.introduced_by).toBe(raw?.title);

    // Related papers share a task with BERT: counted from the papers file.
    const bertTasks = new Set(raw?.tasks);
    const related = papers.filter((p) => p !== raw && p.tasks.some((task: string) => bertTasks.has(task)));
    expect(related.length).toBeGreaterThanOrEqual(8);
    expect(
      await count(
        `SELECT count(DISTINCT o.paper_id) AS n FROM paper_task mine JOIN paper_task o ON o.task_id = mine.task_id
         AND o.paper_id <> mine.paper_id JOIN paper bert ON bert.id = mine.paper_id
         WHERE bert.slug = 'bert-pre-training-of-deep-bidirectional'`,
      ),
    ).toBe(related.length);
    const nli = papers.filter((p) => p.tasks.includes('Natural Language Inference')).length;
    expect(nli).toBeGreaterThanOrEqual(5);
    expect(
      await count(
        `SELECT count(*) AS n FROM paper_task pt JOIN task t ON t.id = pt.task_id WHERE t.name = 'Natural Language Inference'`,
      ),
    ).toBe(nli);
  });

  it('links leaderboard rows to the papers they name by arXiv id, and gives those papers their code', async () => {
    const ogbPapers = readRaw(sampleFile('papers-with-abstracts')).filter((p) =>
      p.tasks.includes('Node Property Prediction'),
    );
    expect(ogbPapers.length).toBeGreaterThanOrEqual(5);
    const linked = await db.dataSource.query(
      `SELECT DISTINCT p.arxiv_id FROM result r JOIN paper p ON p.id = r.paper_id JOIN benchmark b ON b.id = r.benchmark_id
       JOIN task t ON t.id = b.task_id WHERE t.name = 'Node Property Prediction'`,
    );
    expect(linked.map((row: { arxiv_id: string }) => row.arxiv_id).sort()).toEqual(
      ogbPapers.map((p) => p.arxiv_id).sort(),
    );
    expect(
      await count(
        `SELECT count(DISTINCT pr.paper_id) AS n FROM paper_repository pr JOIN paper p ON p.id = pr.paper_id
         WHERE p.arxiv_id = ANY($1::text[])`,
        [ogbPapers.map((p) => p.arxiv_id)],
      ),
    ).toBeGreaterThanOrEqual(5);
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
