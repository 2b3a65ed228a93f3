/**
 * The full-text document of a paper: title weighted above abstract. The migration indexes this
 * exact expression (GIN), so queries must use it verbatim for the index to apply.
 */
export const PAPER_SEARCH_VECTOR =
  "setweight(to_tsvector('english', coalesce(title, '')), 'A') || setweight(to_tsvector('english', coalesce(abstract, '')), 'B')";
