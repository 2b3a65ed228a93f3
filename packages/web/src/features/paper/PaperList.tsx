import { getFragmentData, graphql, type FragmentType } from '../../graphql';
import { ConnectionLoadMore, type NextPageLoader } from '../../ui/LoadMore';
import { PaperListItem } from './PaperListItem';

export const PaperList_connection = graphql(`
  fragment PaperList_connection on PaperConnection {
    totalCount
    pageInfo {
      hasNextPage
      endCursor
    }
    edges {
      cursor
      node {
        id
        ...PaperListItem_paper
      }
    }
  }
`);

export interface PaperListProps {
  connection: FragmentType<typeof PaperList_connection>;
  loadMore: NextPageLoader;
  empty?: string;
}

/** A page of papers with a "Load more" button for the next page. */
export function PaperList({ connection, loadMore, empty = 'No papers yet.' }: PaperListProps) {
  const papers = getFragmentData(PaperList_connection, connection);
  if (papers.edges.length === 0) return <p className="muted">{empty}</p>;
  return (
    <>
      <ol className="paper-list">
        {papers.edges.map(({ node }) => (
          <li key={node.id}>
            <PaperListItem paper={node} />
          </li>
        ))}
      </ol>
      <ConnectionLoadMore noun="papers" connection={papers} more={loadMore} />
    </>
  );
}

/** The cursor of the last loaded paper, for fetching the next page (null before any are loaded). */
export function paperListEndCursor(connection: FragmentType<typeof PaperList_connection> | undefined): string | null {
  return connection ? getFragmentData(PaperList_connection, connection).pageInfo.endCursor : null;
}
