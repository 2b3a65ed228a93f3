import { XMLParser, XMLValidator } from 'fast-xml-parser';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { print } from 'graphql';
import { BUNDLED_SAMPLE_DIR } from '../../src/archive/bundled-sample';
import { importArchive } from '../../src/archive/import-archive';
import { feedLinkOf, withFeedLink } from '../../src/http/feed-links';
import { StatementCounter } from '../support/statement-counter';
import { createTestDatabase, type TestDatabase } from '../support/test-database';
import { startTestServer, type GraphQLResponse, type TestServer } from '../support/test-server';
import { webOperations } from '../support/web-operations';

const BERT = 'bert-pre-training-of-deep-bidirectional';
const BOARD = 'question-answering-on-squad11';
const HOSTILE = `<script>alert("feed")</script> & 'quotes' ]]> \u0001`;

const counter = new StatementCounter();
let db: TestDatabase;
let server: TestServer;
let folder: string;

beforeAll(async () => {
  db = await createTestDatabase({ logger: counter });
  expect((await importArchive({ dataSource: db.dataSource, files: [BUNDLED_SAMPLE_DIR] })).ok).toBe(true);
  folder = mkdtempSync(join(tmpdir(), 'pwc-discovery-'));
  server = await startTestServer(db.dataSource, { caching: { store: 'memory' } });
});
afterAll(async () => {
  await server?.close();
  await db?.drop();
  rmSync(folder, { recursive: true, force: true });
});

/** The trending formula of the TrendingAndRelated migration, computed here from the raw rows. */
async function expectedTrendingOrder(): Promise<string[]> {
  const rows: { id: number; slug: string; published: string | null; code: number; results: number; boards: number }[] =
    await db.dataSource.query(`
      SELECT p.id, p.slug, to_char(p.published, 'YYYY-MM-DD') AS published,
        (SELECT count(*)::int FROM paper_repository pr WHERE pr.paper_id = p.id) AS code,
        (SELECT count(*)::int FROM result r WHERE r.paper_id = p.id) AS results,
        (SELECT count(DISTINCT r.benchmark_id)::int FROM result r WHERE r.paper_id = p.id) AS boards
      FROM paper p`);
  const day = 86_400_000;
  const score = (row: (typeof rows)[number]) => {
    const published = Date.parse(`${row.published ?? '0001-01-01'}T00:00:00Z`);
    const days = Math.round((published - Date.parse('2000-01-01T00:00:00Z')) / day);
    return days / 30 + Math.log(1 + row.code + row.results + 2 * row.boards);
  };
  return rows
    .map((row) => ({ row, score: score(row) }))
    .sort((a, b) => b.score - a.score || b.row.id - a.row.id)
    .map(({ row }) => row.slug);
}

const TRENDING = /* GraphQL */ `
  query ($after: String, $filter: PaperFilter) {
    papers(first: 30, after: $after, orderBy: TRENDING, filter: $filter) {
      pageInfo {
        hasNextPage
        endCursor
      }
      edges {
        node {
          slug
          hasCode
        }
      }
    }
  }
`;

interface TrendingPage {
  papers: { edges: { node: { slug: string } }[]; pageInfo: { hasNextPage: boolean; endCursor: string | null } };
}

