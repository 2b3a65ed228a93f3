/*
 * datasets.json records for the leaderboards of the sample: names as the evaluation tables use
 * them, PWC-style URL slugs (chosen so that benchmark slugs match the old /sota/ ids, e.g.
 * question-answering-on-squad11), variants for the leaderboard names that differ from the
 * dataset name, and the tasks with their /task/ slugs. Leaderboard datasets not listed here are
 * created by the importer from their names, as happens with the real archive.
 */
interface SampleDataset {
  slug: string;
  name: string;
  fullName?: string;
  variants?: string[];
  homepage?: string;
  tasks: string[];
  parent?: string;
}

// prettier-ignore
const DATASETS: SampleDataset[] = [
  { slug: 'squad11', name: 'SQuAD1.1', fullName: 'Stanford Question Answering Dataset 1.1', variants: ['SQuAD 1.1', 'SQuAD v1.1'], homepage: 'https://rajpurkar.github.io/SQuAD-explorer/', tasks: ['Question Answering'] },
  { slug: 'squad11-dev', name: 'SQuAD1.1 dev', tasks: ['Question Answering'], parent: 'squad11' },
  { slug: 'squad20', name: 'SQuAD2.0', fullName: 'Stanford Question Answering Dataset 2.0', variants: ['SQuAD 2.0', 'SQuAD v2.0'], homepage: 'https://rajpurkar.github.io/SQuAD-explorer/', tasks: ['Question Answering'] },
  { slug: 'coqa', name: 'CoQA', fullName: 'Conversational Question Answering Challenge', variants: ['CoQA (Conversational Question Answering Challenge)'], homepage: 'https://stanfordnlp.github.io/coqa/', tasks: ['Question Answering'] },
  { slug: 'hotpotqa', name: 'HotpotQA', homepage: 'https://hotpotqa.github.io/', tasks: ['Question Answering'] },
  { slug: 'record', name: 'ReCoRD', fullName: 'Reading Comprehension with Commonsense Reasoning Dataset', homepage: 'https://sheng-z.github.io/ReCoRD-explorer/', tasks: ['Common Sense Reasoning'] },
  { slug: 'snli', name: 'SNLI', fullName: 'Stanford Natural Language Inference', homepage: 'https://nlp.stanford.edu/projects/snli/', tasks: ['Natural Language Inference'] },
  { slug: 'cmrc-2018', name: 'CMRC 2018', fullName: 'Chinese Machine Reading Comprehension 2018', variants: ['CMRC 2018 (Chinese Machine Reading Comprehension 2018)'], tasks: ['Chinese Reading Comprehension'] },
  { slug: 'cmrc-2019', name: 'CMRC 2019', fullName: 'Chinese Machine Reading Comprehension 2019', variants: ['CMRC 2019 (Chinese Machine Reading Comprehension 2019)'], tasks: ['Chinese Reading Comprehension'] },
  { slug: 'chexpert', name: 'CheXpert', homepage: 'https://stanfordmlgroup.github.io/competitions/chexpert/', tasks: ['Multi-Label Classification'] },
  { slug: 'glue', name: 'GLUE', fullName: 'General Language Understanding Evaluation benchmark', homepage: 'https://gluebenchmark.com/', tasks: ['Natural Language Understanding'] },
  { slug: 'multinli', name: 'MultiNLI', fullName: 'Multi-Genre Natural Language Inference', tasks: ['Natural Language Inference'] },
  { slug: 'sst', name: 'SST', fullName: 'Stanford Sentiment Treebank', variants: ['SST-2 Binary classification', 'SST-5 Fine-grained classification'], tasks: ['Sentiment Analysis'] },
];

export function sampleDatasets(): Record<string, unknown>[] {
  return DATASETS.map((d) => ({
    url: `https://paperswithcode.com/dataset/${d.slug}`,
    name: d.name,
    full_name: d.fullName ?? null,
    homepage: d.homepage ?? null,
    description: null,
    short_description: null,
    parent_dataset: d.parent ?? null,
    paper: null,
    introduced_date: null,
    license_name: null,
    license_url: null,
    warning: null,
    modalities: d.slug === 'chexpert' ? ['Images'] : ['Texts'],
    tasks: d.tasks.map((task) => ({ task, url: `https://paperswithcode.com/task/${taskSlug(task)}` })),
    languages: d.slug.startsWith('cmrc') ? ['Chinese'] : d.slug === 'chexpert' ? [] : ['English'],
    variants: d.variants ?? [],
    num_papers: null,
    data_loaders: [],
  }));
}

function taskSlug(task: string): string {
  return task
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-|-$/g, '');
}
