/**
 * The full-text document of a paper (title weighted above abstract), stored in
 * paper.search_vector by a trigger and GIN-indexed (see the migrations).
 */
export function paperSearchVector(alias: string): string {
  return `${alias}.search_vector`;
}
