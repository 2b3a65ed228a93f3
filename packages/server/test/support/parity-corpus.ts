import { Kind, print } from 'graphql';
import { OUR_BOARD, OUR_NEWEST, OUR_PAPER, OUR_SEARCH } from '../../src/bench/peer/cases';
import type { ParityRequest } from './parity-requests';
import type { ValuePools } from './random-operations';
import type { TestServer } from './test-server';
import { playgroundExamples, webOperations } from './web-operations';

/** Real things of the database that the corpus asks for. */
export interface Targets {
  papers: string[];
  arxivIds: string[];
  /** Boards with at least two numeric metrics, largest first. */
  boards: { slug: string; metrics: string[] }[];
  tasks: string[];
  datasets: string[];
  methods: string[];
  areas: string[];
  collections: string[];
  authorIds: string[];
  authors: string[];
  /** Venue and proceeding slugs: both are /conference/ pages. */
  conferences: string[];
  languages: string[];
  modalities: string[];
  words: string[];
}

const BERT = 'bert-pre-training-of-deep-bidirectional';
const UNKNOWN = 'no-such-slug';
/** A board as of now (issue 12): the same instant for both servers of a run. */
const AS_OF_NOW = new Date().toISOString();

const TARGETS_QUERY = `{
  benchmarks(first: 40) { edges { node { slug metrics { name isNumeric } } } }
  papers(first: 40) { edges { node { id slug arxivId hasCode results { modelName } authors { id slug } publishedIn { slug } } } }
  venues(first: 3) { edges { node { slug } } }
  tasks(first: 3) { edges { node { slug } } }
  datasets(first: 3) { edges { node { slug languages modalities } } }
  methods(first: 20) { edges { node { slug collections { slug } } } }
  areas(first: 2) { edges { node { slug } } }
}`;

type Nodes<T> = { edges: { node: T }[] };
interface TargetsData {
  benchmarks: Nodes<{ slug: string; metrics: { name: string; isNumeric: boolean }[] }>;
  papers: Nodes<{
    id: string;
    slug: string;
    arxivId: string | null;
    hasCode: boolean;
    results: unknown[];
    authors: { id: string; slug: string }[];
    publishedIn: { slug: string } | null;
  }>;
  venues: Nodes<{ slug: string }>;
  tasks: Nodes<{ slug: string }>;
  datasets: Nodes<{ slug: string; languages: string[]; modalities: string[] }>;
  methods: Nodes<{ slug: string; collections: { slug: string }[] }>;
  areas: Nodes<{ slug: string }>;
}

/** Picks the targets through the API (the Apollo path), so they hold on any archive. */
export async function pickTargets(server: TestServer): Promise<Targets> {
  const { data, errors } = await server.query<TargetsData>(TARGETS_QUERY);
  if (!data || errors) throw new Error(`cannot pick targets: ${JSON.stringify(errors)}`);
  const nodes = <T>(connection: Nodes<T>) => connection.edges.map((e) => e.node);
  const papers = nodes(data.papers);
  const withMostResults = [...papers].sort((a, b) => b.results.length - a.results.length)[0];
  const datasets = nodes(data.datasets);
  const boards = nodes(data.benchmarks)
    .map((b) => ({ slug: b.slug, metrics: b.metrics.filter((m) => m.isNumeric).map((m) => m.name) }))
    .filter((b) => b.metrics.length >= 2)
    .slice(0, 3);
  if (!boards.length || !papers.length)
    throw new Error('the sample has no boards with two numeric metrics, or no papers');
  return {
    papers: unique([
      BERT,
      withMostResults?.slug,
      papers.find((p) => p.hasCode)?.slug,
      papers.find((p) => !p.hasCode)?.slug,
    ]),
    arxivIds: unique(papers.slice(0, 3).map((p) => p.arxivId)),
    boards,
    tasks: nodes(data.tasks).map((t) => t.slug),
    datasets: datasets.map((d) => d.slug),
    methods: nodes(data.methods)
      .slice(0, 3)
      .map((m) => m.slug),
    areas: nodes(data.areas).map((a) => a.slug),
    collections: unique(nodes(data.methods).flatMap((m) => m.collections.map((c) => c.slug))).slice(0, 3),
    authorIds: unique(papers.slice(0, 3).flatMap((p) => p.authors.map((a) => a.id))).slice(0, 3),
    authors: unique(authorsOf([...papers.slice(0, 3), papers.find((p) => p.slug === BERT)])).slice(0, 3),
    conferences: unique([...nodes(data.venues).map((v) => v.slug), ...papers.map((p) => p.publishedIn?.slug)]),
    languages: unique(datasets.flatMap((d) => d.languages)).slice(0, 2),
    modalities: unique(datasets.flatMap((d) => d.modalities)).slice(0, 2),
    words: ['transformer', 'bert', 'image classification', 'zzyzx'],
  };
}

