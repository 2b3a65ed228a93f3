import { formatDate } from '@pwc/shared';
import { Link } from 'react-router';
import { getFragmentData, graphql, type FragmentType } from '../../graphql';
import { TagList } from '../../ui/TagList';
import { AuthorLinks } from '../author/AuthorLinks';

export const PaperHeader_paper = graphql(`
  fragment PaperHeader_paper on Paper {
    title
    published
    proceeding
    publishedIn {
      id
      slug
    }
    arxivId
    authors {
      id
      ...AuthorLinks_author
    }
    tasks {
      id
      slug
      name
    }
  }
`);

/** Title, authors, date, venue and the paper's tasks. */
export function PaperHeader(props: { paper: FragmentType<typeof PaperHeader_paper> }) {
  const paper = getFragmentData(PaperHeader_paper, props.paper);
  const published = formatDate(paper.published);
  return (
    <header className="page-header">
      <h1>{paper.title}</h1>
      {paper.authors.length > 0 && (
        <p className="authors">
          <AuthorLinks authors={paper.authors} />
        </p>
      )}
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
        {paper.arxivId && <span>arXiv {paper.arxivId}</span>}
      </p>
      <TagList
        label="Tasks"
        tags={paper.tasks.map((task) => ({ key: task.id, label: task.name, to: `/task/${task.slug}` }))}
      />
    </header>
  );
}
