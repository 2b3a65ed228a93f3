/*
 * The BERT paper as the old paperswithcode.com page showed it (title, authors, date, venue,
 * tasks, abstract), in the papers-with-abstracts format. CC-BY-SA 4.0, Papers with Code.
 */
export const BERT_PAPER_URL = 'https://paperswithcode.com/paper/bert-pre-training-of-deep-bidirectional';
export const BERT_TITLE = 'BERT: Pre-training of Deep Bidirectional Transformers for Language Understanding';
export const BERT_ARXIV_URL = 'https://arxiv.org/abs/1810.04805v2';
export const BERT_DATE = '2018-10-11';

export const BERT_PAPER = {
  paper_url: BERT_PAPER_URL,
  arxiv_id: '1810.04805',
  nips_id: null,
  openreview_id: null,
  title: BERT_TITLE,
  abstract:
    'We introduce a new language representation model called BERT, which stands for Bidirectional Encoder Representations from Transformers. Unlike recent language representation models, BERT is designed to pre-train deep bidirectional representations from unlabeled text by jointly conditioning on both left and right context in all layers. As a result, the pre-trained BERT model can be fine-tuned with just one additional output layer to create state-of-the-art models for a wide range of tasks, such as question answering and language inference, without substantial task-specific architecture modifications. BERT is conceptually simple and empirically powerful. It obtains new state-of-the-art results on eleven natural language processing tasks, including pushing the GLUE score to 80.5% (7.7% point absolute improvement), MultiNLI accuracy to 86.7% (4.6% absolute improvement), SQuAD v1.1 question answering Test F1 to 93.2 (1.5 point absolute improvement) and SQuAD v2.0 Test F1 to 83.1 (5.1 point absolute improvement).',
  short_abstract: null,
  url_abs: BERT_ARXIV_URL,
  url_pdf: 'https://arxiv.org/pdf/1810.04805v2.pdf',
  proceeding: 'NAACL 2019 6',
  authors: ['Jacob Devlin', 'Ming-Wei Chang', 'Kenton Lee', 'Kristina Toutanova'],
  tasks: [
    'Text Classification',
    'Emotion Recognition in Conversation',
    'Question Answering',
    'Paraphrase Identification',
    'Stock Market Prediction',
    'Sentiment Analysis',
    'Coreference Resolution',
    'Natural Language Inference',
    'Common Sense Reasoning',
    'Natural Language Understanding',
    'Multimodal Intent Recognition',
    'Linear-Probe Classification',
    'Named Entity Recognition',
    'Type prediction',
    'Semantic Textual Similarity',
    'Linguistic Acceptability',
    'Conversational Response Selection',
    'Named Entity Recognition (NER)',
    'Citation Intent Classification',
    'Sentence Classification',
    'Cross-Lingual Natural Language Inference',
  ],
  date: BERT_DATE,
  conference: null,
  conference_url_abs: null,
  conference_url_pdf: null,
  reproduces_paper: null,
  methods: [],
};
