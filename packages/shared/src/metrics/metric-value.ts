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
 * How a published value is read (the README's "How values and directions are read" lists the
 * shapes; `metric-value.shapes.test.ts` checks every shape of the real files we have):
 * 1. Decoration before the number is dropped: spaces, markdown emphasis ("**70.3**", "_70.3_"),
 *    an opening bracket ("(32.76 32.07)", "[85.1]"), "~" or "≈", a LaTeX "$".
 * 2. The value is the first number: sign, digits (with "," thousands groups), decimals, exponent.
 *    So a list of numbers stands for its first one: "60.2/71.4", "(32.76 32.07 26.26 22.74)",
 *    "85.1, 84.0" and "0.8428 ± 0.0014" are 60.2, 32.76, 85.1 and 0.8428. The archive's columns
 *    name the first number (a list is the metric then its breakdown); the rest stays in the raw text.
 * 3. Then an optional multiplier glued or spaced ("12M", "3.2 k", "1.5B"), a byte size counting
 *    as its multiplier ("12MB" is 12e6), or a unit that is dropped without conversion
 *    ("12.3ms", "85.1%", "1.08bpc"): percentages stay on the published scale.
 * 4. Anything after that must not start with a letter or digit: footnote marks ("91.2*",
 *    "91.2†", "91.2¹"), closing emphasis or brackets, " (dev)", "± 0.1", "/71.4".
 * A letter glued to the number that is no known unit ("3D", "ResNet-50", "2nd") means a label,
 * not a value. Inequalities ("<0.1", ">90") are bounds, not values: not parsed.
 */
const LEADING_DECORATION = /^(?:\s|\*|_|\(|\[|~|≈|\$)+/;

// Units glued to a number ("12.3ms", "4GB"): dropped without conversion, except that a byte size
// scales by its prefix like a bare multiplier. Other glued letters mean a label.
const UNITS = ['ms', 's', 'sec', 'h', 'min', 'fps', 'bpc', 'bpd', 'db', 'kb', 'mb', 'gb', 'tb'];

const LEADING_NUMBER = new RegExp(
  String.raw`^([+-]?)(\d{1,3}(?:,\d{3})+(?:\.\d+)?|\d+(?:\.\d+)?|\.\d+)(?:e([+-]?\d+))?` +
    String.raw`(?:\s?([kmgbt])(?![a-z])|\s?(${UNITS.join('|')})(?![a-z]))?(?![a-z0-9])`,
  'i',
);

function normalizeText(text: string): string {
  // U+2212 MINUS SIGN appears in copied tables.
  return text.replace(LEADING_DECORATION, '').replace(/^\u2212/, '-');
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
  const [, sign = '', digits = '', exponent = '', multiplier, unit] = match;
  const prefix = multiplier ?? (unit !== undefined && /^[kmgt]b$/i.test(unit) ? unit[0] : undefined);
  const shift = prefix === undefined ? 0 : (MULTIPLIER_EXPONENTS[prefix.toLowerCase()] ?? 0);
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

/** True when a value was published (not a placeholder) but holds no number: shown raw, never ranked. */
export function isUnparsedMetricValue(raw: unknown): boolean {
  return !isMissingMetricValue(raw) && parseMetricValue(raw) === null;
}

/** Whether a column name is one of the label columns ("Backbone", "Ext. data", ...). */
export function isLabelColumnName(name: string): boolean {
  return NON_NUMERIC_NAME_SET.has(normalizeName(name));
}

/**
 * Whether a leaderboard column holds measurements (rankable) rather than labels such as
 * "Backbone" or "Ext. data": a column is numeric when any of its values parses, whatever the
 * others hold (those are shown raw and unranked), unless its name is a label column's. A column
 * with no number at all, only placeholders or no values, is not numeric, so it never becomes a
 * board's default ranking metric.
 */
export function isNumericMetric(rawValues: ReadonlyArray<unknown>, name?: string): boolean {
  if (name !== undefined && isLabelColumnName(name)) return false;
  return rawValues.some((raw) => parseMetricValue(raw) !== null);
}
