import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { normalizeTitle } from '@pwc/shared';
import { importArchive, type ImportReport } from '../../src/archive/import-archive';
import { createTestDatabase, type TestDatabase } from '../support/test-database';
import { startTestServer } from '../support/test-server';
import { readRaw, sampleFile, type Json } from './support/raw-archive';
import { boardsOf, realTables, writeJson } from './support/real-tables';

/**
 * Issue 9, linking in any order and by title, and dates. Real files: the bundled sample's papers,
 * datasets and methods, SQuAD and SNLI. SQuAD's two BERT rows (arXiv 1810.04805) are given the
 * shape BERT's CoQA rows have in the full archive — the paper's title, no URL, no date — and one
 * row names the title of a paper that a second (reprint) record shares, which must not link.
 */
describe('links resolve whatever the order of the files, rows link by a unique title, dates derive', () => {
  let folder: string;
  const papers: Json[] = readRaw(sampleFile('papers-with-abstracts'));
  const bert = papers.find((p) => p.arxiv_id === '1810.04805')!;
  const twin = papers.find((p) => p !== bert && p.title && p.date)!;
  const papersFile: Json[] = [
    ...papers,
    { ...twin, paper_url: `${twin.paper_url}-reprint`, arxiv_id: null, methods: [], tasks: [] },
  ];
  const squad: Json[] = realTables('squad');
  for (const dataset of squad[0]!.datasets)
    for (const row of dataset.sota.rows)
      if (String(row.paper_url).includes('1810.04805'))
        Object.assign(row, { paper_title: bert.title, paper_url: '', paper_date: null });
  const ambiguous = squad[0]!.datasets[0].sota.rows[5];
  Object.assign(ambiguous, { paper_title: twin.title, paper_url: '' });
  const tables = [...squad, ...realTables('snli')];
  const files = (dir: string) => ({
    papers: writeJson(dir, 'papers-with-abstracts.json', papersFile),
    datasets: sampleFile('datasets'),
    methods: sampleFile('methods'),
    tables: writeJson(dir, 'leaderboards.json', tables),
  });

  // Independently of the importer: which paper each row means, and the date it should get.
  const titleCount = new Map<string, number>();
  for (const p of papersFile)
    titleCount.set(normalizeTitle(p.title), (titleCount.get(normalizeTitle(p.title)) ?? 0) + 1);
  const byArxiv = new Map(papersFile.filter((p) => p.arxiv_id).map((p) => [p.arxiv_id as string, p]));
  const arxivOf = (url: string) => /arxiv\.org\/(?:abs|pdf)\/(\d{4}\.\d{4,5})/.exec(url ?? '')?.[1] ?? null;
  const paperOf = (row: Json): { paper: Json | null; how: string | null } => {
    const id = arxivOf(row.paper_url);
    if (id !== null) return byArxiv.has(id) ? { paper: byArxiv.get(id)!, how: 'ARXIV_ID' } : { paper: null, how: null };
    if (!row.paper_url && row.paper_title && titleCount.get(normalizeTitle(row.paper_title)) === 1)
      return {
        paper: papersFile.find((p) => normalizeTitle(p.title) === normalizeTitle(row.paper_title))!,
        how: 'TITLE',
      };
    return { paper: null, how: null };
  };
  const expectedRows = [...boardsOf(tables).values()]
    .flat()
    .map((row) => {
      const { paper, how } = paperOf(row);
      const month = arxivOf(row.paper_url)?.replace(/^(\d{2})(\d{2}).*$/, '20$1-$2-01') ?? null;
      const [date, source] = row.paper_date
        ? [row.paper_date, 'ROW']
        : paper?.date
          ? [paper.date, 'PAPER']
          : month !== null
            ? [month, 'ARXIV_ID']
            : [null, null];
      return JSON.stringify([
        String(row.model_name).trim(),
        paper?.paper_url.split('/').pop() ?? null,
        how,
        date,
        source,
      ]);
    })
    .sort();

  const snapshot = async (db: TestDatabase) => ({
    results: (
      await db.dataSource.query(
        `SELECT r.model_name, p.slug, r.paper_link, to_char(r.evaluated_on, 'YYYY-MM-DD') AS date, r.date_source
         FROM result r LEFT JOIN paper p ON p.id = r.paper_id`,
      )
    )
      .map((r: Json) => JSON.stringify([r.model_name, r.slug, r.paper_link, r.date, r.date_source]))
      .sort(),
    datasets: await db.dataSource.query(
      `SELECT d.slug, parent.slug AS parent, p.slug AS introduced_by FROM dataset d
       LEFT JOIN dataset parent ON parent.id = d.parent_id LEFT JOIN paper p ON p.id = d.introduced_by_paper_id ORDER BY d.slug`,
    ),
    methods: await db.dataSource.query(
      `SELECT m.slug, p.slug AS introduced_by FROM method m LEFT JOIN paper p ON p.id = m.introduced_by_paper_id ORDER BY m.slug`,
    ),
    codeLinks: await db.dataSource.query(
      `SELECT p.slug, r.url FROM paper_repository pr JOIN paper p ON p.id = pr.paper_id
       JOIN repository r ON r.id = pr.repository_id ORDER BY 1, 2`,
    ),
  });
  const importEach = async (db: TestDatabase, order: string[]): Promise<ImportReport[]> => {
    const reports: ImportReport[] = [];
    for (const file of order) {
      const report = await importArchive({ dataSource: db.dataSource, files: [file] });
      expect(report.ok).toBe(true);
      reports.push(report);
    }
    return reports;
  };
  const titleLinked = (report: ImportReport) => report.files[0]?.counts['result rows linked to a paper (unique title)'];

  let tablesFirst: TestDatabase;
  let papersFirst: TestDatabase;
  let tablesFirstReports: ImportReport[];
  let papersFirstReports: ImportReport[];

  beforeAll(async () => {
    folder = mkdtempSync(join(tmpdir(), 'pwc-link-order-'));
    const f = files(folder);
    [tablesFirst, papersFirst] = await Promise.all([createTestDatabase(), createTestDatabase()]);
    tablesFirstReports = await importEach(tablesFirst, [f.tables, f.methods, f.datasets, f.papers]);
    papersFirstReports = await importEach(papersFirst, [f.papers, f.datasets, f.methods, f.tables]);
  });
  afterAll(async () => {
    rmSync(folder, { recursive: true, force: true });
    await Promise.all([tablesFirst?.drop(), papersFirst?.drop()]);
  });

  it('links every row to the paper the raw JSON names, with the date it should get, in either order', async () => {
    const a = await snapshot(tablesFirst);
    const b = await snapshot(papersFirst);
    expect(a.results).toEqual(expectedRows);
    expect(b).toEqual(a);
    // Introduced-by and parent links arrive both ways too (the sample's methods name 40 of its papers by URL).
    const paperSlugs = new Set(papersFile.map((p) => String(p.paper_url).split('/').pop()));
    const introduced = (readRaw(sampleFile('methods')) as Json[])
      .filter((m) =>
        paperSlugs.has(
          String(m.paper?.url ?? '')
            .split('/')
            .pop(),
        ),
      )
      .map((m) => ({ slug: String(m.url).split('/').pop(), introduced_by: String(m.paper.url).split('/').pop() }));
    expect(introduced).toHaveLength(40);
    for (const method of introduced) expect(a.methods).toContainEqual(method);
    const children = (readRaw(sampleFile('datasets')) as Json[]).filter((d) => d.parent_dataset);
    expect(children.length).toBeGreaterThan(0);
    for (const child of children)
      expect(a.datasets).toContainEqual(
        expect.objectContaining({ slug: String(child.url).split('/').pop(), parent: child.parent_dataset }),
      );
  });

  it('links a row without a URL by its title only when exactly one paper has it, and reports it', async () => {
    const linkedByTitle = expectedRows.filter((r) => JSON.parse(r)[2] === 'TITLE');
    expect(linkedByTitle.map((r) => JSON.parse(r).slice(0, 3))).toEqual([
      ['BERT (ensemble)', bert.paper_url.split('/').pop(), 'TITLE'],
      ['BERT (single model)', bert.paper_url.split('/').pop(), 'TITLE'],
    ]);
    // Tables first: the papers file links them; papers first: the tables file does.
    expect(titleLinked(tablesFirstReports[3]!)).toBe(linkedByTitle.length);
    expect(titleLinked(papersFirstReports[3]!)).toBe(linkedByTitle.length);
    const [row] = await tablesFirst.dataSource.query(
      `SELECT paper_id FROM result WHERE model_name = $1 AND paper_title = $2`,
      [String(ambiguous.model_name).trim(), twin.title],
    );
    expect(row).toEqual({ paper_id: null });
  });

  it('draws the SotA history of an undated board from the derived dates', async () => {
    const snliRows = boardsOf(realTables('snli')).get('Natural Language Inference / SNLI')!;
    expect(snliRows.every((r) => !r.paper_date)).toBe(true);
    const [{ slug }] = await tablesFirst.dataSource.query(
      `SELECT b.slug FROM benchmark b JOIN dataset d ON d.id = b.dataset_id WHERE d.name = 'SNLI'`,
    );
    const server = await startTestServer(tablesFirst.dataSource);
    try {
      const response = await server.query<{ benchmark: { sotaHistory: { date: string; result: Json }[] } }>(
        `query ($slug: String!) { benchmark(slug: $slug) { sotaHistory { date result { modelName } } } }`,
        { slug },
      );
      expect(response.errors).toBeUndefined();
      const history = response.data!.benchmark.sotaHistory;
      expect(history.length).toBeGreaterThan(1);
      const dated = new Set(
        snliRows.flatMap((r) => {
          const id = arxivOf(r.paper_url);
          return id === null ? [] : [id.replace(/^(\d{2})(\d{2}).*$/, '20$1-$2-01')];
        }),
      );
      for (const point of history) expect(dated).toContain(point.date);
    } finally {
      await server.close();
    }
  });
});