function authorsOf(papers: ({ authors: { slug: string }[] } | undefined)[]): string[] {
  return papers.flatMap((paper) => paper?.authors.map((author) => author.slug) ?? []);
}

function unique<T>(items: (T | null | undefined)[]): T[] {
  return [...new Set(items.filter((i): i is T => i !== null && i !== undefined))];
}

/**
 * The names of the web app's read operations, for one test each. Its mutations (accounts,
 * issue 12) change data and are not reads to compare: the compiled path declines them all.
 */
export function webOperationNames(): string[] {
  return webOperations()
    .filter(({ document }) =>
      document.definitions.some((d) => d.kind === Kind.OPERATION_DEFINITION && d.operation === 'query'),
    )
    .map((o) => o.name);
}

/** One web operation with each of its realistic sets of variables (first pages; see `secondPage`). */
export function webRequests(name: string, targets: Targets): ParityRequest[] {
  const operation = webOperations().find((o) => o.name === name);
  if (!operation) throw new Error(`no web operation ${name}`);
  const query = print(operation.document);
  return webVariables(name, targets).map((variables) => ({
    label: `web ${name} ${JSON.stringify(variables)}`,
    query,
    variables,
    operationName: name,
  }));
}

/** The web's variables per operation: real slugs, an unknown one, each filter and order. */
function webVariables(name: string, t: Targets): Record<string, unknown>[] {
  const slugs = (list: string[]) => [...list, UNKNOWN].map((slug) => ({ slug }));
  const methodOrders = ['PAPER_COUNT_DESC', 'NAME_ASC', 'INTRODUCED_YEAR_DESC'];
  switch (name) {
    case 'PaperPage':
      return slugs(t.papers);
    case 'LeaderboardPage':
      return [
        ...slugs(t.boards.map((b) => b.slug)),
        // As of a date (issue 12): before the history, and now (both answered by Apollo).
        ...t.boards.slice(0, 2).flatMap(({ slug }) => [
          { slug, asOf: '2001-01-01T00:00:00Z' },
          { slug, asOf: AS_OF_NOW },
        ]),
      ];
    case 'LeaderboardRows':
      return t.boards.flatMap(({ slug, metrics }) => [
        { slug },
        { slug, metric: metrics[1] },
        { slug, metric: null, hasCode: true },
        { slug, hasCode: false, usesAdditionalData: false },
        { slug, metric: metrics[0], usesAdditionalData: true },
        { slug, metric: 'No such metric' },
        { slug, asOf: AS_OF_NOW },
        { slug, metric: metrics[1], hasCode: true, asOf: AS_OF_NOW },
      ]);
    case 'HistorySubject': {
      const only = { board: false, task: false, dataset: false, method: false, paper: false };
      return [
        { ...only, slug: t.boards[0]!.slug, board: true },
        { ...only, slug: t.tasks[0], task: true },
        { ...only, slug: t.datasets[0], dataset: true },
        { ...only, slug: t.methods[0], method: true },
        { ...only, slug: t.papers[0], paper: true },
        { ...only, slug: UNKNOWN, board: true },
      ];
    }
    case 'RevisionHistory':
      return [
        ...t.boards.slice(0, 2).map(({ slug }) => ({ subject: { type: 'BENCHMARK', slug } })),
        { subject: { type: 'TASK', slug: t.tasks[0] } },
        { subject: { type: 'DATASET', slug: t.datasets[0] } },
        { subject: { type: 'METHOD', slug: t.methods[0] } },
        { subject: { type: 'BENCHMARK', slug: UNKNOWN } },
      ];
    case 'RevisionChanges':
      return [
        { id: '1', subject: { type: 'TASK', slug: t.tasks[0] } },
        { id: '4', subject: { type: 'BENCHMARK', slug: t.boards[0]!.slug } },
        { id: '999999', subject: { type: 'BENCHMARK', slug: t.boards[0]!.slug } },
      ];
    case 'AreaPage':
    case 'AreaTasksMore':
    case 'AreaBenchmarksMore':
      return slugs(t.areas);
    case 'TaskPage':
    case 'TaskPapersMore':
      return slugs(t.tasks);
    case 'DatasetPage':
    case 'DatasetPapersMore':
      return slugs(t.datasets);
    case 'MethodPage':
    case 'MethodPapersMore':
      return slugs(t.methods);
    case 'SearchPage':
    case 'HeaderSuggest':
      return t.words.map((query) => ({ query }));
    case 'SearchPapers':
    case 'PaperFacetsPanel':
      return t.words.flatMap((query) => [{ filter: { query } }, { filter: { query, hasCode: true, yearFrom: 2018 } }]);
    case 'HomePage':
      return [{}];
    case 'AuthorPage':
    case 'AuthorPapersMore':
      return slugs(t.authors);
    case 'ConferencePage':
    case 'VenuePapersMore':
    case 'ProceedingPapersMore':
      return slugs(t.conferences);
    case 'DatasetsPage':
      return [
        ...['BENCHMARK_COUNT_DESC', 'INTRODUCED_DESC', 'NAME_ASC'].map((orderBy) => ({ filter: null, orderBy })),
        { filter: { query: 'squad' }, orderBy: 'NAME_ASC' },
        { filter: { modality: t.modalities[0], language: t.languages[0] }, orderBy: 'BENCHMARK_COUNT_DESC' },
        { filter: { task: t.tasks[0] }, orderBy: 'INTRODUCED_DESC' },
      ];
    case 'MethodsPage':
      return [
        ...methodOrders.map((orderBy) => ({ filter: null, orderBy, collection: '', hasCollection: false })),
        ...t.collections.map((collection) => ({
          filter: { collection },
          orderBy: 'NAME_ASC',
          collection,
          hasCollection: true,
        })),
        { filter: { area: t.areas[0], query: 'a' }, orderBy: 'PAPER_COUNT_DESC', collection: '', hasCollection: false },
      ];
    case 'MethodsMore':
      return [
        ...methodOrders.map((orderBy) => ({ filter: null, orderBy })),
        { filter: { collection: t.collections[0] }, orderBy: 'NAME_ASC' },
      ];
    case 'SotaPage':
    case 'SotaBenchmarksMore':
      return [
        { filter: null, orderBy: 'RESULT_COUNT_DESC' },
        { filter: null, orderBy: 'SLUG_ASC' },
        { filter: { query: 'question' }, orderBy: 'SLUG_ASC' },
        { filter: { area: t.areas[0] }, orderBy: 'RESULT_COUNT_DESC' },
        { filter: { task: t.tasks[0], dataset: t.datasets[0] }, orderBy: 'RESULT_COUNT_DESC' },
      ];
    case 'AboutPage':
      return [{}];
    // Accounts (issue 12): anonymous here, so viewer is null on both paths.
    case 'Viewer':
    case 'AccountPage':
      return [{}];
    // Contributions (issue 12): anonymous, so the viewer is null and the review queue UNAUTHENTICATED.
    case 'PendingChanges':
      return [{}];
    case 'ReviewQueue':
      return [{}, { after: '10' }];
    case 'SubmitBoardSearch':
      return [{ query: 'squad' }, { query: 'question' }, { query: UNKNOWN }];
    case 'SubmitBoard':
      return [...t.boards.slice(0, 2).map(({ slug }) => ({ slug })), { slug: UNKNOWN }];
    // Editing boards (issue 12): a row's editable state (unknown and malformed ids too), and the
    // task and dataset typeahead of /submit/leaderboard.
    case 'EditableRow':
      return [
        { id: Buffer.from('Result:1').toString('base64url') },
        { id: Buffer.from('Result:0').toString('base64url') },
        { id: UNKNOWN },
      ];
    case 'PendingRows':
      return [{}];
    case 'SubjectSuggest':
      return [
        { query: 'question', types: ['TASK'] },
        { query: 'squad', types: ['DATASET'] },
        { query: UNKNOWN, types: ['TASK'] },
      ];
    // Editing descriptions (issue 12): the text and its version, of each kind, and of nothing.
    case 'EditableDescription':
      return [
        { type: 'METHOD', slug: 'adam' },
        { type: 'TASK', slug: t.tasks[0] },
        { type: 'DATASET', slug: t.datasets[0] },
        { type: 'TASK', slug: UNKNOWN },
      ];
    case 'PapersPage':
      return [
        { filter: null, orderBy: 'PUBLISHED_DESC' },
        { filter: { hasCode: true }, orderBy: 'PUBLISHED_DESC' },
        { filter: null, orderBy: 'TRENDING' },
        { filter: { hasCode: true, task: t.tasks[0] }, orderBy: 'TRENDING' },
      ];
    case 'TasksPage':
    case 'TasksMore':
      return [
        ...['PAPER_COUNT_DESC', 'BENCHMARK_COUNT_DESC', 'NAME_ASC'].map((orderBy) => ({ filter: null, orderBy })),
        { filter: { query: 'question' }, orderBy: 'PAPER_COUNT_DESC' },
        { filter: { area: t.areas[0], query: 'a' }, orderBy: 'NAME_ASC' },
      ];
    default:
      throw new Error(`no variables for the web operation ${name}: add them to webVariables`);
  }
}

