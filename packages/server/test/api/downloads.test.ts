import { parse as parseCsv } from 'csv-parse/sync';
import { useApiFixture } from '../support/api-fixture';

const api = useApiFixture();
const BOARD = 'question-answering-on-squad11';
const BERT = 'bert-pre-training-of-deep-bidirectional';

const ROWS = /* GraphQL */ `
  query ($slug: String!, $metric: String, $code: Boolean) {
    benchmark(slug: $slug) {
      metrics {
        name
      }
      rows(metric: $metric, first: 400, hasCode: $code) {
        edges {
          node {
            rank
            result {
              modelName
              paper {
                slug
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
    }
  }
`;

interface ApiRow {
  rank: number | null;
  model: string;
  values: Record<string, string>;
}

/** The board's rows as the API ranks them: rank, model and every value as published. */
async function apiRows(variables: Record<string, unknown>): Promise<{ metrics: string[]; rows: ApiRow[] }> {
  const { data } = await api.server.query(ROWS, { slug: BOARD, ...variables });
  const board = data!.benchmark;
  return {
    metrics: board.metrics.map((m: { name: string }) => m.name),
    rows: board.rows.edges.map(({ node }: any) => ({
      rank: node.rank,
      model: node.result.modelName,
      values: Object.fromEntries(node.result.values.flatMap((v: any) => (v.raw ? [[v.metric.name, v.raw]] : []))),
    })),
  };
}

const get = (path: string, headers: Record<string, string> = {}) => fetch(new URL(path, api.server.url), { headers });
const jsonOf = async (response: Response): Promise<any> => response.json();

/** The cells of a Markdown table row (pipes escaped as \| are not separators). */
const markdownCells = (line: string) =>
  line
    .slice(2, -2)
    .split(/(?<!\\) \| /)
    .map((cell) => cell.replace(/\\\|/g, '|').replace(/\\\\/g, '\\'));

