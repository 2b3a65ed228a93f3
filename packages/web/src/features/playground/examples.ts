/** Ready-made queries for the playground, one per way people use the API. */
export interface PlaygroundExample {
  id: string;
  title: string;
  description: string;
  /** The name of the query's operation. */
  operationName: string;
  query: string;
  variables: string;
}

const paperPage = `# Everything the paper page shows, in one request.
query PaperPage($slug: String!) {
  paper(slug: $slug) {
    title
    published
    proceeding
    authors { name }
    tasks { name slug }
    urlAbs
    urlPdf
    repositories {
      isOfficial
      repository { url framework stars }
    }
    abstract
    results {
      modelName
      benchmark {
        slug
        task { name }
        dataset { name }
      }
      values {
        metric { name }
        raw
        value
      }
    }
    methods { name slug }
    relatedPapers(first: 5) { title slug published }
  }
}
`;

const leaderboard = `# A leaderboard: its metrics, the ranked rows and the state of the art over time.
# Set "metric" to any numeric metric of the leaderboard (null: the default one).
query Leaderboard($slug: String!, $metric: String) {
  benchmark(slug: $slug) {
    task { name }
    dataset { name }
    metrics { name direction isNumeric }
    rows(first: 20, metric: $metric) {
      totalCount
      edges {
        node {
          rank
          value { raw value }
          result {
            modelName
            evaluatedOn
            usesAdditionalData
            paper { title slug }
            codeLinks { url }
          }
        }
      }
    }
    sotaHistory(metric: $metric) {
      date
      value
      result {
        modelName
        paper { title }
      }
    }
  }
}
`;

const taskBenchmarks = `# A task with its hierarchy, its leaderboards (best model and value of each) and recent papers.
query TaskBenchmarks($slug: String!) {
  task(slug: $slug) {
    name
    area { name }
    parents { name slug }
    subtasks { name slug }
    benchmarks {
      slug
      dataset { name }
      resultCount
      best {
        metric { name direction }
        value { raw }
        result {
          modelName
          paper { title slug }
        }
      }
    }
    datasets { name slug }
    papers(first: 5) {
      totalCount
      edges { node { title slug published } }
    }
  }
}
`;

const top10 = `# A small top-10 for embedding a leaderboard in a README or another site.
# Queries also work over GET, so browsers and CDNs can cache them:
#   curl -G <this-server>/graphql --data-urlencode 'query=query Top10($slug: String!) { ... }' \\
#        --data-urlencode 'variables={"slug":"question-answering-on-squad11"}'
query Top10($slug: String!) {
  benchmark(slug: $slug) {
    task { name }
    dataset { name }
    rows(first: 10) {
      edges {
        node {
          rank
          metric { name }
          value { raw }
          result {
            modelName
            paper { title slug }
            codeLinks { url }
          }
        }
      }
    }
  }
}
`;

const vars = (value: Record<string, unknown>) => JSON.stringify(value, null, 2);

export const PLAYGROUND_EXAMPLES: readonly PlaygroundExample[] = [
  {
    id: 'paper',
    operationName: 'PaperPage',
    title: 'A paper page',
    description: 'BERT: authors, tasks, code, results, methods and related papers.',
    query: paperPage,
    variables: vars({ slug: 'bert-pre-training-of-deep-bidirectional' }),
  },
  {
    id: 'leaderboard',
    operationName: 'Leaderboard',
    title: 'A leaderboard with its SotA history',
    description: 'SQuAD1.1 question answering, ranked rows and the state-of-the-art steps.',
    query: leaderboard,
    variables: vars({ slug: 'question-answering-on-squad11', metric: null }),
  },
  {
    id: 'task',
    operationName: 'TaskBenchmarks',
    title: 'A task with its benchmarks',
    description: 'Question answering: subtasks, leaderboards with their best results, datasets, papers.',
    query: taskBenchmarks,
    variables: vars({ slug: 'question-answering' }),
  },
  {
    id: 'top10',
    operationName: 'Top10',
    title: 'An embeddable top-10',
    description: 'The ten best rows of a leaderboard; cacheable over GET.',
    query: top10,
    variables: vars({ slug: 'question-answering-on-squad11' }),
  },
];
