import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gunzipSync } from 'node:zlib';
import { BUNDLED_SAMPLE_DIR } from '../../../src/archive/bundled-sample';

export type Json = Record<string, any>;

/** A whole archive file parsed at once: fine for the small files tests use, independent of the importer. */
export function readRaw(path: string): Json[] {
  const bytes = readFileSync(path);
  return JSON.parse((path.endsWith('.gz') ? gunzipSync(bytes) : bytes).toString('utf8'));
}

export function sampleFile(name: string): string {
  return join(BUNDLED_SAMPLE_DIR, `${name}.json.gz`);
}

export interface LeaderboardFacts {
  taskNames: Set<string>;
  /** `${task}\u0000${dataset}` */
  pairs: Set<string>;
  /** `${task}\u0000${dataset}\u0000${metric}` */
  metrics: Set<string>;
  rows: number;
  values: number;
  numericValues: number;
  parentEdges: Set<string>;
}

/** Counts of an evaluation-tables file, walking subtasks and subdatasets. */
export function leaderboardFacts(tables: Json[]): LeaderboardFacts {
  const facts: LeaderboardFacts = {
    taskNames: new Set(),
    pairs: new Set(),
    metrics: new Set(),
    rows: 0,
    values: 0,
    numericValues: 0,
    parentEdges: new Set(),
  };
  const walkDataset = (task: string, dataset: Json) => {
    const name = String(dataset.dataset ?? dataset.subdataset).trim();
    facts.pairs.add(`${task}\u0000${name}`);
    for (const metric of dataset.sota?.metrics ?? [])
      facts.metrics.add(`${task}\u0000${name}\u0000${String(metric).trim()}`);
    for (const row of dataset.sota?.rows ?? []) {
      facts.rows++;
      for (const [metric, value] of Object.entries(row.metrics ?? {})) {
        facts.metrics.add(`${task}\u0000${name}\u0000${metric.trim()}`);
        if (value !== null) facts.values++;
      }
    }
    for (const sub of dataset.subdatasets ?? []) walkDataset(task, sub);
  };
  const walkTask = (task: Json, parent: string | null) => {
    const name = String(task.task).trim();
    facts.taskNames.add(name);
    if (parent !== null) facts.parentEdges.add(`${parent}\u0000${name}`);
    for (const dataset of task.datasets ?? []) walkDataset(name, dataset);
    for (const sub of task.subtasks ?? []) walkTask(sub, name);
  };
  for (const task of tables) walkTask(task, null);
  return facts;
}
