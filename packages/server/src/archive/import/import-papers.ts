import { arxivIdFromUrl, paperSlugFromUrl } from '@pwc/shared';
import { count, note, skip, type FileReport } from '../report/file-report';
import { isoDate, name, objectList, text, textList, type JsonObject } from '../records/fields';
import { AreaStore } from '../write/area-store';
import {
  proceedingsOf,
  refreshVenueCounts,
  VENUE_TEXT,
  venueTextsSql,
  type VenueText,
} from '../../modules/venue/proceeding-links';
import { writeStagedAuthors } from '../write/author-writer';
import { analyzeIfOutgrown } from '../write/growing-tables';
import { CollectionStore } from '../write/collection-store';
import { deferIndexesAndForeignKeys, isNearlyEmpty } from '../write/deferred-index';
import { replaceStagedPaperLinks } from '../write/link-writer';
import { MethodStore } from '../write/method-store';
import { PaperStage } from '../write/paper-stage';
import {
  recordChangedPaperLinks,
  recordChangedPapers,
  recordingAddedPapers,
  snapshotPaperLinks,
} from '../write/paper-revisions';
import type { Sql } from '../write/sql';
import { TaskStore } from '../write/task-store';
import type { ImportContext, RecordImporter } from './record-importer';
import { noteNonWebUrls } from './url-checks';

const BULK_LOAD_MIN_PAPERS = 1000;
/** What a bulk load writes: their search indexes (author's trigram and word GINs too) are built once, at the end. */
const BULK_LOADED_TABLES = ['paper', 'author', 'paper_author', 'paper_task', 'paper_method', 'paper_trending'];
const ARXIV_ID = /^(?:\d{4}\.\d{4,5}|[a-z-]+(?:\.[A-Z]{2})?\/\d{7})$/;

/**
 * papers-with-abstracts.json: papers with their authors, tasks (by name) and methods (by name).
 * The records stream into a staging table with one COPY (search vectors computed there, in bulk)
 * and are merged at the end of the file: papers upserted by slug, then bylines, tasks, methods.
 */
export function papersImporter({ sql, report }: ImportContext): RecordImporter {
  let stage: PaperStage | null = null;
  /** arXiv id → the slug of the first record of the file that claims it. */
  const arxivClaims = new Map<string, string>();
  const slugs = new Set<string>();
  let repeatedSlugs = 0;
  /** Each embedded method name with the first copy of it in the file (methods missing from methods.json). */
  const embeddedMethods = new Map<string, JsonObject>();

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
      if (arxivId !== null) {
        const claimant = arxivClaims.get(arxivId);
        if (claimant === undefined) arxivClaims.set(arxivId, slug);
        else if (claimant !== slug) arxivId = dropArxivId(report, slug, arxivId);
      }
      if (text(record.date ?? record.published) !== null && isoDate(record.date ?? record.published) === null) {
        note(report, 'invalid or implausible date (left empty)', `${slug} ${String(record.date ?? record.published)}`);
      }
      noteNonWebUrls(report, record, ['url_abs', 'url_pdf'], slug);
      const methods = objectList(record.methods);
      for (const method of methods) {
        noteNonWebUrls(report, method, ['source_url', 'code_snippet_url'], `${slug} method ${name(method.name) ?? ''}`);
        const methodName = name(method.name);
        if (methodName !== null && !embeddedMethods.has(methodName)) embeddedMethods.set(methodName, method);
      }
      if (slugs.has(slug)) repeatedSlugs++;
      else slugs.add(slug);
      stage ??= await PaperStage.open(sql);
      await stage.add({
        ord: index,
        slug,
        arxivId,
        title,
        abstract: text(record.abstract),
        urlAbs: name(record.url_abs),
        urlPdf: name(record.url_pdf),
        published: isoDate(record.date ?? record.published),
        proceeding: text(record.proceeding),
        conference: name(record.conference),
        authors: textList(record.authors),
        tasks: textList(record.tasks),
        methods: methods.flatMap((method) => name(method.name) ?? []),
      });
    },
    async finish() {
      if (stage === null) return;
      await stage.close();
      await mergeStagedPapers(sql, report, stage.table, {
        repeatedSlugs,
        embeddedMethods: [...embeddedMethods.values()],
      });
    },
    async abort() {
      await stage?.abort();
    },
  };
}

/** arxiv_id is unique: a second paper claiming a taken id keeps its record but not the id. */
function dropArxivId(report: FileReport, slug: string, arxivId: string): null {
  note(report, 'arXiv id already belongs to another paper (id left empty)', `${slug} ${arxivId}`);
  return null;
}

