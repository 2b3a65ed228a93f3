import { existsSync, mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { PROJECT_ROOT } from '../../src/config';
import { pageModuleOf, preloadLinkOf, webManifest } from '../../src/http/route-preloads';
import { useApiFixture } from '../support/api-fixture';

// The real build of the web app (`pnpm run build` comes first in `npm test`), or PWC_WEB_DIST's.
const webDist = process.env.PWC_WEB_DIST ?? join(PROJECT_ROOT, 'packages/web/dist');
const manifestFile = join(webDist, '.vite', 'manifest.json');
if (!existsSync(manifestFile)) throw new Error(`${manifestFile} is missing: build the web app first (pnpm run build)`);
const manifest = JSON.parse(readFileSync(manifestFile, 'utf8')) as Record<string, { file: string; isEntry?: boolean }>;
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
    '/',
    '/paper/x',
    '/papers',
    '/sota',
    '/sota/x',
    '/sota/x/history',
    '/task/x',
    '/tasks',
    '/dataset/x',
    '/datasets',
    '/method/x',
    '/methods',
    '/area/x',
    '/search',
    '/author/x',
    '/conference/x',
    '/playground',
    '/about',
    '/signin',
    '/signup',
    '/account',
    '/submit',
    '/review',
  ])('knows the page module of %s, and the build has it', (path) => {
    const module = pageModuleOf(path);
    expect(module).not.toBeNull();
    expect(manifest[module!]).toBeDefined();
  });
});

describe('preloadLinkOf', () => {
  // A build's manifest in small: the entry, a shared chunk, a page with a stylesheet, a lazy part.
  const fixture = {
    'index.html': { file: 'assets/index-1.js', isEntry: true, imports: ['_vendor-2.js'], css: ['assets/index-3.css'] },
    '_vendor-2.js': { file: 'assets/vendor-2.js' },
    'src/routes/PaperPage.tsx': {
      file: 'assets/PaperPage-4.js',
      imports: ['_vendor-2.js', '_Table-5.js'],
      css: ['assets/PaperPage-6.css'],
    },
    '_Table-5.js': { file: 'assets/Table-5.js', imports: ['index.html'] },
    'src/ui/markdown/MarkdownRenderer.tsx': { file: 'assets/MarkdownRenderer-7.js' },
  };

  it("lists the entry's and the page's static chunks once each, then their stylesheets", () => {
    expect(preloadLinkOf(fixture, '/paper/bert/')).toBe(
      [
        '</assets/index-1.js>; rel=modulepreload',
        '</assets/vendor-2.js>; rel=modulepreload',
        '</assets/PaperPage-4.js>; rel=modulepreload',
        '</assets/Table-5.js>; rel=modulepreload',
        '</assets/index-3.css>; rel=preload; as=style',
        '</assets/PaperPage-6.css>; rel=preload; as=style',
      ].join(', '),
    );
  });

  it('gives none for a path without a page, or a page the build lacks', () => {
    expect(preloadLinkOf(fixture, '/no/such/page')).toBeNull();
    expect(preloadLinkOf(fixture, '/sota/squad')).toBeNull();
  });

  it('has no manifest before the build writes one, and reads it once there', () => {
    const dist = mkdtempSync(join(tmpdir(), 'pwc-web-dist-'));
    mkdirSync(join(dist, '.vite'));
    const read = webManifest(dist);
    expect(read()).toBeNull();
    writeFileSync(join(dist, '.vite', 'manifest.json'), JSON.stringify(fixture));
    expect(read()?.['src/routes/PaperPage.tsx']?.file).toBe('assets/PaperPage-4.js');
  });
});
