/**
 * The hostile requests of issue 7, written out: each once took the server down, held it for
 * seconds, or answered a client mistake with INTERNAL_SERVER_ERROR. Shared by the hostile test
 * suite and `pnpm bench:abuse`.
 */
export interface Probe {
  name: string;
  query: string;
  variables?: Record<string, unknown>;
}

const repeat = (count: number, make: (i: number) => string) =>
  Array.from({ length: count }, (_, i) => make(i)).join(' ');

export const BOARD = 'question-answering-on-squad11';

export const PROBES: Probe[] = [
  {
    name: 'nested leaderboard rows, 231 bytes',
    query: `{ benchmark(slug:"${BOARD}") { rows(first:1000) { edges { node { result { benchmark { rows(first:1000) { edges { node { result { benchmark { rows(first:1000) { totalCount } } } } } } } } } } } } }`,
  },
  {
    name: '10,000 aliases of papers(first:1){totalCount}',
    query: `{ ${repeat(10_000, (i) => `a${i}: papers(first:1){totalCount}`)} }`,
  },
  {
    name: '1,500 aliases of papers(first:1){totalCount}, under the body limit',
    query: `{ ${repeat(1_500, (i) => `a${i}: papers(first:1){totalCount}`)} }`,
  },
  {
    name: '30 aliases of benchmark{rows(first:1000)}',
    query: `{ ${repeat(30, (i) => `b${i}: benchmark(slug:"${BOARD}"){rows(first:1000){edges{node{rank}}}}`)} }`,
  },
  {
    name: '200 aliases of benchmark{rows(first:1000)}',
    query: `{ ${repeat(200, (i) => `b${i}: benchmark(slug:"${BOARD}"){rows(first:1000){edges{node{rank}}}}`)} }`,
  },
  {
    name: 'tasks → papers → tasks → papers, 100 each',
    query:
      '{ tasks(first:100){ edges { node { papers(first:100){ edges { node { tasks { papers(first:100){ edges { node { title } } } } } } } } } } }',
  },
  {
    name: 'introspection nested through fields and types',
    query: `{ __schema { types { fields { type { fields { type { fields { type { fields { name } } } } } } } } } }`,
  },
  {
    name: 'text filter of 100 KB',
    query: 'query($q: String) { papers(filter: { query: $q }) { totalCount } }',
    variables: { q: 'attention '.repeat(9_000) },
  },
  {
    name: 'text filter over its length limit',
    query: 'query($q: String) { papers(filter: { query: $q }) { totalCount } }',
    variables: { q: 'transformer '.repeat(60) },
  },
  { name: 'yearFrom: 0', query: '{ papers(filter: { yearFrom: 0 }) { totalCount } }' },
  { name: 'yearTo: 100000', query: '{ papers(filter: { yearTo: 100000 }) { totalCount } }' },
  { name: 'NUL in a literal slug', query: '{ paper(slug: "bert\\u0000") { title } }' },
  {
    name: 'NUL in a variable filter',
    query: 'query($q: String) { papers(filter: { query: $q }) { totalCount } }',
    variables: { q: 'bert\u0000' },
  },
  {
    name: 'cursor of the wrong shape',
    query: 'query($after: String) { papers(after: $after) { totalCount } }',
    variables: { after: Buffer.from(JSON.stringify(['yesterday', 'x'])).toString('base64url') },
  },
  {
    name: 'cursor with too many keys',
    query: 'query($after: String) { tasks(after: $after) { totalCount } }',
    variables: { after: Buffer.from(JSON.stringify([1, 2, 3])).toString('base64url') },
  },
  {
    name: 'node id with an oversized number',
    query: `{ node(id: "${Buffer.from('Author:99999999999').toString('base64url')}") { id } }`,
  },
  {
    name: 'author filter with an oversized number',
    query: `{ papers(filter: { author: "${Buffer.from('Author:4294967296').toString('base64url')}" }) { totalCount } }`,
  },
  { name: 'rows(first: 5000)', query: `{ benchmark(slug:"${BOARD}") { rows(first: 5000) { totalCount } } }` },
  { name: 'papers(first: -1)', query: '{ papers(first: -1) { totalCount } }' },
  {
    name: 'variable of the wrong type',
    query: 'query($n: Int!) { papers(first: $n) { totalCount } }',
    variables: { n: 'ten' },
  },
  {
    name: 'SQL in a slug',
    query: `{ paper(slug: "x'; DROP TABLE paper; --") { title } }`,
  },
];
