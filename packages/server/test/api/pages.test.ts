import { useApiFixture } from '../support/api-fixture';

const api = useApiFixture();

describe('task(slug:)', () => {
  it('returns the data of a task page', async () => {
    const { data, errors } = await api.server.query(/* GraphQL */ `
      {
        task(slug: "question-answering") {
          name
          description
          synonyms
          area {
            slug
          }
          areas {
            slug
          }
          parents {
            slug
          }
          subtasks {
            slug
          }
          datasets {
            slug
          }
          benchmarks {
            slug
            dataset {
              name
            }
            best {
              value {
                raw
              }
              result {
                modelName
              }
            }
          }
          papers(first: 2) {
            totalCount
            edges {
              node {
                slug
              }
            }
            pageInfo {
              hasNextPage
            }
          }
          paperCount
          benchmarkCount
          datasetCount
          subtaskCount
        }
        child: task(slug: "open-domain-question-answering") {
          synonyms
          parents {
            slug
          }
        }
        missing: task(slug: "nope") {
          slug
        }
      }
    `);
    expect(errors).toBeUndefined();
    expect(data!.task).toMatchObject({
      name: 'Question Answering',
      description: 'Answer questions about **text**.',
      area: { slug: 'natural-language-processing' },
      parents: [],
      subtasks: [{ slug: 'open-domain-question-answering' }],
      datasets: [{ slug: 'squad11' }],
      benchmarks: [
        {
          slug: 'question-answering-on-squad11',
          dataset: { name: 'SQuAD1.1' },
          best: { value: { raw: '89.898' }, result: { modelName: 'XLNet' } },
        },
      ],
      papers: { totalCount: 3, pageInfo: { hasNextPage: true } },
      paperCount: 3,
      benchmarkCount: 1,
      datasetCount: 1,
      subtaskCount: 1,
    });
    expect(data!.task.papers.edges).toHaveLength(2);
    expect(data!.child).toEqual({ synonyms: ['ODQA'], parents: [{ slug: 'question-answering' }] });
    expect(data!.missing).toBeNull();
  });
});

describe('dataset, method, area, collection, author', () => {
  it('returns the data of a dataset page', async () => {
    const { data } = await api.server.query(/* GraphQL */ `
      {
        dataset(slug: "squad11") {
          name
          modalities
          languages
          tasks {
            slug
          }
          benchmarks {
            slug
          }
          papers {
            totalCount
            edges {
              node {
                slug
              }
            }
          }
          paperCount
          parent {
            slug
          }
          subdatasets {
            slug
          }
        }
        missing: dataset(slug: "nope") {
          slug
        }
      }
    `);
    expect(data!.dataset).toEqual({
      name: 'SQuAD1.1',
      modalities: ['Texts'],
      languages: ['English'],
      tasks: [{ slug: 'question-answering' }],
      benchmarks: [{ slug: 'question-answering-on-squad11' }],
      papers: {
        totalCount: 3,
        edges: [
          { node: { slug: 'xlnet-generalized-autoregressive-pretraining-for-language-understanding' } },
          { node: { slug: 'bert-pre-training-of-deep-bidirectional' } },
          { node: { slug: 'bidirectional-attention-flow-for-machine-comprehension' } },
        ],
      },
      paperCount: 3,
      parent: null,
      subdatasets: [],
    });
    expect(data!.missing).toBeNull();
  });

  it('returns the data of method, collection and area pages', async () => {
    const { data } = await api.server.query(/* GraphQL */ `
      {
        method(slug: "transformer") {
          name
          introducedYear
          paperCount
          collections {
            slug
            area {
              slug
            }
          }
          papers {
            totalCount
          }
        }
        methodCollection(slug: "attention-mechanisms") {
          name
          methods {
            slug
          }
          area {
            name
          }
        }
        area(slug: "natural-language-processing") {
          name
          taskCount
          benchmarkCount
          methodCollections {
            slug
          }
          tasks(topLevel: true) {
            edges {
              node {
                slug
              }
            }
          }
          benchmarks {
            edges {
              node {
                slug
              }
            }
          }
        }
        missingMethod: method(slug: "nope") {
          slug
        }
        missingArea: area(slug: "nope") {
          slug
        }
      }
    `);
    expect(data!.method).toEqual({
      name: 'Transformer',
      introducedYear: 2017,
      paperCount: 2,
      collections: [{ slug: 'attention-mechanisms', area: { slug: 'natural-language-processing' } }],
      papers: { totalCount: 2 },
    });
    expect(data!.methodCollection).toEqual({
      name: 'Attention Mechanisms',
      methods: [{ slug: 'transformer' }],
      area: { name: 'Natural Language Processing' },
    });
    expect(data!.area).toEqual({
      name: 'Natural Language Processing',
      taskCount: 2,
      benchmarkCount: 1,
      methodCollections: [{ slug: 'attention-mechanisms' }],
      tasks: { edges: [{ node: { slug: 'question-answering' } }] },
      benchmarks: { edges: [{ node: { slug: 'question-answering-on-squad11' } }] },
    });
    expect(data!.missingMethod).toBeNull();
    expect(data!.missingArea).toBeNull();
  });

  it("lists an author's papers", async () => {
    const { data } = await api.server.query(/* GraphQL */ `
      {
        paper(slug: "bert-pre-training-of-deep-bidirectional") {
          authors {
            id
            name
            papers {
              edges {
                node {
                  slug
                }
              }
            }
          }
        }
      }
    `);
    const devlin = data!.paper.authors[0];
    expect(devlin.name).toBe('Jacob Devlin');
    expect(devlin.papers.edges).toEqual([{ node: { slug: 'bert-pre-training-of-deep-bidirectional' } }]);
  });

  it('counts the whole graph', async () => {
    const { data } = await api.server.query(
      `{ stats { papers papersWithCode tasks datasets methods benchmarks results repositories } }`,
    );
    expect(data!.stats).toEqual({
      papers: 4,
      papersWithCode: 2,
      tasks: 3,
      datasets: 2,
      methods: 2,
      benchmarks: 2,
      results: 7,
      repositories: 3,
    });
  });
});

