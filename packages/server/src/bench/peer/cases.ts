import * as normalize from './normalize';
import * as sql from './sql-statements';
import type { Board, Targets } from './targets';

export interface GraphqlRequest {
  query: string;
  variables: Record<string, unknown>;
}

/** One query of the comparison, written for each side to ask for the same logical data. */
export interface BenchCase {
  name: string;
  /** Which paper, board or word it asks for. */
  detail: string;
  ours: GraphqlRequest;
  peer: GraphqlRequest;
  /** One SQL statement returning the same data as JSON: the limit of what a server can do. */
  sql: { text: string; params: string[] };
  /** Each side's answer in one comparable shape (`data` of GraphQL; the JSON column of SQL). */
  normalizeOurs(data: unknown): unknown;
  normalizePeer(data: unknown): unknown;
  normalizeSql(json: unknown): unknown;
}

export const OUR_PAPER = `query ($slug: String!) { paper(slug: $slug) {
  title abstract published urlAbs urlPdf
  authors { name } tasks { slug name } methods { slug name }
  repositories { isOfficial repository { url framework } }
  results { modelName benchmark { slug task { name } dataset { name } } values { raw value metric { name } } } } }`;

// PostGraphile has no many-to-many fields of its own: it goes through the join tables.
const PEER_PAPER = `query ($slug: String!) { paperBySlug(slug: $slug) {
  title abstract published urlAbs urlPdf
  paperAuthorsByPaperIdList(orderBy: POSITION_ASC) { authorByAuthorId { name } }
  paperTasksByPaperIdList { taskByTaskId { slug name } }
  paperMethodsByPaperIdList { methodByMethodId { slug name } }
  paperRepositoriesByPaperIdList { isOfficial repositoryByRepositoryId { url framework } }
  resultsByPaperIdList(orderBy: [BENCHMARK_ID_ASC, ID_ASC]) {
    modelName benchmarkByBenchmarkId { slug taskByTaskId { name } datasetByDatasetId { name } }
    resultValuesByResultIdList { raw value metricByMetricId { name } } } } }`;

export const OUR_BOARD = `query ($slug: String!, $first: Int!) { benchmark(slug: $slug) {
  slug task { name } dataset { name } metrics { name }
  rows(first: $first) { totalCount edges { node { result {
    modelName evaluatedOn paperTitle codeLinks { url } paper { slug title } values { raw value metric { name } } } } } } } }`;

// Ranked through the @sortable computed column result_rank_key (postgraphile-functions.ts);
// ties as ours: earlier date first, undated last, then the older row.
const PEER_BOARD = `query ($slug: String!, $first: Int!) { benchmarkBySlug(slug: $slug) {
  slug taskByTaskId { name } datasetByDatasetId { name } metricsByBenchmarkIdList(orderBy: POSITION_ASC) { name }
  resultsByBenchmarkId(first: $first, orderBy: [RANK_KEY_DESC, EVALUATED_ON_ASC, ID_ASC]) { totalCount nodes {
    modelName evaluatedOn paperTitle codeLinks paperByPaperId { slug title }
    resultValuesByResultIdList { raw value metricByMetricId { name } } } } } }`;

export const OUR_SEARCH = `query ($word: String!) { papers(first: 20, filter: { query: $word }) {
  edges { node { slug title published } } } }`;

const PEER_SEARCH = `query ($word: String!) { searchPapersList(query: $word, first: 20) {
  slug title published } }`;

export const OUR_NEWEST = `{ papers(first: 20) { edges { node { slug title published authors { name } } } } }`;

const PEER_NEWEST = `{ allPapersList(first: 20, orderBy: [NEWEST_KEY_DESC, ID_DESC]) {
  slug title published paperAuthorsByPaperIdList(orderBy: POSITION_ASC) { authorByAuthorId { name } } } }`;

export function benchCases(targets: Targets): BenchCase[] {
  const { paper, midBoard, largestBoard, searchWord } = targets;
  return [
    {
      name: '(a) paper page',
      detail: `${paper.slug}, ${paper.results} results`,
      ours: { query: OUR_PAPER, variables: { slug: paper.slug } },
      peer: { query: PEER_PAPER, variables: { slug: paper.slug } },
      sql: { text: sql.PAPER_PAGE, params: [paper.slug] },
      normalizeOurs: normalize.ourPaper,
      normalizePeer: normalize.peerPaper,
      normalizeSql: normalize.sqlPaper,
    },
    boardCase('(b) leaderboard, 100 rows', midBoard, 100),
    boardCase('(c) largest board, 100 rows', largestBoard, 100),
    {
      name: '(d) paper search, one word',
      detail: `"${searchWord}", newest 20 of ${targets.papers} papers`,
      ours: { query: OUR_SEARCH, variables: { word: searchWord } },
      peer: { query: PEER_SEARCH, variables: { word: searchWord } },
      sql: { text: sql.PAPER_SEARCH, params: [searchWord] },
      normalizeOurs: (data) => normalize.ourPaperList(data, false),
      normalizePeer: (data) => normalize.peerPaperList(data, 'searchPapersList', false),
      normalizeSql: (json) => normalize.sqlPaperList(json, false),
    },
    {
      name: '(e) newest 20 papers + authors',
      detail: `of ${targets.papers}`,
      ours: { query: OUR_NEWEST, variables: {} },
      peer: { query: PEER_NEWEST, variables: {} },
      sql: { text: sql.NEWEST_PAPERS, params: [] },
      normalizeOurs: (data) => normalize.ourPaperList(data, true),
      normalizePeer: (data) => normalize.peerPaperList(data, 'allPapersList', true),
      normalizeSql: (json) => normalize.sqlPaperList(json, true),
    },
  ];
}

/** A page of a board ranked by its first numeric metric. */
export function boardCase(name: string, board: Board, first: number): BenchCase {
  const variables = { slug: board.slug, first };
  return {
    name,
    detail: `${board.slug}, ${board.rows} rows`,
    ours: { query: OUR_BOARD, variables },
    peer: { query: PEER_BOARD, variables },
    sql: { text: sql.LEADERBOARD_PAGE, params: [board.slug, String(first)] },
    normalizeOurs: normalize.ourBoard,
    normalizePeer: normalize.peerBoard,
    normalizeSql: normalize.sqlBoard,
  };
}
