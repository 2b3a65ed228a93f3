import { basename } from 'node:path';
import { count, note, skip, type FileReport } from '../report/file-report';
import { name, type JsonObject } from '../records/fields';
import { ensureBenchmarks, writeMetrics, type BenchmarkKey } from '../evaluation/benchmark-writer';
import type { TaskRef } from '../write/task-store';
import { LeaderboardDatasets } from '../evaluation/leaderboard-datasets';
import { metricColumns, rowMetrics, type MetricColumn } from '../evaluation/metric-columns';
import { refreshMetricColumns } from '../evaluation/refresh-metric-columns';
import { ResultWriter, type ResultInput } from '../evaluation/result-writer';
import { writeTaskTree } from '../evaluation/task-tree-writer';
import { walkEvaluationTable, type LeaderboardEntry, type WalkedTable } from '../evaluation/walk-evaluation-table';
import { AreaStore } from '../write/area-store';
import { resolveStoredLinks, writeRowCodeLinks } from '../write/stored-links';
import type { Sql } from '../write/sql';
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
  sql: Sql;
  report: FileReport;
}

/** evaluation-tables.json: tasks (recursively), leaderboards, metrics and result rows. */
export function evaluationTablesImporter({ sql, report }: ImportContext): RecordImporter {
  let stores: Stores | null = null;
  const listedMetrics = new Set<number>();
  const rowlessBoards = new Set<number>();
  // A source is one file, named by its file name (gzipped or not): importing it again replaces its rows.
  const results = new ResultWriter(sql, sourceName(report.file));
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
      results,
      sql,
      report,
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

    const keyOf = await resolveDatasets(s, leaderboards, tasks);
    // Pairs without rows in this file: a board an older import made for them goes if nothing holds rows there.
    const empty = [...keyOf].filter(([entry]) => entry.rows.length === 0).map(([, key]) => key);
    if (empty.length > 0) {
      const rows = await sql.query<{ id: number }>(
        `SELECT b.id FROM benchmark b JOIN unnest($1::int[], $2::int[]) AS k(task_id, dataset_id) USING (task_id, dataset_id)`,
        [empty.map((k) => k.taskId), empty.map((k) => k.datasetId)],
      );
      for (const row of rows) rowlessBoards.add(row.id);
    }
    const benchmarkIds = await ensureBenchmarks(
      sql,
      [...keyOf].filter(([entry]) => entry.rows.length > 0).map(([, key]) => key),
    );

    // Entries of the same benchmark (a pair listed twice) are merged into one leaderboard.
    const byBenchmark = new Map<
      number,
      {
        metrics: string[];
        rows: JsonObject[];
        positions: string[];
        records: number[];
        label: string;
        text: string | null;
      }
    >();
    for (const [entry, key] of keyOf) {
      const benchmarkId = benchmarkIds.get(`${key.taskId}:${key.datasetId}`);
      if (entry.rows.length === 0) count(report, 'leaderboard entries without rows (no leaderboard)');
      if (benchmarkId === undefined || entry.rows.length === 0) continue;
      const merged = byBenchmark.get(benchmarkId) ?? {
        metrics: [],
        rows: [],
        positions: [],
        records: [],
        label: `${entry.taskName} on ${entry.parent === null ? '' : `${entry.parent.datasetName} / `}${entry.datasetName}`,
        text: null,
      };
      merged.text ??= entry.description;
      merged.metrics.push(...entry.metrics);
      merged.rows.push(...entry.rows);
      merged.positions.push(...entry.rowIndexes.map((i) => `${entry.position}.sota.rows[${i}]`));
      merged.records.push(...entry.rows.map(() => entry.recordIndex));
      byBenchmark.set(benchmarkId, merged);
    }
    count(report, 'leaderboard entries', keyOf.size);

    const columns: { benchmarkId: number; column: MetricColumn }[] = [];
    for (const [benchmarkId, board] of byBenchmark) {
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
    for (const id of metricIds.values()) listedMetrics.add(id);

    const inputs: ResultInput[] = [];
    for (const [benchmarkId, board] of byBenchmark) {
      board.rows.forEach((row, i) => {
        // Anonymous submissions (model_name "") are real rows of the old leaderboards: kept, name empty.
        const modelName = name(row.model_name) ?? '';
        if (modelName === '' && rowMetrics(row).size === 0) {
          skip(
            report,
            'result row with neither a model_name nor a value',
            `${board.label}: ${JSON.stringify(row).slice(0, 100)}`,
          );
          return;
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
        inputs.push({
          benchmarkId,
          row,
          modelName,
          codeLinks,
          modelLinks,
          position: board.positions[i] ?? '',
          recordIndex: board.records[i] ?? 0,
        });
      });
    }
    await s.results.write(inputs, metricIds);
  }

  return {
    resolvesLinks: true,
    looksRight: (record) => 'task' in record,
    async add(record, index) {
      const table = walkEvaluationTable(record, index, report);
      buffered.push(table);
      bufferedRows += table.leaderboards.reduce((sum, l) => sum + l.rows.length, 0) + 1;
      if (bufferedRows >= ROWS_PER_FLUSH) await flush();
    },
    async finish() {
      await flush();
      const boards = await results.finish();
      const { counts } = results;
      report.imported += counts.added;
      report.updated += counts.updated;
      count(report, 'result rows added', counts.added);
      count(report, 'result rows updated in place', counts.updated);
      count(report, 'result rows unchanged', counts.unchanged);
      count(report, 'result rows merged with another source', counts.merged);
      count(report, 'result rows removed (no longer in this source)', counts.removed);
      count(report, 'result rows left to other sources', counts.released);
      count(report, 'result values', counts.values);
      const pruned = await pruneBoards(sql, new Set([...boards, ...rowlessBoards]), listedMetrics);
      if (pruned.benchmarks > 0) count(report, 'leaderboards removed (no rows left)', pruned.benchmarks);
      if (pruned.metrics > 0) count(report, 'metric columns removed (no values, not listed)', pruned.metrics);
      // Rows of this file link to papers and get their dates before the columns are judged on them.
      if (results.linkedOnWrite.length > 0) {
        count(report, 'result rows linked to a paper (as written: slug or arXiv id)', results.linkedOnWrite.length);
        count(report, 'code links from rows', await writeRowCodeLinks(sql, results.linkedOnWrite));
      }
      await resolveStoredLinks(sql, report);
      // The columns of every board this source touched, now or before, judged again on all stored rows.
      const refreshed = await refreshMetricColumns(sql, boards);
      for (const [source, changed] of Object.entries(refreshed.directions))
        count(report, `metric directions revised from all stored rows (${source})`, changed);
      if (refreshed.numeric > 0) count(report, 'metric columns whose numeric state was revised', refreshed.numeric);
    },
  };
}

/** The source a file's rows belong to: its file name without `.gz`, wherever the file lies. */
export function sourceName(file: string): string {
  return basename(file).replace(/\.gz$/i, '');
}

/**
 * The dataset of each leaderboard entry (created when none matches), in walk order so that a
 * subdataset's parent is resolved before it; a subdataset is keyed by its parent dataset.
 */
async function resolveDatasets(
  s: Stores,
  leaderboards: readonly LeaderboardEntry[],
  tasks: ReadonlyMap<string, TaskRef>,
): Promise<Map<LeaderboardEntry, BenchmarkKey>> {
  const keyOf = new Map<LeaderboardEntry, BenchmarkKey>();
  for (const entry of leaderboards) {
    const task = tasks.get(entry.taskName);
    if (task === undefined) continue;
    const parent = entry.parent === null ? undefined : keyOf.get(entry.parent);
    if (entry.parent !== null && parent === undefined) continue;
    let datasetId: number | undefined;
    if (parent === undefined) {
      datasetId = s.datasets.resolve(entry.datasetName, task.id);
      if (datasetId === undefined) {
        await s.datasets.create([{ name: entry.datasetName, description: entry.description, parentId: null }]);
        datasetId = s.datasets.resolve(entry.datasetName, task.id);
        count(s.report, 'datasets created');
      }
    } else {
      datasetId = s.datasets.resolveChild(entry.datasetName, parent.datasetId, task.id);
      if (datasetId === undefined) {
        await s.datasets.createChild(entry.datasetName, entry.description, parent.datasetId);
        datasetId = s.datasets.resolveChild(entry.datasetName, parent.datasetId, task.id);
        count(s.report, 'datasets created (subdatasets, keyed by their parent)');
      }
    }
    if (datasetId !== undefined) keyOf.set(entry, { taskId: task.id, taskSlug: task.slug, datasetId, datasetSlug: '' });
  }
  const keys = [...keyOf.values()];
  if (keys.length > 0) {
    const rows = await s.sql.query<{ id: number; slug: string }>(
      'SELECT id, slug FROM dataset WHERE id = ANY($1::int[])',
      [[...new Set(keys.map((k) => k.datasetId))]],
    );
    const slugs = new Map(rows.map((row) => [row.id, row.slug]));
    for (const key of keys) key.datasetSlug = slugs.get(key.datasetId) ?? String(key.datasetId);
    await s.sql.query(
      `INSERT INTO dataset_task (dataset_id, task_id) SELECT * FROM unnest($1::int[], $2::int[]) ON CONFLICT DO NOTHING`,
      [keys.map((k) => k.datasetId), keys.map((k) => k.taskId)],
    );
  }
  return keyOf;
}

/**
 * After a source's rows are replaced: leaderboards left without a row are removed (a board only
 * its source had, emptied in or dropped from the file), and so are metric columns with no value
 * that this import did not list.
 */
async function pruneBoards(
  sql: Sql,
  boards: ReadonlySet<number>,
  listed: ReadonlySet<number>,
): Promise<{ benchmarks: number; metrics: number }> {
  if (boards.size === 0) return { benchmarks: 0, metrics: 0 };
  const benchmarks = await sql.query(
    `DELETE FROM benchmark b WHERE b.id = ANY($1::int[]) AND NOT EXISTS (SELECT 1 FROM result r WHERE r.benchmark_id = b.id)
     RETURNING b.id`,
    [[...boards]],
  );
  const metrics = await sql.query(
    `DELETE FROM metric m WHERE m.benchmark_id = ANY($1::int[]) AND NOT (m.id = ANY($2::int[]))
       AND NOT EXISTS (SELECT 1 FROM result_value v WHERE v.metric_id = m.id)
     RETURNING m.id`,
    [[...boards], [...listed]],
  );
  return { benchmarks: benchmarks.length, metrics: metrics.length };
}
