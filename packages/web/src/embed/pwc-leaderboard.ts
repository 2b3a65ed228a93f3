import { boardVariables, BOARD_QUERY } from './attributes-query';
import { h, link } from './dom';
import { findLeaderboard, isObject, type FoundLeaderboard, type Json } from './find-leaderboard';
import { boardUrl, columnsFor, type Column, type Links } from './leaderboard-columns';
import { persistedGet } from './persisted-get';
import { sparkline } from './sparkline';
import { STYLES } from './styles';

const LICENSE = 'https://creativecommons.org/licenses/by-sa/4.0/';

/** The API of the site that served this script, unless an `endpoint` attribute names another. */
const scriptSrc = (document.currentScript as HTMLScriptElement | null)?.src;
const DEFAULT_ENDPOINT = new URL('/graphql', scriptSrc || location.href).href;

let sheet: CSSStyleSheet | undefined;

/**
 * `<pwc-leaderboard>`: a live leaderboard from the Papers with Code 2 API, in a shadow root.
 * Either by attributes (`benchmark`, `metric`, `top`, `highlight`, `has-code`, `extra-data`,
 * `chart`) or by a GraphQL query (`query` attribute or a child `<script type="application/graphql">`,
 * variables in `variables` or a child `<script type="application/json">`) whose result holds a
 * leaderboard connection. `endpoint` points at another instance; `theme` is auto (the system
 * setting, the default), light or dark.
 */
export class PwcLeaderboard extends HTMLElement {
  static observedAttributes = [
    'benchmark',
    'metric',
    'top',
    'highlight',
    'has-code',
    'extra-data',
    'chart',
    'endpoint',
    'query',
    'variables',
  ];

  readonly #root = this.attachShadow({ mode: 'open' });
  readonly #box = h('div', { class: 'box', part: 'box' });
  #controller?: AbortController;
  #pending = false;

  constructor() {
    super();
    if (
      'adoptedStyleSheets' in this.#root &&
      typeof CSSStyleSheet === 'function' &&
      'replaceSync' in CSSStyleSheet.prototype
    ) {
      sheet ??= new CSSStyleSheet();
      if (!sheet.cssRules.length) sheet.replaceSync(STYLES);
      this.#root.adoptedStyleSheets = [sheet];
    } else {
      this.#root.append(h('style', {}, STYLES));
    }
    this.#root.append(this.#box);
  }

  connectedCallback(): void {
    this.#schedule();
  }

  attributeChangedCallback(): void {
    if (this.isConnected) this.#schedule();
  }

  disconnectedCallback(): void {
    this.#controller?.abort();
  }

  /** One load per turn, after the parser has seen the children (a query in a child script). */
  #schedule(): void {
    if (this.#pending) return;
    this.#pending = true;
    const run = () => {
      this.#pending = false;
      void this.#load();
    };
    if (document.readyState === 'loading') document.addEventListener('DOMContentLoaded', run, { once: true });
    else queueMicrotask(run);
  }

