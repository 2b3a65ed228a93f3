import { isObject, type Json } from './find-leaderboard';
import { link, safeHref } from './dom';

/** Where the rows link to: the site that serves the API. */
export interface Links {
  site: string;
  boardSlug?: string;
}

export interface Column {
  header: string;
  numeric?: boolean;
  /** The row's header cell (`<th scope="row">`): the model's name. */
  rowHeader?: boolean;
  /** Left out when the table is narrow (a phone): the rank, model, value and paper matter most. */
  optional?: boolean;
  cell: (row: Json) => Node | string;
}

const DASH = '–';
const text = (value: unknown): string =>
  value === null || value === undefined || value === ''
    ? DASH
    : typeof value === 'object'
      ? JSON.stringify(value)
      : String(value);
const check = (value: unknown) => (value === true ? '✓' : '');
const result = (row: Json): Json => (isObject(row.result) ? row.result : {});
const arrow = (metric: unknown) =>
  isObject(metric) && metric.direction === 'LOWER_IS_BETTER' ? ' ↓' : isObject(metric) && metric.direction ? ' ↑' : '';
const metricName = (metric: unknown) => (isObject(metric) && typeof metric.name === 'string' ? metric.name : undefined);
const valueText = (value: unknown) => (isObject(value) ? text(value.raw ?? value.value) : text(value));

export const boardUrl = (links: Links, paperSlug?: unknown) =>
  links.boardSlug
    ? `${links.site}/sota/${encodeURIComponent(links.boardSlug)}${
        typeof paperSlug === 'string' ? `?p=${encodeURIComponent(paperSlug)}` : ''
      }`
    : undefined;

/** A field name as a column header: `evaluatedOn` → "Evaluated on". */
const humanize = (key: string) => {
  const words = key.replace(/([a-z0-9])([A-Z])/g, '$1 $2').toLowerCase();
  return words.charAt(0).toUpperCase() + words.slice(1);
};

const KNOWN_ROW = new Set(['rank', 'value', 'metric', 'result', '__typename']);
const KNOWN_RESULT = new Set([
  'modelName',
  'paper',
  'paperTitle',
  'paperUrl',
  'values',
  'hasCode',
  'usesAdditionalData',
  'evaluatedOn',
  'id',
  '__typename',
  'benchmark',
  'codeLinks',
  'modelLinks',
]);

/**
 * The table's columns, from what the query selected (the keys of the first row): rank, model,
 * the ranking metric's value, every value of the row, paper, date, code, extra data, and any other
 * plain field under its own name. A query that selects less gets fewer columns.
 */
export function columnsFor(rows: Json[], links: Links, metricAttribute?: string | null): Column[] {
  const first = rows[0] ?? {};
  const firstResult = result(first);
  const columns: Column[] = [];
  if ('rank' in first) columns.push({ header: 'Rank', numeric: true, cell: (row) => text(row.rank) });
  if ('modelName' in firstResult)
    columns.push({
      header: 'Model',
      rowHeader: true,
      cell: (row) => {
        const paper = result(row).paper;
        const name = text(result(row).modelName);
        return link(boardUrl(links, isObject(paper) ? paper.slug : undefined), name === DASH ? '(unnamed)' : name);
      },
    });
  const ranking = metricName(first.metric) ?? metricAttribute ?? undefined;
  if ('value' in first)
    columns.push({
      header: (ranking ?? 'Value') + arrow(first.metric),
      numeric: true,
      cell: (row) => valueText(row.value),
    });
  if (Array.isArray(firstResult.values))
    for (const [index, value] of firstResult.values.entries()) {
      const name = isObject(value) ? metricName(value.metric) : undefined;
      if ('value' in first && name === ranking) continue;
      columns.push({
        header: (name ?? `Value ${index + 1}`) + (isObject(value) ? arrow(value.metric) : ''),
        numeric: true,
        cell: (row) => {
          const values = result(row).values;
          const match = Array.isArray(values)
            ? name === undefined
              ? values[index]
              : values.find((v) => isObject(v) && metricName(v.metric) === name)
            : undefined;
          return valueText(match);
        },
      });
    }
  if ('paper' in firstResult || 'paperTitle' in firstResult)
    columns.push({
      header: 'Paper',
      cell: (row) => {
        const { paper, paperTitle, paperUrl } = result(row);
        if (isObject(paper) && typeof paper.slug === 'string')
          return link(
            `${links.site}/paper/${encodeURIComponent(paper.slug)}`,
            text(paper.title ?? paperTitle ?? paper.slug),
          );
        return link(safeHref(paperUrl), text(paperTitle));
      },
    });
  if ('evaluatedOn' in firstResult)
    columns.push({ header: 'Date', optional: true, cell: (row) => text(result(row).evaluatedOn) });
  // A yes/no column where every row says no tells nothing: it is shown once some row says yes.
  const anyYes = (key: string) => rows.some((row) => result(row)[key] === true);
  if (anyYes('hasCode')) columns.push({ header: 'Code', optional: true, cell: (row) => check(result(row).hasCode) });
  if (anyYes('usesAdditionalData'))
    columns.push({ header: 'Extra data', optional: true, cell: (row) => check(result(row).usesAdditionalData) });
  const plain = (value: unknown) => !isObject(value) && !Array.isArray(value);
  for (const key of Object.keys(first))
    if (!KNOWN_ROW.has(key) && plain(first[key]))
      columns.push({ header: humanize(key), cell: (row) => text(row[key]) });
  for (const key of Object.keys(firstResult))
    if (!KNOWN_RESULT.has(key) && plain(firstResult[key]))
      columns.push({ header: humanize(key), cell: (row) => text(result(row)[key]) });
  if (!columns.some((column) => column.rowHeader) && columns[0]) columns[0].rowHeader = true;
  return columns;
}
