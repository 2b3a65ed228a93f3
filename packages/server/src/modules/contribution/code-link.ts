import { repoNameFromUrl } from '@pwc/shared';
import { Field, InputType, Int, registerEnumType } from 'type-graphql';
import type { SqlRows } from '../../cache/data-version';
import { badInput } from '../../graphql/errors';
import { normalizeRepositoryUrl } from '../../archive/records/repository-url';
import { codeLinksOf, recordPaperChange, type CodeLinkImage } from './paper-revision';
import { checkText } from './result-proposal';

/**
 * Code repositories linked to papers by contributors (issue 12): official or not, with a
 * framework from a fixed list and, optionally, its stars. Unlinking removes the paper's link
 * (the repository stays for its other papers). Both are recorded as a change of the paper's
 * `code` (see paper-revision.ts), so a revert puts the links back as they were.
 */
export enum CodeFramework {
  PYTORCH = 'PYTORCH',
  TF = 'TF',
  JAX = 'JAX',
  MXNET = 'MXNET',
  PADDLE = 'PADDLE',
  CAFFE2 = 'CAFFE2',
  TORCH = 'TORCH',
  MINDSPORE = 'MINDSPORE',
  NONE = 'NONE',
}
registerEnumType(CodeFramework, {
  name: 'CodeFramework',
  description: 'The framework a repository is written in, as the archive names them (NONE: other or unknown).',
});

/** Hosts of code whose plain-http URLs are accepted (and upgraded to https); any other URL must be https. */
export const KNOWN_CODE_HOSTS = [
  'github.com',
  'gitlab.com',
  'bitbucket.org',
  'gitee.com',
  'huggingface.co',
  'codeberg.org',
];

@InputType({ description: 'A code repository to link to a paper.' })
export class CodeLinkInput {
  @Field({ description: 'https URL (http only for github.com, gitlab.com and other known hosts).' })
  url: string;

  @Field({ description: 'Written by the paper’s authors.' })
  official: boolean;

  @Field(() => CodeFramework, { defaultValue: CodeFramework.NONE })
  framework: CodeFramework;

  @Field(() => Int, { nullable: true, description: 'Its GitHub stars, when known.' })
  stars?: number | null;
}

export interface CodeLinkProposal {
  subjectType: 'PAPER';
  subjectSlug: string;
  subjectName: string;
  paperId: number;
  url: string;
  /** Absent for an unlink. */
  official?: boolean;
  framework?: string | null;
  stars?: number | null;
  unlink?: boolean;
}

const STARS_MAX = 10_000_000;

/** A repository URL, checked and in the archive's normal form (https://github.com/owner/name). */
export function checkRepositoryUrl(value: string, argument: string): string {
  const text = checkText(value, argument, 1000);
  let url: URL;
  try {
    url = new URL(text);
  } catch {
    throw badInput(argument, 'is not a URL');
  }
  const host = url.hostname.toLowerCase().replace(/^www\./, '');
  const known = KNOWN_CODE_HOSTS.includes(host);
  if (url.protocol !== 'https:' && !(url.protocol === 'http:' && known))
    throw badInput(argument, `must be an https URL (http only for ${KNOWN_CODE_HOSTS.join(', ')})`);
  if (url.username || url.password) throw badInput(argument, 'must not carry a user name or password');
  if (known) {
    const { owner, name } = repoNameFromUrl(text);
    if (!owner || !name) throw badInput(argument, `is not the URL of a repository on ${host} (owner/name)`);
  }
  const upgraded = known ? text.replace(/^http:/i, 'https:') : text;
  return normalizeRepositoryUrl(upgraded) ?? upgraded;
}

/** The paper by slug, or BAD_USER_INPUT naming `argument`. */
export async function paperOf(sql: SqlRows, slug: string, argument: string) {
  const [paper] = await sql.query<{ id: number; slug: string; title: string }>(
    'SELECT id, slug, title FROM paper WHERE slug = $1',
    [slug.trim()],
  );
  if (!paper) throw badInput(argument, `no paper has the slug "${slug.trim().slice(0, 100)}"`);
  return paper;
}

