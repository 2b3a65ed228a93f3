/** Page size of the review queue. */
export const REVIEW_PAGE = { default: 20, max: 50 };
/** How many of an account's contributions Viewer lists. */
export const PENDING_LISTED = 50;
