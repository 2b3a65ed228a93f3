import { join } from 'node:path';
import { importArchive, type ImportReport } from '../../src/archive/import-archive';
import { LINK_LEFT_OUT, URL_KEPT_AS_TEXT } from '../../src/archive/import/url-checks';
import { isWebUrl } from '../../src/archive/records/web-url';
import type { ArchiveKind } from '../../src/archive/read/archive-files';
import { createTestDatabase, type TestDatabase } from '../support/test-database';

// Every file of this fixture holds javascript:, data:, vbscript: and " JaVaScRiPt:" URLs.
const FIXTURE = join(__dirname, 'fixtures', 'unsafe-urls');
const REPO_URL_SKIPPED = 'link whose repo_url is not an http(s) URL';

describe('URLs that are not http(s) in the archive', () => {
  let db: TestDatabase;
  let report: ImportReport;
  const query = (sql: string, params: unknown[] = []) => db.dataSource.query(sql, params);
  const fileReport = (kind: ArchiveKind) => report.files.find((f) => f.kind === kind);

  beforeAll(async () => {
    db = await createTestDatabase();
    report = await importArchive({ dataSource: db.dataSource, files: [FIXTURE] });
  });
  afterAll(() => db.drop());

  it('never become repositories: the links file skips them and reports each', async () => {
    expect(report.ok).toBe(true);
    const links = fileReport('links-between-papers-and-code');
    expect(links?.skipped[REPO_URL_SKIPPED]?.count).toBe(4);
    expect(links?.skipped[REPO_URL_SKIPPED]?.examples).toEqual([
      '#0 javascript:alert(1)',
      '#1 JaVaScRiPt://github.com/mallory/trap',
      '#2 data:text/html,<script>alert(1)</script>',
    ]);
    expect(links?.imported).toBe(1);
    const repositories = await query('SELECT url FROM repository ORDER BY url');
    expect(repositories.map((r: { url: string }) => r.url)).toEqual([
      'https://github.com/mallory/real-code',
      'https://github.com/mallory/row-code',
    ]);
  });

  it('are left out of leaderboard code and model links, and counted', async () => {
    const evaluation = fileReport('evaluation-tables');
    expect(evaluation?.notes[LINK_LEFT_OUT]?.count).toBe(4);
    expect(evaluation?.notes[LINK_LEFT_OUT]?.examples).toEqual([
      'Trapping on Trap: TrapNet code_links: javascript:alert(1)',
      'Trapping on Trap: TrapNet code_links: JaVaScRiPt://github.com/mallory/trap2',
      'Trapping on Trap: TrapNet model_links: data:application/octet-stream,xx',
    ]);
    const rows = await query(`SELECT model_name, code_links, model_links FROM result ORDER BY model_name`);
    expect(rows).toEqual([
      { model_name: 'SafeNet', code_links: [], model_links: [] },
      {
        model_name: 'TrapNet',
        code_links: [{ title: 'mallory/row-code', url: 'https://github.com/mallory/row-code' }],
        model_links: [{ title: 'card', url: 'https://huggingface.co/mallory/trap' }],
      },
    ]);
  });

  it('stay text where the field is text: stored as published, and each counted with an example', async () => {
    expect(fileReport('papers-with-abstracts')?.notes[URL_KEPT_AS_TEXT]).toEqual({
      count: 4,
      examples: [
        'a-trap url_abs: javascript:alert(document.cookie)',
        'a-trap url_pdf: data:application/pdf;base64,JVBERi0=',
        'a-trap method Embedded Trap source_url: vbscript:msgbox(1)',
      ],
    });
    expect(fileReport('datasets')?.notes[URL_KEPT_AS_TEXT]?.count).toBe(2);
    expect(fileReport('methods')?.notes[URL_KEPT_AS_TEXT]?.examples).toEqual([
      'trapnet source_url: JaVaScRiPt:alert(1)',
      'trapnet code_snippet_url: data:text/html,<script>alert(1)</script>',
    ]);
    expect(fileReport('evaluation-tables')?.notes[URL_KEPT_AS_TEXT]?.examples).toEqual([
      'Trapping on Trap: TrapNet paper_url: javascript:alert(1)',
    ]);
    expect(await query(`SELECT url_abs, url_pdf FROM paper WHERE slug = 'a-trap'`)).toEqual([
      { url_abs: 'javascript:alert(document.cookie)', url_pdf: 'data:application/pdf;base64,JVBERi0=' },
    ]);
    expect(await query(`SELECT homepage, license_url, description FROM dataset WHERE slug = 'trap'`)).toEqual([
      {
        homepage: 'javascript:alert(1)',
        license_url: 'vbscript:msgbox(1)',
        description: 'A [click me](javascript:alert(1)) dataset.',
      },
    ]);
  });

  it('counts all seventeen in the summary, and no link anywhere in the database has another scheme', async () => {
    const reported = report.files.reduce(
      (sum, file) =>
        sum +
        (file.skipped[REPO_URL_SKIPPED]?.count ?? 0) +
        (file.notes[URL_KEPT_AS_TEXT]?.count ?? 0) +
        (file.notes[LINK_LEFT_OUT]?.count ?? 0),
      0,
    );
    expect(reported).toBe(17);
    expect(report.summary.join('\n')).toContain(`skipped 4: ${REPO_URL_SKIPPED}; e.g. "#0 javascript:alert(1)"`);
    const linkUrls: { url: string }[] = await query(
      `SELECT url FROM repository
       UNION ALL SELECT l->>'url' FROM result, jsonb_array_elements(code_links || model_links) AS l`,
    );
    expect(linkUrls.length).toBe(4);
    expect(linkUrls.filter(({ url }) => !isWebUrl(url))).toEqual([]);
  });

  it('is the same on a second import', async () => {
    const again = await importArchive({ dataSource: db.dataSource, files: [FIXTURE] });
    expect(again.ok).toBe(true);
    expect(again.files.find((f) => f.kind === 'links-between-papers-and-code')?.skipped[REPO_URL_SKIPPED]?.count).toBe(
      4,
    );
    expect(await query('SELECT count(*)::int AS n FROM repository')).toEqual([{ n: 2 }]);
  });
});
