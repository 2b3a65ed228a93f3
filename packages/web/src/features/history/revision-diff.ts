/** How a revision's changes read (issue 12): entity names, field names, and values as text. */

export type EntityType = 'BENCHMARK' | 'RESULT' | 'METRIC' | 'TASK' | 'DATASET' | 'METHOD' | 'PAPER';
export type ChangeAction = 'ADDED' | 'CHANGED' | 'REMOVED';

export interface FieldDiff {
  field: string;
  before: string | null;
  after: string | null;
}

const ENTITY_NAMES: Record<EntityType, string> = {
  BENCHMARK: 'Leaderboard',
  RESULT: 'Row',
  METRIC: 'Metric',
  TASK: 'Task',
  DATASET: 'Dataset',
  METHOD: 'Method',
  PAPER: 'Paper',
};

export function entityName(type: EntityType): string {
  return ENTITY_NAMES[type] ?? type;
}

const ACTION_NAMES: Record<ChangeAction, string> = { ADDED: 'Added', CHANGED: 'Changed', REMOVED: 'Removed' };

export function actionName(action: ChangeAction): string {
  return ACTION_NAMES[action] ?? action;
}

const FIELD_NAMES: Record<string, string> = {
  modelName: 'Model',
  paperTitle: 'Paper title',
  paperUrl: 'Paper URL',
  paperId: 'Linked paper (id)',
  evaluatedOn: 'Date',
  usesAdditionalData: 'Extra training data',
  codeLinks: 'Code',
  modelLinks: 'Model links',
  isNumeric: 'Numeric',
  directionSource: 'Direction from',
  fullName: 'Full name',
  shortDescription: 'Short description',
  introducedDate: 'Introduced',
  introducedYear: 'Introduced',
  introducedByPaperId: 'Introduced by paper (id)',
  parentId: 'Parent (id)',
  taskId: 'Task (id)',
  datasetId: 'Dataset (id)',
  benchmarkId: 'Leaderboard (id)',
  licenseName: 'Licence',
  licenseUrl: 'Licence URL',
  sourceUrl: 'Source URL',
  sourceTitle: 'Source title',
  codeSnippetUrl: 'Code snippet URL',
  // Papers (contributions and the papers file's imports).
  arxivId: 'arXiv id',
  urlAbs: 'Abstract URL',
  urlPdf: 'PDF URL',
  published: 'Date',
};

/** "values.EM" → "EM"; "modelName" → "Model"; other names spaced: "shortDescription" → "Short description". */
export function fieldName(field: string): string {
  if (field.startsWith('values.')) return field.slice('values.'.length);
  const known = FIELD_NAMES[field];
  if (known) return known;
  const words = field.replace(/([a-z0-9])([A-Z])/g, '$1 $2').toLowerCase();
  return words.charAt(0).toUpperCase() + words.slice(1);
}

/** A value as the reader sees it: links' URLs, yes/no, and "—" for nothing. */
export function valueText(value: string | null): string {
  if (value === null || value === '') return '—';
  if (value === 'true') return 'yes';
  if (value === 'false') return 'no';
  if (value.startsWith('[')) {
    try {
      const items = JSON.parse(value) as unknown[];
      if (items.length === 0) return '—';
      return items
        .map((item) =>
          typeof item === 'string'
            ? item
            : item && typeof item === 'object' && 'url' in item
              ? String((item as { url: unknown }).url)
              : JSON.stringify(item),
        )
        .join(', ');
    } catch {
      return value;
    }
  }
  return value;
}

/** A result's values first (they are what a leaderboard shows), then its other fields. */
export function orderedFields(fields: readonly FieldDiff[]): FieldDiff[] {
  const values = fields.filter((f) => f.field.startsWith('values.'));
  const others = fields.filter((f) => !f.field.startsWith('values.'));
  const rank = (f: FieldDiff) => (f.field === 'modelName' || f.field === 'name' ? 0 : 1);
  return [...others.filter((f) => rank(f) === 0), ...values, ...others.filter((f) => rank(f) === 1)];
}

export interface DiffLine {
  kind: 'same' | 'added' | 'removed';
  text: string;
}

/** Texts longer than this, or of several lines, are shown as a line diff (descriptions, abstracts). */
const LONG_TEXT = 160;

/** Whether a changed value is long text, better read line by line than whole before → after. */
export function isLongText(before: string | null, after: string | null): boolean {
  const long = (value: string | null) => value !== null && (value.length > LONG_TEXT || /\n/.test(value));
  return (long(before) || long(after)) && !before?.startsWith('[') && !after?.startsWith('[');
}

/**
 * The lines of `before` and `after` in order, each kept, removed or added: a longest common
 * subsequence of lines (descriptions have at most a few hundred lines). Line ends \r\n and \n
 * are the same.
 */
export function lineDiff(before: string | null, after: string | null): DiffLine[] {
  const split = (text: string | null) => (text ? text.split(/\r?\n/) : []);
  const a = split(before);
  const b = split(after);
  // lcs[i][j]: the longest common subsequence of a[i..] and b[j..].
  const lcs = Array.from({ length: a.length + 1 }, () => new Array<number>(b.length + 1).fill(0));
  for (let i = a.length - 1; i >= 0; i--)
    for (let j = b.length - 1; j >= 0; j--)
      lcs[i]![j] = a[i] === b[j] ? lcs[i + 1]![j + 1]! + 1 : Math.max(lcs[i + 1]![j]!, lcs[i]![j + 1]!);
  const lines: DiffLine[] = [];
  let i = 0;
  let j = 0;
  while (i < a.length || j < b.length) {
    if (i < a.length && j < b.length && a[i] === b[j]) {
      lines.push({ kind: 'same', text: a[i]! });
      i++;
      j++;
    } else if (i < a.length && (j === b.length || lcs[i + 1]![j]! >= lcs[i]![j + 1]!)) {
      // What was removed reads before what replaced it.
      lines.push({ kind: 'removed', text: a[i++]! });
    } else {
      lines.push({ kind: 'added', text: b[j++]! });
    }
  }
  return lines;
}
