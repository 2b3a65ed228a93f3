import { Fragment } from 'react';
import { Link } from 'react-router';
import { getFragmentData, graphql, type FragmentType } from '../../graphql';

export const AuthorLinks_author = graphql(`
  fragment AuthorLinks_author on Author {
    id
    slug
    name
  }
`);

/** A byline, each name linked to its author page; with `max`, the first names and "et al.". */
export function AuthorLinks(props: { authors: readonly FragmentType<typeof AuthorLinks_author>[]; max?: number }) {
  const authors = props.authors.map((author) => getFragmentData(AuthorLinks_author, author));
  const shown = props.max !== undefined && authors.length > props.max ? authors.slice(0, props.max) : authors;
  return (
    <>
      {shown.map((author, i) => (
        <Fragment key={`${author.id}-${i}`}>
          {i > 0 && ', '}
          <Link to={`/author/${author.slug}`}>{author.name}</Link>
        </Fragment>
      ))}
      {shown.length < authors.length && ' et al.'}
    </>
  );
}
