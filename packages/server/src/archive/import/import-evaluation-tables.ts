import { isRepositoryUrl, normalizeRepositoryUrl } from '../records/repository-url';
import { count, note, skip } from '../report/file-report';
import { name, type JsonObject } from '../records/fields';
import { ensureBenchmarks, writeMetrics, type BenchmarkKey } from '../evaluation/benchmark-writer';
import { LeaderboardDatasets } from '../evaluation/leaderboard-datasets';
import { metricColumns, rowMetrics, type MetricColumn } from '../evaluation/metric-columns';
import { refreshMetricColumns } from '../evaluation/refresh-metric-columns';
import { ResultWriter, type ResultInput } from '../evaluation/result-writer';
import { writeTaskTree } from '../evaluation/task-tree-writer';
import { walkEvaluationTable, type LeaderboardEntry, type WalkedTable } from '../evaluation/walk-evaluation-table';
import { AreaStore } from '../write/area-store';
import { findPapers } from '../write/paper-finder';
import { writeRepositoryLinks, type RepositoryLink } from '../write/repository-writer';
import { TaskStore } from '../write/task-store';
import type { ImportContext, RecordImporter } from './record-importer';
import { noteNonWebUrls, webLinks } from './url-checks';

// Top-level tasks are buffered until this many rows, so small tasks share statements.
const ROWS_PER_FLUSH = 2000;

interface Stores {
  tasks: TaskStore;
  datasets: LeaderboardDatasets;
  areas: AreaStore;
  results: ResultWriter;
}

