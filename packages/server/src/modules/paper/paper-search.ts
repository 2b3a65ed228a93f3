/**
 * The full-text document of a paper: title weighted above abstract. The migration indexes this
 * expression (GIN); queries must build it the same way for the index to apply.
 */
export function paperSearchVector(alias: string): string {
  return `setweight(to_tsvector('english', coalesce(${alias}.title, '')), 'A') || setweight(to_tsvector('english', coalesce(${alias}.abstract, '')), 'B')`;
}