export async function checkCodeLink(sql: SqlRows, paperSlug: string, input: CodeLinkInput): Promise<CodeLinkProposal> {
  const paper = await paperOf(sql, paperSlug, 'paper');
  const url = checkRepositoryUrl(input.url, 'repository.url');
  if (input.stars != null && (input.stars < 0 || input.stars > STARS_MAX))
    throw badInput('repository.stars', `must be 0 to ${STARS_MAX}`);
  if ((await codeLinksOf(sql, paper.id)).some((link) => link.url === url))
    throw badInput('repository.url', 'is linked to this paper already');
  return {
    subjectType: 'PAPER',
    subjectSlug: paper.slug,
    subjectName: paper.title,
    paperId: paper.id,
    url,
    official: input.official,
    // Stored as the archive names frameworks: pytorch, tf, jax …
    framework: input.framework === CodeFramework.NONE ? null : input.framework.toLowerCase(),
    stars: input.stars ?? null,
  };
}

export async function checkCodeUnlink(sql: SqlRows, paperSlug: string, url: string): Promise<CodeLinkProposal> {
  const paper = await paperOf(sql, paperSlug, 'paper');
  const text = checkText(url, 'url', 1000);
  const normal = normalizeRepositoryUrl(text) ?? text;
  if (!(await codeLinksOf(sql, paper.id)).some((link) => link.url === normal || link.url === text))
    throw badInput('url', 'is not linked to this paper');
  return {
    subjectType: 'PAPER',
    subjectSlug: paper.slug,
    subjectName: paper.title,
    paperId: paper.id,
    url: normal,
    unlink: true,
  };
}

/**
 * Sets the paper's code links to `links` (in the caller's revision) and records the change;
 * repositories are made when new (a repository's framework and stars are filled when it has none).
 */
export async function setCodeLinks(
  sql: SqlRows,
  paper: { id: number; slug: string },
  before: CodeLinkImage[],
  links: (CodeLinkImage & { stars?: number | null })[],
): Promise<void> {
  await sql.query(
    `INSERT INTO repository (url, framework, stars) SELECT * FROM unnest($1::text[], $2::text[], $3::int[])
     ON CONFLICT (url) DO UPDATE SET framework = coalesce(repository.framework, excluded.framework),
                                    stars = coalesce(repository.stars, excluded.stars)`,
    [links.map((link) => link.url), links.map((link) => link.framework), links.map((link) => link.stars ?? null)],
  );
  await sql.query(
    `DELETE FROM paper_repository pr USING repository r
     WHERE pr.paper_id = $1 AND r.id = pr.repository_id AND NOT (r.url = ANY($2::text[]))`,
    [paper.id, links.map((link) => link.url)],
  );
  await sql.query(
    `INSERT INTO paper_repository (paper_id, repository_id, is_official)
     SELECT $1, r.id, t.official FROM unnest($2::text[], $3::boolean[]) AS t(url, official) JOIN repository r ON r.url = t.url
     ON CONFLICT (paper_id, repository_id) DO UPDATE SET is_official = excluded.is_official`,
    [paper.id, links.map((link) => link.url), links.map((link) => link.official)],
  );
  const after = await codeLinksOf(sql, paper.id);
  await recordPaperChange(sql, paper.id, { slug: paper.slug, code: before }, { slug: paper.slug, code: after });
}

/** Applies a link or unlink (inside the caller's revision), checked again against the links now. */
export async function applyCodeLink(sql: SqlRows, proposal: CodeLinkProposal): Promise<void> {
  const [paper] = await sql.query<{ id: number; slug: string }>('SELECT id, slug FROM paper WHERE id = $1 FOR UPDATE', [
    proposal.paperId,
  ]);
  if (!paper) throw badInput('paper', 'the paper no longer exists');
  const before = await codeLinksOf(sql, paper.id);
  const linked = before.some((link) => link.url === proposal.url);
  if (proposal.unlink) {
    if (!linked) throw badInput('url', 'is not linked to this paper any more');
    return setCodeLinks(
      sql,
      paper,
      before,
      before.filter((link) => link.url !== proposal.url),
    );
  }
  if (linked) throw badInput('repository.url', 'is linked to this paper already');
  const added = { url: proposal.url, official: proposal.official ?? false, framework: proposal.framework ?? null };
  await setCodeLinks(sql, paper, before, [...before, { ...added, stars: proposal.stars ?? null }]);
}
