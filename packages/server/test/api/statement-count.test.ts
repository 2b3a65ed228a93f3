import { GraphFactory } from '../support/factories';
import { StatementCounter } from '../support/statement-counter';
import { createTestDatabase, type TestDatabase } from '../support/test-database';
import { webOperations } from '../support/web-operations';
import { print } from 'graphql';
import { startTestServer, type TestServer } from '../support/test-server';

const counter = new StatementCounter();
let db: TestDatabase;
let server: TestServer;
let leaderboardSlug: string;

/** 50 papers, each with authors, tasks, code and leaderboard rows on two benchmarks. */
beforeAll(async () => {
  db = await createTestDatabase({ logger: counter });
  const f = new GraphFactory(db.dataSource);
  const area = await f.area('Natural Language Processing');
  const tasks = [
    await f.task('Question Answering', { areas: [area] }),
    await f.task('Reading Comprehension', { areas: [area] }),
  ];
  const datasets = [await f.dataset('SQuAD1.1'), await f.dataset('CoQA')];
  const benchmarks = [
    await f.benchmark(tasks[0]!, datasets[0]!, [{ name: 'EM' }, { name: 'F1' }]),
    await f.benchmark(tasks[1]!, datasets[1]!, [{ name: 'F1' }]),
  ];
  leaderboardSlug = benchmarks[0]!.slug;
  // Four more areas of eight tasks each, every task with papers and a leaderboard.
  const areaTasks = [];
  for (const letter of ['A', 'B', 'C', 'D']) {
    const other = await f.area(`Area ${letter}`);
    for (let k = 0; k < 8; k++) areaTasks.push(await f.task(`Area ${letter} task ${k}`, { areas: [other] }));
  }
  for (const [k, task] of areaTasks.entries()) await f.benchmark(task, datasets[k % 2]!, [{ name: 'Accuracy' }]);
  for (let i = 0; i < 50; i++) {
    const paper = await f.paper(`Paper number ${i}`, {
      published: `20${10 + (i % 10)}-01-${String((i % 28) + 1).padStart(2, '0')}`,
      authors: [`Author ${i}`, `Author ${i + 1}`, 'Shared Author'],
      tasks: [...tasks, areaTasks[i % areaTasks.length]!, areaTasks[(i + 7) % areaTasks.length]!],
    });
    await f.repository(paper, `https://github.com/lab/repo-${i}`, { isOfficial: i % 2 === 0 });
    await f.result(benchmarks[0]!, `Model ${i}`, { EM: `${50 + i}`, F1: `${60 + i}` }, { paper });
    await f.result(benchmarks[1]!, `Model ${i}`, { F1: `${40 + i}` }, { paper });
  }
  // 50 papers with all their relations cost more than the default budget allows.
  server = await startTestServer(db.dataSource, { limits: { costBudget: 1_000_000 } });
});
afterAll(async () => {
  await server.close();
  await db.drop();
});

const NESTED = /* GraphQL */ `
  query Nested($first: Int!) {
    papers(first: $first) {
      edges {
        node {
          title
          authors {
            name
          }
          tasks {
            name
            area {
              name
            }
          }
          repositories {
            isOfficial
            repository {
              url
            }
          }
          results {
            modelName
            values {
              raw
              metric {
                name
              }
            }
            benchmark {
              slug
              task {
                name
              }
              dataset {
                name
              }
            }
          }
        }
      }
    }
  }
`;

async function statementsFor(first: number): Promise<{ count: number; papers: number }> {
  counter.reset();
  const { data, errors } = await server.query(NESTED, { first });
  expect(errors).toBeUndefined();
  return { count: counter.statements.length, papers: data!.papers.edges.length };
}

it('issues the same number of SQL statements for 5 papers as for 50', async () => {
  const five = await statementsFor(5);
  const fifty = await statementsFor(50);
  expect(five.papers).toBe(5);
  expect(fifty.papers).toBe(50);
  expect(fifty.count).toBe(five.count);
  // Bounded, not merely equal: the list and its relations are one statement.
  expect(fifty.count).toBeLessThanOrEqual(2);
});

/** The statements one operation sends. */
async function statementsOf(query: string, variables: Record<string, unknown>): Promise<string[]> {
  counter.reset();
  const { data, errors } = await server.query(query, variables);
  expect(errors).toBeUndefined();
  // A lookup that found nothing would prove nothing.
  expect(Object.values(data!).every((value) => value != null)).toBe(true);
  if (process.env.PRINT_STATEMENT_COUNTS) console.log(JSON.stringify(variables), counter.statements.length);
  return counter.statements;
}

function webOperation(name: string): string {
  const operation = webOperations().find((op) => op.name === name);
  if (!operation) throw new Error(`the web app has no operation ${name}`);
  return print(operation.document);
}

it('loads the paper page, as the web app asks for it, in at most 4 statements', async () => {
  const statements = await statementsOf(webOperation('PaperPage'), { slug: 'paper-number-7' });
  expect(statements.length).toBeLessThanOrEqual(4);
});

