import { BUNDLED_SAMPLE_DIR } from '../../src/archive/bundled-sample';
import { importArchive } from '../../src/archive/import-archive';
import { createTestDatabase, type TestDatabase } from '../support/test-database';
import { startTestServer, type TestServer } from '../support/test-server';

let db: TestDatabase;
let server: TestServer;

beforeAll(async () => {
  db = await createTestDatabase();
  await importArchive({ dataSource: db.dataSource, files: [BUNDLED_SAMPLE_DIR] });
  server = await startTestServer(db.dataSource);
});
afterAll(async () => {
  await server?.close();
  await db?.drop();
});

const SEARCH = /* GraphQL */ `
  query Search($query: String!, $types: [SearchType!], $first: Int, $after: String) {
    search(query: $query, types: $types, first: $first, after: $after) {
      totalCount
      didYouMean
      typeCounts {
        type
        count
      }
      pageInfo {
        hasNextPage
        endCursor
      }
      edges {
        cursor
        type
        match
        score
        highlight {
          text
          ranges {
            start
            length
          }
        }
        node {
          __typename
          ... on Paper {
            slug
            title
          }
          ... on Task {
            slug
            name
          }
          ... on Dataset {
            slug
            name
          }
          ... on Method {
            slug
            name
          }
          ... on Benchmark {
            slug
          }
          ... on Author {
            name
          }
          ... on Venue {
            slug
            name
          }
        }
      }
    }
  }
`;

interface Hit {
  type: string;
  match: string;
  score: number;
  highlight: { text: string; ranges: { start: number; length: number }[] };
  node: { __typename: string; slug?: string; name?: string; title?: string };
}

async function searchFor(query: string, variables: Record<string, unknown> = {}) {
  const { data, errors } = await server.query(SEARCH, { query, ...variables });
  expect(errors).toBeUndefined();
  return data!.search as {
    edges: Hit[];
    didYouMean: string[];
    totalCount: number;
    typeCounts: { type: string; count: number }[];
    pageInfo: { hasNextPage: boolean; endCursor: string | null };
  };
}

const label = (hit: Hit) => `${hit.type}:${hit.highlight.text}`;
const position = (hits: Hit[], wanted: string) => hits.map(label).indexOf(wanted);

describe('search ranking (README, Search)', () => {
  it('"bert": the BERT method, then the BERT paper, before VL-BERT, mBERT and the other BERTs', async () => {
    const { edges } = await searchFor('bert', { first: 50 });
    expect(edges[0]).toMatchObject({ type: 'METHOD', match: 'EXACT', node: { __typename: 'Method', name: 'BERT' } });
    expect(edges[1]).toMatchObject({
      type: 'PAPER',
      match: 'SHORT_NAME',
      node: { slug: 'bert-pre-training-of-deep-bidirectional' },
    });
    expect(position(edges, 'METHOD:VL-BERT')).toBeGreaterThan(1);
    expect(position(edges, 'METHOD:mBERT')).toBeGreaterThan(1);
    expect(edges.map((edge) => edge.score)).toEqual([...edges.map((edge) => edge.score)].sort((a, b) => b - a));
  });

  it('"adam": the Adam method first, before QHAdam', async () => {
    const { edges } = await searchFor('adam', { first: 50 });
    expect(label(edges[0]!)).toBe('METHOD:Adam');
    expect(position(edges, 'METHOD:QHAdam')).toBeGreaterThan(0);
  });

  it('"transformer": the Transformer method first, before names that merely contain it', async () => {
    const { edges } = await searchFor('transformer');
    expect(edges[0]).toMatchObject({ type: 'METHOD', match: 'EXACT', node: { name: 'Transformer' } });
    expect(edges[1]!.match).toBe('PREFIX');
  });

  it('"squad": the SQuAD datasets first, then their leaderboards', async () => {
    const { edges } = await searchFor('squad');
    expect(edges.slice(0, 3).map(label).sort()).toEqual([
      'DATASET:SQuAD1.1',
      'DATASET:SQuAD1.1 dev',
      'DATASET:SQuAD2.0',
    ]);
    expect(edges.map(label)).toContain('BENCHMARK:Question Answering on SQuAD1.1');
  });

  it('"bret" offers BERT: as a typo hit and as "did you mean"', async () => {
    const result = await searchFor('bret');
    expect(result.didYouMean).toContain('BERT');
    expect(result.edges[0]).toMatchObject({ match: 'FUZZY', node: { name: 'BERT' } });
    expect(result.edges[0]!.highlight.ranges).toEqual([]);
  });

  it('finds authors by full name, by last name and with a typo', async () => {
    for (const query of ['Jacob Devlin', 'Devlin', 'devlin']) {
      const { edges } = await searchFor(query);
      expect(edges[0]).toMatchObject({ type: 'AUTHOR', node: { __typename: 'Author', name: 'Jacob Devlin' } });
    }
    expect((await searchFor('Jacob Devlin')).edges[0]!.match).toBe('EXACT');
    const typo = await searchFor('Goodfelow');
    expect(typo.edges[0]).toMatchObject({ type: 'AUTHOR', match: 'FUZZY', node: { name: 'Ian J. Goodfellow' } });
    expect(typo.didYouMean).toEqual(['Ian J. Goodfellow']);
  });

  it('finds venues by name', async () => {
    const { edges } = await searchFor('naacl');
    expect(edges[0]).toMatchObject({ type: 'VENUE', match: 'EXACT', node: { __typename: 'Venue', slug: 'naacl' } });
  });

  it('finds papers by the words of their title and abstract', async () => {
    const { edges } = await searchFor('deep bidirectional transformers', { types: ['PAPER'] });
    expect(edges[0]).toMatchObject({ match: 'WORDS', node: { slug: 'bert-pre-training-of-deep-bidirectional' } });
  });

  it('says what matched as plain text and ranges, never markup', async () => {
    const { edges } = await searchFor('bert', { first: 50 });
    const vlBert = edges.find((edge) => label(edge) === 'METHOD:VL-BERT')!;
    expect(vlBert.highlight).toEqual({ text: 'VL-BERT', ranges: [{ start: 3, length: 4 }] });
    const paper = edges.find((edge) => edge.type === 'PAPER')!;
    expect(paper.highlight.ranges[0]).toEqual({ start: 0, length: 4 });
  });

  it('finds nothing and suggests nothing for gibberish', async () => {
    const result = await searchFor('qqqzzxv');
    expect(result).toMatchObject({ edges: [], totalCount: 0, didYouMean: [], typeCounts: [] });
  });
});

