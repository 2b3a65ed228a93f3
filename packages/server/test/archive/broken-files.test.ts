import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { gunzipSync } from 'node:zlib';
import { importArchive } from '../../src/archive/import-archive';
import { createTestDatabase, type TestDatabase } from '../support/test-database';
import { sampleFile } from './support/raw-archive';
import { tableContents } from './support/table-counts';

describe('a broken file', () => {
  let db: TestDatabase;
  let folder: string;
  let before: Record<string, string>;

  beforeAll(async () => {
    db = await createTestDatabase();
    folder = mkdtempSync(join(tmpdir(), 'pwc-broken-'));
    const ok = await importArchive({
      dataSource: db.dataSource,
      files: [sampleFile('datasets'), sampleFile('papers-with-abstracts')],
    });
    expect(ok.ok).toBe(true);
    before = await tableContents(db.dataSource);
  });
  afterAll(async () => {
    rmSync(folder, { recursive: true, force: true });
    await db.drop();
  });

  async function importBroken(name: string, bytes: Buffer | string) {
    const path = join(folder, name);
    writeFileSync(path, bytes);
    const report = await importArchive({ dataSource: db.dataSource, files: [path] });
    expect(report.ok).toBe(false);
    expect(await tableContents(db.dataSource)).toEqual(before);
    const [file] = report.files;
    expect(file?.status).toBe('failed');
    expect(file?.error).toContain(path);
    return file?.error ?? '';
  }

  it('truncated gzip: stops with the file and position, and leaves the database as it was', async () => {
    const gz = readFileSync(sampleFile('evaluation-tables'));
    const error = await importBroken('evaluation-tables.json.gz', gz.subarray(0, Math.floor(gz.length * 0.8)));
    expect(error).toMatch(/truncated gzip data/);
    expect(error).toMatch(/record \d+, character \d+, after \d+ bytes of the file/);
  });

  it('invalid JSON in a later record: rolls back the records before it too', async () => {
    const text = gunzipSync(readFileSync(sampleFile('evaluation-tables'))).toString('utf8');
    const secondRecord = text.indexOf('\n{', 5);
    const broken = `${text.slice(0, secondRecord + 2)}x${text.slice(secondRecord + 2)}`; // {x"categories": ...
    const error = await importBroken('evaluation-tables.json', broken);
    expect(error).toMatch(/invalid JSON/);
    expect(error).toMatch(/record 1, character \d+/);
  });

  it('unbalanced brackets name the record where the array broke', async () => {
    const text = gunzipSync(readFileSync(sampleFile('evaluation-tables'))).toString('utf8');
    const secondRecord = text.indexOf('\n{', 5);
    const error = await importBroken(
      'evaluation-tables.json',
      `${text.slice(0, secondRecord + 40)}}}}${text.slice(secondRecord + 40)}`,
    );
    expect(error).toMatch(/expected ',' or '\]' after an array element but found .* \(record 2, character \d+/);
  });

  it('JSON cut off before the end of the array', async () => {
    const text = gunzipSync(readFileSync(sampleFile('papers-with-abstracts'))).toString('utf8');
    const error = await importBroken('papers-with-abstracts.json', text.slice(0, text.length - 5000));
    expect(error).toMatch(/unexpected end of JSON: the array is not closed/);
  });

  it('wrong shape: not an array, or records of another kind', async () => {
    expect(await importBroken('datasets.json', '{"count": 1, "results": []}')).toMatch(
      /expected a JSON array but found '\{'/,
    );
    // Records of no archive shape: the name decides, and the import says the shape is wrong.
    expect(await importBroken('methods.json', '[{"repo": "https://github.com/a/b"}]')).toMatch(/wrong shape/);
  });
});
