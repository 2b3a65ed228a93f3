import { useApiFixture } from '../support/api-fixture';

const api = useApiFixture();

const slugs = (connection: { edges: { node: { slug: string } }[] }) => connection.edges.map((e) => e.node.slug);

describe('papers', () => {
  const PAPERS = /* GraphQL */ `
    query Papers($filter: PaperFilter, $orderBy: PaperOrder, $first: Int, $after: String) {
      papers(filter: $filter, orderBy: $orderBy, first: $first, after: $after) {
        totalCount
        pageInfo {
          hasNextPage
          hasPreviousPage
          startCursor
          endCursor
        }
        edges {
          cursor
          node {
            slug
            published
          }
        }
      }
    }
  `;

  it('lists newest first by default, with a total count', async () => {
    const { data } = await api.server.query(PAPERS);
    expect(data!.papers.totalCount).toBe(4);
    expect(data!.papers.edges.map((e: any) => e.node.published)).toEqual([
      '2019-06-19',
      '2018-10-11',
      '2016-11-05',
      '2015-12-10',
    ]);
  });

  it('walks every page with first/after and ends with hasNextPage false', async () => {
    const seen: string[] = [];
    let after: string | null = null;
    for (let page = 0; page < 5; page++) {
      const result: any = await api.server.query(PAPERS, { first: 1, after, orderBy: 'TITLE_ASC' });
      seen.push(...slugs(result.data.papers));
      expect(result.data.papers.pageInfo.hasPreviousPage).toBe(page > 0);
      after = result.data.papers.pageInfo.endCursor;
      if (!result.data.papers.pageInfo.hasNextPage) break;
    }
    expect(seen).toEqual([
      'bert-pre-training-of-deep-bidirectional',
      'bidirectional-attention-flow-for-machine-comprehension',
      'deep-residual-learning-for-image-recognition',
      'xlnet-generalized-autoregressive-pretraining-for-language-understanding',
    ]);
  });

  it('returns an empty page with first: 0 and past the end', async () => {
    const empty = await api.server.query(PAPERS, { first: 0 });
    expect(empty.data!.papers.edges).toEqual([]);
    expect(empty.data!.papers.pageInfo.hasNextPage).toBe(true);
    const all = await api.server.query(PAPERS, { first: 4 });
    const past = await api.server.query(PAPERS, { after: all.data!.papers.pageInfo.endCursor });
    expect(past.data!.papers.edges).toEqual([]);
    expect(past.data!.papers.pageInfo.hasNextPage).toBe(false);
  });

  it.each([
    [
      { task: 'question-answering' },
      [
        'xlnet-generalized-autoregressive-pretraining-for-language-understanding',
        'bert-pre-training-of-deep-bidirectional',
        'bidirectional-attention-flow-for-machine-comprehension',
      ],
    ],
    [{ method: 'dropout' }, ['bert-pre-training-of-deep-bidirectional']],
    [{ dataset: 'imagenet' }, ['deep-residual-learning-for-image-recognition']],
    [{ area: 'computer-vision' }, ['deep-residual-learning-for-image-recognition']],
    [
      { yearFrom: 2016, yearTo: 2018 },
      ['bert-pre-training-of-deep-bidirectional', 'bidirectional-attention-flow-for-machine-comprehension'],
    ],
    [{ hasCode: true }, ['bert-pre-training-of-deep-bidirectional', 'deep-residual-learning-for-image-recognition']],
    [
      { hasCode: false, task: 'question-answering' },
      [
        'xlnet-generalized-autoregressive-pretraining-for-language-understanding',
        'bidirectional-attention-flow-for-machine-comprehension',
      ],
    ],
    [{ query: 'residual networks' }, ['deep-residual-learning-for-image-recognition']],
    [{ task: 'no-such-task' }, []],
  ])('filters by %j', async (filter, expected) => {
    const { data, errors } = await api.server.query(PAPERS, { filter });
    expect(errors).toBeUndefined();
    expect(slugs(data!.papers)).toEqual(expected);
    expect(data!.papers.totalCount).toBe(expected.length);
  });

  it('ranks a text query by relevance: title matches above abstract matches', async () => {
    const { data } = await api.server.query(PAPERS, { filter: { query: 'BERT' }, orderBy: 'RELEVANCE' });
    expect(slugs(data!.papers)).toEqual([
      'bert-pre-training-of-deep-bidirectional',
      'xlnet-generalized-autoregressive-pretraining-for-language-understanding',
    ]);
  });

  it('treats SQL and HTML in a query as plain text', async () => {
    const { data, errors } = await api.server.query(PAPERS, { filter: { query: "'; DROP TABLE paper; -- <script>" } });
    expect(errors).toBeUndefined();
    expect(data!.papers.totalCount).toBe(0);
    const again = await api.server.query(PAPERS);
    expect(again.data!.papers.totalCount).toBe(4);
  });

  it('rejects bad arguments with BAD_USER_INPUT naming them', async () => {
    const cases: [Record<string, unknown>, string][] = [
      [{ first: 1000 }, 'first'],
      [{ first: -1 }, 'first'],
      [{ after: 'not-a-cursor' }, 'after'],
      [{ filter: { yearFrom: 2020, yearTo: 2010 } }, 'filter.yearFrom'],
      [{ orderBy: 'RELEVANCE' }, 'orderBy'],
      [{ filter: { author: 'garbage' } }, 'filter.author'],
    ];
    for (const [variables, argument] of cases) {
      const { errors, data } = await api.server.query(PAPERS, variables);
      expect(data?.papers ?? null).toBeNull();
      expect(errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', argument });
      expect(errors?.[0]?.message).toContain(argument);
    }
  });
});

describe('tasks, datasets, methods, benchmarks, areas', () => {
  it('filters tasks by area and parent, and orders them', async () => {
    const query = /* GraphQL */ `
      query Tasks($filter: TaskFilter, $orderBy: TaskOrder) {
        tasks(filter: $filter, orderBy: $orderBy) {
          totalCount
          edges {
            node {
              slug
              paperCount
            }
          }
        }
      }
    `;
    const byPapers = await api.server.query(query);
    expect(slugs(byPapers.data!.tasks)).toEqual([
      'question-answering',
      'open-domain-question-answering',
      'image-classification',
    ]);
    expect(byPapers.data!.tasks.edges[0].node.paperCount).toBe(3);
    const byName = await api.server.query(query, { orderBy: 'NAME_ASC' });
    expect(slugs(byName.data!.tasks)).toEqual([
      'image-classification',
      'open-domain-question-answering',
      'question-answering',
    ]);
    const nlp = await api.server.query(query, { filter: { area: 'natural-language-processing' } });
    expect(nlp.data!.tasks.totalCount).toBe(2);
    const children = await api.server.query(query, { filter: { parent: 'question-answering' } });
    expect(slugs(children.data!.tasks)).toEqual(['open-domain-question-answering']);
    const topLevel = await api.server.query(query, { filter: { topLevel: true }, orderBy: 'NAME_ASC' });
    expect(slugs(topLevel.data!.tasks)).toEqual(['image-classification', 'question-answering']);
    const synonym = await api.server.query(query, { filter: { query: 'odqa' } });
    expect(slugs(synonym.data!.tasks)).toEqual(['open-domain-question-answering']);
  });

  it('filters datasets by task, modality and language', async () => {
    const query = /* GraphQL */ `
      query Datasets($filter: DatasetFilter) {
        datasets(filter: $filter, orderBy: NAME_ASC) {
          edges {
            node {
              slug
            }
          }
        }
      }
    `;
    expect(slugs((await api.server.query(query)).data!.datasets)).toEqual(['imagenet', 'squad11']);
    expect(slugs((await api.server.query(query, { filter: { task: 'question-answering' } })).data!.datasets)).toEqual([
      'squad11',
    ]);
    expect(slugs((await api.server.query(query, { filter: { modality: 'Images' } })).data!.datasets)).toEqual([
      'imagenet',
    ]);
    expect(slugs((await api.server.query(query, { filter: { language: 'English' } })).data!.datasets)).toEqual([
      'squad11',
    ]);
    expect(slugs((await api.server.query(query, { filter: { query: '100%_' } })).data!.datasets)).toEqual([]);
  });

  it('filters methods by collection and area, most-used first', async () => {
    const query = /* GraphQL */ `
      query Methods($filter: MethodFilter) {
        methods(filter: $filter) {
          edges {
            node {
              slug
              paperCount
            }
          }
        }
      }
    `;
    const all = await api.server.query(query);
    expect(all.data!.methods.edges.map((e: any) => [e.node.slug, e.node.paperCount])).toEqual([
      ['transformer', 2],
      ['dropout', 1],
    ]);
    expect(
      slugs((await api.server.query(query, { filter: { collection: 'attention-mechanisms' } })).data!.methods),
    ).toEqual(['transformer']);
    expect(
      slugs((await api.server.query(query, { filter: { area: 'natural-language-processing' } })).data!.methods),
    ).toEqual(['transformer']);
  });

  it('filters benchmarks by task, dataset and area', async () => {
    const query = /* GraphQL */ `
      query Benchmarks($filter: BenchmarkFilter) {
        benchmarks(filter: $filter) {
          totalCount
          edges {
            node {
              slug
            }
          }
        }
      }
    `;
    expect(slugs((await api.server.query(query)).data!.benchmarks)).toEqual([
      'question-answering-on-squad11',
      'image-classification-on-imagenet',
    ]);
    expect(
      slugs((await api.server.query(query, { filter: { task: 'image-classification' } })).data!.benchmarks),
    ).toEqual(['image-classification-on-imagenet']);
    expect(slugs((await api.server.query(query, { filter: { dataset: 'squad11' } })).data!.benchmarks)).toEqual([
      'question-answering-on-squad11',
    ]);
    expect(slugs((await api.server.query(query, { filter: { area: 'computer-vision' } })).data!.benchmarks)).toEqual([
      'image-classification-on-imagenet',
    ]);
    expect(slugs((await api.server.query(query, { filter: { query: 'squad' } })).data!.benchmarks)).toEqual([
      'question-answering-on-squad11',
    ]);
  });

  it('lists areas, largest first', async () => {
    const { data } = await api.server.query(
      `{ areas { totalCount edges { node { slug taskCount benchmarkCount } } } }`,
    );
    expect(data!.areas.edges.map((e: any) => e.node)).toEqual([
      { slug: 'natural-language-processing', taskCount: 2, benchmarkCount: 1 },
      { slug: 'computer-vision', taskCount: 1, benchmarkCount: 1 },
    ]);
  });
});
