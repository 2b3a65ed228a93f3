import { formatMetricValue } from '@pwc/shared';

/** One line of a paper's results table: a single metric value of a single result. */
export interface PaperResultLine {
  key: string;
  taskName: string;
  taskSlug: string;
  datasetName: string;
  datasetSlug: string;
  metricName: string;
  value: string;
  modelName: string;
  /** The leaderboard with this paper's rows highlighted. */
  leaderboardPath: string;
  /** In lists of several papers' results (an author's, a venue's): the paper of the line. */
  paper?: { slug: string; title: string };
}

export interface PaperResultInput {
  id: string;
  modelName: string;
  benchmark: {
    slug: string;
    task: { slug: string; name: string };
    dataset: { slug: string; name: string };
  };
  values: ReadonlyArray<{
    raw: string | null;
    value: number | null;
    metric: { id: string; name: string; isNumeric: boolean; position: number };
  }>;
}

/** Flattens results into one line per numeric metric value, as the old paper page listed them. */
export function paperResultLines(paperSlug: string, results: readonly PaperResultInput[]): PaperResultLine[] {
  const lines: PaperResultLine[] = [];
  for (const result of results) {
    const { benchmark } = result;
    const values = [...result.values].sort((a, b) => a.metric.position - b.metric.position);
    for (const value of values) {
      if (!value.metric.isNumeric) continue;
      if (value.value === null && !value.raw?.trim()) continue;
      lines.push({
        key: `${result.id}:${value.metric.id}`,
        taskName: benchmark.task.name,
        taskSlug: benchmark.task.slug,
        datasetName: benchmark.dataset.name,
        datasetSlug: benchmark.dataset.slug,
        metricName: value.metric.name,
        value: formatMetricValue(value.value, value.raw),
        modelName: result.modelName,
        leaderboardPath: `/sota/${benchmark.slug}?p=${encodeURIComponent(paperSlug)}`,
      });
    }
  }
  return lines;
}
