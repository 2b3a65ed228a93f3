import type { GraphModule } from '../graph-module';
import { ContentContributionResolver } from './content.resolver';
import { ContributionResolver, ViewerContributionsResolver } from './contribution.resolver';

/**
 * Contributions (issue 12): adding, editing and removing leaderboard rows, descriptions, papers
 * and code links through the revision writer, the moderation queue, and one-click reverts. Tables: the Contributions migration.
 */
export const contributionModule = {
  resolvers: [ContributionResolver, ViewerContributionsResolver, ContentContributionResolver],
  entities: [],
} satisfies GraphModule;
