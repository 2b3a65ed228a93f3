import { graphql } from '../../graphql';

/** What a leaderboard row shows: the result, its paper and code, and every value. */
export const LeaderboardRow_result = graphql(`
  fragment LeaderboardRow_result on Result {
    id
    modelName
    evaluatedOn
    usesAdditionalData
    hasCode
    paperTitle
    paperUrl
    paper {
      id
      slug
      title
    }
    codeLinks {
      title
      url
    }
    values {
      raw
      value
      metric {
        id
      }
    }
  }
`);
