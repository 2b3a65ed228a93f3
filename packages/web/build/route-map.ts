import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Plugin } from 'vite';

/** A page of the app: its path as the router writes it and its module as the manifest names it. */
export interface PageRoute {
  /** `/`, `/paper/:slug`, `/sota/:slug/history`, … */
  path: string;
  /** `src/routes/PaperPage.tsx`, … */
  module: string;
}

/**
 * The pages of src/app/routes.tsx: each `page('path', Component)` (and the index route) with the
 * module its lazy component imports. Throws when a page's component is not a lazy page module,
 * so that a change of that file's shape fails the build instead of dropping the page.
 */
export function pageRoutesOf(routesTsx: string): PageRoute[] {
  const modules = new Map<string, string>();
  const lazy = /const\s+(\w+)\s*=\s*lazyPage\(\s*\(\)\s*=>\s*import\(\s*'\.\.\/routes\/(\w+)'\s*\)/g;
  for (const [, component, file] of routesTsx.matchAll(lazy)) modules.set(component!, `src/routes/${file}.tsx`);
  const pages: [string, string][] = [];
  const index = /index:\s*true,\s*element:\s*boundary\(\s*(\w+)\s*\)/.exec(routesTsx);
  if (index) pages.push(['', index[1]!]);
  for (const [, path, component] of routesTsx.matchAll(/\bpage\(\s*'([^']*)',\s*(\w+)\s*\)/g)) {
    pages.push([path!, component!]);
  }
  return pages.map(([path, component]) => {
    const module = modules.get(component);
    if (!module) throw new Error(`routes.tsx: the page ${component} at '/${path}' is not a lazyPage(import(…))`);
    return { path: `/${path}`, module };
  });
}

/**
 * Writes dist/.vite/routes.json beside Vite's manifest: the server reads both to send a page's
 * HTML with Link headers preloading that page's chunks (packages/server/src/http/route-preloads.ts).
 */
export function routeMap(root: string): Plugin {
  return {
    name: 'pwc-route-map',
    apply: 'build',
    generateBundle() {
      const routes = pageRoutesOf(readFileSync(join(root, 'src/app/routes.tsx'), 'utf8'));
      this.emitFile({ type: 'asset', fileName: '.vite/routes.json', source: `${JSON.stringify(routes, null, 2)}\n` });
    },
  };
}
