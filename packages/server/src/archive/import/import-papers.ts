import { arxivIdFromUrl, normalizeTitle, paperSlugFromUrl } from '@pwc/shared';
import { count, note, skip } from '../report/file-report';
import { isoDate, name, objectList, text, textList, type JsonObject } from '../records/fields';
import { AreaStore } from '../write/area-store';
import { writeAuthors } from '../write/author-writer';
import { CollectionStore } from '../write/collection-store';
import { deferIndex } from '../write/deferred-index';
import { replacePaperLinks } from '../write/link-writer';
import { MethodStore } from '../write/method-store';
import { TaskStore } from '../write/task-store';
import { Batch, lastByKey, type ImportContext, type RecordImporter } from './record-importer';
import { noteNonWebUrls } from './url-checks';

interface PaperRow {
  slug: string;
  arxivId: string | null;
  title: string;
  record: JsonObject;
}

const BATCH_SIZE = 1000;
const BULK_LOAD_MAX_EXISTING = 1000;
const ARXIV_ID = /^(?:\d{4}\.\d{4,5}|[a-z-]+(?:\.[A-Z]{2})?\/\d{7})$/;

/** papers-with-abstracts.json: papers with their authors, tasks (by name) and methods (by name). */
export function papersImporter({ sql, report }: ImportContext): RecordImporter {
  let stores: { tasks: TaskStore; methods: MethodStore } | null = null;
  let rebuildSearchIndex: (() => Promise<void>) | null = null;
  const loadStores = async () => {
    const areas = new AreaStore(sql);
    return { tasks: await TaskStore.load(sql), methods: await MethodStore.load(sql, areas, new CollectionStore(sql)) };
  };

  const batch = new Batch<PaperRow>(BATCH_SIZE, async (items) => {
    if (stores === null) {
      stores = await loadStores();
      // A bulk load into an (almost) empty table builds the full-text index once at the end.
      const [{ n } = { n: 0 }] = await sql.query<{ n: number }>(
        'SELECT count(*)::int AS n FROM (SELECT 1 FROM paper LIMIT $1) p',
        [BULK_LOAD_MAX_EXISTING],
      );
      if (n < BULK_LOAD_MAX_EXISTING && items.length >= BATCH_SIZE)
        rebuildSearchIndex = await deferIndex(sql, 'paper', 'paper_search_gin');
    }
    const rows = lastByKey(items, (row) => row.slug);
    await dropTakenArxivIds(rows);
    const r = rows.map((row) => row.record);
    const saved = await sql.query<{ id: number; slug: string; inserted: boolean }>(
      `INSERT INTO paper (slug, arxiv_id, title, normalized_title, abstract, url_abs, url_pdf, published, proceeding, conference)
       SELECT * FROM unnest($1::text[], $2::text[], $3::text[], $4::text[], $5::text[], $6::text[], $7::text[], $8::date[], $9::text[], $10::text[])
       ON CONFLICT (slug) DO UPDATE SET arxiv_id = excluded.arxiv_id, title = excluded.title,
         normalized_title = excluded.normalized_title, abstract = excluded.abstract, url_abs = excluded.url_abs,
         url_pdf = excluded.url_pdf, published = excluded.published, proceeding = excluded.proceeding,
         conference = excluded.conference
       RETURNING id, slug, (xmax = 0) AS inserted`,
      [
        rows.map((row) => row.slug),
        rows.map((row) => row.arxivId),
        rows.map((row) => row.title),
        rows.map((row) => normalizeTitle(row.title)),
        r.map((x) => text(x.abstract)),
        r.map((x) => name(x.url_abs)),
        r.map((x) => name(x.url_pdf)),
        r.map((x) => isoDate(x.date ?? x.published)),
        r.map((x) => text(x.proceeding)),
        r.map((x) => name(x.conference)),
      ],
    );
    for (const row of saved) {
      if (row.inserted) report.imported++;
      else report.updated++;
    }
    const idOf = new Map(saved.map((row) => [row.slug, row.id]));
    const paperIds = saved.map((row) => row.id);

    const bylines = new Map<number, string[]>();
    for (const row of rows) bylines.set(idOf.get(row.slug) ?? -1, textList(row.record.authors));
    bylines.delete(-1);
    count(report, 'authorships', await writeAuthors(sql, bylines));

    const { tasks, methods } = stores;
    const taskIds = await tasks.ensureNamed(new Set(r.flatMap((x) => textList(x.tasks))));
    const taskPairs = rows.flatMap((row) =>
      textList(row.record.tasks).flatMap((taskName) => {
        const task = taskIds.get(taskName);
        return task === undefined ? [] : [[idOf.get(row.slug) ?? -1, task.id] as const];
      }),
    );
    await replacePaperLinks(sql, 'paper_task', 'task_id', paperIds, taskPairs);
    count(report, 'paper tasks', taskPairs.length);

    const embedded = r.flatMap((x) => objectList(x.methods));
    await methods.ensureEmbedded(embedded);
    const methodPairs = rows.flatMap((row) =>
      objectList(row.record.methods).flatMap((method) => {
        const methodId = methods.find(name(method.name) ?? '');
        return methodId === undefined ? [] : [[idOf.get(row.slug) ?? -1, methodId] as const];
      }),
    );
    await replacePaperLinks(sql, 'paper_method', 'method_id', paperIds, methodPairs);
    count(report, 'paper methods', methodPairs.length);
  });

  /** arxiv_id is unique: a second paper claiming a taken id keeps its record but not the id. */
  async function dropTakenArxivIds(rows: PaperRow[]): Promise<void> {
    const claimed = new Map<string, string>();
    for (const row of rows) {
      if (row.arxivId === null) continue;
      if (claimed.has(row.arxivId)) dropArxivId(row);
      else claimed.set(row.arxivId, row.slug);
    }
    if (claimed.size === 0) return;
    const owners = await sql.query<{ slug: string; arxiv_id: string }>(
      'SELECT slug, arxiv_id FROM paper WHERE arxiv_id = ANY($1::text[])',
      [[...claimed.keys()]],
    );
    const ownerOf = new Map(owners.map((o) => [o.arxiv_id, o.slug]));
    for (const row of rows) {
      const owner = row.arxivId === null ? undefined : ownerOf.get(row.arxivId);
      if (owner !== undefined && owner !== row.slug) dropArxivId(row);
    }
  }

  function dropArxivId(row: PaperRow): void {
    note(report, 'arXiv id already belongs to another paper (id left empty)', `${row.slug} ${row.arxivId ?? ''}`);
    row.arxivId = null;
  }

  return {
    looksRight: (record) => 'paper_url' in record || ('title' in record && 'abstract' in record),
    async add(record, index) {
      const slug = paperSlugFromUrl(name(record.paper_url)) ?? name(record.id);
      if (slug === null)
        return skip(report, 'paper without a paperswithcode.com paper_url', `#${index} ${name(record.title) ?? ''}`);
      const title = name(record.title);
      if (title === null) return skip(report, 'paper without a title', `#${index} ${slug}`);
      const stated = name(record.arxiv_id);
      let arxivId = stated === null ? arxivIdFromUrl(name(record.url_abs)) : stated.replace(/v\d+$/, '');
      if (arxivId !== null && !ARXIV_ID.test(arxivId)) {
        note(report, 'malformed arXiv id (left empty)', `${slug} ${arxivId}`);
        arxivId = null;
      }
      if (text(record.date ?? record.published) !== null && isoDate(record.date ?? record.published) === null) {
        note(report, 'invalid or implausible date (left empty)', `${slug} ${String(record.date ?? record.published)}`);
      }
      noteNonWebUrls(report, record, ['url_abs', 'url_pdf'], slug);
      for (const method of objectList(record.methods))
        noteNonWebUrls(report, method, ['source_url', 'code_snippet_url'], `${slug} method ${name(method.name) ?? ''}`);
      await batch.add({ slug, arxivId, title, record });
    },
    async finish() {
      await batch.flush();
      if (rebuildSearchIndex !== null) await rebuildSearchIndex();
    },
  };
}
