import { print, type DocumentNode } from 'graphql';
import { getFragmentData, graphql, type FragmentType } from '../../graphql';
import { CopyBox, SharePanel } from './SharePanel';
import { badgeMarkdown, curlLine, playgroundUrl } from './share-snippets';

export const PaperShare_paper = graphql(`
  fragment PaperShare_paper on Paper {
    slug
    results {
      id
      benchmark {
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
      }
    }
  }
`);

/** A paper's citation, its README badges (one per leaderboard it is on) and the page's query. */
export function PaperShare(props: {
  paper: FragmentType<typeof PaperShare_paper>;
  origin: string;
  query: DocumentNode;
  variables: Record<string, unknown>;
}) {
  const { slug, results } = getFragmentData(PaperShare_paper, props.paper);
  const boards = [...new Map(results.map(({ benchmark }) => [benchmark.slug, benchmark])).values()];
  const request = { query: print(props.query), variables: props.variables };
  return (
    <SharePanel>
      <p>
        Cite: <a href={`${props.origin}/paper/${encodeURIComponent(slug)}.bib`}>BibTeX</a>
      </p>
      {boards.map((board) => (
        <CopyBox
          key={board.slug}
          label={`README badge: ${board.task.name} on ${board.dataset.name}`}
          text={badgeMarkdown(props.origin, board.slug, slug)}
        />
      ))}
      <CopyBox label="The GraphQL query of this page" text={request.query} />
      <CopyBox label="curl" text={curlLine(props.origin, request)} />
      <p>
        <a href={playgroundUrl(props.origin, request)}>Open in playground</a>
      </p>
    </SharePanel>
  );
}