describe('search pages and types', () => {
  it('pages through one ranking with first/after, counting hits per type', async () => {
    const all = await searchFor('bert', { first: 50 });
    const seen: string[] = [];
    let after: string | null = null;
    for (;;) {
      const page: Awaited<ReturnType<typeof searchFor>> = await searchFor('bert', { first: 7, after });
      seen.push(...page.edges.map(label));
      after = page.pageInfo.endCursor;
      if (!page.pageInfo.hasNextPage) break;
    }
    expect(seen).toEqual(all.edges.map(label));
    expect(all.totalCount).toBe(all.edges.length);
    const methods = all.typeCounts.find((count) => count.type === 'METHOD')!.count;
    expect(methods).toBe(all.edges.filter((edge) => edge.type === 'METHOD').length);
  });

  it('keeps to the types asked for', async () => {
    const { edges, typeCounts } = await searchFor('squad', { types: ['BENCHMARK'] });
    expect(edges.length).toBeGreaterThan(0);
    expect(new Set(edges.map((edge) => edge.type))).toEqual(new Set(['BENCHMARK']));
    expect(typeCounts.map((count) => count.type)).toEqual(['BENCHMARK']);
  });
});

describe('suggest (typeahead)', () => {
  const SUGGEST = /* GraphQL */ `
    query Suggest($query: String!, $perType: Int) {
      suggest(query: $query, perType: $perType) {
        type
        hits {
          type
          match
          highlight {
            text
          }
        }
      }
    }
  `;

  it('groups the best few of each type, the group of the best hit first', async () => {
    const { data, errors } = await server.query(SUGGEST, { query: 'bert', perType: 3 });
    expect(errors).toBeUndefined();
    const groups = data!.suggest as { type: string; hits: { type: string; highlight: { text: string } }[] }[];
    expect(groups[0]!.type).toBe('METHOD');
    expect(groups[0]!.hits[0]!.highlight.text).toBe('BERT');
    for (const group of groups) {
      expect(group.hits.length).toBeGreaterThan(0);
      expect(group.hits.length).toBeLessThanOrEqual(3);
      expect(group.hits.every((hit) => hit.type === group.type)).toBe(true);
    }
  });

  it('completes what is being typed', async () => {
    const { data } = await server.query(SUGGEST, { query: 'squ' });
    const datasets = data!.suggest.find((group: { type: string }) => group.type === 'DATASET');
    expect(datasets.hits[0]).toMatchObject({ match: 'PREFIX' });
    expect(datasets.hits[0].highlight.text).toMatch(/^SQuAD/);
  });
});

