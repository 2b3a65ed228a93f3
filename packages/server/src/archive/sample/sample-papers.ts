import { paperSlugFromUrl } from '@pwc/shared';
import { bertMethodRecords, bertMethods } from './bert-methods';
import { BERT_PAPER } from './bert-paper';
import { bertRelatedPapers } from './bert-related-papers';
import { leaderboardTasksByArxivId } from './leaderboard-papers';
import { methodPaperRecord, methodPapers } from './method-papers';

type Json = Record<string, unknown>;

/** A paper of the old REST API v1 (/papers/ and /papers/{id}/) in the papers-with-abstracts format. */
export function paperFromApiV1(paper: Json, methods: Json[] = []): Json {
  return {
    paper_url: `https://paperswithcode.com/paper/${String(paper.id)}`,
    arxiv_id: paper.arxiv_id ?? null,
    nips_id: paper.nips_id ?? null,
    openreview_id: null,
    title: paper.title ?? null,
    abstract: paper.abstract ?? null,
    short_abstract: null,
    url_abs: paper.url_abs ?? null,
    url_pdf: paper.url_pdf ?? null,
    proceeding: paper.proceeding ?? null,
    authors: paper.authors ?? [],
    tasks: [],
    date: paper.published ?? null,
    conference: paper.conference ?? null,
    conference_url_abs: paper.conference_url_abs ?? null,
    conference_url_pdf: paper.conference_url_pdf ?? null,
    reproduces_paper: null,
    methods: methods.map(methodFromApiV1),
  };
}

/** A method of /papers/{id}/methods/ as a paper's embedded method (no slug; joined by name). */
function methodFromApiV1(method: Json): Json {
  return {
    name: method.name ?? null,
    full_name: method.full_name ?? null,
    description: method.description ?? null,
    introduced_year: null,
    source_url: null,
    source_title: null,
    code_snippet_url: null,
    main_collection: null,
  };
}

/**
 * The 50 papers of /papers/, the GAN paper of /papers/{id}/ with its methods, BERT with its
 * methods from the methods dump, BERT's related papers, and from the methods dump the papers that
 * introduced BERT's methods and the papers the leaderboards' rows name by arXiv id (with the
 * tasks of those leaderboards).
 */
export function samplePapers(list: Json[], gan: Json, ganMethods: Json[], methods: Json[], tables: Json[]): Json[] {
  const papers = list.map((paper) => paperFromApiV1(paper));
  papers.push(paperFromApiV1(gan, ganMethods), { ...BERT_PAPER, methods: bertMethods(methods) });
  const slugs = new Set(papers.map((paper) => paperSlugFromUrl(String(paper.paper_url))));
  const arxivIds = new Set(papers.map((paper) => paper.arxiv_id).filter((id) => typeof id === 'string'));
  const bertMethodNames = new Set(bertMethodRecords(methods).map((method) => method.name));
  const tasksOf = leaderboardTasksByArxivId(tables);
  const fromDump = [...methodPapers(methods).values()].sort((a, b) => (a.slug < b.slug ? -1 : 1));
  for (const paper of fromDump) {
    if (slugs.has(paper.slug) || (paper.arxivId !== null && arxivIds.has(paper.arxivId))) continue;
    const tasks = paper.arxivId === null ? undefined : tasksOf.get(paper.arxivId);
    const introducesBertMethod = paper.methods.some((method) => bertMethodNames.has(method.name));
    if (tasks === undefined && !introducesBertMethod) continue;
    papers.push(methodPaperRecord(paper, [...(tasks ?? [])].sort()));
  }
  papers.push(...bertRelatedPapers().filter((paper) => !slugs.has(paperSlugFromUrl(String(paper.paper_url)))));
  return papers;
}
