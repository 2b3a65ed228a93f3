import { createServer, type Server } from 'node:http';
import { gzipSync } from 'node:zlib';
import type { AddressInfo } from 'node:net';
import type { Frame, Locator, Page, Response } from 'playwright-core';
import { baseUrl, openBrowser, screenshot, type Browser } from './browser';
import { waitForText, waitUntil } from './wait';

// A blogger's pages on another origin (another port of 127.0.0.1), embedding the live leaderboard.
const SQUAD = 'question-answering-on-squad11';

let hostServer: Server;
let hostOrigin: string;
const hostPages = new Map<string, string>();

/** Serves `body` as an HTML page of the other origin and returns its URL. */
function hostPage(path: string, body: string): string {
  hostPages.set(
    path,
    `<!doctype html>\n<html lang="en"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1"><title>My blog</title></head><body>\n${body}\n</body></html>`,
  );
  return `${hostOrigin}${path}`;
}

/** Model names of the first rows as the API ranks them. */
async function apiTopModels(metric: string, first: number): Promise<string[]> {
  const response = await fetch(`${baseUrl()}/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({
      query: `query ($metric: String, $first: Int!) { benchmark(slug: "${SQUAD}") {
        rows(metric: $metric, first: $first) { edges { node { result { modelName } } } } } }`,
      variables: { metric, first },
    }),
  });
  const body = (await response.json()) as {
    data: { benchmark: { rows: { edges: { node: { result: { modelName: string } } }[] } } };
  };
  return body.data.benchmark.rows.edges.map(({ node }) => node.result.modelName || '(unnamed)');
}

/** The model names the component shows (its row headers), once it shows `count` rows. */
async function shownModels(root: Page | Frame, count: number, element = 'pwc-leaderboard'): Promise<string[]> {
  const rows = root.locator(`${element} tbody tr th`);
  return waitUntil(
    `${count} rows in ${element}`,
    () => rows.allTextContents(),
    (names) => names.length === count,
  );
}

const attribution = (board: Locator) => waitForText(board.locator('.attribution'), 'CC-BY-SA 4.0');

beforeAll(async () => {
  hostServer = createServer((req, res) => {
    const page = hostPages.get(req.url ?? '');
    res.writeHead(page ? 200 : 404, { 'content-type': 'text/html; charset=utf-8' });
    res.end(page ?? 'not found');
  });
  await new Promise<void>((resolve) => hostServer.listen(0, '127.0.0.1', resolve));
  hostOrigin = `http://127.0.0.1:${(hostServer.address() as AddressInfo).port}`;
});

afterAll(async () => {
  await new Promise((resolve) => hostServer.close(resolve));
});

