import { GraphQLError } from 'graphql';
import { registerEnumType } from 'type-graphql';
import type { SqlRows } from '../../cache/data-version';
import { badInput } from '../../graphql/errors';

/**
 * Edits of task, dataset and method descriptions (issue 12). The markdown is stored verbatim
 * (the pages sanitise it when they render it, as they do the archive's). An edit names the
 * version it was based on; one based on an older text is refused (CONFLICT) with the text now.
 * The revision is recorded by the tables' own triggers (TASK, DATASET, METHOD: `description`).
 */
export enum DescribedType {
  TASK = 'TASK',
  DATASET = 'DATASET',
  METHOD = 'METHOD',
}
registerEnumType(DescribedType, { name: 'DescribedType', description: 'What has an editable description.' });

const TABLES: Record<DescribedType, string> = { TASK: 'task', DATASET: 'dataset', METHOD: 'method' };
export const describedTable = (type: DescribedType) => TABLES[type];

/** Long enough for the longest description of the archive (about 20,000 characters), with room. */
export const DESCRIPTION_MAX = 50_000;

export interface DescriptionProposal {
  subjectType: DescribedType;
  subjectId: number;
  subjectSlug: string;
  subjectName: string;
  baseVersion: string;
  description: string;
}

export interface CurrentDescription {
  type: DescribedType;
  id: number;
  slug: string;
  name: string;
  description: string | null;
  version: string;
}

/** A description's version: the MD5 of its text (an edit is refused when the text moved on). */
const VERSION_SQL = `md5(coalesce(description, ''))`;
const VERSION_SHAPE = /^[0-9a-f]{32}$/;

/** The description as it stands, by slug or id; null when there is no such entity. */
export async function currentDescription(
  sql: SqlRows,
  type: DescribedType,
  key: { slug: string } | { id: number },
  lock = false,
): Promise<CurrentDescription | null> {
  const [row] = await sql.query<Omit<CurrentDescription, 'type'>>(
    `SELECT id, slug, name, description, ${VERSION_SQL} AS version FROM ${TABLES[type]}
     WHERE ${'slug' in key ? 'slug' : 'id'} = $1${lock ? ' FOR UPDATE' : ''}`,
    ['slug' in key ? key.slug : key.id],
  );
  return row ? { type, ...row } : null;
}

/** The edit is based on an older text: refused, with the description as it is now. */
export function staleDescription(current: CurrentDescription, baseVersion: string): GraphQLError {
  return new GraphQLError(
    `The description of ${current.type.toLowerCase()} "${current.name}" changed since version ${baseVersion}; ` +
      `it is now version ${current.version}: look at it again and base the edit on that version`,
    { extensions: { code: 'CONFLICT', argument: 'baseVersion', current } },
  );
}

/** Checks an edit: the entity, its version, the text (BAD_USER_INPUT naming the argument). */
export async function checkDescriptionEdit(
  sql: SqlRows,
  type: DescribedType,
  slug: string,
  baseVersion: string,
  description: string,
): Promise<DescriptionProposal> {
  if (!VERSION_SHAPE.test(baseVersion)) throw badInput('baseVersion', 'is not a version (editableDescription.version)');
  if (description.trim() === '') throw badInput('description', 'is empty');
  if (description.length > DESCRIPTION_MAX)
    throw badInput('description', `is longer than ${DESCRIPTION_MAX} characters`);
  const current = await currentDescription(sql, type, { slug: slug.trim() });
  if (!current) throw badInput('slug', `no ${type.toLowerCase()} has the slug "${slug.trim().slice(0, 100)}"`);
  if (current.version !== baseVersion) throw staleDescription(current, baseVersion);
  if ((current.description ?? '') === description) throw badInput('description', 'is the text it has already');
  return {
    subjectType: type,
    subjectId: current.id,
    subjectSlug: current.slug,
    subjectName: current.name,
    baseVersion,
    description,
  };
}

/** Writes the edit (inside the caller's revision), checked again against the version it was based on. */
export async function applyDescription(sql: SqlRows, proposal: DescriptionProposal): Promise<void> {
  const current = await currentDescription(sql, proposal.subjectType, { id: proposal.subjectId }, true);
  if (!current) throw badInput('slug', `the ${proposal.subjectType.toLowerCase()} no longer exists`);
  if (current.version !== proposal.baseVersion) throw staleDescription(current, proposal.baseVersion);
  await sql.query(`UPDATE ${TABLES[proposal.subjectType]} SET description = $2 WHERE id = $1`, [
    proposal.subjectId,
    proposal.description,
  ]);
}
