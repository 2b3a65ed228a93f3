/** "12,345" */
export function formatCount(value: number): string {
  return value.toLocaleString('en-US');
}

/** "1 paper", "3 papers" */
export function plural(count: number, one: string, many = `${one}s`): string {
  return `${formatCount(count)} ${count === 1 ? one : many}`;
}

/** "Devlin, Chang, Lee et al." style author lines for lists. */
export function shortAuthorList(names: readonly string[], max = 4): string {
  if (names.length <= max) return names.join(', ');
  return `${names.slice(0, max).join(', ')} et al.`;
}
