import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { useExportFixture } from './support/export-fixture';
import { naturalContents } from './support/natural-contents';
import { readRaw, type Json } from './support/raw-archive';

// The 8 real leaderboard files of paperswithcode/sota-extractor (see that folder's README).
const REAL = join(__dirname, '../../../shared/fixtures/evaluation-tables');
const FILES = readdirSync(REAL).filter((name) => name.endsWith('.json.gz'));

/**
 * Every row of an evaluation-tables file as comparable text, by leaderboard (task and dataset
 * name, subtasks and subdatasets walked), read straight from the JSON: fields as published
 * (blank text as absent), values as their text (a JSON number as its JSON text), null values absent,
 * links as the importer keeps them (a blank title is the URL).
 */
function rowsByLeaderboard(tables: Json[]): Map<string, string[]> {
  const boards = new Map<string, string[]>();
  const blankless = (value: unknown) => (typeof value === 'string' && value.trim() !== '' ? value : null);
  // As the importer keeps links: those with a URL, a blank title shown as the URL.
  const links = (list: Json[] | undefined) =>
    (list ?? []).flatMap((link) => {
      const url = blankless(link.url)?.trim();
      return url === undefined ? [] : [{ title: blankless(link.title) ?? url, url }];
    });
  const walkDataset = (task: string, dataset: Json) => {
    const key = `${task} / ${String(dataset.dataset ?? dataset.subdataset).trim()}`;
    const rows = boards.get(key) ?? [];
    for (const row of dataset.sota?.rows ?? []) {
      const metrics = Object.entries(row.metrics ?? {})
        .filter(([, value]) => value !== null && value !== undefined)
        .map(([metric, value]) => [metric.trim(), typeof value === 'string' ? value : JSON.stringify(value)]);
      rows.push(
        JSON.stringify({
          model: String(row.model_name ?? '').trim(),
          title: blankless(row.paper_title),
          url: blankless(row.paper_url)?.trim() ?? null,
          date: /^\d{4}-\d{2}-\d{2}/.exec(String(row.paper_date ?? ''))?.[0] ?? null,
          extra: row.uses_additional_data === true,
          code: links(row.code_links),
          models: links(row.model_links),
          metrics: metrics.sort((x, y) => (String(x[0]) < String(y[0]) ? -1 : 1)),
        }),
      );
    }
    boards.set(key, rows);
    for (const sub of dataset.subdatasets ?? []) walkDataset(task, sub);
  };
  const walkTask = (task: Json) => {
    for (const dataset of task.datasets ?? []) walkDataset(String(task.task).trim(), dataset);
    for (const sub of task.subtasks ?? []) walkTask(sub);
  };
  for (const task of tables) walkTask(task);
  for (const [key, rows] of boards) boards.set(key, rows.sort());
  return boards;
}

describe('pwc export of the real leaderboard files', () => {
  const { importInto, exportFrom } = useExportFixture();

  it.each(FILES)('%s: the export of the freshly imported file has every row and value of it', async (file) => {
    const raw = readRaw(join(REAL, file));
    const exported = readRaw(join(await exportFrom(await importInto([join(REAL, file)])), 'evaluation-tables.json.gz'));
    const expected = rowsByLeaderboard(raw);
    const actual = rowsByLeaderboard(exported);
    // Leaderboards without rows are compared too: the export writes every leaderboard the file made.
    expect([...actual.keys()].sort()).toEqual([...expected.keys()].sort());
    for (const [key, rows] of expected) expect({ key, rows: actual.get(key) }).toEqual({ key, rows });
    expect([...actual.values()].flat().length).toBeGreaterThan(0);
  });

  it('all eight files: import → export → import into a fresh database gives identical content', async () => {
    const first = await importInto(FILES.map((file) => join(REAL, file)));
    const second = await importInto([await exportFrom(first)]);
    const expected = await naturalContents(first.dataSource);
    expect(expected.result?.length).toBeGreaterThan(1000);
    for (const [table, rows] of Object.entries(await naturalContents(second.dataSource)))
      expect({ table, rows }).toEqual({ table, rows: expected[table] });
  });
});
