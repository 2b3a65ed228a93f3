import { useQuery } from '@apollo/client/react';
import { Link, useSearchParams } from 'react-router';
import { useLoadMore } from '../app/use-load-more';
import { BenchmarkTable } from '../features/benchmark/BenchmarkTable';
import { DatasetCard } from '../features/dataset/DatasetCard';
import { MethodCard } from '../features/method/MethodCard';
import { PaperList, paperListEndCursor } from '../features/paper/PaperList';
import { graphql } from '../graphql';
import { CardGrid } from '../ui/CardGrid';
import { plural } from '../ui/format';
import { PageLoading } from '../ui/Loading';
import { PageHeader } from '../ui/PageHeader';
import { usePageMeta } from '../ui/page-meta';
import { Section } from '../ui/Section';
import { TagList } from '../ui/TagList';

const SearchPageQuery = graphql(`
  query SearchPage($query: String!) {
    tasks(first: 12, filter: { query: $query }) {
      totalCount
      edges {
        node {
          id
          slug
          name
          benchmarkCount
        }
      }
    }
    benchmarks(first: 8, filter: { query: $query }) {
      totalCount
      edges {
        node {
          id
          ...BenchmarkTable_benchmark
        }
      }
    }
    datasets(first: 8, filter: { query: $query }) {
      totalCount
      edges {
        node {
          id
          ...DatasetCard_dataset
        }
      }
    }
    methods(first: 8, filter: { query: $query }) {
      totalCount
      edges {
        node {
          id
          ...MethodCard_method
        }
      }
    }
    papers(first: 20, filter: { query: $query }, orderBy: RELEVANCE) {
      totalCount
      ...PaperList_connection
    }
  }
`);

const SearchPapersMore = graphql(`
  query SearchPapersMore($query: String!, $after: String) {
    papers(first: 20, after: $after, filter: { query: $query }, orderBy: RELEVANCE) {
      ...PaperList_connection
    }
  }
`);

/** /search?q= — matching tasks, leaderboards, datasets, methods, and papers by relevance. */
export function SearchPage() {
  const [params] = useSearchParams();
  const query = (params.get('q') ?? '').trim();
  usePageMeta({ title: query ? `Search: ${query}` : 'Search', noindex: true });
  const { data, loading, error, fetchMore } = useQuery(SearchPageQuery, { variables: { query }, skip: !query });
  const more = useLoadMore(() =>
    fetchMore({ query: SearchPapersMore, variables: { query, after: paperListEndCursor(data?.papers) } }),
  );
  if (!query) {
    return (
      <section className="state">
        <h1>Search</h1>
        <p>Type a paper title, a task, a dataset or a method into the search box above.</p>
      </section>
    );
  }
  if (error) throw error;
  if (loading || !data) return <PageLoading label="Searching…" />;
  const nothing =
    data.tasks.totalCount + data.benchmarks.totalCount + data.datasets.totalCount + data.methods.totalCount === 0 &&
    data.papers.totalCount === 0;
  const encoded = encodeURIComponent(query);

  return (
    <>
      <PageHeader title={`Results for “${query}”`} />
      {nothing && <p className="state">Nothing matches “{query}”. Try fewer or different words.</p>}
      {data.tasks.totalCount > 0 && (
        <Section id="tasks" title="Tasks" count={data.tasks.totalCount}>
          <TagList
            label="Matching tasks"
            tags={data.tasks.edges.map(({ node }) => ({
              key: node.id,
              label: node.name,
              to: `/task/${node.slug}`,
              note: node.benchmarkCount ? plural(node.benchmarkCount, 'benchmark') : undefined,
            }))}
          />
        </Section>
      )}
      {data.benchmarks.totalCount > 0 && (
        <Section
          id="leaderboards"
          title="Leaderboards"
          count={data.benchmarks.totalCount}
          actions={<Link to={`/sota?q=${encoded}`}>All matching leaderboards →</Link>}
        >
          <BenchmarkTable
            benchmarks={data.benchmarks.edges.map((edge) => edge.node)}
            label="both"
            caption={`Leaderboards matching ${query}`}
          />
        </Section>
      )}
      {data.papers.totalCount > 0 && (
        <Section id="papers" title="Papers">
          <PaperList connection={data.papers} loadMore={more} />
        </Section>
      )}
      {data.datasets.totalCount > 0 && (
        <Section
          id="datasets"
          title="Datasets"
          count={data.datasets.totalCount}
          actions={<Link to={`/datasets?q=${encoded}`}>All matching datasets →</Link>}
        >
          <CardGrid items={data.datasets.edges.map((edge) => edge.node)}>
            {(dataset) => <DatasetCard dataset={dataset} />}
          </CardGrid>
        </Section>
      )}
      {data.methods.totalCount > 0 && (
        <Section
          id="methods"
          title="Methods"
          count={data.methods.totalCount}
          actions={<Link to={`/methods?q=${encoded}`}>All matching methods →</Link>}
        >
          <CardGrid items={data.methods.edges.map((edge) => edge.node)}>
            {(method) => <MethodCard method={method} />}
          </CardGrid>
        </Section>
      )}
    </>
  );
}