describe('leaderboard exports', () => {
  it('CSV parses back to the rows and ranks the API gives, for the chosen metric and filter', async () => {
    const { metrics, rows } = await apiRows({ metric: 'F1', code: true });
    const response = await get(`/sota/${BOARD}.csv?metric=F1&hasCode=true`);
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toMatch(/^text\/csv/);
    const [header, ...records] = parseCsv(await response.text()) as string[][];
    expect(header!.slice(0, 4)).toEqual(['rank', 'model', 'paper', 'paper_url']);
    const parsed = records.map((record) => ({
      rank: record[0] ? Number(record[0]) : null,
      model: record[1],
      // A row without a value of a column has an empty cell there.
      values: Object.fromEntries(metrics.flatMap((name, i) => (record[4 + i] ? [[name, record[4 + i]]] : []))),
    }));
    expect(parsed).toEqual(rows);
    expect(rows.length).toBeGreaterThan(0);
  });

  it('JSON carries the rows, the ranking metric with its direction, the permalink and the licence', async () => {
    const { rows } = await apiRows({});
    const body = await jsonOf(await get(`/sota/${BOARD}.json`));
    const present = (values: Record<string, string | null>) =>
      Object.fromEntries(Object.entries(values).filter(([, value]) => value));
    expect(body.rows.map((r: any) => ({ rank: r.rank, model: r.model, values: present(r.values) }))).toEqual(rows);
    expect(body.rankedBy.direction).toBe('HIGHER_IS_BETTER');
    expect(body.permalink).toBe(new URL(`/sota/${BOARD}`, api.server.url).href);
    expect(body.licence).toMatch(/CC BY-SA/);
  });

  it('Markdown is a table of the same rows, with directions in the header and a link back', async () => {
    const { metrics, rows } = await apiRows({ metric: 'EM' });
    const text = await (await get(`/sota/${BOARD}.md?metric=EM`)).text();
    expect(text).toContain(`(${new URL(`/sota/${BOARD}`, api.server.url).href})`);
    const lines = text.split('\n').filter((line) => line.startsWith('| '));
    const [header, , ...body] = lines;
    expect(markdownCells(header!)).toEqual(['Rank', 'Model', 'Paper', ...metrics.map((m) => `${m} ↑`), 'Date']);
    expect(body.map((line) => markdownCells(line).slice(0, 2))).toEqual(
      rows.map((r) => [String(r.rank ?? ''), r.model]),
    );
  });

  it('LaTeX is a booktabs table with a caption, directions and the permalink', async () => {
    const { rows } = await apiRows({});
    const text = await (await get(`/sota/${BOARD}.tex`)).text();
    expect(text).toMatch(/\\caption\{.*\\url\{http:\/\/.*\/sota\/question-answering-on-squad11\}/);
    expect(text).toContain('\\toprule');
    expect(text).toContain('$\\uparrow$');
    const body = text
      .slice(text.indexOf('\\midrule') + 9, text.indexOf('\\bottomrule'))
      .trim()
      .split('\n');
    const unescape = (cell: string) => cell.replace(/\\([&%$#_{}])/g, '$1');
    expect(
      body.map((line) =>
        line
          .replace(/ \\\\$/, '')
          .split(/(?<!\\) & /)
          .slice(0, 2)
          .map(unescape),
      ),
    ).toEqual(rows.map((r) => [String(r.rank ?? '--'), r.model]));
  });

  it('is cacheable: ETag and 304, and says so in Cache-Control', async () => {
    const first = await get(`/sota/${BOARD}.csv`);
    const etag = first.headers.get('etag');
    expect(etag).toMatch(/^"/);
    expect(first.headers.get('cache-control')).toMatch(/public|no-cache/);
    const again = await get(`/sota/${BOARD}.csv`, { 'if-none-match': etag! });
    expect(again.status).toBe(304);
  });

  it('answers bad parameters with 400 naming them, and unknown boards with 404', async () => {
    const bad = await get(`/sota/${BOARD}.csv?hasCode=maybe`);
    expect(bad.status).toBe(400);
    expect((await jsonOf(bad)).errors[0].message).toContain('hasCode');
    const metric = await get(`/sota/${BOARD}.csv?metric=Nope`);
    expect(metric.status).toBe(400);
    expect((await jsonOf(metric)).errors[0].extensions.code).toBe('BAD_USER_INPUT');
    expect((await get('/sota/no-such-board.md')).status).toBe(404);
  });
});

describe('paper BibTeX', () => {
  it('is an entry with the title, the authors in order, the venue and the arXiv id', async () => {
    const response = await get(`/paper/${BERT}.bib`);
    expect(response.status).toBe(200);
    const text = await response.text();
    // BERT appeared at NAACL: a conference paper, with its arXiv preprint as the eprint.
    expect(text).toMatch(/^@inproceedings\{devlin2018bert,/);
    expect(text).toMatch(/booktitle = \{.*NAACL.*\}/i);
    expect(text).toContain(
      'title = {{BERT: Pre-training of Deep Bidirectional Transformers for Language Understanding}}',
    );
    expect(text).toMatch(/author = \{Jacob Devlin and Ming-Wei Chang and Kenton Lee and Kristina Toutanova\}/);
    expect(text).toContain('eprint = {1810.04805}');
    expect((await get('/paper/no-such-paper.bib')).status).toBe(404);
  });
});

describe('README badges', () => {
  it("draws the paper's rank on the board as SVG, with the same words as the shields.io endpoint JSON", async () => {
    const { rows } = await apiRows({ metric: 'F1' });
    const bert = (await api.server.query(ROWS, { slug: BOARD, metric: 'F1' })).data!.benchmark.rows.edges.find(
      ({ node }: any) => node.result.paper?.slug === BERT,
    ).node;
    const json = await jsonOf(await get(`/badge/sota/${BOARD}.json?paper=${BERT}&metric=F1`));
    expect(json.schemaVersion).toBe(1);
    expect(json.label).toBe(bert.rank === 1 ? 'state of the art' : `rank #${bert.rank}`);
    const f1 = bert.result.values.find((v: any) => v.metric.name === 'F1').raw;
    expect(json.message).toBe(`SQuAD1.1 F1 ${f1}`);
    expect(rows.length).toBeGreaterThan(1);

    const svg = await get(`/badge/sota/${BOARD}.svg?paper=${BERT}&metric=F1`);
    expect(svg.headers.get('content-type')).toMatch(/^image\/svg\+xml/);
    const text = await svg.text();
    expect(text).toMatch(/^<svg [^>]*xmlns="http:\/\/www.w3.org\/2000\/svg"/);
    expect(text).toContain(json.label);
    expect(text).toContain(`SQuAD1.1 F1 ${f1}`);
  });

  it('is grey and 404 for a paper without a ranked row there; 400 without a paper', async () => {
    const missing = await get(`/badge/sota/${BOARD}.json?paper=no-such-paper`);
    expect(missing.status).toBe(404);
    expect((await jsonOf(missing)).message).toBe('not ranked');
    expect((await get(`/badge/sota/${BOARD}.svg`)).status).toBe(400);
  });
});

describe('exports in GraphQL', () => {
  it('Benchmark.export and Paper.bibtex give the same files as their URLs', async () => {
    const { data } = await api.server.query(
      `query ($slug: String!, $paper: String!) {
        benchmark(slug: $slug) { csv: export(format: CSV, metric: "F1") tex: export(format: LATEX) }
        paper(slug: $paper) { bibtex }
      }`,
      { slug: BOARD, paper: BERT },
    );
    expect(data!.benchmark.csv).toBe(await (await get(`/sota/${BOARD}.csv?metric=F1`)).text());
    expect(data!.benchmark.tex).toBe(await (await get(`/sota/${BOARD}.tex`)).text());
    expect(data!.paper.bibtex).toBe(await (await get(`/paper/${BERT}.bib`)).text());
  });

  it('names a metric the board cannot rank by', async () => {
    const { errors } = await api.server.query(
      `{ benchmark(slug: "${BOARD}") { export(format: JSON, metric: "Nope") } }`,
    );
    expect(errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
    expect(errors?.[0]?.extensions?.argument).toBe('metric');
  });
});

describe('downloads and the request rate', () => {
  const limited = useApiFixture({ limits: { rateLimitRequests: 2 } });

  it('counts files and badges against the client like API requests: 429 past the allowance', async () => {
    const download = () => fetch(new URL(`/sota/${BOARD}.csv`, limited.server.url));
    const statuses = [];
    for (let i = 0; i < 3; i++) statuses.push((await download()).status);
    expect(statuses).toEqual([200, 200, 429]);
    const badge = await fetch(new URL(`/badge/sota/${BOARD}.svg?paper=${BERT}`, limited.server.url));
    expect(badge.status).toBe(429);
    expect(badge.headers.get('retry-after')).toMatch(/^\d+$/);
  });
});
