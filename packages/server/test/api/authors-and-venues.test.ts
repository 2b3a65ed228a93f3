import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { BUNDLED_SAMPLE_DIR } from '../../src/archive/bundled-sample';
import { importArchive } from '../../src/archive/import-archive';
import { StatementCounter } from '../support/statement-counter';
import { createTestDatabase, type TestDatabase } from '../support/test-database';
import { startTestServer, type TestServer } from '../support/test-server';

const BERT = 'bert-pre-training-of-deep-bidirectional';

/** Papers of a second import: venues in both shapes the archive gives, and names that share a slug. */
function extraPapers(authorsOfB: string[]) {
  const paper = (slug: string, fields: Record<string, unknown>) => ({
    paper_url: `https://paperswithcode.com/paper/${slug}`,
    title: `Paper ${slug}`,
    abstract: null,
    date: '2020-01-01',
    tasks: ['Question Answering'],
    methods: [],
    ...fields,
  });
  return [
    paper('venue-a', { proceeding: 'NeurIPS 2019 12', authors: ['Jacob Devlin', 'J. Smith'], date: '2019-12-01' }),
    paper('venue-b', { proceeding: 'neurips-2020-12', authors: authorsOfB, date: '2020-12-01' }),
    paper('venue-c', { proceeding: null, conference: 'NeurIPS 2021', authors: ['J Smith'], date: '2021-12-01' }),
    paper('venue-d', { proceeding: null, conference: 'some-paper-slug-1', authors: ['Jacob Devlin'] }),
  ];
}

