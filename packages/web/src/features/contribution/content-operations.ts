import { graphql } from '../../graphql';

/** A description as it stands, with the version an edit is based on (asked fresh when editing). */
export const EditableDescriptionQuery = graphql(`
  query EditableDescription($type: DescribedType!, $slug: String!) {
    editableDescription(type: $type, slug: $slug) {
      type
      slug
      name
      description
      version
    }
  }
`);

export const EditDescriptionMutation = graphql(`
  mutation EditDescription(
    $type: DescribedType!
    $slug: String!
    $baseVersion: String!
    $description: String!
    $reason: String!
  ) {
    editDescription(type: $type, slug: $slug, baseVersion: $baseVersion, description: $description, reason: $reason) {
      id
      status
      subjectSlug
    }
  }
`);

export const AddPaperMutation = graphql(`
  mutation AddPaper($paper: PaperInput!, $reason: String!) {
    addPaper(paper: $paper, reason: $reason) {
      id
      status
      subjectSlug
      subjectName
    }
  }
`);

export const LinkCodeMutation = graphql(`
  mutation LinkCode($paper: String!, $repository: CodeLinkInput!, $reason: String!) {
    linkCode(paper: $paper, repository: $repository, reason: $reason) {
      id
      status
    }
  }
`);

export const UnlinkCodeMutation = graphql(`
  mutation UnlinkCode($paper: String!, $url: String!, $reason: String!) {
    unlinkCode(paper: $paper, url: $url, reason: $reason) {
      id
      status
    }
  }
`);