describe('papers(orderBy: TRENDING)', () => {
  it('follows the formula, page after page', async () => {
    const slugs: string[] = [];
    let after: string | null = null;
    do {
      const { data, errors }: GraphQLResponse<TrendingPage> = await server.query<TrendingPage>(TRENDING, { after });
      expect(errors).toBeUndefined();
      slugs.push(...data!.papers.edges.map((edge: { node: { slug: string } }) => edge.node.slug));
      after = data!.papers.pageInfo.hasNextPage ? data!.papers.pageInfo.endCursor : null;
    } while (after);
    expect(slugs).toEqual(await expectedTrendingOrder());
  });

  it('combines with hasCode', async () => {
    const { data, errors } = await server.query(TRENDING, { filter: { hasCode: true } });
    expect(errors).toBeUndefined();
    const nodes = data!.papers.edges.map((edge: { node: { slug: string; hasCode: boolean } }) => edge.node);
    expect(nodes.length).toBeGreaterThan(0);
    expect(nodes.every((node: { hasCode: boolean }) => node.hasCode)).toBe(true);
    const order = await expectedTrendingOrder();
    const positions = nodes.map((node: { slug: string }) => order.indexOf(node.slug));
    expect(positions).toEqual([...positions].sort((a, b) => a - b));
  });

  it('places a paper as soon as it is added (by its date, until an import counts its activity)', async () => {
    const [{ id }] = await db.dataSource.query(
      `INSERT INTO paper (slug, title, normalized_title, published)
       VALUES ('trending-newcomer', 'Newcomer', 'newcomer', '2031-01-01') RETURNING id`,
    );
    try {
      const { data, errors } = await server.query(TRENDING, {});
      expect(errors).toBeUndefined();
      expect(data!.papers.edges[0].node.slug).toBe('trending-newcomer');
      // The score the refresh computes for it is the one it got: nothing to rewrite.
      const [{ changed }] = await db.dataSource.query('SELECT refresh_trending_scores()::int AS changed');
      expect(changed).toBe(0);
    } finally {
      await db.dataSource.query('DELETE FROM paper WHERE id = $1', [id]);
    }
    const [{ orphans }] = await db.dataSource.query(
      'SELECT count(*)::int AS orphans FROM paper_trending t WHERE NOT EXISTS (SELECT 1 FROM paper p WHERE p.id = t.paper_id)',
    );
    expect(orphans).toBe(0);
  });
});

/** SQL true when paper `o` shares a rare title word (2–999 papers) with the paper of slug $2, computed directly. */
const SHARES_TITLE_WORD = `EXISTS (
  SELECT 1 FROM unnest(to_tsvector('english', (SELECT title FROM paper WHERE slug = $2))) u
  WHERE u.lexeme ~ '^[a-z0-9]{3,}$' AND o.search_vector @@ u.lexeme::tsquery
    AND (SELECT count(*) FROM paper x WHERE x.search_vector @@ u.lexeme::tsquery) BETWEEN 2 AND 999)`;

describe('Paper.relatedPapers', () => {
  it('is not empty for BERT, shares a task, method, dataset or title word, and keeps the paper page at one statement', async () => {
    const operation = webOperations().find((op) => op.name === 'PaperPage');
    expect(operation).toBeDefined();
    counter.reset();
    const { data, errors } = await server.query(print(operation!.document), { slug: BERT });
    expect(errors).toBeUndefined();
    // The compiled read path answers the whole page, related papers included, in one statement.
    expect(counter.statements).toHaveLength(1);
    const related: { slug: string }[] = data!.paper.relatedPapers;
    expect(related.length).toBeGreaterThan(0);
    expect(related.map((paper) => paper.slug)).not.toContain(BERT);
    const [shared] = await db.dataSource.query(
      `SELECT count(*)::int AS n FROM paper o WHERE o.slug = ANY($1) AND (
         EXISTS (SELECT 1 FROM paper_task a JOIN paper_task b ON b.task_id = a.task_id
                 WHERE a.paper_id = (SELECT id FROM paper WHERE slug = $2) AND b.paper_id = o.id)
         OR EXISTS (SELECT 1 FROM paper_method a JOIN paper_method b ON b.method_id = a.method_id
                    WHERE a.paper_id = (SELECT id FROM paper WHERE slug = $2) AND b.paper_id = o.id)
         OR EXISTS (SELECT 1 FROM result a JOIN benchmark ba ON ba.id = a.benchmark_id
                    JOIN benchmark bb ON bb.dataset_id = ba.dataset_id JOIN result b ON b.benchmark_id = bb.id
                    WHERE a.paper_id = (SELECT id FROM paper WHERE slug = $2) AND b.paper_id = o.id)
         OR ${SHARES_TITLE_WORD})`,
      [related.map((paper) => paper.slug), BERT],
    );
    expect(shared.n).toBe(related.length);
  });

  it('finds the papers sharing rare title words for a paper without tasks, methods or datasets', async () => {
    // A paper with none of the other features whose title has a word other papers share.
    const [lonely] = await db.dataSource.query(
      `SELECT p.slug FROM paper p
       WHERE NOT EXISTS (SELECT 1 FROM paper_task x WHERE x.paper_id = p.id)
         AND NOT EXISTS (SELECT 1 FROM paper_method x WHERE x.paper_id = p.id)
         AND NOT EXISTS (SELECT 1 FROM result x WHERE x.paper_id = p.id)
         AND EXISTS (SELECT 1 FROM unnest(to_tsvector('english', p.title)) u
                     WHERE u.lexeme ~ '^[a-z0-9]{3,}$'
                       AND (SELECT count(*) FROM paper x WHERE x.search_vector @@ u.lexeme::tsquery) BETWEEN 2 AND 999)
       ORDER BY p.id LIMIT 1`,
    );
    expect(lonely).toBeDefined();
    const { data, errors } = await server.query(
      `query ($slug: String!) { paper(slug: $slug) { relatedPapers { slug } } }`,
      { slug: lonely.slug },
    );
    expect(errors).toBeUndefined();
    const related: string[] = data!.paper.relatedPapers.map((paper: { slug: string }) => paper.slug);
    expect(related.length).toBeGreaterThan(0);
    expect(related).not.toContain(lonely.slug);
    const [shared] = await db.dataSource.query(
      `SELECT count(*)::int AS n FROM paper o WHERE o.slug = ANY($1) AND ${SHARES_TITLE_WORD}`,
      [related, lonely.slug],
    );
    expect(shared.n).toBe(related.length);
  });

  it('answers the same through Apollo (the per-request loader)', async () => {
    const query = `query ($slug: String!) { paper(slug: $slug) { relatedPapers { slug } } node(id: "x") { id } }`;
    const compiled = await server.query(`query ($slug: String!) { paper(slug: $slug) { relatedPapers { slug } } }`, {
      slug: BERT,
    });
    const apollo = await server.query(query, { slug: BERT });
    expect(apollo.data!.paper.relatedPapers).toEqual(compiled.data!.paper.relatedPapers);
  });
});

