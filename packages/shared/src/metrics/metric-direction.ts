/** Whether larger or smaller values of a metric are better. */
export type MetricDirection = 'HIGHER_IS_BETTER' | 'LOWER_IS_BETTER';

/** Where a metric direction came from, so an editor can judge and correct it. */
export type DirectionSource = 'METRIC_NAME' | 'BOARD_TEXT' | 'VALUE_TREND' | 'DEFAULT' | 'EDITOR';

/** One published result of a metric, as used for trend inference. */
export interface TrendPoint {
  date: string | null;
  value: number | null;
}

export interface MetricDirectionInference {
  direction: MetricDirection;
  source: DirectionSource;
  /** True when the direction came from words (name, board text) but the values clearly moved the other way. */
  conflictsWithTrend: boolean;
}

/*
 * Keywords are matched against whole tokens of the metric name (lower-cased, split on anything
 * that is not a letter or digit), so "error" matches "Top-1 Error" but not "terror".
 * Multi-word keywords must appear as consecutive tokens ("miss rate", "bits dim" for "bits/dim").
 * Lower-is-better keywords win when both kinds appear ("Error rate", "Top-1 Accuracy error").
 * Deliberately not keywords: "drop" (DROP is also a dataset, so "Accuracy drop" reads as
 * HIGHER_IS_BETTER), "ms" (clashes with "MS-SSIM", "MS COCO"), "far" (an ordinary word).
 */
// prettier-ignore
export const LOWER_IS_BETTER_KEYWORDS: readonly string[] = [
  // errors and error rates
  'error', 'errors', 'err', 'wer', 'cer', 'ter', 'der', 'eer', 'hter', 'mce', 'ece', 'epe',
  'miss rate', 'lamr', 'false positive rate', 'false negative rate', 'fpr', 'fnr', 'frr',
  // losses and likelihood-based scores (bits per character/byte/dim/pixel, entropies, NLL)
  'loss', 'nll', 'negative log likelihood', 'neg log likelihood', 'log loss', 'logloss', 'perplexity',
  'ppl', 'bpd', 'bpc', 'bpb', 'bpp', 'bits', 'bit per character', 'bit per char', 'bits per char',
  'bit per byte', 'bits per byte', 'bits dim', 'bits per dim', 'bits per dimension', 'bits per pixel',
  'bits per character', 'nats', 'cross entropy', 'crossentropy', 'xent', 'model entropy', 'brier',
  'regret',
  // regression errors and distances
  'mae', 'mse', 'rmse', 'mape', 'smape', 'absrel', 'sqrel', 'abs rel', 'sq rel', 'distance',
  'chamfer', 'ade', 'fde', 'minade', 'minfde', 'mean rank', 'median rank', 'average rank', 'avg rank',
  // generative-model divergences
  'fid', 'sfid', 'kid', 'fvd', 'frechet', 'lpips', 'niqe', 'brisque',
  // cost: size, compute, time
  'params', 'param', 'parameters', 'flops', 'gflops', 'mflops', 'tflops', 'macs', 'gmacs', 'memory',
  'mem', 'vram', 'model size', 'latency', 'inference time', 'time', 'runtime', 'sec', 'seconds',
  'hours', 'gpu hours', 'cost', 'energy',
];

// prettier-ignore
export const HIGHER_IS_BETTER_KEYWORDS: readonly string[] = [
  // classification
  'accuracy', 'accuray', 'acc', 'top', 'top1', 'top5', 'balanced accuracy', 'f1', 'f1 score',
  'f1score', 'f score', 'f measure', 'fscore', 'em', 'exact match', 'precision', 'prec', 'recall',
  'auc', 'auroc', 'roc', 'aupr', 'mcc', 'kappa', 'success rate', 'success', 'win rate',
  // detection and segmentation
  'ap', 'map', 'ar', 'iou', 'miou', 'dice', 'jaccard', 'pq', 'pck', 'pckh', 'mota', 'hota', 'idf1',
  // text generation
  'bleu', 'sacrebleu', 'rouge', 'meteor', 'cider', 'spice', 'chrf', 'sari', 'gleu', 'bertscore',
  // image quality
  'psnr', 'ssim', 'inception score',
  // code, retrieval, ranking
  'pass', 'hits', 'hit rate', 'mrr', 'mean reciprocal rank', 'ndcg', 'r precision',
  // likelihoods (their negatives are lower-is-better above)
  'log likelihood', 'loglikelihood',
  // correlation and agreement
  'spearman', 'pearson', 'correlation', 'r2',
  // reinforcement learning and generic scores
  'score', 'reward', 'return', 'fps', 'throughput', 'speedup',
];

