import type { SqlRunner } from '../../db/prepared-statements';
import { latexText } from '../benchmark/export/export-formats';

interface PaperRecord {
  slug: string;
  title: string;
  arxivId: string | null;
  published: string | null;
  urlAbs: string | null;
  proceeding: string | null;
  authors: string[];
}

/** A paper as a BibTeX entry (an arXiv preprint, or a conference paper when it has a proceeding); null when absent. */
export async function paperBibtex(db: SqlRunner, slug: string, permalink: string): Promise<string | null> {
  const [paper] = await db.query<PaperRecord[]>(
    `SELECT p.slug, p.title, p.arxiv_id AS "arxivId", p.published::text AS published, p.url_abs AS "urlAbs",
            p.proceeding,
            (SELECT coalesce(json_agg(a.name ORDER BY pa.position), '[]'::json)
             FROM paper_author pa JOIN author a ON a.id = pa.author_id WHERE pa.paper_id = p.id) AS authors
     FROM paper p WHERE p.slug = $1`,
    [slug],
  );
  return paper ? bibtexEntry(paper, permalink) : null;
}

export function bibtexEntry(paper: PaperRecord, permalink: string): string {
  const year = paper.published?.slice(0, 4);
  const fields: [string, string | undefined][] = [
    ['title', `{${latexText(paper.title)}}`],
    ['author', paper.authors.map(latexText).join(' and ') || undefined],
    ['year', year],
    paper.proceeding
      ? ['booktitle', latexText(paper.proceeding)]
      : ['journal', paper.arxivId ? `arXiv preprint arXiv:${paper.arxivId}` : undefined],
    ['eprint', paper.arxivId ?? undefined],
    ['archivePrefix', paper.arxivId ? 'arXiv' : undefined],
    ['url', paper.urlAbs ?? permalink],
  ];
  const body = fields
    .filter((field): field is [string, string] => field[1] !== undefined)
    .map(([name, value]) => `  ${name} = {${value}}`)
    .join(',\n');
  return `@${paper.proceeding ? 'inproceedings' : 'article'}{${citationKey(paper, year)},\n${body}\n}\n`;
}

/** e.g. devlin2018bert: the first author's last name, the year, the title's first word. */
function citationKey(paper: PaperRecord, year: string | undefined): string {
  const ascii = (text: string) =>
    text
      .normalize('NFKD')
      .replace(/[^A-Za-z0-9 ]/g, '')
      .toLowerCase();
  const lastName = ascii(paper.authors[0]?.split(/\s+/).at(-1) ?? '');
  const word =
    ascii(paper.title)
      .split(' ')
      .find((w) => w.length > 2 && !['the', 'and', 'for'].includes(w)) ?? '';
  return `${lastName}${year ?? ''}${word}` || paper.slug.replace(/[^A-Za-z0-9-]/g, '');
}
