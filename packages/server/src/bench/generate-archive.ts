import { mkdir } from 'node:fs/promises';
import { join } from 'node:path';
import { Random } from './random';
import { writeJsonArray } from './write-json-array';

export interface GenerateOptions {
  folder: string;
  /** 1 = the size of the final real archive. */
  scale: number;
  log: (line: string) => void;
}

/** Record counts of the final (July 2025) archive. */
export const FULL_SIZE = { papers: 576_261, links: 300_161, topLevelTasks: 2_254, methods: 8_725, datasets: 15_008 };

// prettier-ignore
const WORDS = 'we propose a novel method for learning deep neural network models that outperform state of the art baselines on several benchmark datasets using attention transformer convolution graph reinforcement policy language vision image text speech training loss data representation self supervised contrastive robust efficient scalable sparse generative diffusion adversarial'.split(' ');
// prettier-ignore
const METRICS = ['Accuracy', 'Top-1 Accuracy', 'F1', 'EM', 'mAP', 'BLEU', 'ROUGE-L', 'Error rate', 'Perplexity', 'WER', 'FID', 'PSNR', 'SSIM', 'MAE', 'Params', 'AUC', 'mIoU', 'Backbone', 'Hits@10', 'MRR'];
const FRAMEWORKS = ['none', 'pytorch', 'tf', 'jax', 'mindspore', 'paddle', 'mxnet', 'caffe2', 'torch'];
const AREAS = [
  'Computer Vision',
  'Natural Language Processing',
  'Miscellaneous',
  'Medical',
  'Methodology',
  'Time Series',
  'Graphs',
  'Audio',
];
const METHOD_AREAS: [string, string][] = [
  ['general', 'General'],
  ['computer-vision', 'Computer Vision'],
  ['natural-language-processing', 'Natural Language Processing'],
  ['graphs', 'Graphs'],
  ['reinforcement-learning', 'Reinforcement Learning'],
  ['sequential', 'Sequential'],
  ['audio', 'Audio'],
];
const HOSTILE = [
  "01/01/1967' AND 2*3*8=6*8 AND 'AncJ'='AncJ",
  '<script>alert(1)</script>',
  'Robert"); DROP TABLE paper;--',
];

// Leaderboard sizes follow a power law, as the real ones do: half the boards have at most 5 rows,
// one in a thousand has 1,000 or more (ImageNet's has about 1,000). Pareto with x_min 4 and
// shape 1.3, capped at 2,000: with 1-4 datasets per task this gives ~9k boards and ~124k rows.
const BOARD_SIZE = { xMin: 4, shape: 1.3, max: 2_000, emptyShare: 0.02 };
// Like BERT: a few papers with ~30 result rows, ~20 tasks and a few repositories each.
const FAMOUS = { papers: 200, shareOfRows: 0.04, shareOfLinks: 0.003, minTasks: 15, extraTasks: 11 };

const taskName = (i: number) => `Synthetic Task ${i}`;
const datasetName = (i: number) => `SynthSet-${i}`;
const methodName = (i: number) => `SynthMethod ${i}`;
const paperSlug = (i: number) => `synthetic-paper-${i}`;
const arxivId = (i: number) =>
  `20${String(1 + Math.floor(i / 100_000)).padStart(2, '0')}.${String(i % 100_000).padStart(5, '0')}`;

/** Rows of one leaderboard: mostly a handful, a long tail up to BOARD_SIZE.max. */
function boardSize(random: Random): number {
  if (random.chance(BOARD_SIZE.emptyShare)) return 0;
  const pareto = BOARD_SIZE.xMin * Math.pow(1 - random.next(), -1 / BOARD_SIZE.shape);
  return Math.max(1, Math.min(BOARD_SIZE.max, Math.floor(pareto) - 1));
}

function metricValue(random: Random, metric: string): unknown {
  if (metric === 'Backbone') return random.pick(['ResNet-50', 'ViT-B/16', 'Swin-L', '']);
  const roll = random.next();
  const value = (random.next() * 100).toFixed(random.int(4));
  if (roll < 0.05) return random.pick(['N/A', '-', null, '']);
  if (roll < 0.15) return `${value}%`;
  if (roll < 0.2) return `${value} ± ${random.next().toFixed(2)}`;
  if (roll < 0.25) return `${random.int(900)}M`;
  if (roll < 0.35) return Number(value);
  return value;
}

