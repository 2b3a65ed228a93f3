/** The typeahead's operation, as the web header sends it. */
export const SUGGEST_OPERATION = /* GraphQL */ `
  query BenchSuggest($query: String!, $perType: Int) {
    suggest(query: $query, perType: $perType) {
      type
      hits {
        type
        match
        highlight {
          text
          ranges {
            start
            length
          }
        }
        node {
          __typename
          ... on Paper {
            slug
          }
          ... on Task {
            slug
          }
          ... on Dataset {
            slug
          }
          ... on Method {
            slug
          }
          ... on Benchmark {
            slug
          }
          ... on Author {
            id
          }
        }
      }
    }
  }
`;

/** A page of full search, as the search page asks for it. */
export const SEARCH_OPERATION = /* GraphQL */ `
  query BenchSearch($query: String!, $first: Int) {
    search(query: $query, first: $first) {
      totalCount
      didYouMean
      typeCounts {
        type
        count
      }
      pageInfo {
        hasNextPage
        endCursor
      }
      edges {
        cursor
        type
        match
        score
        highlight {
          text
          ranges {
            start
            length
          }
        }
        node {
          __typename
          ... on Paper {
            slug
            published
          }
          ... on Task {
            slug
          }
          ... on Dataset {
            slug
          }
          ... on Method {
            slug
          }
          ... on Benchmark {
            slug
          }
          ... on Author {
            id
          }
        }
      }
    }
  }
`;

/** The facets of the papers matching a query, as the search page's Papers tab asks for them. */
export const FACETS_OPERATION = /* GraphQL */ `
  query BenchFacets($filter: PaperFilter!) {
    paperFacets(filter: $filter) {
      exact
      counted
      years {
        value
        label
        count
      }
      hasCode {
        value
        label
        count
      }
      tasks {
        value
        label
        count
      }
      datasets {
        value
        label
        count
      }
      methods {
        value
        label
        count
      }
      frameworks {
        value
        label
        count
      }
      venues {
        value
        label
        count
      }
    }
  }
`;
