import { parseMetricValue } from '@pwc/shared';
import type { SqlRows } from '../../cache/data-version';
import { badInput } from '../../graphql/errors';
import type { ResultFieldsInput } from './contribution.types';

/**
 * A contribution to a leaderboard row, checked and resolved to ids: what is stored for review
 * (contribution.payload) and what is applied when it is published. Checked again when applied,
 * since the board may have changed in between.
 */
export interface ResultProposal {
  benchmarkId: number;
  benchmarkSlug: string;
  /** For an update or a removal: the row and the version the change is based on. */
  resultId?: number;
  baseVersion?: string;
  remove?: boolean;
  /** Columns of `result` to set (snake_case), only those given. */
  columns?: Partial<ResultColumns>;
  /** The full new set of values, when given. */
  values?: ProposedCell[];
}

export interface ResultColumns {
  model_name: string;
  paper_id: number | null;
  paper_link: string | null;
  paper_title: string | null;
  paper_url: string | null;
  evaluated_on: string | null;
  uses_additional_data: boolean;
  code_links: { title: string; url: string }[];
}

export interface ProposedCell {
  metricId: number;
  metric: string;
  raw: string;
  value: number | null;
}

export const REASON_LENGTH = { min: 3, max: 1000 };
const NAME_MAX = 300;
const URL_MAX = 1000;
const VALUE_MAX = 100;
const MAX_LINKS = 10;

/** The reason every change must give, trimmed. */
export function checkReason(reason: string, argument = 'reason'): string {
  const text = reason.trim();
  if (text.length < REASON_LENGTH.min) throw badInput(argument, `say why, in at least ${REASON_LENGTH.min} characters`);
  if (text.length > REASON_LENGTH.max) throw badInput(argument, `is longer than ${REASON_LENGTH.max} characters`);
  return text;
}

export function checkText(value: string, argument: string, max: number): string {
  const text = value.trim();
  if (!text) throw badInput(argument, 'is empty');
  if (text.length > max) throw badInput(argument, `is longer than ${max} characters`);
  return text;
}

export function checkUrl(value: string, argument: string): string {
  const text = checkText(value, argument, URL_MAX);
  let url: URL;
  try {
    url = new URL(text);
  } catch {
    throw badInput(argument, 'is not a URL');
  }
  if (url.protocol !== 'https:' && url.protocol !== 'http:') throw badInput(argument, 'must be an http(s) URL');
  return text;
}

export function checkDate(value: string, argument: string): string {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(value.trim());
  const date = match ? new Date(`${match[0]}T00:00:00Z`) : null;
  if (!match || !date || Number.isNaN(date.getTime()) || date.toISOString().slice(0, 10) !== match[0])
    throw badInput(argument, 'is not a date (YYYY-MM-DD)');
  if (date.getTime() > Date.now()) throw badInput(argument, 'is in the future');
  return match[0];
}

/** The board of a slug, or BAD_USER_INPUT naming `argument`. */
export async function boardOf(sql: SqlRows, slug: string, argument: string) {
  const [board] = await sql.query<{ id: number; slug: string }>('SELECT id, slug FROM benchmark WHERE slug = $1', [
    slug.trim(),
  ]);
  if (!board) throw badInput(argument, `no leaderboard has the slug "${slug.trim().slice(0, 100)}"`);
  return board;
}

/** Checks a row's fields against its board: BAD_USER_INPUT naming the first field at fault. */
export async function checkResultFields(
  sql: SqlRows,
  benchmarkId: number,
  input: ResultFieldsInput,
  prefix: string,
  adding: boolean,
): Promise<Pick<ResultProposal, 'columns' | 'values'>> {
  const columns: Partial<ResultColumns> = {};
  const at = (field: string) => `${prefix}.${field}`;
  if (input.modelName != null) columns.model_name = checkText(input.modelName, at('modelName'), NAME_MAX);
  else if (adding) throw badInput(at('modelName'), 'is required');

  if (input.paper != null && input.paper.trim() !== '') {
    const ref = input.paper.trim();
    const [paper] = await sql.query<{ id: number; title: string; slug: string }>(
      'SELECT id, title, slug FROM paper WHERE slug = $1 OR arxiv_id = $1 ORDER BY (slug = $1) DESC LIMIT 1',
      [ref.slice(0, NAME_MAX)],
    );
    if (!paper) throw badInput(at('paper'), 'no paper has this slug or arXiv id; give paperTitle and paperUrl instead');
    columns.paper_id = paper.id;
    columns.paper_link = paper.slug === ref ? 'PAPER_SLUG' : 'ARXIV_ID';
    columns.paper_title = paper.title;
  }
  if (input.paperTitle != null) columns.paper_title = checkText(input.paperTitle, at('paperTitle'), NAME_MAX);
  if (input.paperUrl != null) columns.paper_url = checkUrl(input.paperUrl, at('paperUrl'));
  if (adding && columns.paper_id === undefined && (!columns.paper_title || !columns.paper_url))
    throw badInput(at('paper'), 'name the paper by slug or arXiv id, or give both paperTitle and paperUrl');
  if (input.evaluatedOn != null) columns.evaluated_on = checkDate(input.evaluatedOn, at('evaluatedOn'));
  if (input.usesAdditionalData != null) columns.uses_additional_data = input.usesAdditionalData;
  if (input.codeLinks != null) {
    if (input.codeLinks.length > MAX_LINKS) throw badInput(at('codeLinks'), `at most ${MAX_LINKS} links`);
    columns.code_links = input.codeLinks.map((link, i) => ({
      title: checkText(link.title, at(`codeLinks[${i}].title`), NAME_MAX),
      url: checkUrl(link.url, at(`codeLinks[${i}].url`)),
    }));
  }

  let values: ProposedCell[] | undefined;
  if (input.values != null) {
    const metrics = await sql.query<{ id: number; name: string }>(
      'SELECT id, name FROM metric WHERE benchmark_id = $1 ORDER BY position',
      [benchmarkId],
    );
    const byName = new Map(metrics.map((m) => [m.name.toLowerCase(), m]));
    const seen = new Set<number>();
    values = input.values.map((cell, i) => {
      const metric = byName.get(cell.metric.trim().toLowerCase());
      if (!metric)
        throw badInput(
          at(`values[${i}].metric`),
          `the board has no metric "${cell.metric.trim().slice(0, 100)}"; its metrics: ${metrics.map((m) => m.name).join(', ')}`,
        );
      if (seen.has(metric.id)) throw badInput(at(`values[${i}].metric`), `"${metric.name}" is given twice`);
      seen.add(metric.id);
      const raw = checkText(cell.value, at(`values[${i}].value`), VALUE_MAX);
      return { metricId: metric.id, metric: metric.name, raw, value: parseMetricValue(raw) };
    });
    if (values.length === 0) throw badInput(at('values'), 'give at least one value');
  } else if (adding) throw badInput(at('values'), 'give at least one value');
  return { columns, values };
}