async function mergeStagedPapers(
  sql: Sql,
  report: FileReport,
  stage: string,
  file: { repeatedSlugs: number; embeddedMethods: readonly JsonObject[] },
): Promise<void> {
  // The last record of a slug wins.
  if (file.repeatedSlugs > 0)
    await sql.query(`DELETE FROM ${stage} s USING ${stage} t WHERE t.slug = s.slug AND t.ord > s.ord`);
  await sql.query(`ANALYZE ${stage}`);
  const taken = await sql.query<{ slug: string; arxiv_id: string }>(
    `UPDATE ${stage} s SET arxiv_id = NULL FROM paper p WHERE p.arxiv_id = s.arxiv_id AND p.slug <> s.slug
     RETURNING s.slug, p.arxiv_id`,
  );
  for (const row of taken) dropArxivId(report, row.slug, row.arxiv_id);

  const [counts = { staged: 0, existing: 0, authorships: 0 }] = await sql.query<{
    staged: number;
    existing: number;
    authorships: number;
  }>(
    `SELECT count(*)::int AS staged, count(p.id)::int AS existing,
       coalesce(sum(least(cardinality(s.authors), 32768)), 0)::int AS authorships
     FROM ${stage} s LEFT JOIN paper p ON p.slug = s.slug`,
  );
  report.imported += counts.staged - counts.existing;
  report.updated += counts.existing;
  const replace = counts.existing > 0;

  // A bulk load into an (almost) empty table builds the full-text index once at the end.
  const restoreIndexes =
    counts.staged >= BULK_LOAD_MIN_PAPERS && (await isNearlyEmpty(sql, 'paper'))
      ? await deferIndexesAndForeignKeys(sql, BULK_LOADED_TABLES)
      : null;

  // The search vectors the COPY left to compute, in bulk by parallel workers (CREATE TABLE AS may
  // use them, INSERT may not); the trigger need not compute them again.
  const vectors = `${stage}_vector`;
  await sql.query(
    `CREATE UNLOGGED TABLE ${vectors} AS
     SELECT ord, coalesce(search_vector, paper_search_vector(title, abstract)) AS search_vector FROM ${stage}`,
  );
  await sql.query(`CREATE INDEX ON ${vectors} (ord)`);
  await sql.query(`CREATE INDEX ON ${stage} (ord)`);
  await sql.query(`ANALYZE ${vectors}`);
  // The venue and proceeding each paper's venue text names, so each paper is written with its proceeding.
  const run = <Row>(text: string, params?: unknown[]) => sql.query<Row>(text, params);
  const proceedingIds = await proceedingsOf(run, await run<VenueText>(venueTextsSql(stage, 'TRUE')));
  const proceedings = `${stage}_proceeding`;
  await sql.query(
    `CREATE UNLOGGED TABLE ${proceedings} AS
     SELECT * FROM unnest($1::text[], $2::int[], $3::int[]) AS m(text, proceeding_id, venue_id)`,
    [
      [...proceedingIds.keys()],
      [...proceedingIds.values()].map((id) => id.proceedingId),
      [...proceedingIds.values()].map((id) => id.venueId),
    ],
  );
  count(report, 'proceedings named', new Set([...proceedingIds.values()].map((id) => id.proceedingId)).size);
  // The revision's papers: those that differ from their stored rows, before they are overwritten,
  // and those the upsert adds.
  if (replace) await recordChangedPapers(sql, stage);
  const linksBefore = replace ? await snapshotPaperLinks(sql, stage) : null;
  await sql.query(`SELECT set_config('pwc.search_vector_supplied', 'on', true)`);
  await sql.query(
    recordingAddedPapers(`INSERT INTO paper (slug, arxiv_id, title, normalized_title, abstract, url_abs, url_pdf, published, proceeding,
       conference, proceeding_id, venue_id, search_vector)
     SELECT s.slug, s.arxiv_id, s.title, s.normalized_title, s.abstract, s.url_abs, s.url_pdf, s.published,
       s.proceeding, s.conference, m.proceeding_id, m.venue_id, v.search_vector
     FROM ${stage} s JOIN ${vectors} v ON v.ord = s.ord LEFT JOIN ${proceedings} m ON m.text = ${VENUE_TEXT('s')}
     ORDER BY s.ord
     ON CONFLICT (slug) DO UPDATE SET arxiv_id = excluded.arxiv_id, title = excluded.title,
       normalized_title = excluded.normalized_title, abstract = excluded.abstract, url_abs = excluded.url_abs,
       url_pdf = excluded.url_pdf, published = excluded.published, proceeding = excluded.proceeding,
       conference = excluded.conference, proceeding_id = excluded.proceeding_id, venue_id = excluded.venue_id,
       search_vector = excluded.search_vector`),
  );
  await sql.query(`DROP TABLE ${proceedings}`);
  // Bylines, tasks and methods are joined to the papers just written.
  await analyzeIfOutgrown(sql, 'paper', counts.staged - counts.existing);
  // Counts of every proceeding and venue; those no paper names any more go.
  await refreshVenueCounts(run);
  await sql.query(`SELECT set_config('pwc.search_vector_supplied', 'off', true)`);
  await sql.query(`DROP TABLE ${vectors}`);

  await writeStagedAuthors(sql, stage, replace);
  count(report, 'authorships', counts.authorships);

  const areas = new AreaStore(sql);
  const tasks = await TaskStore.load(sql);
  const methods = await MethodStore.load(sql, areas, new CollectionStore(sql));
  const taskNames = await sql.query<{ name: string }>(
    `SELECT DISTINCT t.name FROM ${stage} s, unnest(s.tasks) t(name)`,
  );
  const taskIds = new Map(
    [...(await tasks.ensureNamed(taskNames.map((t) => t.name)))].map(([taskName, task]) => [taskName, task.id]),
  );
  const taskPairs = await replaceStagedPaperLinks(
    sql,
    stage,
    { table: 'paper_task', column: 'task_id', names: 'tasks' },
    taskIds,
    replace,
  );
  count(report, 'paper tasks', taskPairs);

  await methods.ensureEmbedded(file.embeddedMethods);
  const methodIds = new Map<string, number>();
  for (const method of file.embeddedMethods) {
    const methodName = name(method.name) ?? '';
    const id = methods.find(methodName);
    if (id !== undefined) methodIds.set(methodName, id);
  }
  const methodPairs = await replaceStagedPaperLinks(
    sql,
    stage,
    { table: 'paper_method', column: 'method_id', names: 'methods' },
    methodIds,
    replace,
  );
  count(report, 'paper methods', methodPairs);
  await recordChangedPaperLinks(sql, linksBefore);
  await sql.query(`DROP TABLE ${stage}`);
  if (restoreIndexes !== null) await restoreIndexes();
}
