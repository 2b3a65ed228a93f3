import { DEFAULT_PAGE_SIZE, MAX_PAGE_SIZE } from '../pagination.args';
import { DEFAULT_ROWS, MAX_ROWS } from '../../modules/benchmark/benchmark.inputs';
import { MAX_RELATED_PAPERS } from '../../modules/paper/paper.args';
import { MAX_SEARCH_PAGE } from '../../modules/search/search-query';
import { AUTHOR_LIST_LIMITS } from '../../modules/author/author.args';
import { VENUE_LIST_LIMITS } from '../../modules/venue/venue.args';
import { CHANGE_PAGE, REVISION_PAGE } from '../../modules/revision/revision.args';
import { PENDING_LISTED, REVIEW_PAGE } from '../../modules/contribution/contribution.args';

/**
 * The cost rules, in one place so the README can state them and a test can check that every
 * list field of the schema is covered. See `query-cost.ts` for how they combine.
 */

/** The most an operation may cost; the web app's largest page query costs well under it. */
export const DEFAULT_COST_BUDGET = 25_000;

/** Every field that resolves to an object or a list costs this much, before its children. */
export const OBJECT_FIELD_COST = 1;

/** Page size limits of paged fields (those with a `first` argument), keyed by `Type.field`. */
export const PAGE_SIZES: Record<string, { default: number; max: number }> = {
  'Benchmark.rows': { default: DEFAULT_ROWS, max: MAX_ROWS },
  'Paper.relatedPapers': { default: MAX_RELATED_PAPERS, max: MAX_RELATED_PAPERS },
  'Query.search': { default: 20, max: MAX_SEARCH_PAGE },
  'Author.coAuthors': AUTHOR_LIST_LIMITS.coAuthors,
  'Author.tasks': AUTHOR_LIST_LIMITS.tasks,
  'Author.results': AUTHOR_LIST_LIMITS.results,
  'Author.repositories': AUTHOR_LIST_LIMITS.repositories,
  'Venue.proceedings': VENUE_LIST_LIMITS.proceedings,
  'Venue.results': VENUE_LIST_LIMITS.results,
  'Proceeding.results': VENUE_LIST_LIMITS.results,
  'Query.revisions': REVISION_PAGE,
  'Benchmark.history': REVISION_PAGE,
  'Revision.changes': CHANGE_PAGE,
  'Query.reviewQueue': REVIEW_PAGE,
};
export const STANDARD_PAGE_SIZE = { default: DEFAULT_PAGE_SIZE, max: MAX_PAGE_SIZE };

/**
 * Assumed sizes of lists that are not paged: about the largest the archive holds, so a query
 * over them is priced for the worst real case. Keyed by `Type.field`; lists of scalars are free.
 */
export const LIST_SIZES: Record<string, number> = {
  'Area.methodCollections': 20,
  'Benchmark.metrics': 10,
  'Benchmark.sotaHistory': 50,
  // A contribution's values: at most a board's metrics.
  'Contribution.values': 10,
  // The page itself: reviewQueue already multiplied by its page size.
  'ContributionPage.items': 1,
  'EditableResult.values': 10,
  'Dataset.benchmarks': 50,
  'Dataset.subdatasets': 20,
  'Dataset.tasks': 20,
  'Method.collections': 5,
  'MethodCollection.methods': 100,
  'MethodCollection.subcollections': 20,
  'Paper.authors': 20,
  'Paper.methods': 20,
  'Paper.repositories': 20,
  'Paper.results': 50,
  'Paper.tasks': 20,
  'Repository.papers': 10,
  'Result.codeLinks': 5,
  'Result.modelLinks': 5,
  'Result.values': 10,
  'Highlight.ranges': 10,
  'PaperFacets.datasets': 20,
  'PaperFacets.frameworks': 20,
  'PaperFacets.hasCode': 2,
  'PaperFacets.methods': 20,
  'PaperFacets.tasks': 20,
  'PaperFacets.venues': 20,
  'PaperFacets.years': 50,
  'Query.suggest': 6,
  'RevisionChange.fields': 20,
  'SearchConnection.typeCounts': 6,
  'SuggestGroup.hits': 10,
  'Task.areas': 5,
  'Task.benchmarks': 50,
  'Task.datasets': 50,
  'Task.parents': 5,
  'Task.subtasks': 50,
  'Viewer.sessions': 50, // MAX_SESSIONS_LISTED
  'Viewer.tokens': 50, // MAX_TOKENS_PER_USER
  'Viewer.pendingChanges': PENDING_LISTED,
  'Viewer.contributions': PENDING_LISTED,
};

/** The assumed size of a list field that is neither paged nor in LIST_SIZES. */
export const UNLISTED_LIST_SIZE = 50;

/** Introspection objects come from memory: a hundredth of a database-backed object. */
export const INTROSPECTION_OBJECT_COST = 0.01;

/** Edges are the page itself: the connection field already multiplied by its page size. */
export const CONNECTION_EDGES_SIZE = 1;

/**
 * Scalars read from the row are free; these are looked up or computed per object, so they
 * cost like an object field (counts) or more (aggregates over whole tables or boards).
 */
export function scalarFieldCost(fieldName: string): number {
  if (fieldName.endsWith('Count') || fieldName === 'hasCode') return OBJECT_FIELD_COST;
  return 0;
}

/**
 * Extra cost of an argument, when given: a board as of a date is ranked from every state its
 * rows have had (result_state) instead of from the rows.
 */
export const ARGUMENT_COSTS: Record<string, number> = {
  'Query.benchmark.asOf': 20,
};

/** Extra cost of object fields that do more than a keyed lookup. */
export const EXPENSIVE_FIELDS: Record<string, number> = {
  'Query.stats': 20,
  'Benchmark.best': 5,
  'Benchmark.sotaHistory': 10,
  'Paper.relatedPapers': 10,
  // Every row of the board, written as a file.
  'Benchmark.export': 100,
  'Paper.bibtex': 2,
  // One ranking statement over bounded candidates (README, Search).
  'Query.search': 10,
  'Query.suggest': 5,
  // Up to 1,000 matching papers counted seven ways.
  'Query.paperFacets': 50,
  // Ranked aggregates over every paper of the author, venue or proceeding.
  'Author.coAuthors': 5,
  'Author.tasks': 5,
  'Author.results': 5,
  'Author.repositories': 5,
  'Venue.results': 10,
  'Proceeding.results': 5,
  // A password hashed or verified (argon2id: about 20–40 ms of CPU and 19 MiB each).
  'Mutation.signUp': 20,
  'Mutation.signIn': 20,
  'Mutation.changePassword': 40,
  'Mutation.resetPassword': 40,
  // One statement, the mail sent after the reply.
  'Mutation.requestPasswordReset': 5,
  // Revisions: a list of a subject's revisions is found from its changes.
  'Query.revisions': 5,
  'Benchmark.history': 5,
  // Contributions (issue 12): a checked write in a transaction that records a revision; reverts
  // read every state of the rows they restore (revertUser: of every revision of an account).
  'Mutation.addResult': 10,
  'Mutation.updateResult': 10,
  'Mutation.removeResult': 10,
  'Mutation.createBenchmark': 10,
  'Mutation.addMetric': 10,
  'Mutation.editDescription': 10,
  'Mutation.addPaper': 10,
  'Mutation.linkCode': 10,
  'Mutation.unlinkCode': 10,
  'Mutation.approveRevision': 10,
  'Mutation.rejectRevision': 5,
  'Mutation.confirmRemoval': 5,
  'Mutation.revertRevision': 50,
  'Mutation.revertUser': 200,
  'Query.reviewQueue': 5,
};