describe('search arguments', () => {
  const cases: [string, string, Record<string, unknown>][] = [
    ['an empty query', 'query', { query: '   ' }],
    ['a query over 200 characters', 'query', { query: 'a'.repeat(201) }],
    ['no types', 'types', { query: 'bert', types: [] }],
    ['a page over 50', 'first', { query: 'bert', first: 51 }],
    ['a negative page', 'first', { query: 'bert', first: -1 }],
    ['a cursor of something else', 'after', { query: 'bert', after: 'bm90IGEgY3Vyc29y' }],
  ];
  it.each(cases)('%s is BAD_USER_INPUT naming the argument', async (_, argument, variables) => {
    const { errors } = await server.query(SEARCH, variables);
    expect(errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', argument });
  });

  it('an unknown type is a validation error, before anything runs', async () => {
    const { errors } = await server.query(SEARCH, { query: 'bert', types: ['SPACESHIP'] });
    expect(errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
  });

  it('suggest checks perType', async () => {
    for (const perType of [0, 11]) {
      const { errors } = await server.query('query ($n: Int) { suggest(query: "bert", perType: $n) { type } }', {
        n: perType,
      });
      expect(errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', argument: 'perType' });
    }
  });

  it('prices search by its page size', async () => {
    const small = await server.query('{ search(query: "bert", first: 5) { edges { cursor } } }');
    const large = await server.query('{ search(query: "bert", first: 50) { edges { cursor } } }');
    const cost = (reply: { extensions?: Record<string, any> }) => reply.extensions!.cost.requested as number;
    expect(cost(large)).toBeGreaterThan(cost(small));
  });
});

describe('paper facets', () => {
  const FACETS = /* GraphQL */ `
    query Facets($filter: PaperFilter!) {
      paperFacets(filter: $filter) {
        exact
        counted
        years {
          value
          label
          count
        }
        tasks {
          value
          label
          count
        }
        datasets {
          value
          label
          count
        }
        methods {
          value
          label
          count
        }
        hasCode {
          value
          label
          count
        }
        frameworks {
          value
          label
          count
        }
        venues {
          value
          label
          count
        }
      }
      papers(filter: $filter) {
        totalCount
      }
    }
  `;
  const COUNT = 'query Count($filter: PaperFilter) { papers(filter: $filter) { totalCount } }';

  type Facet = { value: string; label: string; count: number };
  /** The filter that narrows to one value of a facet. */
  const narrowed = (facet: string, value: string): Record<string, unknown> => {
    switch (facet) {
      case 'years':
        return { yearFrom: Number(value), yearTo: Number(value) };
      case 'hasCode':
        return { hasCode: value === 'true' };
      case 'tasks':
        return { task: value };
      case 'datasets':
        return { dataset: value };
      case 'methods':
        return { method: value };
      case 'frameworks':
        return { framework: value };
      default:
        return { venue: value };
    }
  };

  async function expectCountsMatchLists(filter: Record<string, unknown>) {
    const { data, errors } = await server.query(FACETS, { filter });
    expect(errors).toBeUndefined();
    const facets = data!.paperFacets as Record<string, Facet[]> & { exact: boolean; counted: number };
    expect(facets.exact).toBe(true);
    expect(facets.counted).toBe(data!.papers.totalCount);
    let checked = 0;
    for (const name of ['years', 'tasks', 'datasets', 'methods', 'hasCode', 'frameworks', 'venues']) {
      for (const value of facets[name]!) {
        const list = await server.query(COUNT, { filter: { ...filter, ...narrowed(name, value.value) } });
        expect({ name, value: value.value, count: list.data!.papers.totalCount }).toEqual({
          name,
          value: value.value,
          count: value.count,
        });
        checked++;
      }
    }
    return { facets, checked };
  }

  it('counts every facet of all papers as the filtered lists count them', async () => {
    const { facets, checked } = await expectCountsMatchLists({});
    expect(checked).toBeGreaterThan(20);
    for (const name of ['years', 'tasks', 'datasets', 'methods', 'hasCode', 'frameworks', 'venues']) {
      expect({ name, values: (facets as Record<string, Facet[]>)[name]!.length }).not.toEqual({ name, values: 0 });
    }
    expect(facets.frameworks!.map((f) => f.value)).toContain('tf');
    expect(facets.venues!.map((f) => f.value)).toContain('naacl');
  });

  it('counts the facets of a text search narrowed by others the same way', async () => {
    await expectCountsMatchLists({ query: 'language' });
    await expectCountsMatchLists({ query: 'language', hasCode: true });
    await expectCountsMatchLists({ yearFrom: 2018, yearTo: 2019, task: 'question-answering' });
  });

  it('checks its filter like papers does', async () => {
    const { errors } = await server.query(FACETS, { filter: { yearFrom: 2020, yearTo: 2019 } });
    expect(errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', argument: 'filter.yearFrom' });
  });
});
