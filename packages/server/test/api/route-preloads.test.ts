import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { PROJECT_ROOT } from '../../src/config';
import { pageModuleOf, preloadLinkOf, webBuild } from '../../src/http/route-preloads';
import { useApiFixture } from '../support/api-fixture';

// The real build of the web app (`pnpm run build` comes first in `npm test`), or PWC_WEB_DIST's.
const webDist = process.env.PWC_WEB_DIST ?? join(PROJECT_ROOT, 'packages/web/dist');
const manifestFile = join(webDist, '.vite', 'manifest.json');
if (!existsSync(manifestFile)) throw new Error(`${manifestFile} is missing: build the web app first (pnpm run build)`);
const manifest = JSON.parse(readFileSync(manifestFile, 'utf8')) as Record<string, { file: string; isEntry?: boolean }>;
const routes = JSON.parse(readFileSync(join(webDist, '.vite', 'routes.json'), 'utf8')) as {
  path: string;
  module: string;
}[];
const fileOf = (module: string) => `/${manifest[module]!.file}`;
const entryFile = `/${Object.values(manifest).find((chunk) => chunk.isEntry)!.file}`;

const api = useApiFixture({ webDist });

/** The targets and relations of a Link header. */
function linksOf(header: string | null): { href: string; rel: string; as?: string }[] {
  return (header ?? '')
    .split(/,\s*(?=<)/)
    .filter(Boolean)
    .map((link) => {
      const [, href, params] = /^<([^>]+)>(.*)$/.exec(link.trim())!;
      return {
        href: href!,
        rel: /;\s*rel=([\w-]+)/.exec(params!)![1]!,
        as: /;\s*as=(\w+)/.exec(params!)?.[1],
      };
    });
}

describe('Link preloads of the chunks a page needs before it renders', () => {
  it("names the paper page's chunks and the entry's, files the server serves", async () => {
    const response = await fetch(`${api.server.url}/paper/bert-pre-training-of-deep-bidirectional`);
    expect(response.status).toBe(200);
    const links = linksOf(response.headers.get('link'));
    const hrefs = links.map((link) => link.href);
    expect(hrefs).toContain(entryFile);
    expect(hrefs).toContain(fileOf('src/routes/PaperPage.tsx'));
    expect(hrefs).not.toContain(fileOf('src/routes/LeaderboardPage.tsx'));
    for (const link of links) {
      expect(link.rel === 'modulepreload' || (link.rel === 'preload' && link.as === 'style')).toBe(true);
      const asset = await fetch(`${api.server.url}${link.href}`);
      expect(asset.status).toBe(200);
      expect(asset.headers.get('content-type')).toMatch(link.rel === 'modulepreload' ? /javascript/ : /text\/css/);
      await asset.arrayBuffer();
    }
  });

  it("names the leaderboard page's own chunk on a leaderboard, not the paper page's", async () => {
    const response = await fetch(`${api.server.url}/sota/question-answering-on-squad11`);
    expect(response.status).toBe(200);
    const hrefs = linksOf(response.headers.get('link')).map((link) => link.href);
    expect(hrefs).toContain(fileOf('src/routes/LeaderboardPage.tsx'));
    expect(hrefs).not.toContain(fileOf('src/routes/PaperPage.tsx'));
  });

  it('sends none with the 404 of a dead link', async () => {
    const response = await fetch(`${api.server.url}/paper/no-such-paper`);
    expect(response.status).toBe(404);
    expect(response.headers.get('link')).toBeNull();
  });

  it.each([
    ['/', 'HomePage'],
    ['/paper/x', 'PaperPage'],
    ['/paper/x/', 'PaperPage'],
    ['/sota', 'SotaPage'],
    ['/sota/x', 'LeaderboardPage'],
    ['/sota/x/history', 'HistoryPage'],
    ['/task/x', 'TaskPage'],
    ['/method/x', 'MethodPage'],
    ['/search', 'SearchPage'],
    ['/playground', 'PlaygroundPage'],
  ])("finds %s's page module, %s, in the build's route map and manifest", (path, page) => {
    const module = pageModuleOf(routes, path);
    expect(module).toBe(`src/routes/${page}.tsx`);
    expect(manifest[module!]).toBeDefined();
  });

  it('finds every page of the route map in the manifest', () => {
    expect(routes.length).toBeGreaterThan(20);
    for (const route of routes) expect(manifest[route.module]).toBeDefined();
  });
});

