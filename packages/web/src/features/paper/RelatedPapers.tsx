import { getFragmentData, graphql, type FragmentType } from '../../graphql';
import { PaperListItem } from './PaperListItem';

export const RelatedPapers_paper = graphql(`
  fragment RelatedPapers_paper on Paper {
    relatedPapers(first: 8) {
      id
      ...PaperListItem_paper
    }
  }
`);

/** Papers sharing the most tasks with this one. */
export function RelatedPapers(props: { paper: FragmentType<typeof RelatedPapers_paper> }) {
  const { relatedPapers } = getFragmentData(RelatedPapers_paper, props.paper);
  if (relatedPapers.length === 0) return <p className="muted">No related papers found.</p>;
  return (
    <ol className="paper-list">
      {relatedPapers.map((paper) => (
        <li key={paper.id}>
          <PaperListItem paper={paper} />
        </li>
      ))}
    </ol>
  );
}
