import { stringify } from 'csv-stringify/sync';
import type { ExportedBoard, ExportRow } from './board-export';

/** Where an export came from, written into it: the board's page and the data's licence. */
export interface ExportContext {
  /** The board's page, e.g. https://host/sota/question-answering-on-squad11. */
  permalink: string;
  /** The page of a paper, by slug. */
  paperLink: (slug: string) => string;
}

export const EXPORT_FORMATS = ['csv', 'json', 'md', 'tex'] as const;

/** The permalinks of a board and its papers on the server at `origin` (scheme and host). */
export function exportContext(origin: string, slug: string): ExportContext {
  return {
    permalink: `${origin}/sota/${encodeURIComponent(slug)}`,
    paperLink: (paper) => `${origin}/paper/${encodeURIComponent(paper)}`,
  };
}
export type ExportFormat = (typeof EXPORT_FORMATS)[number];

export const EXPORT_MEDIA_TYPES: Record<ExportFormat, string> = {
  csv: 'text/csv; charset=utf-8',
  json: 'application/json; charset=utf-8',
  md: 'text/markdown; charset=utf-8',
  tex: 'application/x-tex; charset=utf-8',
};

export const LICENCE = 'Data: Papers with Code archive, CC BY-SA 4.0';

const arrow = (direction: string) => (direction === 'LOWER_IS_BETTER' ? '↓' : '↑');
const paperTitle = (row: ExportRow) => row.paper?.title ?? row.paperTitle ?? '';

/** The board in one of the export formats. */
export function formatBoard(board: ExportedBoard, format: ExportFormat, context: ExportContext): string {
  if (format === 'csv') return boardCsv(board, context);
  if (format === 'json') return boardJson(board, context);
  if (format === 'md') return boardMarkdown(board, context);
  return boardLatex(board, context);
}

function boardCsv(board: ExportedBoard, context: ExportContext): string {
  const metrics = board.metrics.map((metric) => metric.name);
  const header = ['rank', 'model', 'paper', 'paper_url', ...metrics, 'date', 'extra_training_data', 'code'];
  const rows = board.rows.map((row) => [
    row.rank ?? '',
    row.model,
    paperTitle(row),
    row.paper ? context.paperLink(row.paper.slug) : (row.paperUrl ?? ''),
    ...metrics.map((name) => row.values[name] ?? ''),
    row.date ?? '',
    row.usesAdditionalData ? 'yes' : 'no',
    row.code.join(' '),
  ]);
  return stringify([header, ...rows]);
}

function boardJson(board: ExportedBoard, context: ExportContext): string {
  return `${JSON.stringify(
    {
      benchmark: board.slug,
      task: board.task,
      dataset: board.dataset,
      permalink: context.permalink,
      licence: LICENCE,
      rankedBy: board.rankedBy && { metric: board.rankedBy.name, direction: board.rankedBy.direction },
      filters: board.filters,
      metrics: board.metrics,
      rows: board.rows,
    },
    null,
    2,
  )}\n`;
}

/** A Markdown table cell: pipes escaped, no line breaks. */
const cell = (text: string) =>
  text
    .replace(/\\/g, '\\\\')
    .replace(/\|/g, '\\|')
    .replace(/\s*\n\s*/g, ' ');

function boardMarkdown(board: ExportedBoard, context: ExportContext): string {
  const metrics = board.metrics;
  const header = ['Rank', 'Model', 'Paper', ...metrics.map((m) => `${m.name} ${arrow(m.direction)}`), 'Date'];
  const lines = [
    `## ${cell(board.task)} on ${cell(board.dataset)}`,
    '',
    `Ranked by ${board.rankedBy ? cell(board.rankedBy.name) : 'nothing (no numeric metric)'}. ` +
      `[Leaderboard](${context.permalink}). ${LICENCE}.`,
    '',
    `| ${header.map(cell).join(' | ')} |`,
    `| ${header.map((_, i) => (i === 0 ? '---:' : '---')).join(' | ')} |`,
    ...board.rows.map((row) => {
      const paper = row.paper
        ? `[${cell(row.paper.title)}](${context.paperLink(row.paper.slug)})`
        : cell(paperTitle(row));
      const values = metrics.map((m) => cell(row.values[m.name] ?? ''));
      return `| ${[String(row.rank ?? ''), cell(row.model), paper, ...values, row.date ?? ''].join(' | ')} |`;
    }),
  ];
  return `${lines.join('\n')}\n`;
}

const LATEX_SPECIALS: Record<string, string> = {
  '\\': '\\textbackslash{}',
  '&': '\\&',
  '%': '\\%',
  $: '\\$',
  '#': '\\#',
  _: '\\_',
  '{': '\\{',
  '}': '\\}',
  '~': '\\textasciitilde{}',
  '^': '\\textasciicircum{}',
};

/** Text safe inside a LaTeX document: every special character escaped. */
export function latexText(text: string): string {
  return text.replace(/[\\&%$#_{}~^]/g, (char) => LATEX_SPECIALS[char]!).replace(/\s*\n\s*/g, ' ');
}

function boardLatex(board: ExportedBoard, context: ExportContext): string {
  const metrics = board.metrics;
  const ranked = board.rankedBy ? `, ranked by ${latexText(board.rankedBy.name)}` : '';
  const directions = metrics.map(
    (m) => `${latexText(m.name)} ${m.direction === 'LOWER_IS_BETTER' ? '$\\downarrow$' : '$\\uparrow$'}`,
  );
  return [
    '% Requires \\usepackage{booktabs} and \\usepackage{url}.',
    '\\begin{table}[t]',
    '\\centering',
    `\\caption{${latexText(board.task)} on ${latexText(board.dataset)}${ranked}. ` +
      `$\\uparrow$: higher is better, $\\downarrow$: lower is better. ` +
      `Source: \\url{${context.permalink.replace(/[%#\\{}]/g, (c) => `\\${c}`)}} (${latexText(LICENCE)}).}`,
    `\\begin{tabular}{rl${'r'.repeat(metrics.length)}}`,
    '\\toprule',
    `${['Rank', 'Model', ...directions].join(' & ')} \\\\`,
    '\\midrule',
    ...board.rows.map(
      (row) =>
        `${[String(row.rank ?? '--'), latexText(row.model), ...metrics.map((m) => latexText(row.values[m.name] ?? '--'))].join(' & ')} \\\\`,
    ),
    '\\bottomrule',
    '\\end{tabular}',
    '\\end{table}',
    '',
  ].join('\n');
}