/*
 * Token shapes that carry a suffix: "AP50", "APs", "mAP75", "F1", "F0.5" (tokens "f0" "5"),
 * "BLEU4", "ROUGE1", "RougeL", "Hits10", "Macro-F1" (tokens "macro" "f1"), "MacroF1".
 */
const HIGHER_IS_BETTER_TOKEN_PATTERNS: readonly RegExp[] = [
  /^m?a[pr]\d*[sml]?$/,
  /^(macro|micro|weighted)?f\d+$/,
  /^(sacre)?bleu\d*$/,
  /^rouge(\d+|l|lsum)$/,
  /^(hits|top|pass|ndcg|recall|precision)\d+$/,
];

const LOWER_IS_BETTER_TOKEN_PATTERNS: readonly RegExp[] = [
  /^(min)?[af]de\d*$/,
  /^[kmgt]?(flops|macs)$/,
  /^fid\d*k?$/,
  /^ppl\d*$/,
  /^(test|val|dev|top\d*|class)?(err|error)s?(rate)?$/,
];

/*
 * A unit in brackets says what a column counts even when its words do not: "Speed (ms)",
 * "Size (MB)" are lower-is-better, "Speed (FPS)" higher. Matched on the raw name, since "ms" is
 * no keyword on its own ("MS-SSIM", "MS COCO").
 */
const LOWER_IS_BETTER_UNIT = /\(\s*(ms|s|sec|secs|seconds|min|minutes|h|hours|gb|mb|kb|m|b|k)\s*(\/[^)]*)?\)/i;
const HIGHER_IS_BETTER_UNIT = /\(\s*fps\s*\)/i;

/** Minimum number of dated values before the trend is trusted at all. */
export const TREND_MIN_POINTS = 4;
/** Minimum |Kendall tau-b| between date and value for the trend to count as clear. */
export const TREND_MIN_CORRELATION = 0.5;

function tokenize(text: string): string[] {
  return text
    .toLowerCase()
    .normalize('NFKD')
    .replace(/\p{M}/gu, '')
    .split(/[^a-z0-9]+/)
    .filter((token) => token.length > 0);
}

function containsPhrase(tokens: readonly string[], phrase: readonly string[]): boolean {
  for (let start = 0; start + phrase.length <= tokens.length; start++) {
    if (phrase.every((word, offset) => tokens[start + offset] === word)) return true;
  }
  return false;
}

const LOWER_IS_BETTER_PHRASES = LOWER_IS_BETTER_KEYWORDS.map(tokenize);
const HIGHER_IS_BETTER_PHRASES = HIGHER_IS_BETTER_KEYWORDS.map(tokenize);

function matches(
  tokens: readonly string[],
  phrases: readonly (readonly string[])[],
  patterns: readonly RegExp[],
): boolean {
  return (
    phrases.some((phrase) => containsPhrase(tokens, phrase)) ||
    tokens.some((token) => patterns.some((pattern) => pattern.test(token)))
  );
}

/** Direction implied by keywords in the metric name, or null when the name says nothing. */
export function directionFromMetricName(name: string): MetricDirection | null {
  const tokens = tokenize(name);
  if (matches(tokens, LOWER_IS_BETTER_PHRASES, LOWER_IS_BETTER_TOKEN_PATTERNS)) {
    return 'LOWER_IS_BETTER';
  }
  if (matches(tokens, HIGHER_IS_BETTER_PHRASES, HIGHER_IS_BETTER_TOKEN_PATTERNS)) {
    return 'HIGHER_IS_BETTER';
  }
  if (LOWER_IS_BETTER_UNIT.test(name)) return 'LOWER_IS_BETTER';
  if (HIGHER_IS_BETTER_UNIT.test(name)) return 'HIGHER_IS_BETTER';
  return null;
}

const STATED_DIRECTION: readonly [RegExp, MetricDirection][] = [
  [/\b(lower|smaller|less)( values?)? (is|are) better\b|\bthe (lower|smaller) the better\b/i, 'LOWER_IS_BETTER'],
  [
    /\b(higher|larger|greater|more)( values?)? (is|are) better\b|\bthe (higher|larger) the better\b/i,
    'HIGHER_IS_BETTER',
  ],
];

