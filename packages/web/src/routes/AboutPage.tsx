import { useQuery } from '@apollo/client/react';
import { Link } from 'react-router';
import { graphql } from '../graphql';
import { ExternalLink } from '../ui/ExternalLink';
import { PageLoading } from '../ui/Loading';
import { CodeBlock } from '../ui/markdown/Scrollable';
import { PageHeader } from '../ui/PageHeader';
import { Section } from '../ui/Section';
import { StatGrid } from '../ui/StatGrid';
import { usePageMeta } from '../ui/page-meta';

const AboutPageQuery = graphql(`
  query AboutPage {
    stats {
      papers
      papersWithCode
      repositories
      benchmarks
      results
      tasks
      datasets
      methods
    }
  }
`);

const DATA_CITATION = `@misc{paperswithcode_archive_2025,
  title        = {Papers with Code archive},
  author       = {{Papers with Code and its contributors}},
  year         = {2025},
  note         = {Snapshot of July 2025, licensed under CC-BY-SA 4.0},
  howpublished = {\\url{https://github.com/paperswithcode/paperswithcode-data}}
}`;

/** /about — where the data comes from, its licence and the code's, how to cite, self-host and query it. */
export function AboutPage() {
  usePageMeta({
    title: 'About',
    description:
      'Where the data of Papers with Code 2 comes from, its licence, how to cite it and how to host it yourself.',
  });
  const { data, error } = useQuery(AboutPageQuery);
  if (error) throw error;
  if (!data) return <PageLoading label="Loading…" />;
  const { stats } = data;

  return (
    <div className="prose-page">
      <PageHeader
        title="About Papers with Code 2"
        lead="The open, self-hostable successor to paperswithcode.com: papers, their code, the tasks and datasets they address, the methods they use, and the state-of-the-art leaderboards built from their results."
      />

      <Section id="data" title="The data">
        <p>
          Everything shown here comes from the{' '}
          <ExternalLink href="https://github.com/paperswithcode/paperswithcode-data">
            Papers with Code archive
          </ExternalLink>
          , the public dumps of paperswithcode.com, as of its final snapshot of July 2025. Five files were imported: the
          papers with their abstracts, authors, tasks and methods; the links between papers and code repositories; the
          evaluation tables (the leaderboards and every result row in them); the datasets; and the methods. Leaderboard
          rows are linked to their papers by paper id, arXiv id or title, and state-of-the-art histories, rankings and
          counts are computed from them here.
        </p>
        <StatGrid
          stats={[
            { label: 'Papers', value: stats.papers, to: '/papers' },
            { label: 'with code', value: stats.papersWithCode, to: '/papers?tab=with-code' },
            { label: 'Repositories', value: stats.repositories },
            { label: 'Leaderboards', value: stats.benchmarks, to: '/sota' },
            { label: 'Results', value: stats.results },
            { label: 'Tasks', value: stats.tasks, to: '/tasks' },
            { label: 'Datasets', value: stats.datasets, to: '/datasets' },
            { label: 'Methods', value: stats.methods, to: '/methods' },
          ]}
        />
      </Section>

      <Section id="licence" title="Licence">
        <p>
          The data is © Papers with Code and its contributors, licensed under{' '}
          <ExternalLink href="https://creativecommons.org/licenses/by-sa/4.0/">CC-BY-SA 4.0</ExternalLink>: you may
          share and adapt it, also commercially, as long as you give credit and share what you build from it under the
          same licence. The code of Papers with Code 2 is free software under the MIT licence.
        </p>
      </Section>

      <Section id="cite" title="How to cite">
        <p>
          Cite the papers you use from their own pages (each paper page has its BibTeX). For the data as a whole, credit
          the archive:
        </p>
        <CodeBlock className="code-block">
          <code>{DATA_CITATION}</code>
        </CodeBlock>
      </Section>

      <Section id="api" title="API and feeds">
        <p>
          Everything on this site is available from a public GraphQL API at <code>/graphql</code>; try it in the{' '}
          <Link to="/playground">API playground</Link>. Leaderboards download as CSV, JSON, Markdown or LaTeX, and can
          be embedded in other pages. Atom feeds follow the <a href="/feeds/papers.atom">latest papers</a>, the latest
          papers of each task and area, and the new states of the art of each leaderboard (linked from their pages).
        </p>
      </Section>

      <Section id="self-host" title="Host it yourself">
        <p>
          On a machine with Node.js 20, <code>npm start</code> installs, builds and serves the site with an embedded
          PostgreSQL and a bundled sample; <code>pnpm pwc import &lt;folder&gt;</code> loads the full archive. The{' '}
          <a href="/README.md">README</a> explains the configuration, the limits of the API, caching and how to import.
        </p>
      </Section>
    </div>
  );
}