/** The operation again with `after` set to the first page's endCursor, when it pages and has more. */
export function secondPage(request: ParityRequest, firstPageBody: string): ParityRequest | undefined {
  if (!/\$after\b/.test(request.query)) return undefined;
  const cursor = /"endCursor":("[^"]*")/.exec(firstPageBody)?.[1];
  if (!cursor) return undefined;
  const variables = { ...request.variables, after: JSON.parse(cursor) as string };
  return { ...request, label: `${request.label} page 2`, variables };
}

/** The playground's examples, with the variables they ship with and some of other targets. */
export function playgroundRequests(targets: Targets): ParityRequest[] {
  const board = targets.boards[0]!;
  const variables: Record<string, Record<string, unknown>[]> = {
    paperPage: targets.papers.map((slug) => ({ slug })),
    leaderboard: [
      { slug: 'question-answering-on-squad11', metric: null },
      { slug: board.slug, metric: board.metrics[1] },
    ],
    taskBenchmarks: [{ slug: 'question-answering' }, ...targets.tasks.map((slug) => ({ slug }))],
    top10: [{ slug: 'question-answering-on-squad11' }, { slug: board.slug }],
  };
  return playgroundExamples().flatMap(({ name, document }) =>
    (variables[name] ?? [{}]).map((v) => ({
      label: `playground ${name} ${JSON.stringify(v)}`,
      query: print(document),
      variables: v,
    })),
  );
}

