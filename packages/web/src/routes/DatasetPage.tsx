import { useQuery } from '@apollo/client/react';
import { useParams } from 'react-router';
import { NotFoundError } from '../app/errors';
import { useLoadMore } from '../app/use-load-more';
import { BenchmarkTable } from '../features/benchmark/BenchmarkTable';
import { DatasetHeader } from '../features/dataset/DatasetHeader';
import { PaperList, paperListEndCursor } from '../features/paper/PaperList';
import { graphql } from '../graphql';
import { Breadcrumbs } from '../ui/Breadcrumbs';
import { PageLoading } from '../ui/Loading';
import { EditableDescription } from '../features/contribution/EditableDescription';
import { summarize, usePageMeta } from '../ui/page-meta';
import { Section } from '../ui/Section';
import { TagList } from '../ui/TagList';

const DatasetPageQuery = graphql(`
  query DatasetPage($slug: String!) {
    dataset(slug: $slug) {
      id
      slug
      name
      shortDescription
      description
      ...DatasetHeader_dataset
      tasks {
        id
        slug
        name
      }
      subdatasets {
        id
        slug
        name
      }
      benchmarks {
        id
        ...BenchmarkTable_benchmark
      }
      papers(first: 20) {
        ...PaperList_connection
      }
    }
  }
`);

const DatasetPapersMore = graphql(`
  query DatasetPapersMore($slug: String!, $after: String) {
    dataset(slug: $slug) {
      id
      papers(first: 20, after: $after) {
        ...PaperList_connection
      }
    }
  }
`);

/** /dataset/:slug — what the dataset is, its leaderboards and the papers evaluated on it. */
export function DatasetPage() {
  const { slug = '' } = useParams();
  const { data, loading, error, fetchMore } = useQuery(DatasetPageQuery, { variables: { slug } });
  const dataset = data?.dataset;
  const loadMore = useLoadMore(() =>
    fetchMore({ query: DatasetPapersMore, variables: { slug, after: paperListEndCursor(dataset?.papers) } }),
  );
  usePageMeta({
    title: dataset?.name ?? 'Dataset',
    description: summarize(dataset?.shortDescription ?? dataset?.description),
  });
  if (error) throw error;
  if (loading || !data) return <PageLoading label="Loading dataset…" />;
  if (!dataset) throw new NotFoundError('dataset', slug);

  return (
    <article className="dataset-page">
      <Breadcrumbs items={[{ label: 'Datasets', to: '/datasets' }, { label: dataset.name }]} />
      <DatasetHeader dataset={dataset} />
      {!dataset.description && dataset.shortDescription && <p className="description">{dataset.shortDescription}</p>}
      <EditableDescription
        type="DATASET"
        slug={dataset.slug}
        description={dataset.description}
        entityId={dataset.id}
        historyLink={false}
      />
      <Section id="benchmarks" title="Benchmarks" count={dataset.benchmarks.length}>
        <BenchmarkTable benchmarks={dataset.benchmarks} label="task" caption={`Leaderboards on ${dataset.name}`} />
      </Section>
      {dataset.tasks.length > 0 && (
        <Section id="tasks" title="Tasks" count={dataset.tasks.length}>
          <TagList
            label="Tasks"
            tags={dataset.tasks.map((t) => ({ key: t.id, label: t.name, to: `/task/${t.slug}` }))}
          />
        </Section>
      )}
      {dataset.subdatasets.length > 0 && (
        <Section id="subdatasets" title="Subsets and variants" count={dataset.subdatasets.length}>
          <TagList
            label="Subsets"
            tags={dataset.subdatasets.map((d) => ({ key: d.id, label: d.name, to: `/dataset/${d.slug}` }))}
          />
        </Section>
      )}
      <Section id="papers" title="Papers with results">
        <PaperList
          connection={dataset.papers}
          loadMore={loadMore}
          empty="No papers report results on this dataset yet."
        />
      </Section>
    </article>
  );
}
