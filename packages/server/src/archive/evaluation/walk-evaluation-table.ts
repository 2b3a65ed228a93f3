import type { FileReport } from '../report/file-report';
import { skip } from '../report/file-report';
import { isObject, name, objectList, text, textList, type JsonObject } from '../records/fields';

export interface TaskNode {
  name: string;
  description: string | null;
  categories: string[];
  synonyms: string[];
  parentName: string | null;
}

/** One dataset entry of a task: a leaderboard, possibly merged later with others of the same pair. */
export interface LeaderboardEntry {
  taskName: string;
  datasetName: string;
  parentDatasetName: string | null;
  /** The parent dataset's entry (a subdataset is keyed by its parent: never merged across parents). */
  parent: LeaderboardEntry | null;
  description: string | null;
  metrics: string[];
  rows: JsonObject[];
  /** Where the entry is in its file (top-level record, task path, dataset path) and its rows' indexes there. */
  position: string;
  recordIndex: number;
  rowIndexes: number[];
}

export interface WalkedTable {
  tasks: TaskNode[];
  leaderboards: LeaderboardEntry[];
}

interface WalkState {
  recordIndex: number;
  /** The JSON path of the task or dataset in its file, e.g. `[3].subtasks[0].datasets[2]`. */
  jsonPath: string;
  out: WalkedTable;
  report: FileReport;
}

// The real tree nests tasks up to 6 deep; anything far deeper is malformed (or cyclic).
const MAX_DEPTH = 32;

/** Flattens one top-level task of evaluation-tables.json, recursing into subtasks and subdatasets. */
export function walkEvaluationTable(record: JsonObject, index: number, report: FileReport): WalkedTable {
  const out: WalkedTable = { tasks: [], leaderboards: [] };
  walkTask(record, null, 0, `#${index}`, { recordIndex: index, jsonPath: `[${index}]`, out, report });
  return out;
}

function walkTask(task: JsonObject, parentName: string | null, depth: number, path: string, at: WalkState): void {
  const { out, report } = at;
  const taskName = name(task.task);
  if (taskName === null) return skip(report, 'task without a name (with its subtasks)', path);
  if (depth > MAX_DEPTH) return skip(report, 'task nested too deep', `${path} ${taskName}`);
  out.tasks.push({
    name: taskName,
    description: text(task.description),
    categories: textList(task.categories),
    synonyms: textList(task.synonyms),
    parentName,
  });
  objectList(task.datasets).forEach((dataset, i) =>
    walkDataset(dataset, taskName, null, depth, `${path} ${taskName}`, {
      ...at,
      jsonPath: `${at.jsonPath}.datasets[${i}]`,
    }),
  );
  objectList(task.subtasks).forEach((subtask, i) =>
    walkTask(subtask, taskName, depth + 1, `${path} > ${taskName}`, {
      ...at,
      jsonPath: `${at.jsonPath}.subtasks[${i}]`,
    }),
  );
}

function walkDataset(
  dataset: JsonObject,
  taskName: string,
  parent: LeaderboardEntry | null,
  depth: number,
  path: string,
  at: WalkState,
): void {
  const { out, report } = at;
  const datasetName = name(dataset.dataset) ?? name(dataset.subdataset);
  if (datasetName === null) return skip(report, 'dataset without a name (with its rows)', path);
  if (depth > MAX_DEPTH) return skip(report, 'dataset nested too deep', `${path} / ${datasetName}`);
  const sota = isObject(dataset.sota) ? dataset.sota : {};
  const rows = Array.isArray(sota.rows) ? sota.rows : [];
  const objects: JsonObject[] = [];
  const rowIndexes: number[] = [];
  rows.forEach((row: unknown, i: number) => {
    if (!isObject(row)) return skip(report, 'result row that is not an object', `${path} / ${datasetName}`);
    objects.push(row);
    rowIndexes.push(i);
  });
  const entry: LeaderboardEntry = {
    taskName,
    datasetName,
    parentDatasetName: parent?.datasetName ?? null,
    parent,
    description: text(dataset.description),
    metrics: textList(sota.metrics),
    rows: objects,
    position: at.jsonPath,
    recordIndex: at.recordIndex,
    rowIndexes,
  };
  out.leaderboards.push(entry);
  objectList(dataset.subdatasets).forEach((sub, i) =>
    walkDataset(sub, taskName, entry, depth + 1, `${path} / ${datasetName}`, {
      ...at,
      jsonPath: `${at.jsonPath}.subdatasets[${i}]`,
    }),
  );
}
