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
          item && typeof item === 'object' && 'url' in item
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