describe('preloadLinkOf', () => {
  // A build's manifest in small: the entry, a shared chunk, a page with a stylesheet, a lazy part.
  const fixture = {
    manifest: {
      'index.html': {
        file: 'assets/index-1.js',
        isEntry: true,
        imports: ['_vendor-2.js'],
        css: ['assets/index-3.css'],
      },
      '_vendor-2.js': { file: 'assets/vendor-2.js' },
      'src/routes/PaperPage.tsx': {
        file: 'assets/PaperPage-4.js',
        imports: ['_vendor-2.js', '_Table-5.js'],
        css: ['assets/PaperPage-6.css'],
      },
      '_Table-5.js': { file: 'assets/Table-5.js', imports: ['index.html'] },
      'src/ui/markdown/MarkdownRenderer.tsx': { file: 'assets/MarkdownRenderer-7.js' },
      'src/routes/SubmitPaperPage.tsx': { file: 'assets/SubmitPaperPage-8.js' },
    },
    routes: [
      { path: '/paper/:slug', module: 'src/routes/PaperPage.tsx' },
      { path: '/submit/paper', module: 'src/routes/SubmitPaperPage.tsx' },
      { path: '/submit/:kind', module: 'src/routes/SubmitPage.tsx' },
      { path: '/sota/:slug', module: 'src/routes/LeaderboardPage.tsx' },
    ],
  };

  it("lists the entry's and the page's static chunks once each, then their stylesheets", () => {
    expect(preloadLinkOf(fixture, '/paper/bert/')).toBe(
      [
        '</assets/index-1.js>; rel=modulepreload',
        '</assets/vendor-2.js>; rel=modulepreload',
        '</assets/PaperPage-4.js>; rel=modulepreload',
        '</assets/Table-5.js>; rel=modulepreload',
        '</assets/index-3.css>; rel=preload; as=style; crossorigin',
        '</assets/PaperPage-6.css>; rel=preload; as=style; crossorigin',
      ].join(', '),
    );
  });

  it('prefers a fixed segment to a parameter, as the router does', () => {
    expect(pageModuleOf(fixture.routes, '/submit/paper')).toBe('src/routes/SubmitPaperPage.tsx');
    expect(pageModuleOf(fixture.routes, '/submit/result')).toBe('src/routes/SubmitPage.tsx');
    expect(preloadLinkOf(fixture, '/submit/paper')).toContain('</assets/SubmitPaperPage-8.js>; rel=modulepreload');
  });

  it('gives none for a path without a page, or a page the build lacks', () => {
    expect(preloadLinkOf(fixture, '/no/such/page')).toBeNull();
    expect(preloadLinkOf(fixture, '/sota/squad')).toBeNull();
  });

  it('has no build before the build writes its manifest and route map, and reads them once there', () => {
    const dist = mkdtempSync(join(tmpdir(), 'pwc-web-dist-'));
    try {
      mkdirSync(join(dist, '.vite'));
      const read = webBuild(dist);
      expect(read()).toBeNull();
      writeFileSync(join(dist, '.vite', 'manifest.json'), JSON.stringify(fixture.manifest));
      expect(read()).toBeNull();
      writeFileSync(join(dist, '.vite', 'routes.json'), JSON.stringify(fixture.routes));
      expect(read()?.manifest['src/routes/PaperPage.tsx']?.file).toBe('assets/PaperPage-4.js');
      expect(read()?.routes).toHaveLength(4);
    } finally {
      rmSync(dist, { recursive: true, force: true });
    }
  });
});
