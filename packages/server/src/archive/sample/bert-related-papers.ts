import { slugify } from '@pwc/shared';
import { BERT_PAPER } from './bert-paper';

type Json = Record<string, unknown>;

/*
 * The related papers of the BERT paper's paperswithcode.com page (title and date, as the page
 * showed them). CC-BY-SA 4.0, Papers with Code.
 */
const RELATED: readonly [title: string, date: string][] = [
  [
    'Long-Short Distance Graph Neural Networks and Improved Curriculum Learning for Emotion Recognition in Conversation',
    '2025-07-21',
  ],
  ['Making Language Model a Hierarchical Classifier and Generator', '2025-07-17'],
  ['From Roots to Rewards: Dynamic Tree Reasoning with RL', '2025-07-17'],
  ['Enter the Mind Palace: Reasoning and Planning for Long-term Active Embodied Question Answering', '2025-07-17'],
  ['Vision-and-Language Training Helps Deploy Taxonomic Knowledge but Does Not Fundamentally Alter It', '2025-07-17'],
  ['City-VLM: Towards Multidomain Perception Scene Understanding via Multimodal Incomplete Learning', '2025-07-17'],
  ['AdaptiSent: Context-Aware Adaptive Attention for Multimodal Aspect-Based Sentiment Analysis', '2025-07-17'],
  [
    'Comparing Apples to Oranges: A Dataset & Analysis of LLM Humour Understanding from Traditional Puns to Topical Jokes',
    '2025-07-17',
  ],
];

/**
 * BERT's related papers in the papers-with-abstracts format. The page gave neither their slugs
 * (derived from the title here) nor their tasks: a paper gets the tasks of BERT that its title
 * names ("… Emotion Recognition in Conversation"), which is what made it related; the others none.
 */
export function bertRelatedPapers(): Json[] {
  return RELATED.map(([title, date]) => ({
    paper_url: `https://paperswithcode.com/paper/${slugify(title)}`,
    arxiv_id: null,
    nips_id: null,
    openreview_id: null,
    title,
    abstract: null,
    short_abstract: null,
    url_abs: null,
    url_pdf: null,
    proceeding: null,
    authors: [],
    tasks: BERT_PAPER.tasks.filter((task) => title.toLowerCase().includes(task.toLowerCase())),
    date,
    conference: null,
    conference_url_abs: null,
    conference_url_pdf: null,
    reproduces_paper: null,
    methods: [],
  }));
}
