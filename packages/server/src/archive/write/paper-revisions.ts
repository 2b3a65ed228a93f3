import type { Sql } from './sql';

/**
 * Papers in the papers file's revision (issue 12). The paper table has no revision trigger (the
 * contribution writers record a paper's image themselves, see modules/contribution/paper-revision.ts),
 * so the papers import records its changes the same way, into the open revision's
 * `revision_pending`, set-based from the staging table, in the file's transaction:
 *
 * - CHANGED: before the merge, each staged paper that exists is compared with its stored row
 *   column by column (and its byline name by name); only the papers that differ get images, and
 *   closeRevision keeps the fields that differ, before → after, in full (an abstract too).
 * - ADDED: identity only — `slug`, `title`, `arxiv_id` — taken from the merge's own RETURNING.
 *   Recording every field of a first import would copy the whole papers file (576k abstracts)
 *   into the history; the revision's source names the file with its sha256, which gives the rest.
 * - REMOVED: never; the importer only adds and updates papers (a paper missing from the file stays).
 *
 * The fields are the contributions' names (slug, arxiv_id, title, abstract, url_abs, url_pdf,
 * published, authors) plus the archive's venue text (proceeding, conference) and, for a changed
 * paper, its `tasks` and `methods` (names, sorted): compared by id before and after the links are
 * replaced, since a task named in the file may be an existing one by another spelling. Code
 * links are the links file's (not recorded by imports).
 */

/** Off only to measure what recording costs (src/bench/paper-revision-bench.ts). */
export const paperRevisionRecording = { enabled: true };

const recording = `coalesce(current_setting('pwc.revision', true), '') = 'open'`;

/** The fields a revision compares, as SQL over a paper or staged row `t` and its byline. */
const image = (t: string, authors: string) => `jsonb_build_object(
  'slug', ${t}.slug, 'arxiv_id', ${t}.arxiv_id, 'title', ${t}.title, 'abstract', ${t}.abstract,
  'url_abs', ${t}.url_abs, 'url_pdf', ${t}.url_pdf, 'published', ${t}.published,
  'proceeding', ${t}.proceeding, 'conference', ${t}.conference, 'authors', to_jsonb(${authors}))`;

const STORED_BYLINE = `coalesce((SELECT array_agg(a.name::text ORDER BY pa.position) FROM paper_author pa
  JOIN author a ON a.id = pa.author_id WHERE pa.paper_id = p.id), '{}')`;
/** As author-writer.ts writes it: the first 32,768 names. */
const STAGED_BYLINE = 's.authors[1:32768]';

/**
 * Records, before the merge, the staged papers that exist and differ from their stored rows:
 * their images before (stored) and after (staged, as the merge will write them).
 */
export async function recordChangedPapers(sql: Sql, stage: string): Promise<void> {
  if (!paperRevisionRecording.enabled) return;
  await sql.query(
    `INSERT INTO revision_pending (entity_type, entity_id, before, after)
     SELECT 'PAPER', c.id, ${image('c', 'c.stored_authors')}, ${image('s', STAGED_BYLINE)}
     FROM ${stage} s
     CROSS JOIN LATERAL (SELECT p.id, p.slug, p.arxiv_id, p.title, p.abstract, p.url_abs, p.url_pdf, p.published,
         p.proceeding, p.conference, ${STORED_BYLINE} AS stored_authors FROM paper p WHERE p.slug = s.slug) c
     WHERE ${recording}
       AND ((c.arxiv_id, c.title, c.abstract, c.url_abs, c.url_pdf, c.published, c.proceeding, c.conference)
            IS DISTINCT FROM (s.arxiv_id, s.title, s.abstract, s.url_abs, s.url_pdf, s.published, s.proceeding, s.conference)
            OR c.stored_authors IS DISTINCT FROM ${STAGED_BYLINE})`,
  );
}

/**
 * The merge's upsert (an `INSERT INTO paper … RETURNING id, slug, title, arxiv_id`) with the
 * papers it added recorded as ADDED, by identity (xmax = 0: inserted, not updated).
 */
export function recordingAddedPapers(upsert: string): string {
  if (!paperRevisionRecording.enabled) return upsert;
  return `WITH written AS (${upsert} RETURNING id, slug, title, arxiv_id, xmax = 0 AS added)
    INSERT INTO revision_pending (entity_type, entity_id, before, after)
    SELECT 'PAPER', w.id, NULL, jsonb_strip_nulls(jsonb_build_object('slug', w.slug, 'title', w.title, 'arxiv_id', w.arxiv_id))
    FROM written w WHERE w.added AND ${recording}`;
}

const LINKS_NOW = (paper: string) => `
  ARRAY(SELECT task_id FROM paper_task WHERE paper_id = ${paper} ORDER BY 1) AS tasks,
  ARRAY(SELECT method_id FROM paper_method WHERE paper_id = ${paper} ORDER BY 1) AS methods`;

const NAMES = (table: 'task' | 'method', ids: string) =>
  `(SELECT coalesce(jsonb_agg(x.name ORDER BY x.name), '[]') FROM ${table} x WHERE x.id = ANY(${ids}))`;

/**
 * Before the merge: the tasks and methods (ids) of each staged paper that exists, to compare
 * with once the links are replaced (recordChangedPaperLinks). Returns the snapshot's table.
 */
export async function snapshotPaperLinks(sql: Sql, stage: string): Promise<string | null> {
  if (!paperRevisionRecording.enabled) return null;
  const table = `${stage}_links_before`;
  await sql.query(
    `CREATE UNLOGGED TABLE ${table} AS
     SELECT p.id AS paper_id, p.slug, ${LINKS_NOW('p.id')}
     FROM ${stage} s JOIN paper p ON p.slug = s.slug WHERE ${recording}`,
  );
  return table;
}

/**
 * After the links are replaced: the papers whose tasks or methods differ from the snapshot get
 * them (by name) in their images — added to the images recordChangedPapers wrote, or as images
 * of their own (with the slug, which names the paper in a History).
 */
export async function recordChangedPaperLinks(sql: Sql, snapshot: string | null): Promise<void> {
  if (snapshot === null) return;
  const changed = `${snapshot}_changed`;
  await sql.query(
    `CREATE UNLOGGED TABLE ${changed} AS
     SELECT b.paper_id, b.slug,
            jsonb_build_object('tasks', ${NAMES('task', 'b.tasks')}, 'methods', ${NAMES('method', 'b.methods')}) AS before,
            jsonb_build_object('tasks', ${NAMES('task', 'a.tasks')}, 'methods', ${NAMES('method', 'a.methods')}) AS after
     FROM ${snapshot} b CROSS JOIN LATERAL (SELECT ${LINKS_NOW('b.paper_id')}) a
     WHERE a.tasks <> b.tasks OR a.methods <> b.methods`,
  );
  const mine = `r.tx = pg_current_xact_id_if_assigned() AND r.entity_type = 'PAPER' AND r.entity_id = c.paper_id`;
  await sql.query(
    `UPDATE revision_pending r SET before = r.before || c.before, after = r.after || c.after
     FROM ${changed} c WHERE ${mine}`,
  );
  await sql.query(
    `INSERT INTO revision_pending (entity_type, entity_id, before, after)
     SELECT 'PAPER', c.paper_id, c.before || jsonb_build_object('slug', c.slug), c.after || jsonb_build_object('slug', c.slug)
     FROM ${changed} c WHERE NOT EXISTS (SELECT 1 FROM revision_pending r WHERE ${mine})`,
  );
  await sql.query(`DROP TABLE ${changed}`);
  await sql.query(`DROP TABLE ${snapshot}`);
}
