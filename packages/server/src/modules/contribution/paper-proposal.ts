import { arxivIdMonth, normalizeTitle, paperSlugBase, parseArxivRef } from '@pwc/shared';
import { GraphQLError } from 'graphql';
import { Field, InputType } from 'type-graphql';
import type { SqlRows } from '../../cache/data-version';
import { badInput } from '../../graphql/errors';
import { createAuthors } from '../author/author-slug';
import { recordPaperChange, paperImage } from './paper-revision';
import { checkDate, checkText, checkUrl } from './result-proposal';

/**
 * Papers added by contributors (issue 12): named by an arXiv id or URL, or by the URL of another
 * site; title, authors, date and abstract typed or pasted (the server reads no other site).
 * A paper already known by its arXiv id, its URL or its title is refused, naming it.
 */
@InputType({ description: 'A paper to add: where it is, and what it says (typed or pasted).' })
export class PaperInput {
  @Field({
    description:
      'An arXiv id (2101.01234, 2101.01234v2, hep-th/9901001), an arxiv.org abs or pdf URL, or the http(s) URL of the paper elsewhere.',
  })
  reference: string;

  @Field()
  title: string;

  @Field(() => [String], { description: 'In byline order (at most 200).' })
  authors: string[];

  @Field(() => String, {
    nullable: true,
    description: 'YYYY-MM-DD it was published; for an arXiv paper, the first day of its id’s month when absent.',
  })
  published?: string | null;

  @Field(() => String, { nullable: true, description: 'Plain text, as pasted.' })
  abstract?: string | null;
}

export interface PaperProposal {
  subjectType: 'PAPER';
  subjectSlug: string;
  subjectName: string;
  arxivId: string | null;
  title: string;
  authors: string[];
  published: string | null;
  abstract: string | null;
  urlAbs: string;
  urlPdf: string | null;
}

