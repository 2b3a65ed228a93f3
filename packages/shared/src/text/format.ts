/**
 * Display text for a metric value: the published text when there is one (plain decimals lose
 * trailing zeros, "93.160" -> "93.16", as the old site showed them), else a compact number.
 */
export function formatMetricValue(value: number | null, raw?: string | null): string {
  const published = raw?.trim() ?? '';
  if (/^[+-]?\d+\.\d+$/.test(published)) return published.replace(/0+$/, '').replace(/\.$/, '');
  if (published !== '') return published;
  if (value === null || !Number.isFinite(value)) return '—';
  return formatCompactNumber(value);
}

/**
 * At most four decimals, no trailing zeros; values below 1 keep four significant digits
 * so that small losses (0.000123) do not collapse to 0.
 */
export function formatCompactNumber(value: number): string {
  const rounded = Math.abs(value) < 1 ? Number(value.toPrecision(4)) : Math.round(value * 1e4) / 1e4;
  // -0 === 0, so negative zero prints as "0".
  return String(rounded === 0 ? 0 : rounded);
}

/** The calendar date part of an ISO date or timestamp ("2018-10-11"); "" when there is none. */
export function formatDate(iso: string | null): string {
  if (iso === null) return '';
  return /^\d{4}(?:-\d{2}(?:-\d{2})?)?(?![\d])/.exec(iso.trim())?.[0] ?? '';
}

export interface RepoName {
  host: string;
  owner: string | null;
  name: string | null;
}

/**
 * Host, owner and repository name of a code URL. GitLab owners may be nested groups
 * ("group/subgroup"); its routes start after a "/-/" segment.
 */
export function repoNameFromUrl(url: string): RepoName {
  let text = url.trim();
  const ssh = /^[\w.-]+@([^:/]+):(.*)$/.exec(text); // git@github.com:owner/name.git
  if (ssh !== null) text = `${ssh[1] ?? ''}/${ssh[2] ?? ''}`;
  text = text.replace(/^[a-z][a-z0-9+.-]*:\/\//i, '').replace(/[?#].*$/, '');

  const [hostPart = '', ...rest] = text.split('/');
  const host = hostPart
    .replace(/^www\./i, '')
    .replace(/:\d+$/, '')
    .toLowerCase();
  let segments = rest.filter((segment) => segment !== '');

  if (host === 'gitlab.com' || host.startsWith('gitlab.')) {
    const routeStart = segments.indexOf('-');
    if (routeStart !== -1) segments = segments.slice(0, routeStart);
  } else {
    segments = segments.slice(0, 2);
  }
  if (segments.length < 2) return { host, owner: segments[0] ?? null, name: null };

  const last = segments[segments.length - 1] ?? '';
  const name = last.replace(/\.git$/i, '');
  return { host, owner: segments.slice(0, -1).join('/'), name: name === '' ? null : name };
}
