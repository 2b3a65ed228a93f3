import { graphql } from '../../graphql';

export const AccountPageQuery = graphql(`
  query AccountPage {
    viewer {
      id
      name
      email
      role
      joinedAt
      tokens {
        id
        name
        prefix
        createdAt
        lastUsedAt
      }
      sessions {
        id
        current
        createdAt
        lastSeenAt
        userAgent
      }
      contributions {
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

export const ChangePasswordMutation = graphql(`
  mutation ChangePassword($currentPassword: String!, $newPassword: String!) {
    changePassword(currentPassword: $currentPassword, newPassword: $newPassword)
  }
`);

export const CreateApiTokenMutation = graphql(`
  mutation CreateApiToken($name: String!) {
    createApiToken(name: $name) {
      token
      apiToken {
        id
        name
      }
    }
  }
`);

export const RevokeApiTokenMutation = graphql(`
  mutation RevokeApiToken($id: ID!) {
    revokeApiToken(id: $id)
  }
`);

export const RevokeSessionMutation = graphql(`
  mutation RevokeSession($id: ID!) {
    revokeSession(id: $id)
  }
`);
