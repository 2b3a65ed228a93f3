import { createHash } from 'node:crypto';
import { readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { Router, type Request, type Response } from 'express';
import type { DataSource } from 'typeorm';
import { ifNoneMatchMatches } from './http-caching';
import { spaRouteStatus } from './spa-route-status';

/**
 * A stable URL that pages on other sites load with a plain <script src>: browsers and CDNs keep it
 * for a day and revalidate it with the ETag (a strong one: the hash of the file) for a week after.
 */
const SCRIPT_CACHE_CONTROL = 'public, max-age=86400, stale-while-revalidate=604800';

interface Asset {
  body: Buffer;
  etag: string;
  mtimeMs: number;
}

/** A file of the web build, kept in memory and read again when the build changes it. */
function builtFile(path: string): () => Asset | undefined {
  let cached: Asset | undefined;
  return () => {
    let mtimeMs: number;
    try {
      mtimeMs = statSync(path).mtimeMs;
    } catch {
      return undefined;
    }
    if (cached?.mtimeMs !== mtimeMs) {
      const body = readFileSync(path);
      cached = { body, mtimeMs, etag: `"${createHash('sha256').update(body).digest('base64url')}"` };
    }
    return cached;
  };
}

function sendAsset(req: Request, res: Response, asset: Asset | undefined, type: string): void {
  if (!asset) {
    res.status(404).type('text/plain').send('Not built: run pnpm build.');
    return;
  }
  res.setHeader('cache-control', SCRIPT_CACHE_CONTROL);
  res.setHeader('etag', asset.etag);
  // Pages on any origin may load it, also as a CORS script (`crossorigin`, integrity checks).
  res.setHeader('access-control-allow-origin', '*');
  if (ifNoneMatchMatches(req.headers['if-none-match'], asset.etag)) {
    res.status(304).end();
    return;
  }
  res.type(type).send(asset.body);
}

const escapeAttribute = (value: string) =>
  value.replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/</g, '&lt;').replace(/>/g, '&gt;');

/** Query-string parameters of the embed page that become attributes of its <pwc-leaderboard>. */
const PARAMETERS = ['metric', 'top', 'highlight', 'has-code', 'extra-data', 'chart'] as const;

/**
 * The embed page's HTML: nothing but the component, in the reader's system theme unless `theme`
 * says light or dark, with the script that also reports the
 * page's height to the framing page. `p` is accepted for `highlight`, as on /sota/:slug.
 */
export function embedPageHtml(slug: string, query: Request['query']): string {
  const attributes: [string, string][] = [['benchmark', slug]];
  const value = (name: string) => {
    const raw = query[name];
    return typeof raw === 'string' ? raw.slice(0, 1000) : undefined;
  };
  for (const name of PARAMETERS) {
    const given = value(name) ?? (name === 'highlight' ? value('p') : undefined);
    if (given !== undefined) attributes.push([name, given]);
  }
  const theme = value('theme');
  attributes.push(['theme', theme === 'dark' || theme === 'light' ? theme : 'auto']);
  const element = attributes.map(([name, v]) => ` ${name}="${escapeAttribute(v)}"`).join('');
  return [
    '<!doctype html>',
    '<html lang="en" data-pwc-embed>',
    '<head>',
    '<meta charset="utf-8">',
    '<meta name="viewport" content="width=device-width, initial-scale=1">',
    '<meta name="robots" content="noindex">',
    '<title>Leaderboard — Papers with Code 2</title>',
    `<link rel="canonical" href="/sota/${escapeAttribute(encodeURIComponent(slug))}">`,
    '<script src="/embed.js" defer></script>',
    '</head>',
    // The component is the document's main content (a landmark, for screen readers in the frame).
    `<body><main><pwc-leaderboard${element}></pwc-leaderboard></main></body>`,
    '</html>',
    '',
  ].join('\n');
}

/**
 * `/embed.js` (the <pwc-leaderboard> web component, built into `<webDist>/embed/`) and the embed
 * page `/embed/sota/:slug` for sites that only take iframes. Framing rules: security-headers.ts.
 */
export function embedRoutes(dataSource: DataSource, webDist: string): Router {
  const router = Router();
  const script = builtFile(join(webDist, 'embed', 'embed.js'));
  const sourceMap = builtFile(join(webDist, 'embed', 'embed.js.map'));
  router.get('/embed.js', (req, res) => sendAsset(req, res, script(), 'text/javascript'));
  router.get('/embed.js.map', (req, res) => sendAsset(req, res, sourceMap(), 'application/json'));
  router.get('/embed/sota/:slug', async (req, res, next) => {
    try {
      const slug = req.params.slug;
      const status = await spaRouteStatus(dataSource, `/sota/${encodeURIComponent(slug)}`);
      // The page of a board that does not exist still explains itself (the component says so).
      res.status(status).setHeader('cache-control', 'public, max-age=300');
      res.type('html').send(embedPageHtml(slug, req.query));
    } catch (error) {
      next(error);
    }
  });
  return router;
}