describe('<pwc-leaderboard> on another site', () => {
  let browser: Browser;
  beforeAll(async () => {
    browser = await openBrowser({ width: 1100, height: 900 });
  });
  afterAll(async () => {
    await browser.close();
  });

  it('shows the live top 10 of a board from its attributes, linked back, with the attribution', async () => {
    const { page, pageErrors } = browser;
    const replies: Response[] = [];
    page.on('response', (response) => {
      if (response.url().startsWith(`${baseUrl()}/graphql?`)) replies.push(response);
    });
    const url = hostPage(
      '/attributes.html',
      `<h1>SQuAD, live</h1>
<script src="${baseUrl()}/embed.js"></script>
<pwc-leaderboard benchmark="${SQUAD}" metric="F1" top="10"></pwc-leaderboard>`,
    );
    await page.goto(url);
    expect(new URL(page.url()).origin).not.toBe(new URL(baseUrl()).origin);

    const board = page.locator('pwc-leaderboard');
    expect(await shownModels(page, 10)).toEqual(await apiTopModels('F1', 10));
    await waitForText(board.locator('caption'), /^10 of \d+ results, ranked by F1$/);
    // A real table: column headers, one row header per row.
    expect(await board.locator('thead th[scope=col]').allTextContents()).toEqual(
      expect.arrayContaining(['Rank', 'Model', 'F1 ↑', 'Paper']),
    );
    expect(await board.locator('tbody th[scope=row]').count()).toBe(10);
    expect(await board.locator('tbody td.num').first().textContent()).toBe('1');
    // Every row links to the board (highlighting its paper when it has one); the title too.
    const rowLinks = await board
      .locator('tbody th a')
      .evaluateAll((links) => links.map((a) => (a as HTMLAnchorElement).href));
    expect(rowLinks).toHaveLength(10);
    for (const href of rowLinks) expect(href).toMatch(new RegExp(`^${baseUrl()}/sota/${SQUAD}(\\?p=.+)?$`));
    expect(await board.locator('h2 a').getAttribute('href')).toBe(`${baseUrl()}/sota/${SQUAD}`);
    await attribution(board);
    expect(await board.locator('.attribution a[rel~=license]').getAttribute('href')).toBe(
      'https://creativecommons.org/licenses/by-sa/4.0/',
    );
    await screenshot(page, 'embed-component-light-desktop', false);

    // GET with a persisted-query hash; the reply is cacheable and revalidates to 304.
    const reply = replies.find((response) => response.status() === 200 && response.headers()['etag']);
    expect(reply).toBeDefined();
    const replyUrl = new URL(reply!.url());
    expect(reply!.request().method()).toBe('GET');
    expect(replyUrl.searchParams.get('extensions')).toContain('sha256Hash');
    expect(reply!.headers()['cache-control']).toMatch(/public, max-age=\d+/);
    const revalidated = await fetch(replyUrl, {
      headers: { origin: hostOrigin, 'if-none-match': reply!.headers()['etag']! },
    });
    expect(revalidated.status).toBe(304);
    // Once registered, the hash alone is enough: the short URL every reader of the page shares.
    const hashOnly = new URL(replyUrl);
    hashOnly.searchParams.delete('query');
    const cached = await fetch(hashOnly, { headers: { origin: hostOrigin } });
    expect(cached.status).toBe(200);
    expect(cached.headers.get('etag')).toBe(reply!.headers()['etag']);
    expect(pageErrors).toEqual([]);
  });

  it('is answered from the browser cache when the page is read again', async () => {
    const reader = await openBrowser({ width: 1100, height: 900 });
    try {
      const { page, context } = reader;
      const cdp = await context.newCDPSession(page);
      await cdp.send('Network.enable');
      const fetched: { url: string; status: number; fromDiskCache: boolean }[] = [];
      cdp.on('Network.responseReceived', ({ response }) => {
        if (response.url.startsWith(`${baseUrl()}/graphql?`))
          fetched.push({ url: response.url, status: response.status, fromDiskCache: !!response.fromDiskCache });
      });
      const url = hostPage(
        '/cached.html',
        `<script src="${baseUrl()}/embed.js"></script>
<pwc-leaderboard benchmark="${SQUAD}" metric="EM" top="7" has-code="false"></pwc-leaderboard>`,
      );
      // The first reader of a new query registers it (the hash alone is unknown, then hash +
      // query); from then on every reader asks for the hash alone, the same short URL, which the
      // browser keeps: by the third visit it is answered from its cache.
      const hashOnly = (f: { url: string }) => !new URL(f.url).searchParams.has('query');
      for (let visit = 1; visit <= 3; visit++) {
        fetched.length = 0;
        await page.goto(url);
        await shownModels(page, 7);
        if (visit > 1) expect(fetched.map(hashOnly)).toEqual([true]);
      }
      expect(fetched).toEqual([expect.objectContaining({ status: 200, fromDiskCache: true })]);
    } finally {
      await reader.close();
    }
  });

  it('stays within its size budget', async () => {
    const script = Buffer.from(await (await fetch(`${baseUrl()}/embed.js`)).arrayBuffer());
    expect(gzipSync(script, { level: 9 }).length).toBeLessThanOrEqual(15 * 1024);
    expect(script.toString()).not.toMatch(/react/i);
  });

  it('highlights a paper, draws the SotA sparkline and follows the dark theme at phone width', async () => {
    const phone = await openBrowser({ width: 390, height: 844 });
    try {
      const url = hostPage(
        '/dark.html',
        `<script src="${baseUrl()}/embed.js"></script>
<pwc-leaderboard benchmark="${SQUAD}" metric="F1" top="12" chart theme="dark"
  highlight="bert-pre-training-of-deep-bidirectional" style="--pwc-font-size: 13px"></pwc-leaderboard>`,
      );
      await phone.page.goto(url);
      const board = phone.page.locator('pwc-leaderboard');
      await shownModels(phone.page, 12);
      // BERT's two rows in the top 12 (ranks 11 and 12) stand out.
      expect(await board.locator('tbody tr[aria-current=true].hl th').allTextContents()).toEqual([
        'BERT-LARGE (Ensemble+TriviaQA)',
        'BERT (ensemble)',
      ]);
      await waitUntil(
        'the sparkline to describe the records',
        async () => (await board.locator('svg.spark').getAttribute('aria-label')) ?? '',
        (label) => /^State of the art in F1 over time: \d+ records/.test(label),
      );
      const background = await board.locator('.box').evaluate((box) => getComputedStyle(box).backgroundColor);
      expect(background).toBe('rgb(17, 24, 39)');
      await attribution(board);
      await screenshot(phone.page, 'embed-component-dark-phone');
      // The theme is only a look: switching it restyles the same table without another request.
      await board.evaluate((element) => element.setAttribute('theme', 'light'));
      await waitUntil(
        'the light theme',
        () => board.locator('.box').evaluate((box) => getComputedStyle(box).backgroundColor),
        (colour) => colour === 'rgb(255, 255, 255)',
      );
      await screenshot(phone.page, 'embed-component-light-phone');
    } finally {
      await phone.close();
    }
  });

  it('renders what a custom query selects, from a child script or the query attribute', async () => {
    const { page } = browser;
    const query = `query EmbedTop3($slug: String!) {
  board: benchmark(slug: $slug) { slug task { name } dataset { name }
    rows(metric: "EM", first: 3) { totalCount edges { node { rank value { raw } metric { name } result { modelName evaluatedOn } } } }
  }
}`;
    const attributeQuery = `{ task(slug: "question-answering") { name benchmarks { slug rows(first: 2) { edges { node { rank result { modelName } } } } } } }`;
    const url = hostPage(
      '/query.html',
      `<script src="${baseUrl()}/embed.js"></script>
<pwc-leaderboard id="script">
  <script type="application/graphql">${query}</script>
  <script type="application/json">{ "slug": "${SQUAD}" }</script>
</pwc-leaderboard>
<pwc-leaderboard id="attribute" query='${attributeQuery}'></pwc-leaderboard>`,
    );
    await page.goto(url);
    const board = page.locator('#script');
    expect(await shownModels(page, 3, '#script')).toEqual(await apiTopModels('EM', 3));
    // Its columns are what the query selected: no paper column, a date column.
    expect(await board.locator('thead th').allTextContents()).toEqual(['Rank', 'Model', 'EM', 'Date']);
    await waitForText(board.locator('h2'), 'Question Answering on SQuAD1.1');
    await attribution(board);

    // A query that reaches boards through a task: the first board's rows.
    const other = page.locator('#attribute');
    const names = await shownModels(page, 2, '#attribute');
    expect(names.every((name) => name.length > 0)).toBe(true);
    expect(await other.locator('thead th').allTextContents()).toEqual(['Rank', 'Model']);
    await attribution(other);
    await screenshot(page, 'embed-component-query-mode', false);
  });

  it('says so when the board does not exist', async () => {
    const { page } = browser;
    await page.goto(
      hostPage(
        '/missing.html',
        `<script src="${baseUrl()}/embed.js"></script><pwc-leaderboard benchmark="nothing-on-nowhere"></pwc-leaderboard>`,
      ),
    );
    await waitForText(page.locator('pwc-leaderboard [role=alert]'), 'There is no leaderboard “nothing-on-nowhere”.');
  });
});

