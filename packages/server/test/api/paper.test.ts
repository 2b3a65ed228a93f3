import { buildSampleGraph, type SampleGraph } from '../support/sample-graph';
import { createTestDatabase, type TestDatabase } from '../support/test-database';
import { startTestServer, type TestServer } from '../support/test-server';

let db: TestDatabase;
let server: TestServer;
let graph: SampleGraph;

beforeAll(async () => {
  db = await createTestDatabase();
  graph = await buildSampleGraph(db.dataSource);
  server = await startTestServer(db.dataSource);
});
afterAll(async () => {
  await server.close();
  await db.drop();
});

const PAPER_PAGE = /* GraphQL */ `
  query PaperPage($slug: String, $arxivId: String) {
    paper(slug: $slug, arxivId: $arxivId) {
      id
      slug
      arxivId
      title
      abstract
      published
      proceeding
      urlAbs
      urlPdf
      hasCode
      authors {
        name
      }
      tasks {
        slug
        name
      }
      methods {
        slug
      }
      repositories {
        isOfficial
        repository {
          url
          framework
          stars
          fullName
        }
      }
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
        values {
          raw
          value
          metric {
            name
          }
        }
      }
      relatedPapers {
        slug
      }
    }
  }
`;

describe('paper(slug:) and paper(arxivId:)', () => {
  it('returns everything the paper page shows', async () => {
    const { data, errors } = await server.query(PAPER_PAGE, { slug: 'bert-pre-training-of-deep-bidirectional' });
    expect(errors).toBeUndefined();
    const paper = data!.paper;
    expect(paper.arxivId).toBe('1810.04805');
    expect(paper.published).toBe('2018-10-11');
    expect(paper.proceeding).toBe('NAACL 2019 6');
    expect(paper.authors.map((a: { name: string }) => a.name)).toEqual([
      'Jacob Devlin',
      'Ming-Wei Chang',
      'Kenton Lee',
      'Kristina Toutanova',
    ]);
    expect(paper.tasks.map((t: { slug: string }) => t.slug)).toEqual([
      'open-domain-question-answering',
      'question-answering',
    ]);
    expect(paper.methods.map((m: { slug: string }) => m.slug)).toEqual(['dropout', 'transformer']);
    expect(paper.hasCode).toBe(true);
    // Official code first, whatever the stars say.
    expect(paper.repositories.map((r: any) => [r.repository.fullName, r.isOfficial])).toEqual([
      ['google-research/bert', true],
      ['huggingface/transformers', false],
    ]);
    expect(paper.results).toHaveLength(1);
    expect(paper.results[0]).toMatchObject({
      modelName: 'BERT (ensemble)',
      benchmark: {
        slug: 'question-answering-on-squad11',
        task: { name: 'Question Answering' },
        dataset: { name: 'SQuAD1.1' },
      },
    });
    expect(paper.results[0].values).toEqual([
      { raw: '87.433', value: 87.433, metric: { name: 'EM' } },
      { raw: '93.160', value: 93.16, metric: { name: 'F1' } },
      { raw: 'Transformer', value: null, metric: { name: 'Backbone' } },
    ]);
    // XLNet and BiDAF share Question Answering with BERT; the newer one first.
    expect(paper.relatedPapers.map((p: { slug: string }) => p.slug)).toEqual([
      graph.papers.xlnet.slug,
      graph.papers.bidaf.slug,
    ]);
  });

  it('finds the same paper by arXiv id', async () => {
    const { data } = await server.query(PAPER_PAGE, { arxivId: '1810.04805' });
    expect(data!.paper.slug).toBe('bert-pre-training-of-deep-bidirectional');
  });

  it('returns null for an unknown paper', async () => {
    const { data, errors } = await server.query(PAPER_PAGE, { slug: 'no-such-paper' });
    expect(errors).toBeUndefined();
    expect(data!.paper).toBeNull();
  });

  it('asks for exactly one key', async () => {
    const { errors } = await server.query(PAPER_PAGE, { slug: 'x', arxivId: '1' });
    expect(errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
    expect(errors?.[0]?.message).toMatch(/exactly one of slug and arxivId/);
  });
});