/** A synthetic archive with the real files' names, record counts, shapes and kinds of noise. */
export async function generateArchive({ folder, scale, log }: GenerateOptions): Promise<void> {
  await mkdir(folder, { recursive: true });
  const n = (count: number) => Math.max(1, Math.round(count * scale));
  const papers = n(FULL_SIZE.papers);
  const taskCount = n(FULL_SIZE.topLevelTasks) * 3; // top-level tasks and their subtasks
  const datasets = n(FULL_SIZE.datasets);
  const methods = n(FULL_SIZE.methods);
  const random = new Random(42);
  // Famous papers are spread evenly over the paper ids; every one has a title and an arXiv id,
  // so that leaderboard rows can link to it.
  const famousCount = Math.max(1, Math.round(FAMOUS.papers * scale));
  const famousStep = Math.max(1, Math.floor(papers / famousCount));
  const isFamous = (i: number) => i % famousStep === 0 && i / famousStep < famousCount;
  const famousPaper = () => famousStep * random.int(famousCount);

  log(`datasets.json.gz: ${datasets}`);
  await writeJsonArray(join(folder, 'datasets.json.gz'), datasets, (i) => ({
    url: `https://paperswithcode.com/dataset/synthset-${i}`,
    name: i % 997 === 5 ? HOSTILE[i % HOSTILE.length] : datasetName(i),
    full_name: `Synthetic dataset number ${i}`,
    homepage: random.chance(0.5) ? `https://data.example/${i}` : null,
    description: random.words(WORDS, 60),
    short_description: null,
    parent_dataset: i > 10 && random.chance(0.02) ? `synthset-${random.int(i)}` : null,
    paper: random.chance(0.6)
      ? {
          title: `Synthetic paper ${random.int(papers)}`,
          url: `https://paperswithcode.com/paper/${paperSlug(random.int(papers))}`,
        }
      : null,
    introduced_date: random.chance(0.7)
      ? `20${String(10 + random.int(15))}-0${1 + random.int(9)}-1${random.int(9)}`
      : null,
    license_name: null,
    license_url: null,
    warning: null,
    modalities: [random.pick(['Images', 'Texts', 'Audio', 'Graphs', 'Videos'])],
    tasks: Array.from({ length: 1 + random.int(3) }, () => {
      const t = random.int(taskCount);
      return { task: taskName(t), url: `https://paperswithcode.com/task/synthetic-task-${t}` };
    }),
    languages: random.chance(0.5) ? ['English'] : [],
    variants: [datasetName(i), `${datasetName(i)} (full)`],
    num_papers: random.int(500),
    data_loaders: [],
  }));

  log(`methods.json.gz: ${methods}`);
  await writeJsonArray(join(folder, 'methods.json.gz'), methods, (i) => {
    const [areaId, area] = random.pick(METHOD_AREAS);
    return {
      url: `https://paperswithcode.com/method/synthmethod-${i}`,
      name: methodName(i),
      full_name: `Synthetic Method ${i}`,
      description: `A **method** with $x^${i % 7}$: ${random.words(WORDS, 50)}`,
      paper: random.chance(0.8)
        ? { title: `Synthetic paper ${i}`, url: `https://paperswithcode.com/paper/${paperSlug(random.int(papers))}` }
        : null,
      introduced_year: random.chance(0.5) ? 2000 : 2010 + random.int(15),
      source_url: null,
      source_title: null,
      code_snippet_url: null,
      num_papers: random.int(1000),
      collections: [{ collection: `Synthetic Collection ${i % 350}`, area_id: areaId, area }],
    };
  });

  log(`papers-with-abstracts.json.gz: ${papers}`);
  await writeJsonArray(join(folder, 'papers-with-abstracts.json.gz'), papers, (i) => {
    const m = random.int(7);
    const famous = isFamous(i);
    const paperTasks = famous ? FAMOUS.minTasks + random.int(FAMOUS.extraTasks) : random.int(5);
    return {
      paper_url: `https://paperswithcode.com/paper/${paperSlug(i)}`,
      arxiv_id: famous
        ? arxivId(i)
        : random.chance(0.75)
          ? arxivId(random.chance(0.001) ? random.int(i + 1) : i)
          : null,
      nips_id: null,
      openreview_id: null,
      title:
        !famous && random.chance(0.0005)
          ? null
          : i % 50_000 === 7
            ? HOSTILE[i % HOSTILE.length]
            : `Synthetic paper ${i}: ${random.words(WORDS, 8)}`,
      abstract: random.words(WORDS, 170 + random.int(120)).replace(/ (we) /g, '\n$1 '),
      short_abstract: null,
      url_abs: `http://arxiv.org/abs/${arxivId(i)}v${1 + random.int(3)}`,
      url_pdf: `http://arxiv.org/pdf/${arxivId(i)}v1.pdf`,
      proceeding: random.chance(0.3) ? `NeurIPS 20${10 + random.int(15)} ${random.int(10)}` : null,
      authors: Array.from({ length: 1 + random.int(8) }, () => `Author ${random.int(400_000)}`),
      tasks: Array.from({ length: paperTasks }, () =>
        random.chance(0.01) ? 'model' : taskName(random.int(taskCount)),
      ),
      date: random.chance(0.02)
        ? ''
        : random.chance(0.0002)
          ? '2222-01-01'
          : `20${String(10 + random.int(15))}-${String(1 + random.int(12)).padStart(2, '0')}-${String(1 + random.int(28)).padStart(2, '0')}`,
      conference: null,
      conference_url_abs: null,
      conference_url_pdf: null,
      reproduces_paper: null,
      methods: Array.from({ length: m }, () => {
        const k = random.chance(0.02) ? methods + random.int(500) : random.int(methods);
        return {
          name: methodName(k),
          full_name: `Synthetic Method ${k}`,
          description: random.words(WORDS, 40),
          introduced_year: 2000,
          source_url: null,
          source_title: null,
          code_snippet_url: null,
          main_collection: {
            name: `Synthetic Collection ${k % 350}`,
            description: 'A collection.',
            parent: k % 350 > 10 ? `Synthetic Collection ${k % 10}` : null,
            area: 'General',
          },
        };
      }),
    };
  });

  const links = n(FULL_SIZE.links);
  log(`links-between-papers-and-code.json.gz: ${links}`);
  await writeJsonArray(join(folder, 'links-between-papers-and-code.json.gz'), links, (i) => {
    const p = random.chance(0.01)
      ? papers + i
      : random.chance(FAMOUS.shareOfLinks)
        ? famousPaper()
        : random.int(papers);
    return {
      paper_url: `https://paperswithcode.com/paper/${paperSlug(p)}`,
      paper_title: `Synthetic paper ${p}`,
      paper_arxiv_id: null,
      paper_url_abs: null,
      paper_url_pdf: null,
      repo_url: `https://github.com/owner${random.int(100_000)}/repo-${i}${random.chance(0.05) ? '/tree/master' : ''}`,
      is_official: random.chance(0.3),
      mentioned_in_paper: random.chance(0.3),
      mentioned_in_github: random.chance(0.5),
      framework: random.pick(FRAMEWORKS),
    };
  });

  const topLevel = n(FULL_SIZE.topLevelTasks);
  log(`evaluation-tables.json.gz: ${topLevel} top-level tasks`);
  let rowsWritten = 0;
  const boardSizes: number[] = [];
  const row = (date: number) => {
    rowsWritten++;
    const famous = random.chance(FAMOUS.shareOfRows);
    const p = famous ? famousPaper() : random.int(papers);
    const linkKind = famous ? 0.5 : random.next(); // famous rows link by arXiv URL
    return {
      code_links: random.chance(0.3)
        ? [{ title: 'code', url: `https://github.com/owner${random.int(1000)}/impl-${p}` }]
        : [],
      metrics: {} as Record<string, unknown>,
      model_links: [],
      model_name: random.chance(0.005) ? '' : random.chance(0.001) ? HOSTILE[1] : `Model ${random.int(100_000)}`,
      paper_date: random.chance(0.05)
        ? null
        : `20${String(12 + Math.min(12, date)).padStart(2, '0')}-0${1 + random.int(9)}-1${random.int(9)}`,
      paper_title: linkKind < 0.3 ? `Synthetic paper ${p}` : '',
      paper_url: linkKind < 0.7 ? `https://arxiv.org/abs/${arxivId(p)}v2` : '',
      uses_additional_data: random.chance(0.1),
    };
  };
  const dataset = (key: 'dataset' | 'subdataset', depth: number): Record<string, unknown> => {
    const metrics = Array.from({ length: 1 + random.int(3) }, () => random.pick(METRICS));
    const size = boardSize(random);
    boardSizes.push(size);
    const rows = Array.from({ length: size }, (_, k) => {
      const r = row(k);
      for (const metric of metrics) r.metrics[metric] = metricValue(random, metric);
      return r;
    });
    const d = random.int(datasets);
    return {
      [key]: random.chance(0.1)
        ? `${datasetName(d)} (full)`
        : random.chance(0.15)
          ? `Unlisted set ${random.int(20_000)}`
          : datasetName(d),
      description: '',
      dataset_citations: [],
      dataset_links: [],
      sota: { metrics, rows },
      subdatasets: depth < 1 && random.chance(0.1) ? [dataset('subdataset', depth + 1)] : [],
    };
  };
  const task = (name: string, depth: number): Record<string, unknown> => ({
    task: name,
    description: random.words(WORDS, 30),
    categories: [random.pick(AREAS)],
    synonyms: [],
    source_link: null,
    datasets: Array.from({ length: 1 + random.int(4) }, () => dataset('dataset', 0)),
    subtasks: depth < 2 && random.chance(0.35) ? [task(taskName(random.int(taskCount)), depth + 1)] : [],
  });
  await writeJsonArray(join(folder, 'evaluation-tables.json.gz'), topLevel, (i) => task(taskName(i), 0));
  log(
    `evaluation tables: ${rowsWritten} result rows in ${boardSizes.length} leaderboards, ${describeSizes(boardSizes)}`,
  );
}

function describeSizes(sizes: number[]): string {
  const sorted = [...sizes].sort((a, b) => a - b);
  const at = (q: number) => sorted[Math.min(sorted.length - 1, Math.floor(q * sorted.length))] ?? 0;
  const large = sorted.filter((size) => size >= 1_000).length;
  return `rows per board: median ${at(0.5)}, 90th percentile ${at(0.9)}, largest ${at(1)}, ${large} with 1,000 or more`;
}