it('loads a leaderboard page in at most 3 statements', async () => {
  const leaderboard = /* GraphQL */ `
    query ($slug: String!, $first: Int!) {
      benchmark(slug: $slug) {
        metrics {
          name
          direction
          isNumeric
        }
        rows(first: $first) {
          totalCount
          edges {
            node {
              rank
              value {
                raw
                metric {
                  name
                }
              }
              result {
                modelName
                codeLinks {
                  url
                }
                hasCode
                paper {
                  slug
                  title
                }
                values {
                  raw
                  metric {
                    name
                  }
                }
              }
            }
          }
        }
        sotaHistory {
          date
          value
          result {
            modelName
          }
        }
      }
    }
  `;
  const slug = leaderboardSlug;
  const small = await statementsOf(leaderboard, { slug, first: 5 });
  const large = await statementsOf(leaderboard, { slug, first: 50 });
  expect(large.length).toBe(small.length);
  expect(large.length).toBeLessThanOrEqual(3);
  const web = await statementsOf(webOperation('LeaderboardPage'), { slug });
  expect(web.length).toBeLessThanOrEqual(3);
});

it('loads paper → results → benchmark in statements that do not grow with the page', async () => {
  const query = /* GraphQL */ `
    query ($first: Int!) {
      papers(first: $first) {
        edges {
          node {
            title
            results {
              modelName
              benchmark {
                slug
                task {
                  name
                }
                dataset {
                  name
                }
              }
            }
          }
        }
      }
    }
  `;
  const five = await statementsOf(query, { first: 5 });
  const fifty = await statementsOf(query, { first: 50 });
  expect(fifty.length).toBe(five.length);
});

/** Statements for a small and a large variant of one operation: equal, and at most `bound`. */
async function expectConstant(
  query: string,
  small: Record<string, unknown>,
  large: Record<string, unknown>,
  bound: number,
): Promise<void> {
  const few = await statementsOf(query, small);
  const many = await statementsOf(query, large);
  expect(many.length).toBe(few.length);
  expect(many.length).toBeLessThanOrEqual(bound);
}

it('loads area → tasks for several areas in statements that do not grow with areas or page size', async () => {
  const query = /* GraphQL */ `
    query ($areas: Int!, $first: Int!) {
      areas(first: $areas) {
        edges {
          node {
            name
            tasks(first: $first) {
              totalCount
              pageInfo {
                hasNextPage
                endCursor
              }
              edges {
                node {
                  name
                  paperCount
                }
              }
            }
          }
        }
      }
    }
  `;
  await expectConstant(query, { areas: 1, first: 5 }, { areas: 5, first: 50 }, 3);
});

it('loads task → papers for many tasks in statements that do not grow with tasks or page size', async () => {
  const query = /* GraphQL */ `
    query ($tasks: Int!, $first: Int!) {
      tasks(first: $tasks) {
        edges {
          node {
            name
            papers(first: $first) {
              totalCount
              edges {
                cursor
                node {
                  title
                  authors {
                    name
                  }
                }
              }
            }
          }
        }
      }
    }
  `;
  await expectConstant(query, { tasks: 1, first: 5 }, { tasks: 30, first: 50 }, 3);
});

it('loads a list with nested relations and connections in a constant number of statements', async () => {
  const query = /* GraphQL */ `
    query ($first: Int!) {
      areas(first: $first) {
        edges {
          node {
            name
            taskCount
            benchmarks(first: $first) {
              totalCount
              edges {
                node {
                  slug
                  resultCount
                  task {
                    name
                  }
                  dataset {
                    name
                    papers(first: 2) {
                      edges {
                        node {
                          title
                        }
                      }
                    }
                  }
                }
              }
            }
          }
        }
      }
      methods(first: $first) {
        edges {
          node {
            name
            introducedBy {
              title
            }
          }
        }
      }
      datasets(first: $first) {
        edges {
          node {
            name
            tasks {
              name
            }
          }
        }
      }
    }
  `;
  await expectConstant(query, { first: 2 }, { first: 50 }, 6);
});

it("pages a task's papers after a cursor exactly as its first page continues", async () => {
  const query = /* GraphQL */ `
    query ($first: Int!, $after: String) {
      task(slug: "question-answering") {
        papers(first: $first, after: $after) {
          totalCount
          pageInfo {
            hasNextPage
            endCursor
          }
          edges {
            node {
              slug
            }
          }
        }
      }
    }
  `;
  type Papers = {
    totalCount: number;
    pageInfo: { hasNextPage: boolean; endCursor: string };
    edges: { node: { slug: string } }[];
  };
  const pageOf = async (first: number, after: string | null): Promise<Papers> => {
    const { data, errors } = await server.query(query, { first, after });
    expect(errors).toBeUndefined();
    return data!.task.papers as Papers;
  };
  const all = await pageOf(100, null);
  const walked: string[] = [];
  let after: string | null = null;
  do {
    const page = await pageOf(7, after);
    expect(page.totalCount).toBe(50);
    walked.push(...page.edges.map((edge) => edge.node.slug));
    after = page.pageInfo.hasNextPage ? page.pageInfo.endCursor : null;
  } while (after);
  expect(all.edges.map((edge) => edge.node.slug)).toEqual(walked);
  expect(walked).toHaveLength(50);
  const bad = await server.query(query, { first: 5, after: 'nonsense' });
  expect(bad.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', argument: 'after' });
});

it('compiles a selection of nothing but __typename on a type without keys', async () => {
  const query =
    '{ task(slug: "question-answering") { papers(first: 1) { edges { node { repositories { __typename } } } } } }';
  const statements = await statementsOf(query, {});
  expect(statements.length).toBeLessThanOrEqual(2);
});