/** evaluation-tables.json: tasks (recursively), leaderboards, metrics and result rows. */
export function evaluationTablesImporter({ sql, report }: ImportContext): RecordImporter {
  let stores: Stores | null = null;
  const touchedBenchmarks = new Set<number>();
  let buffered: WalkedTable[] = [];
  let bufferedRows = 0;

  async function flush(): Promise<void> {
    if (buffered.length === 0) return;
    const tables = buffered;
    buffered = [];
    bufferedRows = 0;
    stores ??= {
      tasks: await TaskStore.load(sql),
      datasets: await LeaderboardDatasets.load(sql),
      areas: new AreaStore(sql),
      results: new ResultWriter(sql),
    };
    await writeTables(
      stores,
      tables.flatMap((t) => t.tasks),
      tables.flatMap((t) => t.leaderboards),
    );
  }

  async function writeTables(
    s: Stores,
    taskNodes: WalkedTable['tasks'],
    leaderboards: LeaderboardEntry[],
  ): Promise<void> {
    const tasks = await s.tasks.ensureNamed(
      new Set([...taskNodes.map((t) => t.name), ...leaderboards.map((l) => l.taskName)]),
    );
    await writeTaskTree(sql, s.areas, taskNodes, tasks);
    count(report, 'task entries', taskNodes.length);

    // Datasets, in walk order so that a subdataset's parent exists before it.
    const keyOf = new Map<LeaderboardEntry, BenchmarkKey>();
    const datasetSlugs = new Map<number, string>();
    for (const entry of leaderboards) {
      const task = tasks.get(entry.taskName);
      if (task === undefined) continue;
      let datasetId = s.datasets.resolve(entry.datasetName, task.id);
      if (datasetId === undefined) {
        const parentId =
          entry.parentDatasetName === null ? null : (s.datasets.resolve(entry.parentDatasetName, task.id) ?? null);
        await s.datasets.create([{ name: entry.datasetName, description: entry.description, parentId }]);
        datasetId = s.datasets.resolve(entry.datasetName, task.id);
        count(report, 'datasets created');
      }
      if (datasetId === undefined) continue;
      keyOf.set(entry, { taskId: task.id, taskSlug: task.slug, datasetId, datasetSlug: '' });
    }
    const ids = [...new Set([...keyOf.values()].map((k) => k.datasetId))];
    if (ids.length > 0) {
      const rows = await sql.query<{ id: number; slug: string }>(
        'SELECT id, slug FROM dataset WHERE id = ANY($1::int[])',
        [ids],
      );
      for (const row of rows) datasetSlugs.set(row.id, row.slug);
      await sql.query(
        `INSERT INTO dataset_task (dataset_id, task_id) SELECT * FROM unnest($1::int[], $2::int[]) ON CONFLICT DO NOTHING`,
        [[...keyOf.values()].map((k) => k.datasetId), [...keyOf.values()].map((k) => k.taskId)],
      );
    }
    for (const key of keyOf.values()) key.datasetSlug = datasetSlugs.get(key.datasetId) ?? String(key.datasetId);
    const benchmarkIds = await ensureBenchmarks(sql, [...keyOf.values()]);

    // Entries of the same benchmark (a pair listed twice) are merged into one leaderboard.
    const byBenchmark = new Map<
      number,
      { metrics: string[]; rows: JsonObject[]; label: string; text: string | null }
    >();
    for (const [entry, key] of keyOf) {
      const benchmarkId = benchmarkIds.get(`${key.taskId}:${key.datasetId}`);
      if (benchmarkId === undefined) continue;
      const merged = byBenchmark.get(benchmarkId) ?? {
        metrics: [],
        rows: [],
        label: `${entry.taskName} on ${entry.datasetName}`,
        text: null,
      };
      merged.text ??= entry.description;
      merged.metrics.push(...entry.metrics);
      merged.rows.push(...entry.rows);
      byBenchmark.set(benchmarkId, merged);
    }
    count(report, 'leaderboard entries', keyOf.size);

    const columns: { benchmarkId: number; column: MetricColumn }[] = [];
    for (const [benchmarkId, board] of byBenchmark) {
      touchedBenchmarks.add(benchmarkId);
      for (const column of metricColumns(board.metrics, board.rows, board.text)) {
        columns.push({ benchmarkId, column });
        for (const raw of column.unparsed)
          note(
            report,
            'metric value without a number (shown as published, unranked)',
            `${board.label}: ${column.name}: ${raw}`,
          );
        if (column.conflictsWithTrend)
          note(
            report,
            'metric direction from the name disagrees with the trend of values',
            `${board.label}: ${column.name}`,
          );
      }
    }
    const metricIds = await writeMetrics(sql, columns);

    const inputs: ResultInput[] = [];
    for (const [benchmarkId, board] of byBenchmark) {
      for (const row of board.rows) {
        // Anonymous submissions (model_name "") are real rows of the old leaderboards: kept, name empty.
        const modelName = name(row.model_name) ?? '';
        if (modelName === '' && rowMetrics(row).size === 0) {
          skip(
            report,
            'result row with neither a model_name nor a value',
            `${board.label}: ${JSON.stringify(row).slice(0, 100)}`,
          );
          continue;
        }
        if (modelName === '')
          note(
            report,
            'result row without a model_name (kept with an empty name)',
            `${board.label}: ${JSON.stringify(row.metrics).slice(0, 100)}`,
          );
        const label = `${board.label}: ${modelName}`;
        noteNonWebUrls(report, row, ['paper_url'], label);
        const codeLinks = webLinks(report, row.code_links, `${label} code_links`);
        const modelLinks = webLinks(report, row.model_links, `${label} model_links`);
        inputs.push({ benchmarkId, paperId: null, row, modelName, codeLinks, modelLinks });
      }
    }
    const paperIds = await findPapers(
      sql,
      inputs.map((r) => ({ url: name(r.row.paper_url), title: name(r.row.paper_title) })),
    );
    inputs.forEach((r, i) => (r.paperId = paperIds[i] ?? null));
    const written = await s.results.write(inputs, metricIds);
    report.imported += written.inserted;
    report.updated += written.updated;
    count(report, 'result values', written.values);
    count(report, 'rows linked to a paper', inputs.filter((r) => r.paperId !== null).length);

    const codeLinks: RepositoryLink[] = inputs.flatMap((r) =>
      r.paperId === null
        ? []
        : r.codeLinks
            .filter((link) => isRepositoryUrl(link.url))
            .map((link) => ({
              paperId: r.paperId ?? 0,
              url: normalizeRepositoryUrl(link.url) ?? link.url,
              framework: null,
              isOfficial: false,
              mentionedInPaper: false,
              mentionedInGithub: false,
            })),
    );
    if (codeLinks.length > 0) {
      await writeRepositoryLinks(sql, codeLinks, false);
      count(report, 'code links from rows', codeLinks.length);
    }
  }

  return {
    looksRight: (record) => 'task' in record,
    async add(record, index) {
      const table = walkEvaluationTable(record, index, report);
      buffered.push(table);
      bufferedRows += table.leaderboards.reduce((sum, l) => sum + l.rows.length, 0) + 1;
      if (bufferedRows >= ROWS_PER_FLUSH) await flush();
    },
    async finish() {
      await flush();
      if (stores !== null)
        count(report, 'results removed (no longer in the file)', await stores.results.removeUnclaimed());
      // The columns of every board this file touched, judged again on all of its stored rows.
      const refreshed = await refreshMetricColumns(sql, touchedBenchmarks);
      for (const [source, changed] of Object.entries(refreshed.directions))
        count(report, `metric directions revised from all stored rows (${source})`, changed);
      if (refreshed.numeric > 0) count(report, 'metric columns whose numeric state was revised', refreshed.numeric);
    },
  };
}
