import { readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';

/** A chunk of Vite's build manifest (dist/.vite/manifest.json). */
interface ManifestChunk {
  file: string;
  isEntry?: boolean;
  imports?: string[];
  css?: string[];
}
type Manifest = Record<string, ManifestChunk>;

/** A page of the web app as the build lists it (dist/.vite/routes.json, packages/web/build/route-map.ts). */
interface PageRoute {
  /** `/`, `/paper/:slug`, … as the router writes it. */
  path: string;
  /** The page's module as the manifest names it. */
  module: string;
}

/** What the server reads of the web app's build. */
export interface WebBuild {
  manifest: Manifest;
  routes: PageRoute[];
}

/**
 * The page module that renders a path: the route whose segments match it, a fixed segment
 * before a `:parameter` (as the router ranks them). Null for none.
 */
export function pageModuleOf(routes: readonly PageRoute[], path: string): string | null {
  const segments = path.split('/').filter(Boolean);
  let best: { module: string; fixed: number } | null = null;
  for (const route of routes) {
    const pattern = route.path.split('/').filter(Boolean);
    if (pattern.length !== segments.length) continue;
    if (!pattern.every((part, i) => part.startsWith(':') || part === segments[i])) continue;
    const fixed = pattern.filter((part) => !part.startsWith(':')).length;
    if (!best || fixed > best.fixed) best = { module: route.module, fixed };
  }
  return best?.module ?? null;
}

/** The chunk files (JavaScript, then stylesheets) a manifest entry loads before it runs. */
function staticFiles(manifest: Manifest, key: string, scripts: Set<string>, styles: Set<string>): void {
  const chunk = manifest[key];
  if (!chunk || scripts.has(chunk.file)) return;
  scripts.add(chunk.file);
  for (const css of chunk.css ?? []) styles.add(css);
  for (const imported of chunk.imports ?? []) staticFiles(manifest, imported, scripts, styles);
}

/**
 * The `Link` header value preloading what a page needs before it renders: the entry's chunks and
 * the page's own, as `modulepreload`, and their stylesheets as `preload` (`crossorigin`, as Vite's
 * <link> tags load them, or the browser would not use the preload). The browser starts these
 * requests as the HTML's headers arrive, instead of one after another as each module is parsed
 * (entry, then the lazy page chunk, then its imports). Null for a path without a page.
 */
export function preloadLinkOf({ manifest, routes }: WebBuild, path: string): string | null {
  const page = pageModuleOf(routes, path);
  const entry = Object.keys(manifest).find((key) => manifest[key]!.isEntry);
  if (!page || !entry || !manifest[page]) return null;
  const scripts = new Set<string>();
  const styles = new Set<string>();
  staticFiles(manifest, entry, scripts, styles);
  staticFiles(manifest, page, scripts, styles);
  return [
    ...[...scripts].map((file) => `</${file}>; rel=modulepreload`),
    ...[...styles].map((file) => `</${file}>; rel=preload; as=style; crossorigin`),
  ].join(', ');
}

/**
 * The built web app's manifest and route map, read again when the build rewrites them (a rebuilt
 * app is served at once, as its index.html is). Null when the build has none (or is writing them).
 */
export function webBuild(webDist: string): () => WebBuild | null {
  const files = ['manifest.json', 'routes.json'].map((name) => join(webDist, '.vite', name));
  let cached: { stamp: string; build: WebBuild } | null = null;
  return () => {
    let stamp: string;
    try {
      stamp = files.map((file) => statSync(file).mtimeMs).join(' ');
    } catch {
      return null;
    }
    if (cached?.stamp === stamp) return cached.build;
    try {
      const [manifest, routes] = files.map((file) => JSON.parse(readFileSync(file, 'utf8')) as unknown);
      cached = { stamp, build: { manifest: manifest as Manifest, routes: routes as PageRoute[] } };
      return cached.build;
    } catch {
      return null; // being written by a build: no preloads for this request
    }
  };
}
