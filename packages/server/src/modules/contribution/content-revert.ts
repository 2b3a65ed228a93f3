import { GraphQLError } from 'graphql';
import type { SqlRows } from '../../cache/data-version';
import { setCodeLinks } from './code-link';
import { codeLinksOf, paperImage, recordPaperChange, type CodeLinkImage } from './paper-revision';

/**
 * One-click revert of content changes (issue 12), in the caller's transaction (inside
 * openRevision/closeRevision, after the revision's rows): a description put back as it was
 * before the revision, a paper the revision added removed again, a paper's code links put back.
 * As for rows, only while the content is exactly as the revision left it; otherwise CONFLICT
 * naming the later revisions.
 */

/**
 * The changes of a revision that this file reverts, as a condition on `revision_change c`. Papers
 * a papers-file import added are not (up to the whole archive, recorded by identity only): an
 * import is undone by importing the earlier file.
 */
export const REVERTIBLE_CONTENT = `(
  (c.entity_type IN ('TASK', 'DATASET', 'METHOD') AND c.action = 'CHANGED'
   AND NOT EXISTS (SELECT 1 FROM jsonb_array_elements(c.fields) f WHERE f ->> 'field' <> 'description'))
  OR (c.entity_type = 'PAPER' AND c.action = 'ADDED' AND NOT EXISTS (
      SELECT 1 FROM revision imported WHERE imported.id = c.revision_id AND imported.author_id IS NULL
        AND imported.source ->> 'kind' = 'papers-with-abstracts'))
  OR (c.entity_type = 'PAPER' AND c.action = 'CHANGED'
      AND NOT EXISTS (SELECT 1 FROM jsonb_array_elements(c.fields) f WHERE f ->> 'field' <> 'code')))`;

const TABLES: Record<string, string> = { TASK: 'task', DATASET: 'dataset', METHOD: 'method' };

interface ContentChange {
  type: 'TASK' | 'DATASET' | 'METHOD' | 'PAPER';
  id: number;
  action: 'ADDED' | 'CHANGED';
  label: string | null;
  fields: { field: string; before?: unknown; after?: unknown }[];
}

/** Reverts the content changes of one revision; returns how many it put back. */
export async function revertContentChanges(sql: SqlRows, revisionId: string): Promise<number> {
  const changes = await sql.query<ContentChange>(
    `SELECT c.entity_type AS type, c.entity_id AS id, c.action, c.label, c.fields
     FROM revision_change c WHERE c.revision_id = $1 AND c.entity_type IN ('TASK', 'DATASET', 'METHOD', 'PAPER')
     ORDER BY c.id`,
    [revisionId],
  );
  for (const change of changes) {
    const field = (name: string) => change.fields.find((f) => f.field === name);
    if (change.type !== 'PAPER') await revertDescription(sql, revisionId, change, field('description')!);
    else if (change.action === 'ADDED') await removeAddedPaper(sql, revisionId, change);
    else await revertCodeLinks(sql, revisionId, change, field('code')!);
  }
  return changes.length;
}

/** Refuses the revert: the entity changed since the revision (or is gone). */
async function conflict(sql: SqlRows, revisionId: string, change: ContentChange, what: string): Promise<never> {
  const later = await sql.query<{ id: string; author: string }>(
    `SELECT DISTINCT rv.id::text, rv.author_label AS author FROM revision_change c JOIN revision rv ON rv.id = c.revision_id
     WHERE c.entity_type = $1 AND c.entity_id = $2 AND c.revision_id > $3 ORDER BY 1`,
    [change.type, change.id, revisionId],
  );
  throw new GraphQLError(
    `Revision ${revisionId} cannot be reverted: ${what} of ${change.type.toLowerCase()} "${change.label}" changed since ` +
      `(${later.map((r) => `${r.id} by ${r.author}`).join(', ') || 'unrecorded changes'}); revert those first`,
    { extensions: { code: 'CONFLICT', revision: revisionId, laterRevisions: later.map((r) => r.id) } },
  );
}

async function revertDescription(
  sql: SqlRows,
  revisionId: string,
  change: ContentChange,
  diff: { before?: unknown; after?: unknown },
) {
  const table = TABLES[change.type]!;
  const [row] = await sql.query<{ description: string | null }>(
    `SELECT description FROM ${table} WHERE id = $1 FOR UPDATE`,
    [change.id],
  );
  if (!row || (row.description ?? null) !== ((diff.after as string | undefined) ?? null))
    return conflict(sql, revisionId, change, 'the description');
  await sql.query(`UPDATE ${table} SET description = $2 WHERE id = $1`, [change.id, diff.before ?? null]);
}

async function removeAddedPaper(sql: SqlRows, revisionId: string, change: ContentChange) {
  const [paper] = await sql.query<{ id: number; cited: boolean }>(
    'SELECT p.id, EXISTS (SELECT 1 FROM result r WHERE r.paper_id = p.id) AS cited FROM paper p WHERE p.id = $1 FOR UPDATE',
    [change.id],
  );
  const before = paper ? await paperImage(sql, paper.id) : null;
  // Removed only while it is exactly as the revision added it, and no leaderboard row cites it.
  const [same] = await sql.query<{ same: boolean }>(
    `SELECT jsonb_strip_nulls($1::jsonb) = (SELECT jsonb_object_agg(f ->> 'field', f -> 'after')
                                          FROM jsonb_array_elements($2::jsonb) f) AS same`,
    [JSON.stringify(before), JSON.stringify(change.fields)],
  );
  if (!paper || !before || paper.cited || !same?.same)
    return conflict(sql, revisionId, change, 'the paper or its results');
  await sql.query(
    `UPDATE author SET paper_count = greatest(paper_count - 1, 0)
     WHERE id IN (SELECT author_id FROM paper_author WHERE paper_id = $1)`,
    [paper.id],
  );
  // Authors, links to tasks, methods and code go with it (ON DELETE CASCADE).
  await sql.query('DELETE FROM paper WHERE id = $1', [paper.id]);
  await recordPaperChange(sql, paper.id, before, null);
}

async function revertCodeLinks(
  sql: SqlRows,
  revisionId: string,
  change: ContentChange,
  diff: { before?: unknown; after?: unknown },
) {
  const [paper] = await sql.query<{ id: number; slug: string }>('SELECT id, slug FROM paper WHERE id = $1 FOR UPDATE', [
    change.id,
  ]);
  if (!paper) return conflict(sql, revisionId, change, 'the paper');
  const now = await codeLinksOf(sql, paper.id);
  if (JSON.stringify(normalised(now)) !== JSON.stringify(normalised(diff.after)))
    return conflict(sql, revisionId, change, 'the code links');
  await setCodeLinks(sql, paper, now, normalised(diff.before));
}

/** Links as recorded (a JSON list; absent when empty), in the order codeLinksOf gives them. */
function normalised(value: unknown): CodeLinkImage[] {
  const links = (Array.isArray(value) ? value : []) as CodeLinkImage[];
  return links
    .map((link) => ({ url: link.url, official: link.official, framework: link.framework ?? null }))
    .sort((a, b) => (a.url < b.url ? -1 : a.url > b.url ? 1 : 0));
}
