// Each side's answer in one shape, so that "the same data" is checked, not assumed. Where an
// order is what the query is about (ranked rows, newest papers), it is kept; where it is only
// presentation (a paper's tasks, a row's columns), items are sorted.
/* eslint-disable @typescript-eslint/no-explicit-any -- reads three answer shapes of plain JSON */

interface Value {
  metric: string;
  raw: string | null;
  value: number | null;
}

const byJson = (a: unknown, b: unknown) => (JSON.stringify(a) < JSON.stringify(b) ? -1 : 1);
const sorted = <T>(items: T[]): T[] => [...items].sort(byJson);
const values = (list: Value[]) => [...list].sort((a, b) => (a.metric < b.metric ? -1 : 1));

interface PaperPage {
  title: string;
  abstract: string | null;
  published: string | null;
  urlAbs: string | null;
  urlPdf: string | null;
  authors: string[];
  tasks: string[];
  methods: string[];
  repositories: string[];
  results: { model: string; board: string; task: string; dataset: string; values: Value[] }[];
}

function paperPage(page: PaperPage): PaperPage {
  return {
    ...page,
    tasks: sorted(page.tasks),
    methods: sorted(page.methods),
    repositories: sorted(page.repositories),
    results: sorted(page.results.map((result) => ({ ...result, values: values(result.values) }))),
  };
}

const repository = (isOfficial: boolean, url: string, framework: string | null) =>
  `${url} ${framework ?? '-'}${isOfficial ? ' official' : ''}`;

export function ourPaper(data: any): PaperPage {
  const p = data.paper;
  return paperPage({
    title: p.title,
    abstract: p.abstract,
    published: p.published,
    urlAbs: p.urlAbs,
    urlPdf: p.urlPdf,
    authors: p.authors.map((a: any) => a.name),
    tasks: p.tasks.map((t: any) => `${t.slug} ${t.name}`),
    methods: p.methods.map((m: any) => `${m.slug} ${m.name}`),
    repositories: p.repositories.map((r: any) => repository(r.isOfficial, r.repository.url, r.repository.framework)),
    results: p.results.map((r: any) => ({
      model: r.modelName,
      board: r.benchmark.slug,
      task: r.benchmark.task.name,
      dataset: r.benchmark.dataset.name,
      values: r.values.map((v: any) => ({ metric: v.metric.name, raw: v.raw, value: v.value })),
    })),
  });
}

export function peerPaper(data: any): PaperPage {
  const p = data.paperBySlug;
  return paperPage({
    title: p.title,
    abstract: p.abstract,
    published: p.published,
    urlAbs: p.urlAbs,
    urlPdf: p.urlPdf,
    authors: p.paperAuthorsByPaperIdList.map((a: any) => a.authorByAuthorId.name),
    tasks: p.paperTasksByPaperIdList.map((t: any) => `${t.taskByTaskId.slug} ${t.taskByTaskId.name}`),
    methods: p.paperMethodsByPaperIdList.map((m: any) => `${m.methodByMethodId.slug} ${m.methodByMethodId.name}`),
    repositories: p.paperRepositoriesByPaperIdList.map((r: any) =>
      repository(r.isOfficial, r.repositoryByRepositoryId.url, r.repositoryByRepositoryId.framework),
    ),
    results: p.resultsByPaperIdList.map((r: any) => ({
      model: r.modelName,
      board: r.benchmarkByBenchmarkId.slug,
      task: r.benchmarkByBenchmarkId.taskByTaskId.name,
      dataset: r.benchmarkByBenchmarkId.datasetByDatasetId.name,
      values: r.resultValuesByResultIdList.map((v: any) => ({
        metric: v.metricByMetricId.name,
        raw: v.raw,
        value: v.value,
      })),
    })),
  });
}

/** The SQL statement already builds the normalized shape. */
export function sqlPaper(json: any): PaperPage {
  return paperPage(json);
}

interface BoardPage {
  slug: string;
  task: string;
  dataset: string;
  metrics: string[];
  totalCount: number;
  rows: {
    model: string;
    evaluatedOn: string | null;
    paperTitle: string | null;
    codeLinks: string[];
    paper: string | null;
    values: Value[];
  }[];
}

function boardPage(page: BoardPage): BoardPage {
  return { ...page, rows: page.rows.map((row) => ({ ...row, values: values(row.values) })) };
}

export function ourBoard(data: any): BoardPage {
  const b = data.benchmark;
  return boardPage({
    slug: b.slug,
    task: b.task.name,
    dataset: b.dataset.name,
    metrics: b.metrics.map((m: any) => m.name),
    totalCount: b.rows.totalCount,
    rows: b.rows.edges.map(({ node: { result: r } }: any) => ({
      model: r.modelName,
      evaluatedOn: r.evaluatedOn,
      paperTitle: r.paperTitle,
      codeLinks: r.codeLinks.map((link: any) => link.url),
      paper: r.paper ? `${r.paper.slug} ${r.paper.title}` : null,
      values: r.values.map((v: any) => ({ metric: v.metric.name, raw: v.raw, value: v.value })),
    })),
  });
}

export function peerBoard(data: any): BoardPage {
  const b = data.benchmarkBySlug;
  return boardPage({
    slug: b.slug,
    task: b.taskByTaskId.name,
    dataset: b.datasetByDatasetId.name,
    metrics: b.metricsByBenchmarkIdList.map((m: any) => m.name),
    totalCount: b.resultsByBenchmarkId.totalCount,
    rows: b.resultsByBenchmarkId.nodes.map((r: any) => ({
      model: r.modelName,
      evaluatedOn: r.evaluatedOn,
      paperTitle: r.paperTitle,
      // dynamicJson: the jsonb column arrives as JSON, not as a string.
      codeLinks: r.codeLinks.map((link: any) => link.url),
      paper: r.paperByPaperId ? `${r.paperByPaperId.slug} ${r.paperByPaperId.title}` : null,
      values: r.resultValuesByResultIdList.map((v: any) => ({
        metric: v.metricByMetricId.name,
        raw: v.raw,
        value: v.value,
      })),
    })),
  });
}

export function sqlBoard(json: any): BoardPage {
  return boardPage(json);
}

interface ListedPaper {
  slug: string;
  title: string;
  published: string | null;
  authors?: string[];
}

export function ourPaperList(data: any, withAuthors: boolean): ListedPaper[] {
  return data.papers.edges.map(({ node: p }: any) => ({
    slug: p.slug,
    title: p.title,
    published: p.published,
    ...(withAuthors ? { authors: p.authors.map((a: any) => a.name) } : {}),
  }));
}

export function peerPaperList(data: any, field: string, withAuthors: boolean): ListedPaper[] {
  return data[field].map((p: any) => ({
    slug: p.slug,
    title: p.title,
    published: p.published,
    ...(withAuthors ? { authors: p.paperAuthorsByPaperIdList.map((a: any) => a.authorByAuthorId.name) } : {}),
  }));
}

export function sqlPaperList(json: any, withAuthors: boolean): ListedPaper[] {
  return (json as ListedPaper[]).map((p) => ({
    slug: p.slug,
    title: p.title,
    published: p.published,
    ...(withAuthors ? { authors: p.authors } : {}),
  }));
}
