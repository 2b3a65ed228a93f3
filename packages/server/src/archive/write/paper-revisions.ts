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
 * published, authors) plus the archive's venue text (proceeding, conference). Tasks, methods
 * and code links of a paper are not compared here (links are the links file's).
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