/** arxiv.org itself: a URL there that is no abs or pdf page names no paper. */
const ARXIV_SITE = /^https?:\/\/(?:www\.|export\.)?arxiv\.org(?:[/?#:]|$)/i;
const TITLE_MAX = 500;
const AUTHOR_MAX = 200;
const AUTHORS_MAX = 200;
export const ABSTRACT_MAX = 10_000;

/** The known paper an addition duplicates: BAD_USER_INPUT naming it, with a link to it. */
function duplicate(argument: string, why: string, existing: { slug: string; title: string }): GraphQLError {
  return new GraphQLError(`Invalid argument "${argument}": ${why}: "${existing.title}", /paper/${existing.slug}`, {
    extensions: { code: 'BAD_USER_INPUT', argument, existing: { ...existing, path: `/paper/${existing.slug}` } },
  });
}

/** A paper the given one duplicates (by arXiv id, URL or title), or null. */
async function knownPaper(sql: SqlRows, proposal: Omit<PaperProposal, 'subjectSlug'>) {
  const [byArxiv] = proposal.arxivId
    ? await sql.query<{ slug: string; title: string }>('SELECT slug, title FROM paper WHERE arxiv_id = $1', [
        proposal.arxivId,
      ])
    : [];
  if (byArxiv) return { argument: 'paper.reference', why: 'this arXiv paper is known already', paper: byArxiv };
  const [byUrl] = await sql.query<{ slug: string; title: string }>(
    'SELECT slug, title FROM paper WHERE url_abs = $1 OR url_pdf = $1 LIMIT 1',
    [proposal.urlAbs],
  );
  if (byUrl) return { argument: 'paper.reference', why: 'a paper with this URL is known already', paper: byUrl };
  const [byTitle] = await sql.query<{ slug: string; title: string }>(
    'SELECT slug, title FROM paper WHERE normalized_title = $1 LIMIT 1',
    [normalizeTitle(proposal.title)],
  );
  if (byTitle) return { argument: 'paper.title', why: 'a paper with this title is known already', paper: byTitle };
  return null;
}

/** The first of base, base-1, base-2 … no paper has (the archive's way of making slugs unique). */
async function freePaperSlug(sql: SqlRows, base: string): Promise<string> {
  const taken = new Set(
    (
      await sql.query<{ slug: string }>(`SELECT slug FROM paper WHERE slug = $1 OR slug ~ ('^' || $2 || '-[0-9]+$')`, [
        base,
        base.replace(/[^a-z0-9-]/g, ''),
      ])
    ).map((row) => row.slug),
  );
  if (!taken.has(base)) return base;
  for (let n = 1; ; n++) if (!taken.has(`${base}-${n}`)) return `${base}-${n}`;
}

/** Checks a paper to add: BAD_USER_INPUT naming the field at fault, or the paper it duplicates. */
export async function checkPaper(sql: SqlRows, input: PaperInput): Promise<PaperProposal> {
  const reference = checkText(input.reference, 'paper.reference', 1000);
  const parsed = parseArxivRef(reference);
  let arxivId: string | null = null;
  let urlAbs: string;
  let urlPdf: string | null = null;
  if (parsed.ok) {
    ({ id: arxivId, absUrl: urlAbs, pdfUrl: urlPdf } = parsed.ref);
  } else if (/^https?:\/\//i.test(reference) && !ARXIV_SITE.test(reference) && parsed.problem === 'not-arxiv-url') {
    urlAbs = checkUrl(reference, 'paper.reference');
  } else if (/^[a-z][a-z0-9+.-]*:/i.test(reference) && !/^arxiv:/i.test(reference)) {
    throw badInput('paper.reference', 'must be an arXiv id or an http(s) URL');
  } else throw badInput('paper.reference', parsed.message);

  const title = checkText(input.title, 'paper.title', TITLE_MAX).replace(/\s+/g, ' ');
  const base = paperSlugBase(title);
  if (!base) throw badInput('paper.title', 'has no letter or digit to make its slug from');
  if (input.authors.length === 0) throw badInput('paper.authors', 'give at least one author');
  if (input.authors.length > AUTHORS_MAX) throw badInput('paper.authors', `at most ${AUTHORS_MAX} authors`);
  const authors = input.authors.map((name, i) =>
    checkText(name, `paper.authors[${i}]`, AUTHOR_MAX).replace(/\s+/g, ' '),
  );
  const seen = new Set<string>();
  authors.forEach((name, i) => {
    if (seen.has(name)) throw badInput(`paper.authors[${i}]`, `"${name}" is given twice`);
    seen.add(name);
  });
  const published =
    input.published != null && input.published.trim() !== ''
      ? checkDate(input.published, 'paper.published')
      : arxivIdMonth(arxivId);
  if (!published) throw badInput('paper.published', 'is required for a paper without an arXiv id');
  let abstract: string | null = null;
  if (input.abstract != null && input.abstract.trim() !== '') {
    abstract = input.abstract.trim();
    if (abstract.length > ABSTRACT_MAX) throw badInput('paper.abstract', `is longer than ${ABSTRACT_MAX} characters`);
  }
  const proposal = {
    subjectType: 'PAPER' as const,
    subjectName: title,
    arxivId,
    title,
    authors,
    published,
    abstract,
    urlAbs,
    urlPdf,
  };
  const known = await knownPaper(sql, proposal);
  if (known) throw duplicate(known.argument, known.why, known.paper);
  return { ...proposal, subjectSlug: await freePaperSlug(sql, base) };
}

/**
 * Adds the paper (inside the caller's revision), checked again: a paper added since with the
 * same arXiv id, URL, title or slug refuses it. Returns its id.
 */
export async function applyPaper(sql: SqlRows, proposal: PaperProposal): Promise<number> {
  // One addition of papers at a time: two approvals of the same paper cannot both pass the check.
  await sql.query(`SELECT pg_advisory_xact_lock(hashtext('pwc.add-paper'))`);
  const known = await knownPaper(sql, proposal);
  if (known) throw duplicate(known.argument, `${known.why} (added since this was proposed)`, known.paper);
  const [taken] = await sql.query('SELECT 1 FROM paper WHERE slug = $1', [proposal.subjectSlug]);
  if (taken)
    throw badInput('paper.title', `the slug "${proposal.subjectSlug}" was taken since; propose the paper again`);
  const [paper] = await sql.query<{ id: number }>(
    `INSERT INTO paper (slug, arxiv_id, title, normalized_title, abstract, url_abs, url_pdf, published)
     VALUES ($1, $2, $3, $4, $5, $6, $7, $8) RETURNING id`,
    [
      proposal.subjectSlug,
      proposal.arxivId,
      proposal.title,
      normalizeTitle(proposal.title),
      proposal.abstract,
      proposal.urlAbs,
      proposal.urlPdf,
      proposal.published,
    ],
  );
  const run = <Row>(text: string, params?: unknown[]) => sql.query<Row>(text, params);
  await createAuthors(run, proposal.authors);
  await sql.query(
    `INSERT INTO paper_author (paper_id, position, author_id)
     SELECT $1, (t.position - 1)::smallint, a.id FROM unnest($2::text[]) WITH ORDINALITY AS t(name, position) JOIN author a ON a.name = t.name`,
    [paper!.id, proposal.authors],
  );
  await sql.query('UPDATE author SET paper_count = paper_count + 1 WHERE name = ANY($1::text[])', [proposal.authors]);
  await recordPaperChange(sql, paper!.id, null, await paperImage(sql, paper!.id));
  return paper!.id;
}