// "Models are evaluated based on average cross-entropy", "evaluated using perplexity".
const EVALUATED_ON =
  /\b(?:evaluated|measured|ranked|scored)\s+(?:based\s+)?(?:on|by|using|with|in)\s+((?:[\w/@-]+\s*){1,4})/i;

/**
 * Direction that a leaderboard's own text states for columns whose names say nothing ("Dev",
 * "Test"): an explicit "(lower is better)", else the metric that the text says the board is
 * evaluated on ("evaluated based on average cross-entropy"). Null when the text says neither, or
 * says both directions.
 */
export function directionFromBoardText(text: string | null | undefined): MetricDirection | null {
  if (text === null || text === undefined) return null;
  const stated = STATED_DIRECTION.filter(([pattern]) => pattern.test(text)).map(([, direction]) => direction);
  if (stated.length === 1) return stated[0] ?? null;
  if (stated.length > 1) return null;
  const evaluatedOn = EVALUATED_ON.exec(text)?.[1];
  return evaluatedOn === undefined ? null : directionFromMetricName(evaluatedOn);
}

const ISO_DATE = /^\d{4}-\d{2}-\d{2}/;

/** Kendall tau-b, which stays meaningful when many results share a date or a value. */
function kendallTauB(xs: readonly string[], ys: readonly number[]): number | null {
  let concordant = 0;
  let discordant = 0;
  let tiedXOnly = 0;
  let tiedYOnly = 0;
  for (let i = 0; i < xs.length; i++) {
    for (let j = i + 1; j < xs.length; j++) {
      const dx = xs[i] === xs[j] ? 0 : (xs[i] as string) < (xs[j] as string) ? 1 : -1;
      const dy = Math.sign((ys[j] as number) - (ys[i] as number));
      if (dx === 0 && dy === 0) continue;
      if (dx === 0) tiedXOnly++;
      else if (dy === 0) tiedYOnly++;
      else if (dx === dy) concordant++;
      else discordant++;
    }
  }
  const denominator = Math.sqrt((concordant + discordant + tiedXOnly) * (concordant + discordant + tiedYOnly));
  return denominator === 0 ? null : (concordant - discordant) / denominator;
}

/**
 * Direction in which published values moved over time (the state of the art improves, so
 * values that rise with date suggest higher is better). Null unless the evidence is clear.
 */
export function directionFromTrend(points: ReadonlyArray<TrendPoint>): MetricDirection | null {
  const dates: string[] = [];
  const values: number[] = [];
  for (const point of points) {
    if (point.date === null || !ISO_DATE.test(point.date)) continue;
    if (point.value === null || !Number.isFinite(point.value)) continue;
    dates.push(point.date.slice(0, 10));
    values.push(point.value);
  }
  if (dates.length < TREND_MIN_POINTS) return null;
  const tau = kendallTauB(dates, values);
  if (tau === null || Math.abs(tau) < TREND_MIN_CORRELATION) return null;
  return tau > 0 ? 'HIGHER_IS_BETTER' : 'LOWER_IS_BETTER';
}

/**
 * Evidence in order of strength: keywords of the metric name; for a name that says nothing, what
 * the board's text says (its dataset description); then the trend of the board's own dated
 * values; else higher-is-better, recorded as DEFAULT so that readers are told it is assumed.
 */
export function inferMetricDirection(
  name: string,
  points: ReadonlyArray<TrendPoint> = [],
  boardText: string | null = null,
): MetricDirectionInference {
  const fromTrend = directionFromTrend(points);
  const fromWords: [MetricDirection | null, DirectionSource][] = [
    [directionFromMetricName(name), 'METRIC_NAME'],
    [directionFromBoardText(boardText), 'BOARD_TEXT'],
  ];
  for (const [direction, source] of fromWords) {
    if (direction !== null)
      return { direction, source, conflictsWithTrend: fromTrend !== null && fromTrend !== direction };
  }
  if (fromTrend !== null) {
    return { direction: fromTrend, source: 'VALUE_TREND', conflictsWithTrend: false };
  }
  return { direction: 'HIGHER_IS_BETTER', source: 'DEFAULT', conflictsWithTrend: false };
}
