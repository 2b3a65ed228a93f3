/**
 * The shape of a published metric value: its text with every run of digits written "9", lower
 * case ("85.1%" → "9.9%", "**70.3**" → "**9.9**"), or the JSON type of a non-string. Values of
 * one shape parse alike, so a table of shapes covers a file's values (see the shapes test and
 * `scripts/value-shapes.mjs`).
 */
export function metricValueShape(raw: unknown): string {
  if (typeof raw === 'number') return Number.isInteger(raw) ? 'JSON integer' : 'JSON number';
  if (typeof raw !== 'string') return raw === null ? 'JSON null' : `JSON ${typeof raw}`;
  return raw.replace(/\d+/g, '9').toLowerCase();
}
