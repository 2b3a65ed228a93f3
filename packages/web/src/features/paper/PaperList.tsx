import { getFragmentData, graphql, type FragmentType } from '../../graphql';
import { LoadMore } from '../../ui/LoadMore';
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
  loadMore: { load: () => void; loading: boolean; error: unknown };
  empty?: string;
}

/** A page of papers with a "Load more" button for the next page. */
export function PaperList({ connection, loadMore, empty = 'No papers yet.' }: PaperListProps) {
  const { edges, totalCount, pageInfo } = getFragmentData(PaperList_connection, connection);
  if (edges.length === 0) return <p className="muted">{empty}</p>;
  return (
    <>
      <ol className="paper-list">
        {edges.map(({ node }) => (
          <li key={node.id}>
            <PaperListItem paper={node} />
          </li>
        ))}
      </ol>
      <LoadMore
        noun="papers"
        shown={edges.length}
        total={totalCount}
        hasMore={pageInfo.hasNextPage}
        loading={loadMore.loading}
        failed={Boolean(loadMore.error)}
        onLoadMore={loadMore.load}
      />
    </>
  );
}

/** The cursor of the last loaded paper, for fetching the next page. */
export function paperListEndCursor(connection: FragmentType<typeof PaperList_connection>): string | null {
  return getFragmentData(PaperList_connection, connection).pageInfo.endCursor;
}
