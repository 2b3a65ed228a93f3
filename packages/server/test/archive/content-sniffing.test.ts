import { copyFileSync, mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { gunzipSync } from 'node:zlib';
import { importArchive } from '../../src/archive/import-archive';
import { collectArchiveFiles } from '../../src/archive/read/archive-files';
import { createTestDatabase, type TestDatabase } from '../support/test-database';
import { leaderboardFacts, readRaw, sampleFile } from './support/raw-archive';

const REAL_LEADERBOARDS = join(__dirname, '../../../shared/fixtures/evaluation-tables');

/** Each of the five files under a name that says nothing, gzipped or not. */
const RENAMED = [
  { from: 'datasets', to: 'a.json', gzip: false },
  { from: 'methods', to: 'b.json.gz', gzip: true },
  { from: 'papers-with-abstracts', to: 'c', gzip: true },
  { from: 'links-between-papers-and-code', to: 'd.txt', gzip: false },
  { from: 'evaluation-tables', to: 'nlp.json', gzip: false },
] as const;

describe('archive files are recognised by their content, whatever their name', () => {
  let folder: string;
  let db: TestDatabase;

  beforeAll(async () => {
    folder = mkdtempSync(join(tmpdir(), 'pwc-sniff-'));
    for (const file of RENAMED) {
      const gz = readFileSync(sampleFile(file.from));
      writeFileSync(join(folder, file.to), file.gzip ? gz : gunzipSync(gz));
    }
    writeFileSync(join(folder, 'notes.json'), '[{"title": "not an archive record"}]');
    writeFileSync(join(folder, 'README.md'), '# not JSON');
    db = await createTestDatabase();
  });
  afterAll(async () => {
    rmSync(folder, { recursive: true, force: true });
    await db.drop();
  });

  it('takes each of the five shapes, gzipped or not, for its kind and leaves other files out', async () => {
    const files = await collectArchiveFiles([folder]);
    expect(files.map((f) => [f.path, f.kind])).toEqual(RENAMED.map((f) => [join(folder, f.to), f.from]));
    for (const file of files) expect(file.takenFor).toMatch(new RegExp(`^${file.kind}, by content: its records have`));
  });

  it('refuses a file given by name whose content is no archive file, saying why', async () => {
    await expect(collectArchiveFiles([join(folder, 'notes.json')])).rejects.toThrow(
      /notes\.json: not an archive file: its first record has none of the archive's shapes \(keys: title\)/,
    );
    await expect(collectArchiveFiles([join(folder, 'README.md')])).rejects.toThrow(/not an archive file/);
  });

  it('imports a real leaderboard file called nlp.json, and the report says what it was taken for', async () => {
    const path = join(folder, 'nlp.json');
    const report = await importArchive({ dataSource: db.dataSource, files: [path] });
    expect(report.ok).toBe(true);
    expect(report.files.map((f) => f.kind)).toEqual(['evaluation-tables']);
    expect(report.summary.join('\n')).toContain(
      'nlp.json:\n  taken for evaluation-tables, by content: its records have task',
    );
    const [{ n }] = await db.dataSource.query('SELECT count(*)::int AS n FROM result');
    expect(n).toBe(leaderboardFacts(readRaw(sampleFile('evaluation-tables'))).rows);
  });

  it('takes a folder of real leaderboard files, each named after its dataset, for evaluation tables', async () => {
    const real = mkdtempSync(join(tmpdir(), 'pwc-sniff-real-'));
    try {
      const names = readdirSync(REAL_LEADERBOARDS).filter((name) => name.endsWith('.json.gz'));
      for (const name of names) copyFileSync(join(REAL_LEADERBOARDS, name), join(real, name));
      const files = await collectArchiveFiles([real]);
      expect(files.map((f) => f.kind)).toEqual(names.map(() => 'evaluation-tables'));
    } finally {
      rmSync(real, { recursive: true, force: true });
    }
  });
});
