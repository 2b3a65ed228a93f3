import { parse } from 'graphql';
import { createCache } from './cache';

const TASK_PAPERS = parse(`
  query ($after: String) {
    task(slug: "question-answering") {
      id
      papers(first: 2, after: $after) {
        totalCount
        pageInfo { hasNextPage endCursor }
        edges { cursor node { id title } }
      }
    }
  }
`);

function page(ids: string[], hasNextPage: boolean) {
  return {
    task: {
      __typename: 'Task',
      id: 'T1',
      papers: {
        __typename: 'PaperConnection',
        totalCount: 4,
        pageInfo: { __typename: 'PageInfo', hasNextPage, endCursor: ids[ids.length - 1] },
        edges: ids.map((id) => ({
          __typename: 'PaperEdge',
          cursor: id,
          node: { __typename: 'Paper', id, title: `Paper ${id}` },
        })),
      },
    },
  };
}

describe('cache', () => {
  it('appends the next page of a connection ("Load more") instead of replacing the list', () => {
    const cache = createCache();
    cache.writeQuery({ query: TASK_PAPERS, variables: {}, data: page(['P1', 'P2'], true) });
    cache.writeQuery({ query: TASK_PAPERS, variables: { after: 'P2' }, data: page(['P3', 'P4'], false) });
    const merged = cache.readQuery<ReturnType<typeof page>>({ query: TASK_PAPERS, variables: {} });
    expect(merged?.task.papers.edges.map((edge) => edge.node.id)).toEqual(['P1', 'P2', 'P3', 'P4']);
    expect(merged?.task.papers.pageInfo.hasNextPage).toBe(false);
    expect(merged?.task.papers.totalCount).toBe(4);
  });

  it('identifies objects by their global id alone', () => {
    const cache = createCache();
    cache.writeQuery({ query: TASK_PAPERS, variables: {}, data: page(['P1', 'P2'], true) });
    expect(cache.extract()['P1']).toMatchObject({ __typename: 'Paper', title: 'Paper P1' });
  });
});
