import { InitialSchema1795635644823 } from './1795635644823-initial-schema';
import { StoredPaperSearchVector1795640000000 } from './1795640000000-stored-paper-search-vector';
import { DataVersion1795650000000 } from './1795650000000-data-version';
import { ResultProvenance1795660000000 } from './1795660000000-result-provenance';
import { BulkPaperSearchVector1795670000000 } from './1795670000000-bulk-paper-search-vector';
import { SearchIndexes1795710000001 } from './1795710000001-search-indexes';
import { SearchNearestNames1795710000002 } from './1795710000002-search-nearest-names';
import { SearchAuthorWords1795710000003 } from './1795710000003-search-author-words';
import { AuthorsAndVenues1795720000001 } from './1795720000001-authors-and-venues';
import { PaperVenueOrder1795720000002 } from './1795720000002-paper-venue-order';
import { TrendingAndRelated1795730000001 } from './1795730000001-trending-and-related';
import { Accounts1795740000001 } from './1795740000001-accounts';
import { Revisions1795750000001 } from './1795750000001-revisions';
import { PaperLinkDates1795760000001 } from './1795760000001-paper-link-dates';
import { Contributions1795770000001 } from './1795770000001-contributions';
import { ContributionBoards1795770000002 } from './1795770000002-contribution-boards';
import { ResearchAreaTaxonomy1795800000001 } from './1795800000001-research-area-taxonomy';
import { ContentContributions1795810000001 } from './1795810000001-content-contributions';
import { PasswordResets1795820000001 } from './1795820000001-password-resets';
import { TrendingScoreTable1795830000001 } from './1795830000001-trending-score-table';
import { TransitionTableJoins1795840000001 } from './1795840000001-transition-table-joins';
import { DeferredResultStates1795850000001 } from './1795850000001-deferred-result-states';
import { UncompressedSearchVectors1795850000002 } from './1795850000002-uncompressed-search-vectors';

/** Every migration, in order. New ones are appended here. */
export const migrations = [
  InitialSchema1795635644823,
  StoredPaperSearchVector1795640000000,
  DataVersion1795650000000,
  ResultProvenance1795660000000,
  BulkPaperSearchVector1795670000000,
  SearchIndexes1795710000001,
  SearchNearestNames1795710000002,
  SearchAuthorWords1795710000003,
  AuthorsAndVenues1795720000001,
  PaperVenueOrder1795720000002,
  TrendingAndRelated1795730000001,
  Accounts1795740000001,
  Revisions1795750000001,
  PaperLinkDates1795760000001,
  Contributions1795770000001,
  ContributionBoards1795770000002,
  ResearchAreaTaxonomy1795800000001,
  ContentContributions1795810000001,
  PasswordResets1795820000001,
  TrendingScoreTable1795830000001,
  TransitionTableJoins1795840000001,
  DeferredResultStates1795850000001,
  UncompressedSearchVectors1795850000002,
];