const parser = new XMLParser({
  ignoreAttributes: false,
  attributeNamePrefix: '@',
  isArray: (name) => name === 'entry' || name === 'link' || name === 'author',
});

/** Fetches a feed, checks it is well-formed Atom with RFC 4287's required elements, and returns it. */
async function atomFeed(path: string) {
  const response = await fetch(new URL(path, server.url));
  expect(response.status).toBe(200);
  expect(response.headers.get('content-type')).toBe('application/atom+xml; charset=utf-8');
  const text = await response.text();
  expect(XMLValidator.validate(text)).toBe(true);
  const { feed } = parser.parse(text);
  expect(feed['@xmlns']).toBe('http://www.w3.org/2005/Atom');
  for (const required of ['id', 'title', 'updated']) expect(feed[required]).toBeTruthy();
  expect(feed.link.some((link: Record<string, string>) => link['@rel'] === 'self')).toBe(true);
  const entries: Record<string, any>[] = feed.entry ?? [];
  for (const entry of entries) {
    for (const required of ['id', 'title', 'updated']) expect(entry[required]).toBeTruthy();
    expect(entry.link[0]['@href']).toMatch(/^http:\/\//);
    expect(Date.parse(entry.updated)).not.toBeNaN();
  }
  // Each entry has an author, or the feed has one for all.
  expect(feed.author.length > 0 || entries.every((entry) => entry.author?.length > 0)).toBe(true);
  expect(new Set(entries.map((entry) => entry.id)).size).toBe(entries.length);
  return { feed, entries, text, response };
}

const titleOf = (entry: Record<string, any>) => (typeof entry.title === 'string' ? entry.title : entry.title['#text']);

describe('Atom feeds', () => {
  it('serves the latest papers, newest first', async () => {
    const { entries, response } = await atomFeed('/feeds/papers.atom');
    expect(entries.length).toBeGreaterThan(10);
    const dates = entries.map((entry) => entry.updated as string);
    expect(dates).toEqual([...dates].sort().reverse());
    expect(response.headers.get('etag')).toBeTruthy();
    expect(response.headers.get('cache-control')).toMatch(/max-age/);
  });

  it("serves a task's and an area's latest papers", async () => {
    const task = await atomFeed('/task/question-answering/feed.atom');
    expect(task.entries.map((entry) => entry.link[0]['@href'])).toContain(`${server.url}/paper/${BERT}`);
    const [area] = await db.dataSource.query(`SELECT a.slug FROM area a JOIN task_area ta ON ta.area_id = a.id
      JOIN task t ON t.id = ta.task_id WHERE t.slug = 'question-answering' LIMIT 1`);
    const areaFeed = await atomFeed(`/area/${area.slug}/feed.atom`);
    expect(areaFeed.entries.length).toBeGreaterThan(0);
  });

  it('serves the new states of the art of a board, each a result that beat every earlier one', async () => {
    const { entries, feed } = await atomFeed(`/sota/${BOARD}/feed.atom`);
    const { data } = await server.query(
      `query ($slug: String!) { benchmark(slug: $slug) { sotaHistory { date result { modelName } } } }`,
      { slug: BOARD },
    );
    const history: { date: string; result: { modelName: string } }[] = data!.benchmark.sotaHistory;
    expect(history.length).toBeGreaterThan(1);
    expect(entries).toHaveLength(history.length);
    expect(entries.map((entry) => titleOf(entry))).toEqual(
      [...history].reverse().map((point) => expect.stringContaining(point.result.modelName)),
    );
    expect(titleOf(feed)).toContain('SQuAD1.1');
  });

  it('answers 404 for unknown tasks and boards, and 400 for a metric the board lacks', async () => {
    expect((await fetch(new URL('/task/no-such-task/feed.atom', server.url))).status).toBe(404);
    expect((await fetch(new URL('/sota/no-such-board/feed.atom', server.url))).status).toBe(404);
    const bad = await fetch(new URL(`/sota/${BOARD}/feed.atom?metric=nope`, server.url));
    expect(bad.status).toBe(400);
    const body = (await bad.json()) as { errors: { extensions: { code: string } }[] };
    expect(body.errors[0]!.extensions.code).toBe('BAD_USER_INPUT');
  });

  it('is discoverable from the page heads it belongs to', async () => {
    expect(feedLinkOf('/papers')?.href).toBe('/feeds/papers.atom');
    expect(feedLinkOf(`/sota/${BOARD}`)?.href).toBe(`/sota/${BOARD}/feed.atom`);
    expect(feedLinkOf('/task/question-answering')?.href).toBe('/task/question-answering/feed.atom');
    expect(feedLinkOf('/datasets')).toBeNull();
    const html = withFeedLink('<html><head><title>x</title></head><body></body></html>', feedLinkOf('/papers'));
    expect(html).toContain(
      '<link rel="alternate" type="application/atom+xml" data-feed title="Latest papers" href="/feeds/papers.atom">',
    );
  });

  it('keeps hostile imported text inert, and follows a new import at once', async () => {
    const before = await fetch(new URL('/feeds/papers.atom', server.url)).then((r) => r.text());
    writeFileSync(
      join(folder, 'papers-with-abstracts.json'),
      JSON.stringify([
        {
          paper_url: 'https://paperswithcode.com/paper/hostile-feed-paper',
          title: HOSTILE,
          abstract: `${HOSTILE} <img src=x onerror=alert(1)>`,
          authors: ['<b>Mallory</b>'],
          date: '2025-07-30', // after every paper of the sample
          tasks: ['Question Answering'],
          methods: [],
        },
      ]),
    );
    const report = await importArchive({
      dataSource: db.dataSource,
      files: [join(folder, 'papers-with-abstracts.json')],
    });
    expect(report.ok).toBe(true);
    // The import bumped the data version: the cached feed is not served any more.
    let text = before;
    // The server hears of the new version by NOTIFY: wait for it (bounded).
    for (let attempt = 0; text === before && attempt < 500; attempt++) {
      await new Promise((resolve) => setTimeout(resolve, 10));
      text = await fetch(new URL('/feeds/papers.atom', server.url)).then((r) => r.text());
    }
    const { entries } = await atomFeed('/feeds/papers.atom');
    const hostile = entries[0]!;
    expect(titleOf(hostile)).toContain('<script>alert("feed")</script>');
    expect(text).not.toContain('<script>');
    expect(text).not.toContain('<img');
    expect(text).not.toContain('<b>');
    expect(text).toContain('&lt;script&gt;alert(&quot;feed&quot;)&lt;/script&gt; &amp; &apos;quotes&apos; ]]&gt;');
    expect(text).not.toContain('\u0001');
    const task = await atomFeed('/task/question-answering/feed.atom');
    expect(titleOf(task.entries[0]!)).toContain('<script>');
  });
});
