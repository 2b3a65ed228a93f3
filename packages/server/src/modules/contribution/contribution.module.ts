import type { GraphModule } from '../graph-module';
import { ContributionResolver, ViewerContributionsResolver } from './contribution.resolver';

/**
 * Contributions (issue 12): adding, editing and removing leaderboard rows through the revision
 * writer, the moderation queue, and one-click reverts. Tables: the Contributions migration.
 */
export const contributionModule = {
  resolvers: [ContributionResolver, ViewerContributionsResolver],
  entities: [],
} satisfies GraphModule;
