import { graphql } from '../../graphql';

/**
 * A row as it stands, with the version an edit or removal is based on. Without its id: that is
 * the Result's, and the cache would merge this (other) shape of the row into the board's.
 */
export const EditableRowQuery = graphql(`
  query EditableRow($id: ID!) {
    editableResult(id: $id) {
      benchmarkSlug
      modelName
      paperTitle
      paperUrl
      evaluatedOn
      usesAdditionalData
      values {
        metric
        value
      }
      version
    }
  }
`);

export const UpdateResultMutation = graphql(`
  mutation UpdateResult($id: ID!, $baseVersion: String!, $result: ResultFieldsInput!, $reason: String!) {
    updateResult(id: $id, baseVersion: $baseVersion, result: $result, reason: $reason) {
      id
      status
      modelName
    }
  }
`);

export const RemoveResultMutation = graphql(`
  mutation RemoveResult($id: ID!, $baseVersion: String!, $reason: String!) {
    removeResult(id: $id, baseVersion: $baseVersion, reason: $reason) {
      id
      status
      modelName
    }
  }
`);

export const CreateBenchmarkMutation = graphql(`
  mutation CreateBenchmark($task: String!, $dataset: String!, $metrics: [MetricInput!]!, $reason: String!) {
    createBenchmark(task: $task, dataset: $dataset, metrics: $metrics, reason: $reason) {
      id
      status
      benchmarkSlug
    }
  }
`);

export const AddMetricMutation = graphql(`
  mutation AddMetric($benchmark: String!, $metric: MetricInput!, $reason: String!) {
    addMetric(benchmark: $benchmark, metric: $metric, reason: $reason) {
      id
      status
      modelName
    }
  }
`);

/** Typeahead of one type (TASK or DATASET), from the search's suggestions. */
export const SubjectSuggestQuery = graphql(`
  query SubjectSuggest($query: String!, $types: [SearchType!]) {
    suggest(query: $query, perType: 6, types: $types) {
      type
      hits {
        node {
          __typename
          ... on Task {
            id
            slug
            name
          }
          ... on Dataset {
            id
            slug
            name
          }
        }
      }
    }
  }
`);

/** The reader's pending edits and removals of rows, to mark those rows on the board (for them only). */
export const PendingRowsQuery = graphql(`
  query PendingRows {
    viewer {
      id
      pendingChanges {
        id
        kind
        benchmarkSlug
        resultId
      }
    }
  }
`);
