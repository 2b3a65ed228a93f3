import { readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';

/**
 * The web app's page module for each path (packages/web/src/app/routes.tsx): the module's chunks,
 * found in Vite's build manifest, are what the page needs before it renders.
 */
const PAGE_MODULES: readonly (readonly [RegExp, string])[] = [
  [/^\/$/, 'HomePage'],
  [/^\/paper\/[^/]+$/, 'PaperPage'],
  [/^\/papers$/, 'PapersPage'],
  [/^\/sota$/, 'SotaPage'],
  [/^\/sota\/[^/]+$/, 'LeaderboardPage'],
  [/^\/task\/[^/]+$/, 'TaskPage'],
  [/^\/tasks$/, 'TasksPage'],
  [/^\/dataset\/[^/]+$/, 'DatasetPage'],
  [/^\/datasets$/, 'DatasetsPage'],
  [/^\/method\/[^/]+$/, 'MethodPage'],
  [/^\/methods$/, 'MethodsPage'],
  [/^\/area\/[^/]+$/, 'AreaPage'],
  [/^\/search$/, 'SearchPage'],
  [/^\/author\/[^/]+$/, 'AuthorPage'],
  [/^\/conference\/[^/]+$/, 'ConferencePage'],
  [/^\/(?:sota|task|dataset|method|paper)\/[^/]+\/history$/, 'HistoryPage'],
  [/^\/playground$/, 'PlaygroundPage'],
  [/^\/about$/, 'AboutPage'],
  [/^\/signin$/, 'SignInPage'],
  [/^\/signup$/, 'SignUpPage'],
  [/^\/account$/, 'AccountPage'],
  [/^\/submit$/, 'SubmitPage'],
  [/^\/submit\/paper$/, 'SubmitPaperPage'],
  [/^\/review$/, 'ReviewPage'],
];

/** The page module (as the manifest names it) that renders a path, or null for none. */
export function pageModuleOf(path: string): string | null {
  const normalized = path.length > 1 ? path.replace(/\/+$/, '') : path;
  const page = PAGE_MODULES.find(([pattern]) => pattern.test(normalized));
  return page ? `src/routes/${page[1]}.tsx` : null;
}

/** A chunk of Vite's build manifest (dist/.vite/manifest.json). */
interface ManifestChunk {
  file: string;
  isEntry?: boolean;
  imports?: string[];
  css?: string[];
}
type Manifest = Record<string, ManifestChunk>;

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
 * the page's own, as `modulepreload`, and their stylesheets as `preload`. The browser starts these
 * requests as the HTML's headers arrive, instead of one after another as each module is parsed
 * (entry, then the lazy page chunk, then its imports). Null without a page module or manifest.
 */
export function preloadLinkOf(manifest: Manifest, path: string): string | null {
  const page = pageModuleOf(path);
  const entry = Object.keys(manifest).find((key) => manifest[key]!.isEntry);
  if (!page || !entry || !manifest[page]) return null;
  const scripts = new Set<string>();
  const styles = new Set<string>();
  staticFiles(manifest, entry, scripts, styles);
  staticFiles(manifest, page, scripts, styles);
  return [
    ...[...scripts].map((file) => `</${file}>; rel=modulepreload`),
    ...[...styles].map((file) => `</${file}>; rel=preload; as=style`),
  ].join(', ');
}

/**
 * The built web app's manifest, read again when the file changes (a rebuilt app is served at
 * once, as its index.html is). Null when the build has none.
 */
export function webManifest(webDist: string): () => Manifest | null {
  const file = join(webDist, '.vite', 'manifest.json');
  let cached: { mtimeMs: number; manifest: Manifest } | null = null;
  return () => {
    let mtimeMs: number;
    try {
      mtimeMs = statSync(file).mtimeMs;
    } catch {
      return null;
    }
    if (cached?.mtimeMs === mtimeMs) return cached.manifest;
    try {
      cached = { mtimeMs, manifest: JSON.parse(readFileSync(file, 'utf8')) as Manifest };
      return cached.manifest;
    } catch {
      return null; // being written by a build: no preloads for this request
    }
  };
}
