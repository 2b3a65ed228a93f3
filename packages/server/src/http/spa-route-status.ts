import { objectPages } from '../module-registry';
import type { DataSource } from 'typeorm';

/** The web app's pages without parameters (packages/web/src/app/routes.tsx). */
const PAGES = new Set([
  '/',
  '/sota',
  '/datasets',
  '/methods',
  '/search',
  '/playground',
  '/papers',
  '/tasks',
  '/about',
  // Accounts (issue 12).
  '/signin',
  '/signup',
  '/account',
  '/reset-password',
  // Contributions (issue 12).
  '/submit',
  '/submit/leaderboard',
  '/submit/paper',
  '/review',
]);

/** Objects whose pages have a /history page (packages/web/src/app/routes.tsx). */
const HISTORY_PAGES = new Set(['sota', 'paper', 'task', 'dataset', 'method']);

/**
 * The HTTP status the web app's shell is served with for a path: 404 for unknown paths and
 * for pages of objects that do not exist, so crawlers and link checkers see dead links as dead.
 * The app itself then shows its not-found page.
 */
export async function spaRouteStatus(dataSource: DataSource, path: string): Promise<200 | 404> {
  const normalized = path.length > 1 ? path.replace(/\/+$/, '') : path;
  if (PAGES.has(normalized)) return 200;
  // An object's page, or the history of a board, paper, task, dataset or method (issue 12).
  const match = /^\/([a-z]+)\/([^/]+)(\/history)?$/.exec(normalized);
  if (match?.[3] && !HISTORY_PAGES.has(match[1]!)) return 404;
  const table = match?.[1] ? objectPages[match[1]] : undefined;
  if (!match?.[2] || !table) return 404;
  let slug: string;
  try {
    slug = decodeURIComponent(match[2]);
  } catch {
    return 404;
  }
  // No slug holds a NUL (Postgres text cannot) or is that long: dead links, not a query.
  if (slug.includes('\0') || slug.length > 1000) return 404;
  const rows: unknown[] = await dataSource.query(`SELECT 1 FROM ${table} WHERE slug = $1 LIMIT 1`, [slug]);
  return rows.length ? 200 : 404;
}
