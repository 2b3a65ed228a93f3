/*
 * Parsing of metric values as published in the PWC archive, where a "number" may be a JSON
 * number or text such as "85.1%", "0.8428 ± 0.0014", "12M" or "60.2/71.4".
 */

/** Column names that hold labels rather than measurements, compared case- and punctuation-blind. */
export const NON_NUMERIC_METRIC_NAMES: readonly string[] = [
  'Backbone',
  'Pretrain',
  'Pre-train',
  'Pretrained',
  'Pre-training',
  'Pretraining data',
  'Notes',
  'Note',
  'Comment',
  'Comments',
  'Remarks',
  'Ext. data',
  'Extra data',
  'Extra Training Data',
  'External data',
  'Training data',
  'Architecture',
  'Model',
  'Method',
  'Encoder',
  'Base model',
  'Framework',
  'Code',
  'Paper',
  'Link',
  'Type',
];

/** Texts that the archive uses for "no value" (compared lower-cased and trimmed). */
// prettier-ignore
export const MISSING_VALUE_MARKERS: readonly string[] = [
  '', '-', '--', '—', '–', '?', 'n/a', 'na', 'n.a', 'n.a.', 'none', 'null', 'nan',
];

// Powers of ten, applied through the exponent so that "4.1G" is exactly 4.1e9.
const MULTIPLIER_EXPONENTS: Readonly<Record<string, number>> = { k: 3, m: 6, g: 9, b: 9, t: 12 };

/*
 * The value must start the text (so "ResNet-50" is not 50). After the number may come an
 * attached multiplier ("12M"), then anything that does not start with a letter: "%", "*",
 * "± 0.1", "/71.4", " (dev)", " ms". A letter glued to the number ("3D", "2x", "12MB") means
 * the text is a label, not a value.
 */
const LEADING_NUMBER =
  /^([+-]?)(\d{1,3}(?:,\d{3})+(?:\.\d+)?|\d+(?:\.\d+)?|\.\d+)(?:e([+-]?\d+))?(?:\s?([kmgbt])(?![a-z]))?(?![a-z0-9])/i;

function normalizeText(text: string): string {
  // U+2212 MINUS SIGN appears in copied tables.
  return text.trim().replace(/^\u2212/, '-');
}

/** True when the raw value is absent or one of the archive's "no value" placeholders. */
export function isMissingMetricValue(raw: unknown): boolean {
  if (raw === null || raw === undefined) return true;
  if (typeof raw !== 'string') return false;
  return MISSING_VALUE_MARKERS.includes(raw.trim().toLowerCase());
}

/** The number a published metric value stands for, or null when it is not a number. */
export function parseMetricValue(raw: unknown): number | null {
  if (typeof raw === 'number') return Number.isFinite(raw) ? raw : null;
  if (typeof raw !== 'string') return null;

  const match = LEADING_NUMBER.exec(normalizeText(raw));
  if (match === null) return null;
  const [, sign = '', digits = '', exponent = '', suffix] = match;
  const shift = suffix === undefined ? 0 : (MULTIPLIER_EXPONENTS[suffix.toLowerCase()] ?? 0);
  const value = Number(`${sign}${digits.replace(/,/g, '')}e${Number(exponent || 0) + shift}`);
  return Number.isFinite(value) ? value : null;
}

function normalizeName(name: string): string {
  return name
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, ' ')
    .trim();
}

const NON_NUMERIC_NAME_SET: ReadonlySet<string> = new Set(NON_NUMERIC_METRIC_NAMES.map(normalizeName));

/** Share of non-missing values that must parse for a column to count as a metric. */
export const NUMERIC_COLUMN_MIN_SHARE = 0.5;

/**
 * Whether a leaderboard column holds measurements (rankable) rather than labels such as
 * "Backbone" or "Ext. data". Missing values are ignored; a column with none left is not numeric.
 */
export function isNumericMetric(rawValues: ReadonlyArray<unknown>, name?: string): boolean {
  if (name !== undefined && NON_NUMERIC_NAME_SET.has(normalizeName(name))) return false;
  const present = rawValues.filter((raw) => !isMissingMetricValue(raw));
  if (present.length === 0) return false;
  const parsed = present.filter((raw) => parseMetricValue(raw) !== null).length;
  return parsed / present.length >= NUMERIC_COLUMN_MIN_SHARE;
}
