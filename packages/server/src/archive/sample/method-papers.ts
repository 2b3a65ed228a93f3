import { arxivIdFromUrl, paperSlugFromUrl } from '@pwc/shared';

type Json = Record<string, unknown>;

/** A methods.json record as a paper's embedded method (main collection: its first collection). */
export function embeddedMethod(method: Json): Json {
  const [first] = (method.collections ?? []) as Json[];
  return {
    name: method.name,
    full_name: method.full_name ?? null,
    description: method.description ?? null,
    introduced_year: method.introduced_year ?? null,
    source_url: method.source_url ?? null,
    source_title: method.source_title ?? null,
    code_snippet_url: method.code_snippet_url ?? null,
    main_collection:
      first === undefined
        ? null
        : { name: first.collection, description: null, parent: null, area: first.area ?? null },
  };
}

export interface MethodPaper {
  slug: string;
  url: string;
  title: string;
  /** The arXiv id of the method's source when the source is this paper on arXiv. */
  arxivId: string | null;
  /** The methods the dump says this paper introduced. */
  methods: Json[];
}

/** The papers that introduced methods, as the methods dump names them ({title, url}), by slug. */
export function methodPapers(dump: readonly Json[]): Map<string, MethodPaper> {
  const papers = new Map<string, MethodPaper>();
  for (const method of dump) {
    const paper = method.paper as Json | null | undefined;
    const url = typeof paper?.url === 'string' ? paper.url : null;
    const slug = paperSlugFromUrl(url);
    if (slug === null || url === null || typeof paper?.title !== 'string') continue;
    const entry = papers.get(slug) ?? { slug, url, title: paper.title, arxivId: null, methods: [] };
    entry.methods.push(method);
    const source = typeof method.source_url === 'string' ? method.source_url : null;
    if (entry.arxivId === null && method.source_title === paper.title) entry.arxivId = arxivIdFromUrl(source);
    papers.set(slug, entry);
  }
  return papers;
}

/**
 * A paper of the methods dump in the papers-with-abstracts format: its title and slug, its arXiv
 * id where the dump's source URL gives it, the methods it introduced, and the given tasks. The
 * dump has no authors, abstract or date.
 */
export function methodPaperRecord(paper: MethodPaper, tasks: readonly string[] = []): Json {
  return {
    paper_url: paper.url,
    arxiv_id: paper.arxivId,
    nips_id: null,
    openreview_id: null,
    title: paper.title,
    abstract: null,
    short_abstract: null,
    url_abs: paper.arxivId === null ? null : `https://arxiv.org/abs/${paper.arxivId}`,
    url_pdf: paper.arxivId === null ? null : `https://arxiv.org/pdf/${paper.arxivId}`,
    proceeding: null,
    authors: [],
    tasks: [...tasks],
    date: null,
    conference: null,
    conference_url_abs: null,
    conference_url_pdf: null,
    reproduces_paper: null,
    methods: paper.methods.map(embeddedMethod),
  };
}
