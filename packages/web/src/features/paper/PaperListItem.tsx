import { formatDate } from '@pwc/shared';
import { Link } from 'react-router';
import { getFragmentData, graphql, type FragmentType } from '../../graphql';
import { AuthorLinks } from '../author/AuthorLinks';

export const PaperListItem_paper = graphql(`
  fragment PaperListItem_paper on Paper {
    id
    slug
    title
    published
    proceeding
    publishedIn {
      id
      slug
    }
    hasCode
    authors {
      id
      ...AuthorLinks_author
    }
  }
`);

/** A paper in a list: title, date, venue, authors, and whether it has code. */
export function PaperListItem(props: { paper: FragmentType<typeof PaperListItem_paper> }) {
  const paper = getFragmentData(PaperListItem_paper, props.paper);
  const published = formatDate(paper.published);
  return (
    <article className="paper-item">
      <h3>
        <Link to={`/paper/${paper.slug}`}>{paper.title}</Link>
      </h3>
      <p className="meta">
        {published && <time dateTime={published}>{published}</time>}
        {paper.proceeding && (
          <span className="venue">
            {paper.publishedIn ? (
              <Link to={`/conference/${paper.publishedIn.slug}`}>{paper.proceeding}</Link>
            ) : (
              paper.proceeding
            )}
          </span>
        )}
        {paper.hasCode && <span className="badge badge--code">code</span>}
      </p>
      {paper.authors.length > 0 && (
        <p className="authors authors--small">
          <AuthorLinks authors={paper.authors} max={4} />
        </p>
      )}
    </article>
  );
}
