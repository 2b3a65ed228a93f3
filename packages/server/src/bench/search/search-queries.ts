import type { DataSource } from 'typeorm';
import { Random } from '../random';

export interface BenchQuery {
  kind: 'name' | 'common word' | 'typo' | 'author' | 'prefix';
  text: string;
}

/** Words of the synthetic archive's titles and abstracts: each is in most papers. */
const COMMON_WORDS = [
  'deep',
  'attention',
  'transformer',
  'graph',
  'learning',
  'image',
  'language',
  'robust',
  'diffusion',
  'neural network',
  'state of the art',
  'self supervised',
  'contrastive learning',
  'speech recognition',
  'reinforcement',
  'generative adversarial',
  'sparse',
  'efficient models',
  'benchmark datasets',
  'vision',
];

/** Swaps two neighbouring letters, as fast typing does ("bret" for "bert"). */
function typo(text: string, random: Random): string {
  const letters = [...text];
  const at = 1 + random.int(Math.max(1, letters.length - 3));
  [letters[at], letters[at + 1]] = [letters[at + 1]!, letters[at]!];
  return letters.join('');
}

async function names(dataSource: DataSource, sql: string, count: number): Promise<string[]> {
  // Every nth row by id: spread over the table, the same on every run.
  const rows = (await dataSource.query(
    `WITH t AS (${sql}) SELECT name FROM t WHERE n % greatest(1, (SELECT count(*) FROM t) / $1) = 0 ORDER BY n LIMIT $1`,
    [count],
  )) as { name: string }[];
  return rows.map((row) => row.name);
}

/** 200 queries of five kinds, 40 each, the same on every run over the same database. */
export async function benchQueries(dataSource: DataSource): Promise<BenchQuery[]> {
  const random = new Random(11);
  const numbered = (table: string, column = 'name') =>
    `SELECT ${column} AS name, row_number() OVER (ORDER BY id) AS n FROM ${table}`;
  const methods = await names(dataSource, numbered('method'), 15);
  const tasks = await names(dataSource, numbered('task'), 10);
  const datasets = await names(dataSource, numbered('dataset'), 10);
  const papers = await names(dataSource, numbered('paper', 'title'), 5);
  const authors = await names(dataSource, numbered('author'), 40);
  const queries: BenchQuery[] = [];
  const add = (kind: BenchQuery['kind'], texts: string[]) => texts.forEach((text) => queries.push({ kind, text }));
  add('name', [...methods, ...tasks, ...datasets, ...papers]);
  add('common word', [...COMMON_WORDS, ...COMMON_WORDS.map((word) => `${word} ${random.pick(COMMON_WORDS)}`)]);
  add('typo', [
    ...[...methods, ...tasks, ...datasets].slice(0, 25).map((name) => typo(name, random)),
    ...COMMON_WORDS.slice(0, 15).map((word) => typo(word, random)),
  ]);
  // Authors by their whole name, by their last word only, and typed half-way.
  add('author', [
    ...authors.slice(0, 20),
    ...authors.slice(20, 30).map((name) => name.split(' ').at(-1)!),
    ...authors.slice(30, 40).map((name) => name.slice(0, Math.max(3, name.length - 2))),
  ]);
  // What typeahead sees while a name or title is being typed: 3 to 12 characters of it.
  const typed = [...methods, ...tasks, ...datasets, ...papers, ...authors.slice(0, 10)];
  add(
    'prefix',
    Array.from({ length: 40 }, (_, i) => {
      const name = typed[i % typed.length]!;
      return name.slice(0, Math.min(name.length, 3 + random.int(10)));
    }),
  );
  return queries;
}
