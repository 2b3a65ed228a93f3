import { getFragmentData, graphql, type FragmentType } from '../../graphql';
import { paperResultLines } from '../paper/paper-results';
import { ResultsTable } from '../paper/ResultsTable';

export const ReportedResults_result = graphql(`
  fragment ReportedResults_result on Result {
    id
    modelName
    paper {
      id
      slug
      title
    }
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
`);

/** Leaderboard results of several papers (an author's, a venue's), each line naming its paper. */
export function ReportedResults(props: {
  results: readonly FragmentType<typeof ReportedResults_result>[];
  empty: string;
}) {
  const results = props.results.map((result) => getFragmentData(ReportedResults_result, result));
  const lines = results.flatMap((result) =>
    paperResultLines(result.paper?.slug ?? '', [result]).map((line) => ({
      ...line,
      paper: result.paper ? { slug: result.paper.slug, title: result.paper.title } : undefined,
      leaderboardPath: result.paper ? line.leaderboardPath : `/sota/${result.benchmark.slug}`,
    })),
  );
  return <ResultsTable lines={lines} empty={props.empty} />;
}
