import { graphql } from '../../graphql';

/** Boards whose task or dataset name matches, for picking where a result goes. */
export const SubmitBoardSearchQuery = graphql(`
  query SubmitBoardSearch($query: String!) {
    benchmarks(filter: { query: $query }, first: 8) {
      edges {
        node {
          id
          slug
          resultCount
          task {
            id
            name
          }
          dataset {
            id
            name
          }
        }
      }
    }
  }
`);

/** The chosen board: its metrics are the form's value fields. */
export const SubmitBoardQuery = graphql(`
  query SubmitBoard($slug: String!) {
    benchmark(slug: $slug) {
      id
      slug
      task {
        id
        name
      }
      dataset {
        id
        name
      }
      metrics {
        id
        name
        direction
      }
    }
  }
`);

export const AddResultMutation = graphql(`
  mutation AddResult($benchmark: String!, $result: ResultFieldsInput!, $reason: String!) {
    addResult(benchmark: $benchmark, result: $result, reason: $reason) {
      id
      status
      benchmarkSlug
      modelName
    }
  }
`);

/** The signed-in account's changes waiting for review (seen by their author only). */
export const PendingChangesQuery = graphql(`
  query PendingChanges {
    viewer {
      id
      role
      pendingChanges {
        id
        kind
        status
        authorId
        authorName
        benchmarkSlug
        subjectType
        subjectSlug
        subjectName
        modelName
        values {
          metric
          value
        }
        reason
        createdAt
        revisionId
        removalConfirmed
      }
    }
  }
`);

export const ReviewQueueQuery = graphql(`
  query ReviewQueue($after: String) {
    viewer {
      id
      role
    }
    reviewQueue(first: 20, after: $after) {
      totalCount
      endCursor
      items {
        id
        kind
        status
        authorId
        authorName
        benchmarkSlug
        subjectType
        subjectSlug
        subjectName
        modelName
        values {
          metric
          value
        }
        reason
        createdAt
        revisionId
        proposal
        removalConfirmed
      }
    }
  }
`);

export const ApproveRevisionMutation = graphql(`
  mutation ApproveRevision($id: ID!) {
    approveRevision(id: $id) {
      id
      status
    }
  }
`);

export const RejectRevisionMutation = graphql(`
  mutation RejectRevision($id: ID!, $reason: String!) {
    rejectRevision(id: $id, reason: $reason) {
      id
      status
    }
  }
`);

export const ConfirmRemovalMutation = graphql(`
  mutation ConfirmRemoval($id: ID!) {
    confirmRemoval(id: $id) {
      id
      removalConfirmed
    }
  }
`);

export const RevertRevisionMutation = graphql(`
  mutation RevertRevision($id: ID!, $reason: String!) {
    revertRevision(id: $id, reason: $reason) {
      revisionId
      restoredRows
    }
  }
`);

export const RevertUserMutation = graphql(`
  mutation RevertUser($userId: ID!, $reason: String!) {
    revertUser(userId: $userId, reason: $reason) {
      revisionId
      revertedRevisions
      restoredRows
      rejectedPending
    }
  }
`);
