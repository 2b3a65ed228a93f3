import { BERT_SUBDATASET_PARENTS, BERT_TASK_PARENTS, bertResultRows, type LeaderboardRow } from './bert-results';

type Json = Record<string, unknown>;

/** Areas of the BERT tasks (taxonomy/task_hierarchy.csv of the final dumps), where it states them. */
const CATEGORIES: Record<string, string[]> = {
  'Question Answering': ['Natural Language Processing', 'Miscellaneous', 'Reasoning'],
  'Common Sense Reasoning': ['Natural Language Processing', 'Reasoning'],
  'Semantic Textual Similarity': ['Natural Language Processing'],
  'Natural Language Understanding': ['Natural Language Processing'],
  'Program Synthesis': ['Computer Code', 'Reasoning'],
  'Stock Trend Prediction': ['Time Series'],
  'Intent Recognition': ['Miscellaneous'],
};

function taskRecord(task: string): Json {
  return {
    categories: CATEGORIES[task] ?? [],
    datasets: [],
    description: '',
    source_link: null,
    subtasks: [],
    synonyms: [],
    task,
  };
}

function datasetRecord(key: 'dataset' | 'subdataset', name: string): Json {
  return {
    dataset_citations: [],
    dataset_links: [],
    description: '',
    [key]: name,
    sota: { metrics: [], rows: [] },
    subdatasets: [],
  };
}

function addRow(dataset: Json, row: LeaderboardRow): void {
  const sota = dataset.sota as { metrics: string[]; rows: LeaderboardRow[] };
  for (const metric of Object.keys(row.metrics)) if (!sota.metrics.includes(metric)) sota.metrics.push(metric);
  sota.rows.push(row);
}

/**
 * Top-level task records holding the BERT rows missing from the real files, nested as the old
 * site's task tree nests them; a SQuAD1.1 entry here merges with the real SQuAD1.1 leaderboard.
 */
export function bertEvaluationTables(): Json[] {
  const tasks = new Map<string, Json>();
  const taskOf = (name: string) => {
    let record = tasks.get(name);
    if (record === undefined) tasks.set(name, (record = taskRecord(name)));
    return record;
  };
  for (const { task, dataset, row } of bertResultRows()) {
    const datasets = taskOf(task).datasets as Json[];
    const parentName = BERT_SUBDATASET_PARENTS[dataset];
    if (parentName === undefined) {
      let entry = datasets.find((d) => d.dataset === dataset);
      if (entry === undefined) datasets.push((entry = datasetRecord('dataset', dataset)));
      addRow(entry, row);
      continue;
    }
    let parent = datasets.find((d) => d.dataset === parentName);
    if (parent === undefined) datasets.push((parent = datasetRecord('dataset', parentName)));
    const subdatasets = parent.subdatasets as Json[];
    let entry = subdatasets.find((d) => d.subdataset === dataset);
    if (entry === undefined) subdatasets.push((entry = datasetRecord('subdataset', dataset)));
    addRow(entry, row);
  }
  for (const [child, parent] of Object.entries(BERT_TASK_PARENTS)) {
    const record = tasks.get(child);
    if (record === undefined) continue;
    (taskOf(parent).subtasks as Json[]).push(record);
    tasks.delete(child);
  }
  return [...tasks.values()];
}
