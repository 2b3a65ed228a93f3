import { BERT_ARXIV_URL, BERT_DATE, BERT_TITLE } from './bert-paper';

/*
 * The rows of the BERT paper's results table (its old paperswithcode.com page) that the real
 * leaderboard files in the sample do not already have. Values exactly as the page showed them.
 */

interface Row {
  task: string;
  dataset: string;
  model: string;
  metrics: Record<string, string>;
}

// prettier-ignore
const ROWS: Row[] = [
  { task: 'Stock Market Prediction', dataset: 'Astock', model: 'Bert Chinese', metrics: { Accuray: '59.11', 'F1-score': '58.99', Precision: '59.07', Recall: '59.2' } },
  { task: 'Reading Comprehension', dataset: 'PhotoChat', model: 'BERT', metrics: { F1: '53.2', Precision: '56.1', Recall: '50.6' } },
  { task: 'Question Answering', dataset: 'SQuAD1.1 dev', model: 'BERT-LARGE (Ensemble+TriviaQA)', metrics: { EM: '86.2', F1: '92.2' } },
  { task: 'Question Answering', dataset: 'SQuAD1.1 dev', model: 'BERT-LARGE (Single+TriviaQA)', metrics: { EM: '84.2', F1: '91.1' } },
  { task: 'Question Answering', dataset: 'MRQA', model: 'BERT (large)', metrics: { 'Average F1': '78.5' } },
  { task: 'Question Answering', dataset: 'MultiTQ', model: 'BERT', metrics: { 'Hits@1': '8.3', 'Hits@10': '48.2' } },
  { task: 'Question Answering', dataset: 'MultiRC', model: 'BERT-large(single model)', metrics: { EM: '24.1', F1: '70' } },
  { task: 'Question Answering', dataset: 'PIQA', model: 'BERT-Large 340M', metrics: { Accuracy: '66.7' } },
  { task: 'Question Answering', dataset: 'SQuAD1.1', model: 'BERT-LARGE (Ensemble+TriviaQA)', metrics: { EM: '87.4', F1: '93.2' } },
  { task: 'Question Answering', dataset: 'SQuAD1.1', model: 'BERT-LARGE (Single+TriviaQA)', metrics: { F1: '91.8' } },
  { task: 'Common Sense Reasoning', dataset: 'SWAG', model: 'BERT-LARGE', metrics: { Dev: '86.6', Test: '86.3' } },
  { task: 'Natural Language Inference', dataset: 'WNLI', model: 'BERT-large 340M', metrics: { Accuracy: '65.1' } },
  { task: 'Natural Language Inference', dataset: 'MultiNLI', model: 'BERT-LARGE', metrics: { Matched: '86.7', Mismatched: '85.9' } },
  { task: 'Emotion Recognition', dataset: 'CPED', model: 'BERT_{utt}', metrics: { 'Accuracy of Sentiment': '48.96', 'Macro-F1 of Sentiment': '45.18' } },
  { task: 'Semantic Textual Similarity', dataset: 'MRPC', model: 'BERT-LARGE', metrics: { F1: '89.3' } },
  { task: 'Semantic Textual Similarity', dataset: 'STS Benchmark', model: 'BERT-LARGE', metrics: { 'Spearman Correlation': '0.865' } },
  { task: 'Semantic Textual Similarity', dataset: 'Quora Question Pairs', model: 'BERT-LARGE', metrics: { F1: '72.1' } },
  { task: 'Sentiment Analysis', dataset: 'SST-2 Binary classification', model: 'BERT-LARGE', metrics: { Accuracy: '94.9' } },
  { task: 'Program Synthesis', dataset: 'ManyTypes4TypeScript', model: 'BERT', metrics: { 'Average Accuracy': '57.52', 'Average F1': '54.1', 'Average Precision': '54.18', 'Average Recall': '54.02' } },
  { task: 'Coreference Resolution', dataset: 'Winograd Schema Challenge', model: 'BERT-large 340M', metrics: { Accuracy: '62' } },
  { task: 'Paraphrase Identification', dataset: 'Quora Question Pairs', model: 'BERT-LARGE', metrics: { F1: '72.1' } },
  { task: 'Text Classification', dataset: 'DBpedia', model: 'Bidirectional Encoder Representations from Transformers', metrics: { Error: '0.64' } },
  { task: 'Type prediction', dataset: 'ManyTypes4TypeScript', model: 'BERT', metrics: { 'Average Accuracy': '57.52', 'Average F1': '54.1', 'Average Precision': '54.18', 'Average Recall': '54.02' } },
  { task: 'Natural Language Understanding', dataset: 'GLUE', model: 'BERT-LARGE', metrics: { Average: '82.1' } },
  { task: 'Natural Language Understanding', dataset: 'PDP60', model: 'BERT-large 340M', metrics: { Accuracy: '78.3' } },
  { task: 'Stock Trend Prediction', dataset: 'Astock', model: 'Bert Chinese', metrics: { Accuray: '59.11', 'F1-score': '58.99', Precision: '59.07', Recall: '59.2' } },
  { task: 'Classification', dataset: 'DBpedia', model: 'Bidirectional Encoder Representations from Transformers', metrics: { Error: '0.64' } },
  { task: 'Intent Recognition', dataset: 'PhotoChat', model: 'BERT', metrics: { F1: '53.2', Precision: '56.1', Recall: '50.6' } },
];

/** Parent tasks of the old site's task tree (taxonomy/task_hierarchy.csv of the final dumps). */
export const BERT_TASK_PARENTS: Record<string, string> = {
  'Stock Market Prediction': 'Stock Trend Prediction',
  'Text Classification': 'Classification',
  'Type prediction': 'Program Synthesis',
  'Paraphrase Identification': 'Semantic Textual Similarity',
};

/** Subdatasets: leaderboards that are a split of another dataset's leaderboard. */
export const BERT_SUBDATASET_PARENTS: Record<string, string> = { 'SQuAD1.1 dev': 'SQuAD1.1' };

export interface LeaderboardRow {
  code_links: { title: string; url: string }[];
  metrics: Record<string, string>;
  model_links: { title: string; url: string }[];
  model_name: string;
  paper_date: string;
  paper_title: string;
  paper_url: string;
  uses_additional_data: boolean;
}

export function bertResultRows(): { task: string; dataset: string; row: LeaderboardRow }[] {
  return ROWS.map(({ task, dataset, model, metrics }) => ({
    task,
    dataset,
    row: {
      code_links: [{ title: 'google-research/bert', url: 'https://github.com/google-research/bert' }],
      metrics,
      model_links: [],
      model_name: model,
      paper_date: BERT_DATE,
      paper_title: BERT_TITLE,
      paper_url: BERT_ARXIV_URL,
      uses_additional_data: false,
    },
  }));
}
