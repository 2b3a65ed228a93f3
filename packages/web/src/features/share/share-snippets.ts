/**
 * The snippets and links of the "Embed & export" panels: each reflects what the page shows (the
 * board's ranking metric and filters), on the server the page came from.
 */

export interface BoardView {
  /** The server's origin, e.g. https://pwc.example.org. */
  origin: string;
  slug: string;
  /** The ranking metric's name; null: the board's default. */
  metric: string | null;
  /** Only rows with code. */
  withCode: boolean;
  /** Only rows without extra training data. */
  noExtraData: boolean;
}

export interface GraphqlRequest {
  query: string;
  variables: Record<string, unknown>;
}

const EXPORTS = [
  { label: 'CSV', extension: 'csv' },
  { label: 'JSON', extension: 'json' },
  { label: 'Markdown', extension: 'md' },
  { label: 'LaTeX', extension: 'tex' },
] as const;

/** The board's filters as the server's file and embed URLs take them. */
function boardParameters(view: BoardView): URLSearchParams {
  const params = new URLSearchParams();
  if (view.metric) params.set('metric', view.metric);
  if (view.withCode) params.set('hasCode', 'true');
  if (view.noExtraData) params.set('extraData', 'false');
  return params;
}

const withQuery = (path: string, params: URLSearchParams) => {
  const query = params.toString();
  return query ? `${path}?${query}` : path;
};

export function exportLinks(view: BoardView): { label: string; href: string }[] {
  const params = boardParameters(view);
  return EXPORTS.map(({ label, extension }) => ({
    label,
    href: withQuery(`${view.origin}/sota/${encodeURIComponent(view.slug)}.${extension}`, params),
  }));
}

/** An HTML attribute value, quoted. */
const attribute = (value: string) => `"${value.replace(/&/g, '&amp;').replace(/"/g, '&quot;')}"`;

export function webComponentSnippet(view: BoardView, top = 10): string {
  const attributes = [`benchmark=${attribute(view.slug)}`];
  if (view.metric) attributes.push(`metric=${attribute(view.metric)}`);
  attributes.push(`top="${top}"`);
  if (view.withCode) attributes.push('has-code="true"');
  if (view.noExtraData) attributes.push('extra-data="false"');
  return `<script src="${view.origin}/embed.js" defer></script>\n<pwc-leaderboard ${attributes.join(' ')}></pwc-leaderboard>`;
}

/** The embed page takes the component's attributes as its parameters. */
function embedParameters(view: BoardView, top: number): URLSearchParams {
  const params = new URLSearchParams();
  if (view.metric) params.set('metric', view.metric);
  params.set('top', String(top));
  if (view.withCode) params.set('has-code', 'true');
  if (view.noExtraData) params.set('extra-data', 'false');
  return params;
}

export function iframeSnippet(view: BoardView, top = 10): string {
  const src = withQuery(`${view.origin}/embed/sota/${encodeURIComponent(view.slug)}`, embedParameters(view, top));
  return `<iframe src=${attribute(src)} title="Leaderboard" width="100%" height="520" style="border:0" loading="lazy"></iframe>`;
}

/** Markdown for a README: the paper's rank on the board as a badge, linking to its rows there. */
export function badgeMarkdown(origin: string, board: string, paper: string, metric?: string | null): string {
  const params = new URLSearchParams({ paper });
  if (metric) params.set('metric', metric);
  const image = withQuery(`${origin}/badge/sota/${encodeURIComponent(board)}.svg`, params);
  const link = `${origin}/sota/${encodeURIComponent(board)}?p=${encodeURIComponent(paper)}`;
  return `[![Papers with Code 2 rank](${image})](${link})`;
}

/** The playground with this query and these variables open in a tab. */
export function playgroundUrl(origin: string, request: GraphqlRequest): string {
  const params = new URLSearchParams({ query: request.query, variables: JSON.stringify(request.variables) });
  return `${origin}/playground?${params}`;
}

/** A shell line that runs the query with GET (cacheable, like the embeds). */
export function curlLine(origin: string, request: GraphqlRequest): string {
  const quote = (text: string) => `'${text.replace(/'/g, `'\\''`)}'`;
  return [
    `curl -G ${quote(`${origin}/graphql`)}`,
    `--data-urlencode ${quote(`query=${request.query}`)}`,
    `--data-urlencode ${quote(`variables=${JSON.stringify(request.variables)}`)}`,
  ].join(' \\\n  ');
}

/** What the playground's URL carries: `?query=&variables=&operationName=` (all optional). */
export interface SharedQuery {
  query?: string;
  variables?: string;
  operationName?: string;
}

export function readSharedQuery(search: string): SharedQuery {
  const params = new URLSearchParams(search);
  const shared: SharedQuery = {};
  for (const name of ['query', 'variables', 'operationName'] as const) {
    const value = params.get(name);
    if (value) shared[name] = value;
  }
  return shared;
}

/** The search part for a playground URL that reopens `shared` ('' when there is nothing to share). */
export function sharedQuerySearch(shared: SharedQuery): string {
  const params = new URLSearchParams();
  if (shared.query?.trim()) params.set('query', shared.query);
  if (shared.variables?.trim()) params.set('variables', shared.variables);
  if (shared.operationName) params.set('operationName', shared.operationName);
  const search = params.toString();
  return search ? `?${search}` : '';
}