describe('authors and venues, on the bundled sample', () => {
  const counter = new StatementCounter();
  let db: TestDatabase;
  let server: TestServer;
  let folder: string;

  const importPapers = async (records: unknown[]) => {
    writeFileSync(join(folder, 'papers-with-abstracts.json'), JSON.stringify(records));
    const report = await importArchive({
      dataSource: db.dataSource,
      files: [join(folder, 'papers-with-abstracts.json')],
    });
    expect(report.ok).toBe(true);
  };

  beforeAll(async () => {
    db = await createTestDatabase({ logger: counter });
    expect((await importArchive({ dataSource: db.dataSource, files: [BUNDLED_SAMPLE_DIR] })).ok).toBe(true);
    folder = mkdtempSync(join(tmpdir(), 'pwc-venues-'));
    server = await startTestServer(db.dataSource, { compiledReads: false });
  });
  afterAll(async () => {
    await server?.close();
    await db?.drop();
    rmSync(folder, { recursive: true, force: true });
  });

  it('gives every author of the sample a distinct slug made from the name', async () => {
    const rows: { name: string; slug: string }[] = await db.dataSource.query('SELECT name, slug FROM author');
    expect(rows.length).toBeGreaterThan(100);
    expect(new Set(rows.map((r) => r.slug)).size).toBe(rows.length);
    expect(rows).toContainEqual({ name: 'Jacob Devlin', slug: 'jacob-devlin' });
    expect(rows).toContainEqual({ name: 'P. M. Zerwas', slug: 'p-m-zerwas' });
  });

  it('answers an author page: papers, co-authors, tasks, results and code', async () => {
    const { data, errors } = await server.query(/* GraphQL */ `
      {
        author(slug: "jacob-devlin") {
          name
          slug
          paperCount
          papers(first: 5) {
            totalCount
            edges {
              node {
                slug
              }
            }
          }
          coAuthors(first: 5) {
            sharedPaperCount
            author {
              slug
              name
            }
          }
          tasks(first: 3) {
            paperCount
            task {
              slug
            }
          }
          results(first: 2) {
            modelName
            paper {
              slug
            }
          }
          repositories(first: 10) {
            url
          }
        }
      }
    `);
    expect(errors).toBeUndefined();
    const author = data!.author;
    expect(author).toMatchObject({ name: 'Jacob Devlin', slug: 'jacob-devlin', paperCount: 1 });
    expect(author.papers).toEqual({ totalCount: 1, edges: [{ node: { slug: BERT } }] });
    expect(author.coAuthors).toEqual([
      { sharedPaperCount: 1, author: { slug: 'kenton-lee', name: 'Kenton Lee' } },
      { sharedPaperCount: 1, author: { slug: 'kristina-toutanova', name: 'Kristina Toutanova' } },
      { sharedPaperCount: 1, author: { slug: 'ming-wei-chang', name: 'Ming-Wei Chang' } },
    ]);
    const [bertTasks] = await db.dataSource.query(
      `SELECT count(*)::int AS n FROM paper_task pt JOIN paper p ON p.id = pt.paper_id WHERE p.slug = $1`,
      [BERT],
    );
    expect(author.tasks).toHaveLength(Math.min(3, bertTasks.n));
    for (const task of author.tasks) expect(task.paperCount).toBe(1);
    expect(author.results).toHaveLength(2);
    for (const result of author.results) expect(result.paper.slug).toBe(BERT);
    expect(author.repositories.map((r: { url: string }) => r.url)).toContain('https://github.com/google-research/bert');
  });

  it('links author names on a paper to their pages and the paper to its proceeding', async () => {
    const { data } = await server.query(`{
      paper(slug: "${BERT}") { proceeding authors { slug } publishedIn { slug name year month venue { slug name } } }
    }`);
    expect(data!.paper.authors.map((a: { slug: string }) => a.slug)).toEqual([
      'jacob-devlin',
      'ming-wei-chang',
      'kenton-lee',
      'kristina-toutanova',
    ]);
    expect(data!.paper.publishedIn).toEqual({
      slug: 'naacl-2019-6',
      name: 'NAACL 2019',
      year: 2019,
      month: 6,
      venue: { slug: 'naacl', name: 'NAACL' },
    });
  });

  it('answers a venue with its proceedings, papers and the results they report', async () => {
    const { data, errors } = await server.query(`{
      venue(slug: "naacl") {
        name paperCount proceedingCount
        proceedings { slug name paperCount papers(first: 5) { edges { node { slug } } } }
        papers(first: 5) { totalCount edges { node { slug } } }
        results(first: 3) { modelName paper { slug } }
      }
      proceeding(slug: "naacl-2019-6") { name venue { slug } results(first: 1) { paper { slug } } }
      missing: venue(slug: "no-such-venue") { name }
      venues(first: 10) { edges { node { slug paperCount } } }
    }`);
    expect(errors).toBeUndefined();
    expect(data!.venue).toMatchObject({ name: 'NAACL', paperCount: 1, proceedingCount: 1 });
    expect(data!.venue.proceedings).toEqual([
      { slug: 'naacl-2019-6', name: 'NAACL 2019', paperCount: 1, papers: { edges: [{ node: { slug: BERT } }] } },
    ]);
    expect(data!.venue.papers).toEqual({ totalCount: 1, edges: [{ node: { slug: BERT } }] });
    expect(data!.venue.results).toHaveLength(3);
    for (const result of data!.venue.results) expect(result.paper.slug).toBe(BERT);
    expect(data!.proceeding).toEqual({
      name: 'NAACL 2019',
      venue: { slug: 'naacl' },
      results: [{ paper: { slug: BERT } }],
    });
    expect(data!.missing).toBeNull();
    // The GAN paper's proceeding has no year: a venue of its own.
    expect(data!.venues.edges.map((e: { node: { slug: string } }) => e.node.slug).sort()).toEqual([
      'naacl',
      'proceedings-of-the-27th-international',
    ]);
  });

  it('answers the same lists for objects fetched by node(id:), through the loaders', async () => {
    const fields = {
      Author: `slug paperCount coAuthors(first: 2) { sharedPaperCount author { slug } } tasks(first: 2) { paperCount }
               results(first: 2) { id } repositories(first: 2) { url } papers(first: 1) { totalCount }`,
      Venue: `slug proceedingCount proceedings { slug venue { slug } } results(first: 2) { id } papers(first: 1) { totalCount }`,
      Proceeding: `slug results(first: 2) { id } papers(first: 1) { totalCount edges { node { publishedIn { slug } } } }`,
    };
    const { data: viaSlug, errors: slugErrors } = await server.query(`{
      n0: author(slug: "jacob-devlin") { id ${fields.Author} }
      n1: venue(slug: "naacl") { id ${fields.Venue} }
      n2: proceeding(slug: "naacl-2019-6") { id ${fields.Proceeding} }
    }`);
    expect(slugErrors).toBeUndefined();
    const nodes = Object.entries(fields).map(
      ([type, selection], i) => `n${i}: node(id: "${viaSlug![`n${i}`].id}") { id ... on ${type} { ${selection} } }`,
    );
    const { data: viaNode, errors } = await server.query(`{ ${nodes.join(' ')} }`);
    expect(errors).toBeUndefined();
    expect(viaNode).toEqual(viaSlug);
    expect(viaNode!.n1.results).toHaveLength(2);
    expect(viaNode!.n2.papers.edges[0].node.publishedIn.slug).toBe('naacl-2019-6');
  });

  it('rejects bad arguments with BAD_USER_INPUT naming them', async () => {
    for (const query of [
      '{ author(slug: "jacob-devlin") { coAuthors(first: 51) { sharedPaperCount } } }',
      '{ author(slug: "jacob-devlin") { results(first: -1) { id } } }',
      '{ venue(slug: "naacl") { proceedings(first: 101) { slug } } }',
      '{ proceeding(slug: "naacl-2019-6") { results(first: 1000) { id } } }',
      '{ venues(first: 101) { edges { node { slug } } } }',
      '{ venues(first: 5, after: "garbage") { edges { node { slug } } } }',
    ]) {
      const { data, errors } = await server.query(query);
      expect(errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
      expect(errors?.[0]?.message).toMatch(/first|after/);
      expect(data?.author ?? data?.venue ?? data?.proceeding ?? data?.venues ?? null).toBeNull();
    }
  });

  it('re-imports keep slugs, number colliding names and build venues from both text shapes', async () => {
    await importPapers(extraPapers(['Kenton Lee', 'J. Smith']));
    const slugs = async () =>
      Object.fromEntries(
        (
          (await db.dataSource.query('SELECT name, slug, paper_count FROM author')) as {
            name: string;
            slug: string;
            paper_count: number;
          }[]
        ).map((r) => [r.name, [r.slug, r.paper_count]]),
      );
    const first = await slugs();
    // "J. Smith" and "J Smith" share the slug j-smith: in code-point order, "J Smith" keeps it.
    expect(first['J Smith']).toEqual(['j-smith', 1]);
    expect(first['J. Smith']).toEqual(['j-smith-2', 2]);
    expect(first['Jacob Devlin']).toEqual(['jacob-devlin', 3]);

    const { data } = await server.query(`{
      venue(slug: "neurips") { name paperCount proceedings { slug name year month paperCount } papers { edges { node { slug } } } }
      naacl: venue(slug: "naacl") { paperCount }
    }`);
    expect(data!.venue).toEqual({
      name: 'NeurIPS',
      paperCount: 3,
      proceedings: [
        { slug: 'neurips-2021', name: 'NeurIPS 2021', year: 2021, month: null, paperCount: 1 },
        { slug: 'neurips-2020-12', name: 'NeurIPS 2020', year: 2020, month: 12, paperCount: 1 },
        { slug: 'neurips-2019-12', name: 'NeurIPS 2019', year: 2019, month: 12, paperCount: 1 },
      ],
      papers: { edges: ['venue-c', 'venue-b', 'venue-a'].map((slug) => ({ node: { slug } })) },
    });
    // A conference field that is a paper's slug names no venue.
    expect(await db.dataSource.query(`SELECT proceeding_id FROM paper WHERE slug = 'venue-d'`)).toEqual([
      { proceeding_id: null },
    ]);

    // Again, with a new name whose slug is taken and B's byline changed: old slugs stay, counts follow.
    await importPapers(extraPapers(['Kenton  Lee', 'Jacob Devlin']));
    const second = await slugs();
    for (const [name, [slug]] of Object.entries(first)) expect(second[name]![0]).toBe(slug);
    expect(second['Kenton  Lee']).toEqual(['kenton-lee-2', 1]);
    expect(second['Kenton Lee']).toEqual(['kenton-lee', 1]);
    expect(second['J. Smith']).toEqual(['j-smith-2', 1]);
    expect(second['Jacob Devlin']).toEqual(['jacob-devlin', 4]);

    // Every stored count is the count of the rows it stands for.
    const [wrong] = await db.dataSource.query(`
      SELECT (SELECT count(*) FROM author a WHERE a.paper_count <>
                (SELECT count(DISTINCT paper_id) FROM paper_author pa WHERE pa.author_id = a.id))::int AS authors,
             (SELECT count(*) FROM proceeding pr WHERE pr.paper_count <>
                (SELECT count(*) FROM paper p WHERE p.proceeding_id = pr.id))::int AS proceedings,
             (SELECT count(*) FROM venue v WHERE v.paper_count <>
                (SELECT count(*) FROM paper p WHERE p.venue_id = v.id))::int AS venues,
             (SELECT count(*) FROM paper p JOIN proceeding pr ON pr.id = p.proceeding_id
              WHERE p.venue_id IS DISTINCT FROM pr.venue_id)::int AS venue_links`);
    expect(wrong).toEqual({ authors: 0, proceedings: 0, venues: 0, venue_links: 0 });
  });

  it('answers an author page in a constant number of statements', async () => {
    const query = `query($slug: String!) {
      author(slug: $slug) {
        name paperCount
        papers(first: 20) { totalCount edges { node { slug title authors { slug name } publishedIn { slug } } } }
        coAuthors { sharedPaperCount author { slug name paperCount } }
        tasks { paperCount task { slug name } }
        results { modelName benchmark { slug } paper { slug } }
        repositories { url stars }
      }
    }`;
    const statements = async (slug: string) => {
      counter.reset();
      const { errors } = await server.query(query, { slug });
      expect(errors).toBeUndefined();
      return counter.statements.length;
    };
    const few = await statements('kenton-lee-2');
    const many = await statements('jacob-devlin');
    expect(many).toBe(few);
    expect(many).toBeLessThanOrEqual(4);
  });
});
