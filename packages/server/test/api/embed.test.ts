import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { useApiFixture } from '../support/api-fixture';

// A stand-in for the built web app with its embed build (dist/embed/embed.js).
const webDist = mkdtempSync(join(tmpdir(), 'pwc-web-dist-'));
writeFileSync(join(webDist, 'index.html'), '<!doctype html><title>Papers with Code 2</title><div id="root"></div>');
mkdirSync(join(webDist, 'embed'));
const SCRIPT = 'customElements.define("pwc-leaderboard", class extends HTMLElement {});';
writeFileSync(join(webDist, 'embed', 'embed.js'), SCRIPT);

const api = useApiFixture({ webDist });
afterAll(() => rmSync(webDist, { recursive: true, force: true }));
const SQUAD = 'question-answering-on-squad11';

describe('/embed.js', () => {
  it('serves the component to any site, cacheable and revalidated by its ETag', async () => {
    const response = await fetch(`${api.server.url}/embed.js`);
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toMatch(/^text\/javascript/);
    expect(response.headers.get('cache-control')).toMatch(/^public, max-age=\d{5,}/);
    expect(response.headers.get('access-control-allow-origin')).toBe('*');
    expect(await response.text()).toBe(SCRIPT);
    const etag = response.headers.get('etag');
    expect(etag).toMatch(/^"[\w-]{43}"$/);
    const again = await fetch(`${api.server.url}/embed.js`, { headers: { 'if-none-match': etag! } });
    expect(again.status).toBe(304);
    expect(await again.text()).toBe('');
  });
});

describe('the embed page', () => {
  it('holds only the component, with the query string as its attributes, and may be framed anywhere', async () => {
    const response = await fetch(
      `${api.server.url}/embed/sota/${SQUAD}?metric=F1&top=5&p=bert&has-code&chart=true&theme=dark&other=x`,
    );
    expect(response.status).toBe(200);
    const html = await response.text();
    expect(html).toContain(
      `<pwc-leaderboard benchmark="${SQUAD}" metric="F1" top="5" highlight="bert" has-code="" chart="true" theme="dark"></pwc-leaderboard>`,
    );
    expect(html).toContain('<script src="/embed.js" defer></script>');
    expect(html).not.toMatch(/<script>|<script(?![^>]*\bsrc=)[^>]*>/);
    expect(response.headers.get('content-security-policy')).toMatch(/frame-ancestors \*$/);
    expect(response.headers.get('x-frame-options')).toBeNull();
  });

  it("follows the reader's system theme unless the query string says light or dark", async () => {
    const themeOf = async (query: string) => {
      const html = await (await fetch(`${api.server.url}/embed/sota/${SQUAD}${query}`)).text();
      return /<pwc-leaderboard[^>]* theme="(\w+)"/.exec(html)?.[1];
    };
    expect(await themeOf('')).toBe('auto');
    expect(await themeOf('?theme=light')).toBe('light');
    expect(await themeOf('?theme=dark')).toBe('dark');
    expect(await themeOf('?theme=%22%3E')).toBe('auto');
  });

  it('escapes what it is given', async () => {
    const response = await fetch(
      `${api.server.url}/embed/sota/${SQUAD}?metric=${encodeURIComponent('"><script>x</script>')}`,
    );
    const html = await response.text();
    expect(html).toContain('metric="&quot;&gt;&lt;script&gt;x&lt;/script&gt;"');
    expect(html).not.toContain('<script>x');
  });

  it('answers 404 for a board that does not exist, still as a page the frame can show', async () => {
    const response = await fetch(`${api.server.url}/embed/sota/nothing-on-nowhere`);
    expect(response.status).toBe(404);
    expect(await response.text()).toContain('<pwc-leaderboard benchmark="nothing-on-nowhere"');
  });
});

describe('security headers', () => {
  it.each(['/', `/sota/${SQUAD}`, '/playground', '/no/such/page', '/embed.js'])(
    '%s may not be framed and allows no inline script',
    async (path) => {
      const { headers } = await fetch(`${api.server.url}${path}`);
      const policy = headers.get('content-security-policy') ?? '';
      expect(policy).toContain("script-src 'self';");
      expect(policy).toContain("frame-ancestors 'none'");
      expect(policy).toContain("object-src 'none'");
      expect(headers.get('x-frame-options')).toBe('DENY');
      expect(headers.get('x-content-type-options')).toBe('nosniff');
      expect(headers.get('referrer-policy')).toBe('strict-origin-when-cross-origin');
    },
  );
});
