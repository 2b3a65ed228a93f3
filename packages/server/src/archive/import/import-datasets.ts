import { slugFromPwcUrl } from '@pwc/shared';
import { skip, count } from '../report/file-report';
import { isoDate, name, objectList, text, textList, type JsonObject } from '../records/fields';
import { slugForName } from '../records/fallback-slug';
import { TaskStore } from '../write/task-store';
import { Batch, lastByKey, type ImportContext, type RecordImporter } from './record-importer';
import { noteNonWebUrls } from './url-checks';

interface DatasetRow {
  slug: string;
  name: string;
  record: JsonObject;
  /** task slug -> task name */
  tasks: Map<string, string>;
}

const BATCH_SIZE = 500;

/** datasets.json: datasets, the tasks they are used for, and the task slugs (tasks[].url). */
export function datasetsImporter({ sql, report, pending }: ImportContext): RecordImporter {
  let tasks: TaskStore | null = null;

  const batch = new Batch<DatasetRow>(BATCH_SIZE, async (items) => {
    tasks ??= await TaskStore.load(sql);
    const rows = lastByKey(items, (row) => row.slug);
    const r = rows.map((row) => row.record);
    const saved = await sql.query<{ id: number; slug: string; inserted: boolean }>(
      `INSERT INTO dataset (slug, name, full_name, description, short_description, homepage, introduced_date,
         license_name, license_url, modalities, languages, variants)
       SELECT slug, name, full_name, description, short_description, homepage, introduced_date,
         license_name, license_url,
         ARRAY(SELECT jsonb_array_elements_text(modalities::jsonb)),
         ARRAY(SELECT jsonb_array_elements_text(languages::jsonb)),
         ARRAY(SELECT jsonb_array_elements_text(variants::jsonb))
       FROM unnest($1::text[], $2::text[], $3::text[], $4::text[], $5::text[], $6::text[], $7::date[],
         $8::text[], $9::text[], $10::text[], $11::text[], $12::text[])
         AS t(slug, name, full_name, description, short_description, homepage, introduced_date,
           license_name, license_url, modalities, languages, variants)
       ON CONFLICT (slug) DO UPDATE SET name = excluded.name, full_name = excluded.full_name,
         description = excluded.description, short_description = excluded.short_description,
         homepage = excluded.homepage, introduced_date = excluded.introduced_date,
         license_name = excluded.license_name, license_url = excluded.license_url,
         modalities = excluded.modalities, languages = excluded.languages, variants = excluded.variants
       RETURNING id, slug, (xmax = 0) AS inserted`,
      [
        rows.map((row) => row.slug),
        rows.map((row) => row.name),
        r.map((x) => text(x.full_name)),
        r.map((x) => text(x.description)),
        r.map((x) => text(x.short_description)),
        r.map((x) => name(x.homepage)),
        r.map((x) => isoDate(x.introduced_date)),
        r.map((x) => text(x.license_name)),
        r.map((x) => name(x.license_url)),
        r.map((x) => JSON.stringify(textList(x.modalities))),
        r.map((x) => JSON.stringify(textList(x.languages))),
        r.map((x) => JSON.stringify(textList(x.variants))),
      ],
    );
    const idOf = new Map(saved.map((row) => [row.slug, row.id]));
    for (const row of saved) {
      if (row.inserted) report.imported++;
      else report.updated++;
    }

    const taskSlugs = new Map<string, string>();
    for (const row of rows) for (const [slug, taskName] of row.tasks) taskSlugs.set(slug, taskName);
    await tasks.upsertWithSlugs(taskSlugs);
    const pairs: [number, number][] = [];
    for (const row of rows) {
      const datasetId = idOf.get(row.slug);
      if (datasetId === undefined) continue;
      for (const taskName of row.tasks.values()) {
        const task = tasks.find(taskName);
        if (task !== undefined) pairs.push([datasetId, task.id]);
      }
      pending.introducedBy('dataset', datasetId, row.record.paper);
      pending.parentDataset(datasetId, row.record.parent_dataset);
    }
    if (pairs.length > 0) {
      await sql.query(
        `INSERT INTO dataset_task (dataset_id, task_id) SELECT * FROM unnest($1::int[], $2::int[])
         ON CONFLICT DO NOTHING`,
        [pairs.map((p) => p[0]), pairs.map((p) => p[1])],
      );
      count(report, 'dataset-task links', pairs.length);
    }
  });

  return {
    looksRight: (record) => 'name' in record && ('url' in record || 'variants' in record),
    async add(record, index) {
      const datasetName = name(record.name);
      if (datasetName === null) return skip(report, 'dataset without a name', `#${index} ${name(record.url) ?? ''}`);
      const slug = slugFromPwcUrl(name(record.url), 'dataset') ?? slugForName(datasetName, 'dataset');
      const datasetTasks = new Map<string, string>();
      for (const task of objectList(record.tasks)) {
        const taskName = name(task.task);
        if (taskName === null) continue;
        datasetTasks.set(slugFromPwcUrl(name(task.url), 'task') ?? slugForName(taskName, 'task'), taskName);
      }
      noteNonWebUrls(report, record, ['homepage', 'license_url'], slug);
      await batch.add({ slug, name: datasetName, record, tasks: datasetTasks });
    },
    async finish() {
      await batch.flush();
      await pending.save(sql);
    },
  };
}
