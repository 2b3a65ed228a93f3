import { useApiFixture } from '../support/api-fixture';

const api = useApiFixture();

const LEADERBOARD = /* GraphQL */ `
  query Leaderboard($slug: String!, $metric: String, $first: Int, $after: String, $extra: Boolean, $code: Boolean) {
    benchmark(slug: $slug) {
      slug
      task {
        slug
      }
      dataset {
        slug
      }
      resultCount
      metrics {
        name
        position
        direction
        directionSource
        isNumeric
      }
      rows(metric: $metric, first: $first, after: $after, usesAdditionalData: $extra, hasCode: $code) {
        totalCount
        pageInfo {
          hasNextPage
          endCursor
        }
        edges {
          node {
            rank
            metric {
              name
            }
            value {
              raw
              value
            }
            result {
              modelName
              evaluatedOn
              usesAdditionalData
              hasCode
              paper {
                slug
              }
            }
          }
        }
      }
    }
  }
`;

type Row = { rank: number | null; value: { raw: string; value: number | null } | null; result: { modelName: string } };
const models = (rows: { node: Row }[]) => rows.map((edge) => [edge.node.rank, edge.node.result.modelName]);

describe('benchmark(slug:)', () => {
  it('shows the task, dataset and metric columns with their direction', async () => {
    const { data } = await api.server.query(LEADERBOARD, { slug: 'question-answering-on-squad11' });
    const benchmark = data!.benchmark;
    expect(benchmark.task.slug).toBe('question-answering');
    expect(benchmark.dataset.slug).toBe('squad11');
    expect(benchmark.resultCount).toBe(5);
    expect(benchmark.metrics).toEqual([
      { name: 'EM', position: 0, direction: 'HIGHER_IS_BETTER', directionSource: 'METRIC_NAME', isNumeric: true },
      { name: 'F1', position: 1, direction: 'HIGHER_IS_BETTER', directionSource: 'METRIC_NAME', isNumeric: true },
      {
        name: 'Backbone',
        position: 2,
        direction: 'HIGHER_IS_BETTER',
        directionSource: 'METRIC_NAME',
        isNumeric: false,
      },
    ]);
  });

  it('ranks by the first metric by default; ties share a rank, the earlier result first', async () => {
    const { data } = await api.server.query(LEADERBOARD, { slug: 'question-answering-on-squad11' });
    expect(models(data!.benchmark.rows.edges)).toEqual([
      [1, 'XLNet'],
      [2, 'BERT (ensemble)'],
      [2, 'Mystery model'],
      [4, 'Human Performance'],
      [5, 'BiDAF'],
    ]);
    expect(data!.benchmark.rows.edges[0].node.value).toEqual({ raw: '89.898', value: 89.898 });
  });

  it('ranks by another metric on request; rows without a value come last, unranked', async () => {
    const { data } = await api.server.query(LEADERBOARD, { slug: 'question-answering-on-squad11', metric: 'F1' });
    expect(models(data!.benchmark.rows.edges)).toEqual([
      [1, 'XLNet'],
      [2, 'BERT (ensemble)'],
      [3, 'Human Performance'],
      [4, 'BiDAF'],
      [null, 'Mystery model'],
    ]);
    expect(data!.benchmark.rows.edges[4].node.value).toEqual({ raw: 'N/A', value: null });
  });

  it('puts the smallest value first when lower is better', async () => {
    const { data } = await api.server.query(LEADERBOARD, { slug: 'image-classification-on-imagenet' });
    expect(models(data!.benchmark.rows.edges)).toEqual([
      [1, 'ResNet-152'],
      [2, 'VGG-19'],
    ]);
    const byParams = await api.server.query(LEADERBOARD, {
      slug: 'image-classification-on-imagenet',
      metric: 'Params',
    });
    expect(byParams.data!.benchmark.rows.edges.map((e: { node: Row }) => e.node.value!.value)).toEqual([60e6, 144e6]);
  });

  it('filters rows by extra training data and by code', async () => {
    const noExtra = await api.server.query(LEADERBOARD, { slug: 'question-answering-on-squad11', extra: false });
    expect(models(noExtra.data!.benchmark.rows.edges).map(([, model]) => model)).not.toContain('XLNet');
    expect(noExtra.data!.benchmark.rows.totalCount).toBe(4);

    const withCode = await api.server.query(LEADERBOARD, { slug: 'question-answering-on-squad11', code: true });
    // BERT's paper has repositories; the mystery row links code itself.
    expect(models(withCode.data!.benchmark.rows.edges)).toEqual([
      [1, 'BERT (ensemble)'],
      [1, 'Mystery model'],
    ]);
  });

  it('pages through ranked rows with cursors', async () => {
    const first = await api.server.query(LEADERBOARD, { slug: 'question-answering-on-squad11', first: 2 });
    const page1 = first.data!.benchmark.rows;
    expect(page1.pageInfo.hasNextPage).toBe(true);
    const second = await api.server.query(LEADERBOARD, {
      slug: 'question-answering-on-squad11',
      first: 10,
      after: page1.pageInfo.endCursor,
    });
    const page2 = second.data!.benchmark.rows;
    expect(page2.pageInfo.hasNextPage).toBe(false);
    expect(models(page2.edges)).toEqual([
      [2, 'Mystery model'],
      [4, 'Human Performance'],
      [5, 'BiDAF'],
    ]);
  });

  it('names the bad argument: an unknown metric, a descriptive column, a malformed cursor, too many rows', async () => {
    const unknown = await api.server.query(LEADERBOARD, { slug: 'question-answering-on-squad11', metric: 'BLEU' });
    expect(unknown.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', argument: 'metric' });
    expect(unknown.errors?.[0]?.message).toMatch(/no metric "BLEU".*"EM", "F1", "Backbone"/);

    const text = await api.server.query(LEADERBOARD, { slug: 'question-answering-on-squad11', metric: 'Backbone' });
    expect(text.errors?.[0]?.message).toMatch(/"Backbone" is not numeric/);

    const cursor = await api.server.query(LEADERBOARD, { slug: 'question-answering-on-squad11', after: 'nonsense' });
    expect(cursor.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', argument: 'after' });

    const tooMany = await api.server.query(LEADERBOARD, { slug: 'question-answering-on-squad11', first: 5000 });
    expect(tooMany.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', argument: 'first' });
    expect(tooMany.errors?.[0]?.message).toMatch(/first.*5000.*1000/);
  });

  it('returns null for an unknown leaderboard', async () => {
    const { data, errors } = await api.server.query(LEADERBOARD, { slug: 'nothing-on-nowhere' });
    expect(errors).toBeUndefined();
    expect(data!.benchmark).toBeNull();
  });
});

describe('sotaHistory', () => {
  const HISTORY = /* GraphQL */ `
    query History($slug: String!, $metric: String) {
      benchmark(slug: $slug) {
        sotaHistory(metric: $metric) {
          date
          value
          metric {
            name
          }
          result {
            modelName
          }
        }
        best {
          rank
          value {
            raw
          }
          result {
            modelName
          }
        }
      }
    }
  `;

  it('lists the results that improved the best value, in date order, skipping undated rows', async () => {
    const { data } = await api.server.query(HISTORY, { slug: 'question-answering-on-squad11' });
    expect(data!.benchmark.sotaHistory).toEqual([
      { date: '2016-06-16', value: 82.304, metric: { name: 'EM' }, result: { modelName: 'Human Performance' } },
      { date: '2018-10-11', value: 87.433, metric: { name: 'EM' }, result: { modelName: 'BERT (ensemble)' } },
      { date: '2019-06-19', value: 89.898, metric: { name: 'EM' }, result: { modelName: 'XLNet' } },
    ]);
    expect(data!.benchmark.best).toEqual({ rank: 1, value: { raw: '89.898' }, result: { modelName: 'XLNet' } });
  });

  it('follows a lower-is-better metric downwards', async () => {
    const { data } = await api.server.query(HISTORY, { slug: 'image-classification-on-imagenet' });
    expect(data!.benchmark.sotaHistory.map((p: { value: number }) => p.value)).toEqual([24.4, 19.38]);
    expect(data!.benchmark.best.result.modelName).toBe('ResNet-152');
  });
});

describe("where a row's date and paper link come from", () => {
  it('says it for every row: a date has a source, a linked paper a kind of link', async () => {
    const { data } = await api.server.query(
      `{ benchmark(slug: "question-answering-on-squad11") {
          rows(first: 400) { edges { node { result { evaluatedOn dateSource paperLink paper { slug } } } } } } }`,
    );
    const results = data!.benchmark.rows.edges.map(({ node }: any) => node.result);
    expect(results.length).toBeGreaterThan(0);
    for (const result of results) {
      expect(result.dateSource === null).toBe(result.evaluatedOn === null);
      expect(result.paperLink === null).toBe(result.paper === null);
    }
    expect(results.some((result: any) => result.dateSource === 'ROW')).toBe(true);
    expect(results.some((result: any) => result.paperLink !== null)).toBe(true);
  });
});
