import { join } from 'node:path';
import { importArchive, type ImportReport } from '../../src/archive/import-archive';
import { createTestDatabase, type TestDatabase } from '../support/test-database';

const FIXTURE = join(__dirname, 'fixtures', 'linking');

describe('linking rules of the archive import', () => {
  let db: TestDatabase;
  let report: ImportReport;
  const query = (sql: string, params: unknown[] = []) => db.dataSource.query(sql, params);
  const one = async (sql: string, params: unknown[] = []) => (await query(sql, params))[0];

  beforeAll(async () => {
    db = await createTestDatabase();
    report = await importArchive({ dataSource: db.dataSource, files: [FIXTURE] });
  });
  afterAll(() => db.drop());

  it('imports the fixture and counts bad records by reason, with examples', () => {
    expect(report.ok).toBe(true);
    const papers = report.files.find((f) => f.kind === 'papers-with-abstracts');
    expect(papers?.skipped['paper without a title']).toEqual({ count: 1, examples: ['#3 no-title'] });
    expect(papers?.skipped['paper without a paperswithcode.com paper_url']?.count).toBe(1);
    expect(papers?.notes['invalid or implausible date (left empty)']?.examples).toEqual([
      'title-only-paper 2222-01-01',
    ]);
    const links = report.files.find((f) => f.kind === 'links-between-papers-and-code');
    expect(links?.skipped['paper not in the database']?.examples).toEqual([
      '#2 https://paperswithcode.com/paper/not-imported',
    ]);
    expect(report.files.find((f) => f.kind === 'datasets')?.skipped['dataset without a name']?.count).toBe(1);
  });

  it('takes task slugs from datasets.json tasks[].url, else slugifies the name', async () => {
    expect(await one(`SELECT slug FROM task WHERE name = 'Image Foo'`)).toEqual({ slug: 'img-foo' });
    expect(await one(`SELECT slug FROM task WHERE name = 'Brand New Task'`)).toEqual({ slug: 'brand-new-task' });
    expect(await one(`SELECT slug, description, synonyms FROM task WHERE name = 'Image Foo'`)).toEqual({
      slug: 'img-foo',
      description: 'Foo images.',
      synonyms: ['Foo Recognition'],
    });
  });

  it('builds the task hierarchy from subtasks and areas from categories, shared with method areas', async () => {
    expect(
      await query(
        `SELECT p.slug AS parent, c.slug AS child FROM task_parent tp JOIN task p ON p.id = tp.parent_id JOIN task c ON c.id = tp.child_id`,
      ),
    ).toEqual([{ parent: 'img-foo', child: 'tiny-foo' }]);
    // The areas the categories name (also among the taxonomy's 16, which every import stores).
    expect(
      await query(`SELECT DISTINCT a.slug, a.name FROM area a JOIN task_area ta ON ta.area_id = a.id ORDER BY a.slug`),
    ).toEqual([
      { slug: 'computer-vision', name: 'Computer Vision' },
      { slug: 'miscellaneous', name: 'Miscellaneous' },
    ]);
    expect(
      await query(
        `SELECT a.slug, ta.position FROM task_area ta JOIN area a ON a.id = ta.area_id JOIN task t ON t.id = ta.task_id
       WHERE t.slug = 'tiny-foo' ORDER BY ta.position`,
      ),
    ).toEqual([
      { slug: 'computer-vision', position: 0 },
      { slug: 'miscellaneous', position: 1 },
    ]);
  });

  it('finds leaderboard datasets by name, then by variants; subdatasets become datasets with a parent', async () => {
    // The SQLi parent holds no rows of its own: it is a dataset, not a leaderboard.
    expect(await query(`SELECT slug FROM benchmark ORDER BY slug`)).toEqual([
      { slug: 'img-foo-on-foo' },
      { slug: 'img-foo-on-sqli-hard' },
      { slug: 'tiny-foo-on-foo' },
    ]);
    expect(
      await one(
        `SELECT d.name, p.slug AS parent FROM dataset d JOIN dataset p ON p.id = d.parent_id WHERE d.slug = 'sqli-hard'`,
      ),
    ).toEqual({ name: 'SQLi (hard)', parent: 'sqli' });
    expect(
      await one(
        `SELECT p.slug AS parent FROM dataset d JOIN dataset p ON p.id = d.parent_id WHERE d.slug = 'foo-mini'`,
      ),
    ).toEqual({ parent: 'foo' });
    expect(
      await query(
        `SELECT t.slug FROM dataset_task dt JOIN task t ON t.id = dt.task_id JOIN dataset d ON d.id = dt.dataset_id WHERE d.slug = 'foo' ORDER BY 1`,
      ),
    ).toEqual([{ slug: 'img-foo' }, { slug: 'tiny-foo' }]);
  });

  it('links rows to papers by arXiv id, then by normalized title, and keeps rows that match nothing', async () => {
    const rows = await query(
      `SELECT r.model_name, p.slug AS paper, r.paper_title, r.paper_url, r.evaluated_on::text, r.uses_additional_data, r.source
       FROM result r LEFT JOIN paper p ON p.id = r.paper_id JOIN benchmark b ON b.id = r.benchmark_id
       WHERE b.slug = 'img-foo-on-foo' ORDER BY r.id`,
    );
    expect(rows).toEqual([
      {
        model_name: 'FooNet',
        paper: 'a-paper-about-foo',
        paper_title: 'Something else',
        paper_url: 'https://arxiv.org/abs/2001.00001v3',
        evaluated_on: '2020-01-01',
        uses_additional_data: true,
        source: 'pwc-archive',
      },
      {
        model_name: '<script>alert(1)</script>',
        paper: 'title-only-paper',
        paper_title: 'Title-only paper: matching by name',
        paper_url: null,
        evaluated_on: '2021-06-01',
        uses_additional_data: false,
        source: 'pwc-archive',
      },
      {
        model_name: 'Orphan',
        paper: null,
        paper_title: 'A paper nobody imported',
        paper_url: 'https://example.org/orphan.pdf',
        evaluated_on: null,
        uses_additional_data: false,
        source: 'pwc-archive',
      },
    ]);
    expect(
      await one(
        `SELECT p.slug FROM result r JOIN paper p ON p.id = r.paper_id WHERE r.model_name = 'FooNet' AND r.paper_url LIKE '%pdf%'`,
      ),
    ).toEqual({ slug: 'a-paper-about-foo' });
    expect(
      await one(`SELECT code_links, model_links FROM result WHERE model_name = '<script>alert(1)</script>'`),
    ).toEqual({
      code_links: [{ title: 't/only', url: 'https://github.com/t/only' }],
      model_links: [{ title: 'weights', url: 'https://huggingface.co/t/only' }],
    });
  });

  it('keeps raw metric text and parses the number where there is one; flags non-numeric columns', async () => {
    const values = await query(
      `SELECT m.name, v.raw, v.value FROM result_value v JOIN metric m ON m.id = v.metric_id JOIN result r ON r.id = v.result_id
       WHERE r.model_name IN ('FooNet', '<script>alert(1)</script>') AND m.benchmark_id = r.benchmark_id AND r.paper_url IS DISTINCT FROM 'https://arxiv.org/pdf/2001.00001.pdf'
       ORDER BY r.id, m.position`,
    );
    expect(values).toEqual([
      { name: 'Accuracy', raw: '85.1%', value: 85.1 },
      { name: 'Error', raw: '0.8428 ± 0.0014', value: 0.8428 },
      { name: 'EM', raw: '71', value: 71 },
      { name: 'F1', raw: 'N/A', value: null },
      { name: 'Backbone', raw: 'ResNet-50', value: null },
      { name: 'Accuracy', raw: '86.0', value: 86 },
      { name: 'Error', raw: '0.80', value: 0.8 },
      { name: 'EM', raw: '12M', value: 12000000 },
      { name: 'F1', raw: '-', value: null },
      { name: 'Backbone', raw: 'ViT', value: null },
    ]);
    expect(
      await query(
        `SELECT m.name, m.position, m.is_numeric FROM metric m JOIN benchmark b ON b.id = m.benchmark_id WHERE b.slug = 'img-foo-on-foo' ORDER BY m.position`,
      ),
    ).toEqual([
      { name: 'Accuracy', position: 0, is_numeric: true },
      { name: 'Error', position: 1, is_numeric: true },
      { name: 'EM', position: 2, is_numeric: true },
      // Only "N/A" and "-" published: no number to rank by, so F1 can never be the default ranking metric (issue 9).
      { name: 'F1', position: 3, is_numeric: false },
      { name: 'Backbone', position: 4, is_numeric: false },
      { name: 'Perplexity', position: 5, is_numeric: true },
      { name: 'WER', position: 6, is_numeric: true },
    ]);
  });

  it('infers metric directions from names, else from the trend of values over time, and records the source', async () => {
    const directions = await query(`SELECT m.name, m.direction, m.direction_source FROM metric m ORDER BY m.name`);
    const byName = Object.fromEntries(
      directions.map((d: { name: string; direction: string; direction_source: string }) => [
        d.name,
        [d.direction, d.direction_source],
      ]),
    );
    expect(byName).toMatchObject({
      Accuracy: ['HIGHER_IS_BETTER', 'METRIC_NAME'],
      'Top-1 Accuracy': ['HIGHER_IS_BETTER', 'METRIC_NAME'],
      EM: ['HIGHER_IS_BETTER', 'METRIC_NAME'],
      F1: ['HIGHER_IS_BETTER', 'METRIC_NAME'],
      Error: ['LOWER_IS_BETTER', 'METRIC_NAME'],
      Perplexity: ['LOWER_IS_BETTER', 'METRIC_NAME'],
      WER: ['LOWER_IS_BETTER', 'METRIC_NAME'],
      'Foo Index': ['LOWER_IS_BETTER', 'VALUE_TREND'],
    });
  });

  it('joins methods embedded in papers by name, creates unknown ones, and records collections and their parents', async () => {
    expect(
      await query(
        `SELECT m.slug, m.description FROM paper_method pm JOIN method m ON m.id = pm.method_id JOIN paper p ON p.id = pm.paper_id
       WHERE p.slug = 'a-paper-about-foo' ORDER BY m.slug`,
      ),
    ).toEqual([
      { slug: 'convolution', description: 'A $k \\times k$ kernel.' },
      { slug: 'embedded-only', description: 'only in papers' },
    ]);
    expect(
      await one(
        `SELECT c.name, c.description, a.slug AS area, p.name AS parent FROM method_collection c
       LEFT JOIN area a ON a.id = c.area_id LEFT JOIN method_collection p ON p.id = c.parent_id WHERE c.slug = 'convolutions'`,
      ),
    ).toEqual({
      name: 'Convolutions',
      description: 'Convolutions are ...',
      area: 'computer-vision',
      parent: 'Image Model Blocks',
    });
    expect(await one(`SELECT introduced_year FROM method WHERE slug = 'convolution'`)).toEqual({
      introduced_year: null,
    });
  });

  it('links datasets and methods to the paper that introduced them', async () => {
    expect(
      await one(`SELECT p.slug FROM dataset d JOIN paper p ON p.id = d.introduced_by_paper_id WHERE d.slug = 'foo'`),
    ).toEqual({ slug: 'a-paper-about-foo' });
    expect(
      await one(`SELECT p.slug FROM method m JOIN paper p ON p.id = m.introduced_by_paper_id WHERE m.slug = 'foonet'`),
    ).toEqual({ slug: 'a-paper-about-foo' });
  });

  it('links code from the links file (normalized repository URLs) and from leaderboard rows', async () => {
    expect(
      await query(
        `SELECT r.url, r.framework, pr.is_official, pr.mentioned_in_paper, pr.mentioned_in_github FROM paper_repository pr
       JOIN repository r ON r.id = pr.repository_id JOIN paper p ON p.id = pr.paper_id WHERE p.slug = 'a-paper-about-foo' ORDER BY r.url`,
      ),
    ).toEqual([
      {
        url: 'https://github.com/ada/foo',
        framework: 'pytorch',
        is_official: true,
        mentioned_in_paper: true,
        mentioned_in_github: false,
      },
      {
        url: 'https://github.com/someone/foo-reimpl',
        framework: null,
        is_official: false,
        mentioned_in_paper: false,
        mentioned_in_github: true,
      },
    ]);
    expect(
      await query(
        `SELECT r.url FROM paper_repository pr JOIN repository r ON r.id = pr.repository_id JOIN paper p ON p.id = pr.paper_id WHERE p.slug = 'title-only-paper'`,
      ),
    ).toEqual([{ url: 'https://github.com/t/only' }]);
  });

  it('stores hostile strings verbatim', async () => {
    expect(await one(`SELECT name, full_name, description FROM dataset WHERE slug = 'sqli'`)).toEqual({
      name: "01/01/1967' AND 2*3*8=6*8 AND 'AncJ'='AncJ",
      full_name: '<script>alert(1)</script>',
      description: '<img src=x onerror=alert(1)>',
    });
    expect(await one(`SELECT title, abstract FROM paper WHERE slug = 'hostile'`)).toEqual({
      title: "'; DROP TABLE paper; -- <b>bold</b>",
      abstract: '<script>alert(1)</script>',
    });
    expect(
      await one(`SELECT count(*)::int AS n FROM author WHERE name = $1`, ["Robert'); DROP TABLE author;--"]),
    ).toEqual({ n: 1 });
    expect(await one(`SELECT abstract FROM paper WHERE slug = 'a-paper-about-foo'`)).toEqual({
      abstract: 'We study foo.\nLine two.',
    });
  });

  it('never overwrites a direction an editor set, on re-import', async () => {
    await query(`UPDATE metric SET direction = 'LOWER_IS_BETTER', direction_source = 'EDITOR' WHERE name = 'Accuracy'`);
    const again = await importArchive({ dataSource: db.dataSource, files: [FIXTURE] });
    expect(again.ok).toBe(true);
    expect(await query(`SELECT DISTINCT direction, direction_source FROM metric WHERE name = 'Accuracy'`)).toEqual([
      { direction: 'LOWER_IS_BETTER', direction_source: 'EDITOR' },
    ]);
    expect(await one(`SELECT direction_source FROM metric WHERE name = 'EM'`)).toEqual({
      direction_source: 'METRIC_NAME',
    });
  });
});
