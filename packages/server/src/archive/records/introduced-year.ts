/** The year a method was introduced; the archive writes 2000 when it is unknown. */
export function introducedYear(value: unknown): number | null {
  const year = typeof value === 'string' ? Number(value) : value;
  if (typeof year !== 'number' || !Number.isInteger(year)) return null;
  if (year === 2000 || year < 1900 || year > 2100) return null;
  return year;
}
