import type { DataSource } from 'typeorm';
import { GraphFactory } from './factories';

/**
 * A small graph shaped like the real one: two areas, a task DAG, two leaderboards (one where
 * lower is better), papers with authors, code and methods, and rows that match no paper.
 */
export async function buildSampleGraph(db: DataSource) {
  const f = new GraphFactory(db);
  const nlp = await f.area('Natural Language Processing');
  const cv = await f.area('Computer Vision');

  const qa = await f.task('Question Answering', { areas: [nlp], description: 'Answer questions about **text**.' });
  const openQa = await f.task('Open-Domain Question Answering', { areas: [nlp], parents: [qa], synonyms: ['ODQA'] });
  const classification = await f.task('Image Classification', { areas: [cv] });

  const squad = await f.dataset('SQuAD1.1', { tasks: [qa], modalities: ['Texts'], languages: ['English'] });
  const imagenet = await f.dataset('ImageNet', { tasks: [classification], modalities: ['Images'] });

  const attention = await f.collection('Attention Mechanisms', nlp);
  const transformer = await f.method('Transformer', { collections: [attention], introducedYear: 2017 });
  const dropout = await f.method('Dropout', { introducedYear: 2014 });

  const bert = await f.paper('BERT: Pre-training of Deep Bidirectional Transformers for Language Understanding', {
    slug: 'bert-pre-training-of-deep-bidirectional',
    arxivId: '1810.04805',
    published: '2018-10-11',
    proceeding: 'NAACL 2019 6',
    abstract: 'We introduce a new language representation model called BERT.',
    authors: ['Jacob Devlin', 'Ming-Wei Chang', 'Kenton Lee', 'Kristina Toutanova'],
    tasks: [qa, openQa],
    methods: [transformer, dropout],
  });
  const xlnet = await f.paper('XLNet: Generalized Autoregressive Pretraining for Language Understanding', {
    arxivId: '1906.08237',
    published: '2019-06-19',
    abstract: 'An autoregressive pretraining method that outperforms BERT on twenty tasks.',
    authors: ['Zhilin Yang', 'Zihang Dai'],
    tasks: [qa],
    methods: [transformer],
  });
  const resnet = await f.paper('Deep Residual Learning for Image Recognition', {
    arxivId: '1512.03385',
    published: '2015-12-10',
    abstract: 'Residual networks ease the training of very deep networks.',
    authors: ['Kaiming He'],
    tasks: [classification],
  });
  const bidaf = await f.paper('Bidirectional Attention Flow for Machine Comprehension', {
    published: '2016-11-05',
    abstract: 'BiDAF uses attention flow for question answering.',
    tasks: [qa],
  });

  await f.repository(bert, 'https://github.com/huggingface/transformers', { framework: 'pytorch', stars: 130000 });
  await f.repository(bert, 'https://github.com/google-research/bert', {
    isOfficial: true,
    framework: 'tf',
    stars: 38000,
  });
  await f.repository(resnet, 'https://github.com/KaimingHe/deep-residual-networks', { isOfficial: true });

  const squadBoard = await f.benchmark(qa, squad, [
    { name: 'EM' },
    { name: 'F1' },
    { name: 'Backbone', isNumeric: false },
  ]);
  const bidafRow = await f.result(
    squadBoard,
    'BiDAF',
    { EM: '67.7', F1: '77.3', Backbone: 'LSTM' },
    { paper: bidaf, date: '2016-11-05' },
  );
  const bertRow = await f.result(
    squadBoard,
    'BERT (ensemble)',
    { EM: '87.433', F1: '93.160', Backbone: 'Transformer' },
    { paper: bert, date: '2018-10-11' },
  );
  const xlnetRow = await f.result(
    squadBoard,
    'XLNet',
    { EM: '89.898', F1: '95.080' },
    { paper: xlnet, date: '2019-06-19', usesAdditionalData: true },
  );
  const humanRow = await f.result(
    squadBoard,
    'Human Performance',
    { EM: '82.304', F1: '91.221' },
    { date: '2016-06-16' },
  );
  const noDateRow = await f.result(
    squadBoard,
    'Mystery model',
    { EM: '87.433', F1: 'N/A' },
    { codeLinks: [{ title: 'code', url: 'https://github.com/x/y' }] },
  );

  const imagenetBoard = await f.benchmark(classification, imagenet, [
    { name: 'Top 1 Error', direction: 'LOWER_IS_BETTER' },
    { name: 'Params', direction: 'LOWER_IS_BETTER' },
  ]);
  const resnetRow = await f.result(
    imagenetBoard,
    'ResNet-152',
    { 'Top 1 Error': '19.38%', Params: '60M' },
    { paper: resnet, date: '2015-12-10' },
  );
  const vggRow = await f.result(
    imagenetBoard,
    'VGG-19',
    { 'Top 1 Error': '24.4%', Params: '144M' },
    { date: '2014-09-04' },
  );

  return {
    areas: { nlp, cv },
    tasks: { qa, openQa, classification },
    datasets: { squad, imagenet },
    methods: { transformer, dropout },
    collections: { attention },
    papers: { bert, xlnet, resnet, bidaf },
    benchmarks: { squadBoard, imagenetBoard },
    rows: { bidafRow, bertRow, xlnetRow, humanRow, noDateRow, resnetRow, vggRow },
  };
}

export type SampleGraph = Awaited<ReturnType<typeof buildSampleGraph>>;
