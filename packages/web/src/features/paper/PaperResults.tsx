import { getFragmentData, graphql, type FragmentType } from '../../graphql';
import { paperResultLines } from './paper-results';
import { ResultsTable } from './ResultsTable';

export const PaperResults_paper = graphql(`
  fragment PaperResults_paper on Paper {
    slug
    results {
      id
      modelName
      benchmark {
        id
        slug
        task {
          id
          slug
          name
        }
        dataset {
          id
          slug
          name
        }
      }
      values {
        raw
        value
        metric {
          id
          name
          isNumeric
          position
        }
      }
    }
  }
`);

/** The paper's leaderboard results, each line linked to its leaderboard. */
export function PaperResults(props: { paper: FragmentType<typeof PaperResults_paper> }) {
  const paper = getFragmentData(PaperResults_paper, props.paper);
  return <ResultsTable lines={paperResultLines(paper.slug, paper.results)} />;
}
