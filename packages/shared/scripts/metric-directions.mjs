#!/usr/bin/env node
// The direction @pwc/shared infers for every (leaderboard, metric) pair of evaluation-tables
// files (.json or .json.gz), and from what evidence, as the importer does on a first import.
// Build first (`pnpm run build`), then:
//   node packages/shared/scripts/metric-directions.mjs [--all] packages/shared/fixtures/evaluation-tables/*.json.gz
import { readFileSync } from 'node:fs';
import { gunzipSync } from 'node:zlib';
import { createRequire } from 'node:module';

const { inferMetricDirection, parseMetricValue } = createRequire(import.meta.url)('../dist/index.js');
const args = process.argv.slice(2);
const all = args.includes('--all');

const pairs = [];
const visitDataset = (task, dataset) => {
  const rows = dataset.sota?.rows ?? [];
  const names = new Set([...(dataset.sota?.metrics ?? []), ...rows.flatMap((row) => Object.keys(row.metrics ?? {}))]);
  for (const name of names) {
    const points = rows.map((row) => ({ date: row.paper_date || null, value: parseMetricValue(row.metrics?.[name]) }));
    const inference = inferMetricDirection(name, points, dataset.description ?? null);
    pairs.push({ board: `${task.task} on ${dataset.dataset ?? dataset.subdataset}`, name, ...inference });
  }
  for (const child of dataset.subdatasets ?? []) visitDataset(task, child);
};
const visitTask = (task) => {
  for (const dataset of task.datasets ?? []) visitDataset(task, dataset);
  for (const child of task.subtasks ?? []) visitTask(child);
};
for (const file of args.filter((arg) => arg !== '--all')) {
  const bytes = readFileSync(file);
  JSON.parse((file.endsWith('.gz') ? gunzipSync(bytes) : bytes).toString()).forEach(visitTask);
}
const bySource = {};
for (const pair of pairs) {
  bySource[pair.source] = (bySource[pair.source] ?? 0) + 1;
  if (all || pair.source !== 'METRIC_NAME')
    console.log(`${pair.source.padEnd(11)} ${pair.direction.padEnd(16)} ${pair.name}  [${pair.board}]`);
}
console.log(`${pairs.length} leaderboard/metric pairs by source:`, bySource);