/** Our side of `pnpm bench:peer`, with its variables (src/bench/peer/cases.ts). */
export function benchPeerRequests(targets: Targets): ParityRequest[] {
  const board = targets.boards[0]!.slug;
  return [
    { label: 'bench:peer OUR_PAPER', query: OUR_PAPER, variables: { slug: targets.papers[0] } },
    { label: 'bench:peer OUR_BOARD', query: OUR_BOARD, variables: { slug: board, first: 100 } },
    { label: 'bench:peer OUR_SEARCH', query: OUR_SEARCH, variables: { word: 'transformer' } },
    { label: 'bench:peer OUR_NEWEST', query: OUR_NEWEST, variables: {} },
  ];
}

/** The random generator's values: the targets, plus endCursors of first pages. */
export function valuePools(targets: Targets, cursors: string[]): ValuePools {
  return {
    paperSlugs: targets.papers,
    arxivIds: targets.arxivIds,
    benchmarkSlugs: targets.boards.map((b) => b.slug),
    metricNames: [...new Set(targets.boards.flatMap((b) => b.metrics))],
    taskSlugs: targets.tasks,
    datasetSlugs: targets.datasets,
    methodSlugs: targets.methods,
    areaSlugs: targets.areas,
    collectionSlugs: targets.collections,
    nodeIds: targets.authorIds,
    words: targets.words,
    languages: targets.languages,
    modalities: targets.modalities,
    cursors,
  };
}

/** endCursors of the first pages of the paged lists, for `after`. */
export async function firstPageCursors(server: TestServer, targets: Targets): Promise<string[]> {
  const page = '(first: 2) { pageInfo { endCursor } }';
  const { data } = await server.query(
    `query Cursors($board: String!, $task: String!) {
      papers${page} tasks${page} datasets${page} methods${page} areas${page} benchmarks${page}
      search: papers(first: 2, filter: { query: "transformer" }, orderBy: RELEVANCE) { pageInfo { endCursor } }
      benchmark(slug: $board) { rows${page} }
      task(slug: $task) { papers${page} }
    }`,
    { board: targets.boards[0]!.slug, task: targets.tasks[0] },
  );
  const cursors = JSON.stringify(data).match(/"endCursor":"[^"]*"/g) ?? [];
  return [...new Set(cursors.map((c) => JSON.parse(c.slice('"endCursor":'.length)) as string))];
}
