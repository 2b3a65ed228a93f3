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
  description: string | null;
  metrics: string[];
  rows: JsonObject[];
}

export interface WalkedTable {
  tasks: TaskNode[];
  leaderboards: LeaderboardEntry[];
}

// The real tree nests tasks up to 6 deep; anything far deeper is malformed (or cyclic).
const MAX_DEPTH = 32;

/** Flattens one top-level task of evaluation-tables.json, recursing into subtasks and subdatasets. */
export function walkEvaluationTable(record: JsonObject, index: number, report: FileReport): WalkedTable {
  const out: WalkedTable = { tasks: [], leaderboards: [] };
  walkTask(record, null, 0, `#${index}`, out, report);
  return out;
}

function walkTask(
  task: JsonObject,
  parentName: string | null,
  depth: number,
  path: string,
  out: WalkedTable,
  report: FileReport,
): void {
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
  for (const dataset of objectList(task.datasets))
    walkDataset(dataset, taskName, null, depth, `${path} ${taskName}`, out, report);
  for (const subtask of objectList(task.subtasks))
    walkTask(subtask, taskName, depth + 1, `${path} > ${taskName}`, out, report);
}

function walkDataset(
  dataset: JsonObject,
  taskName: string,
  parentDatasetName: string | null,
  depth: number,
  path: string,
  out: WalkedTable,
  report: FileReport,
): void {
  const datasetName = name(dataset.dataset) ?? name(dataset.subdataset);
  if (datasetName === null) return skip(report, 'dataset without a name (with its rows)', path);
  if (depth > MAX_DEPTH) return skip(report, 'dataset nested too deep', `${path} / ${datasetName}`);
  const sota = isObject(dataset.sota) ? dataset.sota : {};
  const rows = Array.isArray(sota.rows) ? sota.rows : [];
  const objects = rows.filter(isObject);
  for (let i = objects.length; i < rows.length; i++)
    skip(report, 'result row that is not an object', `${path} / ${datasetName}`);
  out.leaderboards.push({
    taskName,
    datasetName,
    parentDatasetName,
    description: text(dataset.description),
    metrics: textList(sota.metrics),
    rows: objects,
  });
  for (const sub of objectList(dataset.subdatasets))
    walkDataset(sub, taskName, datasetName, depth + 1, `${path} / ${datasetName}`, out, report);
}