  #childScript(type: string): string | undefined {
    const script = this.querySelector(`:scope > script[type="${type}"]`);
    return script?.textContent?.trim() || undefined;
  }

  async #load(): Promise<void> {
    this.#controller?.abort();
    const controller = (this.#controller = new AbortController());
    const endpoint = new URL(this.getAttribute('endpoint') || DEFAULT_ENDPOINT, document.baseURI).href;
    const site = new URL(endpoint).origin;
    const benchmark = this.getAttribute('benchmark') ?? undefined;
    const customQuery = this.getAttribute('query')?.trim() || this.#childScript('application/graphql');
    let query: string;
    let variables: Record<string, unknown>;
    try {
      if (customQuery) {
        query = customQuery;
        const json = this.getAttribute('variables') || this.#childScript('application/json');
        const parsed: unknown = json ? JSON.parse(json) : {};
        if (!isObject(parsed)) throw new Error('variables must be a JSON object');
        variables = parsed;
      } else {
        if (!benchmark) throw new Error('set a benchmark (or a query)');
        query = BOARD_QUERY;
        variables = boardVariables({
          benchmark,
          metric: this.getAttribute('metric'),
          top: this.getAttribute('top'),
          hasCode: this.getAttribute('has-code'),
          extraData: this.getAttribute('extra-data'),
          chart: this.getAttribute('chart'),
        });
      }
    } catch (error) {
      this.#showError(`Invalid embed: ${(error as Error).message}.`, { site, boardSlug: benchmark });
      return;
    }
    this.#showLoading();
    try {
      const reply = await persistedGet(endpoint, query, variables, controller.signal);
      if (controller.signal.aborted) return;
      const found = reply.data ? findLeaderboard(reply.data) : undefined;
      const slug = typeof variables.slug === 'string' ? variables.slug : benchmark;
      if (!found) {
        const message = reply.errors?.[0]?.message;
        const missing = !customQuery && reply.data && reply.data.benchmark === null;
        throw new Error(
          missing ? `There is no leaderboard “${benchmark}”.` : (message ?? 'The reply holds no leaderboard rows.'),
        );
      }
      const boardSlug = found.board && typeof found.board.slug === 'string' ? found.board.slug : slug;
      this.#render(found, { site, boardSlug });
      this.dispatchEvent(new CustomEvent('pwc-load', { detail: { rows: found.rows.length } }));
    } catch (error) {
      if (controller.signal.aborted) return;
      const message = (error as Error).message;
      this.#showError(/fetch|network|load failed/i.test(message) ? 'The leaderboard could not be reached.' : message, {
        site,
        boardSlug: benchmark,
      });
    }
  }

  #showLoading(): void {
    const table = this.#box.querySelector('table');
    if (table) table.setAttribute('aria-busy', 'true');
    else this.#box.replaceChildren(h('p', { class: 'status', role: 'status' }, 'Loading leaderboard…'));
  }

  #showError(message: string, links: Links): void {
    const board = boardUrl(links);
    this.#box.replaceChildren(
      h(
        'p',
        { class: 'status error', role: 'alert' },
        message,
        board ? ' ' : '',
        board ? link(board, 'Open the leaderboard') : '',
      ),
      this.#attribution(links),
    );
  }

  #attribution(links: Links): HTMLElement {
    return h(
      'p',
      { class: 'attribution' },
      'Data: ',
      link(links.site, 'Papers with Code 2'),
      ' from the PWC Archive, ',
      link(LICENSE, 'CC-BY-SA 4.0', { rel: 'license noopener' }),
    );
  }

  #render(found: FoundLeaderboard, links: Links): void {
    const { rows, board, sota, totalCount } = found;
    const columns = columnsFor(rows, links, this.getAttribute('metric'));
    const highlight = this.getAttribute('highlight');
    const name = (value: unknown) => (isObject(value) && typeof value.name === 'string' ? value.name : undefined);
    const task = name(board?.task);
    const dataset = name(board?.dataset);
    const title = task && dataset ? `${task} on ${dataset}` : (name(board) ?? links.boardSlug ?? 'Leaderboard');
    const metric = isObject(rows[0]?.metric) ? name(rows[0]!.metric) : (this.getAttribute('metric') ?? undefined);
    const fullBoard = boardUrl(links);

    const classes = (column: Column) =>
      [column.numeric && 'num', column.optional && 'opt', column.header === 'Paper' && 'paper']
        .filter(Boolean)
        .join(' ') || undefined;
    const head = h(
      'thead',
      {},
      h('tr', {}, ...columns.map((c) => h('th', { scope: 'col', class: classes(c) }, c.header))),
    );
    const body = h(
      'tbody',
      {},
      ...rows.map((row: Json) => {
        const paper = isObject(row.result) && isObject(row.result.paper) ? row.result.paper : undefined;
        const highlighted = highlight && paper?.slug === highlight;
        return h(
          'tr',
          { class: highlighted ? 'hl' : undefined, 'aria-current': highlighted ? 'true' : undefined },
          ...columns.map((column) =>
            h(
              column.rowHeader ? 'th' : 'td',
              { scope: column.rowHeader ? 'row' : undefined, class: classes(column) },
              column.cell(row),
            ),
          ),
        );
      }),
    );
    const shown = `${rows.length}${totalCount !== undefined ? ` of ${totalCount}` : ''} results${metric ? `, ranked by ${metric}` : ''}`;
    const caption = h('caption', {}, shown);
    const chart = sota?.length ? sparkline(sota, metric) : undefined;
    this.#box.replaceChildren(
      h('div', { class: 'head' }, h('h2', { class: 'title' }, link(fullBoard, title)), chart),
      rows.length
        ? h('div', { class: 'scroll' }, h('table', {}, caption, head, body))
        : h('p', { class: 'status', role: 'status' }, 'No results match these filters.'),
      h('div', { class: 'foot' }, this.#attribution(links), fullBoard ? link(fullBoard, 'Full leaderboard →') : ''),
    );
    if (document.documentElement.hasAttribute('data-pwc-embed')) document.title = `${title} — Papers with Code 2`;
  }
}
