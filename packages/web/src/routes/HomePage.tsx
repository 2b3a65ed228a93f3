import { useQuery } from '@apollo/client/react';
import { Link } from 'react-router';
import { AreaCard } from '../features/area/AreaCard';
import { BenchmarkCard } from '../features/benchmark/BenchmarkCard';
import { PaperListItem } from '../features/paper/PaperListItem';
import { graphql } from '../graphql';
import { CardGrid } from '../ui/CardGrid';
import { PageLoading } from '../ui/Loading';
import { usePageMeta } from '../ui/page-meta';
import { Section } from '../ui/Section';
import { StatGrid } from '../ui/StatGrid';

const HomePageQuery = graphql(`
  query HomePage {
    stats {
      papers
      papersWithCode
      benchmarks
      results
      tasks
      datasets
      methods
    }
    benchmarks(first: 8, orderBy: RESULT_COUNT_DESC) {
      edges {
        node {
          id
          ...BenchmarkCard_benchmark
        }
      }
    }
    areas(first: 16, orderBy: TAXONOMY) {
      edges {
        node {
          id
          taskCount
          ...AreaCard_area
        }
      }
    }
    papers(first: 8, filter: { hasCode: true }, orderBy: PUBLISHED_DESC) {
      edges {
        node {
          id
          ...PaperListItem_paper
        }
      }
    }
  }
`);

/** Counts, notable leaderboards, areas, and the latest papers with code. */
export function HomePage() {
  usePageMeta({});
  const { data, loading, error } = useQuery(HomePageQuery);
  if (error) throw error;
  if (loading || !data) return <PageLoading />;
  const { stats } = data;
  return (
    <>
      <section className="hero">
        <h1>Papers with Code 2</h1>
        <p className="lead">
          A community resource for machine learning research: papers, code, benchmarks, and state-of-the-art results.
        </p>
        <StatGrid
          stats={[
            { label: 'Papers', value: stats.papers },
            { label: 'with code', value: stats.papersWithCode },
            { label: 'Benchmarks', value: stats.benchmarks, to: '/sota' },
            { label: 'Results', value: stats.results },
            { label: 'Tasks', value: stats.tasks },
            { label: 'Datasets', value: stats.datasets, to: '/datasets' },
            { label: 'Methods', value: stats.methods, to: '/methods' },
          ]}
        />
      </section>
      <Section id="notable" title="Notable benchmarks" actions={<Link to="/sota">All leaderboards →</Link>}>
        <CardGrid
          items={data.benchmarks.edges.map((edge) => edge.node)}
          empty="No leaderboards have been imported yet."
        >
          {(benchmark) => <BenchmarkCard benchmark={benchmark} />}
        </CardGrid>
      </Section>
      <Section id="areas" title="Browse by area">
        <CardGrid items={data.areas.edges.map((edge) => edge.node).filter((area) => area.taskCount > 0)}>
          {(area) => <AreaCard area={area} />}
        </CardGrid>
      </Section>
      <Section id="latest" title="Latest papers with code">
        <ol className="paper-list">
          {data.papers.edges.map(({ node }) => (
            <li key={node.id}>
              <PaperListItem paper={node} />
            </li>
          ))}
        </ol>
      </Section>
    </>
  );
}
