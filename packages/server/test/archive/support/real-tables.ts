import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { readRaw, type Json } from './raw-archive';

/**
 * The 8 real leaderboard files of paperswithcode/sota-extractor, gzipped in @pwc/shared's
 * fixtures (see its README for their attribution and licence).
 */
export function realTables(name: string): Json[] {
  return readRaw(join(__dirname, '..', '..', '..', '..', 'shared', 'fixtures', 'evaluation-tables', `${name}.json.gz`));
}

export function writeJson(folder: string, file: string, value: unknown): string {
  const path = join(folder, file);
  writeFileSync(path, JSON.stringify(value));
  return path;
}

/** Every leaderboard of a file, by "task / dataset[ / subdataset…]", with its rows, read straight from the JSON. */
export function boardsOf(tables: Json[]): Map<string, Json[]> {
  const boards = new Map<string, Json[]>();
  const walkDataset = (task: string, path: string, dataset: Json) => {
    const name = `${path} / ${String(dataset.dataset ?? dataset.subdataset).trim()}`;
    const rows = dataset.sota?.rows ?? [];
    if (rows.length > 0) boards.set(name, [...(boards.get(name) ?? []), ...rows]);
    for (const sub of dataset.subdatasets ?? []) walkDataset(task, name, sub);
  };
  const walkTask = (task: Json) => {
    const name = String(task.task).trim();
    for (const dataset of task.datasets ?? []) walkDataset(name, name, dataset);
    for (const sub of task.subtasks ?? []) walkTask(sub);
  };
  tables.forEach(walkTask);
  return boards;
}

/** "The same row": same model, same paper (title and URL as published) and the same values. */
export function sameRowKey(row: Json): string {
  const values = Object.entries(row.metrics ?? {})
    .filter(([, v]) => v !== null && v !== undefined)
    .map(([k, v]) => [k.trim(), typeof v === 'string' ? v : JSON.stringify(v)])
    .sort();
  return JSON.stringify([String(row.model_name ?? '').trim(), row.paper_title ?? '', row.paper_url ?? '', values]);
}

export function keyCounts(rows: readonly Json[]): Map<string, number> {
  const counts = new Map<string, number>();
  for (const row of rows) counts.set(sameRowKey(row), (counts.get(sameRowKey(row)) ?? 0) + 1);
  return counts;
}

/** Rows of a board that is the union of sources: per same-row key, the most any one source has. */
export function unionSize(...sources: readonly Json[][]): number {
  const most = new Map<string, number>();
  for (const rows of sources) for (const [key, n] of keyCounts(rows)) most.set(key, Math.max(most.get(key) ?? 0, n));
  return [...most.values()].reduce((a, b) => a + b, 0);
}

/** Rows two sources share (counted once in the union): per key, the fewer of the two. */
export function sharedSize(a: readonly Json[], b: readonly Json[]): number {
  const inB = keyCounts(b);
  return [...keyCounts(a)].reduce((sum, [key, n]) => sum + Math.min(n, inB.get(key) ?? 0), 0);
}

/** A copy of a file whose every leaderboard keeps only the rows `pick` chooses (by index and count). */
export function sliceRows(tables: Json[], pick: (index: number, count: number, board: string) => boolean): Json[] {
  const copy: Json[] = structuredClone(tables);
  const walkDataset = (path: string, dataset: Json) => {
    const name = `${path} / ${String(dataset.dataset ?? dataset.subdataset).trim()}`;
    if (dataset.sota?.rows) {
      const rows: Json[] = dataset.sota.rows;
      dataset.sota.rows = rows.filter((_, i) => pick(i, rows.length, name));
    }
    for (const sub of dataset.subdatasets ?? []) walkDataset(name, sub);
  };
  const walkTask = (task: Json) => {
    for (const dataset of task.datasets ?? []) walkDataset(String(task.task).trim(), dataset);
    for (const sub of task.subtasks ?? []) walkTask(sub);
  };
  copy.forEach(walkTask);
  return copy;
}
