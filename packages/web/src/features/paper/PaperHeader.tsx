import { formatDate } from '@pwc/shared';
import { getFragmentData, graphql, type FragmentType } from '../../graphql';
import { TagList } from '../../ui/TagList';

export const PaperHeader_paper = graphql(`
  fragment PaperHeader_paper on Paper {
    title
    published
    proceeding
    arxivId
    authors {
      id
      name
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
      {paper.authors.length > 0 && <p className="authors">{paper.authors.map((author) => author.name).join(', ')}</p>}
      <p className="meta">
        {published && <time dateTime={published}>{published}</time>}
        {paper.proceeding && <span className="venue">{paper.proceeding}</span>}
        {paper.arxivId && <span>arXiv {paper.arxivId}</span>}
      </p>
      <TagList
        label="Tasks"
        tags={paper.tasks.map((task) => ({ key: task.id, label: task.name, to: `/task/${task.slug}` }))}
      />
    </header>
  );
}