describe('the embed page in an iframe', () => {
  let browser: Browser;
  beforeAll(async () => {
    browser = await openBrowser({ width: 900, height: 900 });
  });
  afterAll(async () => {
    await browser.close();
  });

  it('shows the board without site chrome and fits the iframe to its height', async () => {
    const { page } = browser;
    const embed = `${baseUrl()}/embed/sota/${SQUAD}?metric=F1&top=10`;
    await page.goto(
      hostPage(
        '/iframe.html',
        `<script src="${baseUrl()}/embed.js"></script>
<iframe title="SQuAD1.1 leaderboard" src="${embed}" style="width:100%;border:0"></iframe>`,
      ),
    );
    const frame = await waitUntil(
      'the embed frame',
      async () => page.frames().find((f) => f.url() === embed),
      (found) => found !== undefined,
    );
    expect(await shownModels(frame!, 10)).toEqual(await apiTopModels('F1', 10));
    await attribution(frame!.locator('pwc-leaderboard'));
    // No site chrome: the page holds the component and nothing else.
    expect(await frame!.locator('body > *:not(script)').count()).toBe(1);
    expect(await frame!.locator('header, nav').count()).toBe(0);
    // The page posts its height; embed.js on the host page sizes the iframe to it.
    const contentHeight = await frame!.evaluate(() => document.documentElement.getBoundingClientRect().height);
    await waitUntil(
      'the iframe to fit its content',
      () => page.locator('iframe').evaluate((iframe) => iframe.getBoundingClientRect().height),
      (height) => Math.abs(height - contentHeight) <= 2,
    );
    await screenshot(page, 'embed-iframe-light', false);
  });

  it('is the only page another site may frame', async () => {
    const { page } = browser;
    const refused: string[] = [];
    page.on('console', (message) => {
      if (/frame-ancestors 'none'/.test(message.text())) refused.push(message.text());
    });
    const pages = [`/sota/${SQUAD}`, '/', '/playground', '/paper/bert-pre-training-of-deep-bidirectional'];
    await page.goto(
      hostPage(
        '/frames.html',
        [...pages, `/embed/sota/${SQUAD}`].map((path) => `<iframe src="${baseUrl()}${path}"></iframe>`).join('\n'),
      ),
    );
    // Chromium replaces a refused frame with its error page, and says why in the console.
    await waitUntil(
      'the browser to refuse every framed page but the embed',
      async () => ({
        refused: refused.length,
        errorPages: page.frames().filter((frame) => frame.url().startsWith('chrome-error:')).length,
      }),
      (seen) => seen.refused === pages.length && seen.errorPages === pages.length,
    );
    const embedded = page.frames().find((frame) => frame.url().startsWith(`${baseUrl()}/embed/`));
    await shownModels(embedded!, 10);
    const headers = (await fetch(`${baseUrl()}/sota/${SQUAD}`)).headers;
    expect(headers.get('content-security-policy')).toContain("frame-ancestors 'none'");
    expect(headers.get('content-security-policy')).toContain("script-src 'self'");
    expect(headers.get('x-frame-options')).toBe('DENY');
    expect(headers.get('x-content-type-options')).toBe('nosniff');
    expect(headers.get('referrer-policy')).toBe('strict-origin-when-cross-origin');
    const embedHeaders = (await fetch(`${baseUrl()}/embed/sota/${SQUAD}`)).headers;
    expect(embedHeaders.get('content-security-policy')).toContain('frame-ancestors *');
    expect(embedHeaders.get('x-frame-options')).toBeNull();
  });
});