describe('node(id:)', () => {
  it('refetches every kind of object by its global id', async () => {
    const { data } = await api.server.query(/* GraphQL */ `
      {
        paper(slug: "bert-pre-training-of-deep-bidirectional") {
          id
          authors {
            id
          }
          repositories {
            repository {
              id
            }
          }
          results {
            id
            values {
              metric {
                id
              }
            }
            benchmark {
              id
              task {
                id
                area {
                  id
                }
              }
              dataset {
                id
              }
            }
          }
          methods {
            id
            collections {
              id
            }
          }
        }
      }
    `);
    const paper = data!.paper;
    const ids: [string, string][] = [
      ['Paper', paper.id],
      ['Author', paper.authors[0].id],
      ['Repository', paper.repositories[0].repository.id],
      ['Result', paper.results[0].id],
      ['Metric', paper.results[0].values[0].metric.id],
      ['Benchmark', paper.results[0].benchmark.id],
      ['Task', paper.results[0].benchmark.task.id],
      ['Area', paper.results[0].benchmark.task.area.id],
      ['Dataset', paper.results[0].benchmark.dataset.id],
      ['Method', paper.methods[1].id],
      ['MethodCollection', paper.methods[1].collections[0].id],
    ];
    for (const [type, id] of ids) {
      const refetched = await api.server.query(`query ($id: ID!) { node(id: $id) { __typename id } }`, { id });
      expect(refetched.data!.node).toEqual({ __typename: type, id });
    }
  });

  it('returns null for a well-formed id of nothing, and BAD_USER_INPUT for a malformed one', async () => {
    const absent = Buffer.from('Paper:no-such-paper').toString('base64url');
    const ok = await api.server.query(`query ($id: ID!) { node(id: $id) { id } }`, { id: absent });
    expect(ok.data!.node).toBeNull();
    for (const id of [
      'garbage!',
      Buffer.from('Spaceship:1').toString('base64url'),
      Buffer.from('Result:abc').toString('base64url'),
    ]) {
      const bad = await api.server.query(`query ($id: ID!) { node(id: $id) { id } }`, { id });
      expect(bad.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', argument: 'id' });
    }
  });
});
