import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { BUNDLED_SAMPLE_DIR } from '../../src/archive/bundled-sample';
import { useExportFixture } from './support/export-fixture';
import { naturalContents } from './support/natural-contents';
import { TABLES } from './support/table-counts';

describe('pwc export: the round trip of the bundled sample', () => {
  const { importInto, exportFrom, temporaryFolder } = useExportFixture();

  it('import → export → import into a fresh database gives identical content, table by table', async () => {
    const first = await importInto([BUNDLED_SAMPLE_DIR]);
    const second = await importInto([await exportFrom(first)]);
    const expected = await naturalContents(first.dataSource);
    const actual = await naturalContents(second.dataSource);
    // Every table (result values are compared as part of their result).
    const tables = TABLES.filter((table) => table !== 'result_value');
    expect(Object.keys(expected).sort()).toEqual([...tables].sort());
    for (const table of tables) {
      expect(expected[table]?.length).toBeGreaterThan(0);
      expect({ table, rows: actual[table] }).toEqual({ table, rows: expected[table] });
    }
    // And the export of the copy is the export of the original, byte for byte once unzipped.
    const again = await naturalContents((await importInto([await exportFrom(second)])).dataSource);
    expect(again).toEqual(expected);
  });

  it('keeps subdatasets of the same name apart under parents that hold no rows', async () => {
    const folder = temporaryFolder('pwc-export-sub-');
    const row = (model: string, value: string) => ({
      model_name: model,
      metrics: { 'F0.5': value },
      paper_title: model,
    });
    const sub = (rows: unknown[]) => ({ subdataset: 'Restricted', sota: { metrics: ['F0.5'], rows } });
    const tables = [
      {
        task: 'Grammatical Error Correction',
        datasets: [
          {
            dataset: 'CoNLL-2014 Shared Task',
            sota: { metrics: [], rows: [] },
            subdatasets: [sub([row('A', '60.1')])],
          },
          { dataset: 'JFLEG', sota: { metrics: [], rows: [] }, subdatasets: [sub([row('B', '55.2'), row('C', '1')])] },
        ],
      },
    ];
    writeFileSync(join(folder, 'gec.json'), JSON.stringify(tables));
    const first = await importInto([join(folder, 'gec.json')]);
    const boards = await first.dataSource.query(
      `SELECT d.name, parent.name AS parent, count(r.id)::int AS rows FROM benchmark b JOIN dataset d ON d.id = b.dataset_id
       JOIN dataset parent ON parent.id = d.parent_id LEFT JOIN result r ON r.benchmark_id = b.id
       GROUP BY d.name, parent.name ORDER BY parent.name`,
    );
    expect(boards).toEqual([
      { name: 'Restricted', parent: 'CoNLL-2014 Shared Task', rows: 1 },
      { name: 'Restricted', parent: 'JFLEG', rows: 2 },
    ]);
    const second = await importInto([await exportFrom(first)]);
    expect(await naturalContents(second.dataSource)).toEqual(await naturalContents(first.dataSource));
  });
});
