import {
  directionFromBoardText,
  directionFromMetricName,
  directionFromTrend,
  inferMetricDirection,
  type TrendPoint,
} from './metric-direction';

describe('directionFromMetricName', () => {
  it.each([
    'Top-1 Error',
    'Error rate',
    'WER',
    'Word Error Rate',
    'Test perplexity',
    'FID',
    'FID-50k',
    'bits/dim',
    'NLL',
    'MAE',
    'RMSE',
    'Latency (ms)',
    'Params',
    'Number of params',
    'FLOPs',
    'GFLOPs',
    'Inference time',
    'EER',
    'Miss rate',
    'CER',
    'Distance',
    'ADE/FDE',
    'minADE6',
    'LPIPS',
    // issue 9: names that ranked the worst row first, and their relatives
    'Bit per Character (BPC)',
    'Bits per character',
    'bit per char',
    'Bits per byte',
    'BPB',
    'NLL (bits/dim)',
    'Bits per dimension',
    'bpd',
    'nats',
    'Model Entropy',
    'Cross Entropy',
    'Cross-entropy loss',
    'Negative Log-Likelihood',
    'Log Loss',
    'LogLoss',
    'FID-10k',
    'Frechet Inception Distance',
    'Fréchet Video Distance',
    'KID',
    'Perplexity (PPL)',
    'Validation perplexity',
    'Test PPL',
    'PPL@2048',
    'Top-1 Error Rate',
    'Test Error',
    'TestError',
    'Top1Err',
    'Classification error (%)',
    'Err.',
    'Inference Latency',
    'Speed (ms)',
    'Speed (ms/img)',
    'Model size (MB)',
    'Size (M)',
    'GPU Memory',
    'Memory (GB)',
    'Param',
    '# Params',
    'Parameters (M)',
    'Average Rank',
    'Energy',
  ])('%s is lower-is-better', (name) => {
    expect(directionFromMetricName(name)).toBe('LOWER_IS_BETTER');
  });

  it.each([
    'Accuracy',
    'Accuray',
    'Top 1 Accuracy',
    'F1',
    'F1-score',
    'Macro-F1 of Sentiment',
    'EM',
    'Exact Match',
    'Precision',
    'Recall',
    'AUC',
    'ROC-AUC',
    'mAP',
    'box AP',
    'AP50',
    'APs',
    'mIoU',
    'BLEU',
    'BLEU-4',
    'ROUGE-L',
    'METEOR',
    'CIDEr',
    'PSNR',
    'SSIM',
    'MS-SSIM',
    'pass@1',
    'Hits@10',
    'MRR',
    'NDCG@10',
    'Spearman Correlation',
    'Pearson',
    'Score',
    'Log-likelihood',
    'Speed (FPS)',
    'Test Hits@100',
    '% Train Accuracy',
  ])('%s is higher-is-better', (name) => {
    expect(directionFromMetricName(name)).toBe('HIGHER_IS_BETTER');
  });

  it.each(['In-domain', 'Overall', 'Average', 'Dev', 'Test', '', 'Terror', 'Parametric', 'Entropy', 'Overall (%)'])(
    '%j says nothing',
    (name) => {
      expect(directionFromMetricName(name)).toBeNull();
    },
  );

  it('lets a lower keyword win over a higher one', () => {
    expect(directionFromMetricName('Accuracy error rate')).toBe('LOWER_IS_BETTER');
    expect(directionFromMetricName('mAP loss')).toBe('LOWER_IS_BETTER');
  });

  it('does not read "Mean Reciprocal Rank" as "Mean Rank"', () => {
    expect(directionFromMetricName('Mean Rank')).toBe('LOWER_IS_BETTER');
    expect(directionFromMetricName('Mean Reciprocal Rank')).toBe('HIGHER_IS_BETTER');
  });
});

describe('directionFromBoardText', () => {
  it('reads an explicit "lower is better" (the Event2Mind board of nlp-progress)', () => {
    const text =
      'Given an event described in a short free-form text, a model should reason about the likely intents and ' +
      "reactions of the\nevent's participants. Models are evaluated based on average cross-entropy (lower is better).\n";
    expect(directionFromBoardText(text)).toBe('LOWER_IS_BETTER');
    expect(directionFromBoardText('Higher values are better.')).toBe('HIGHER_IS_BETTER');
  });

  it('reads the metric the board says it is evaluated on', () => {
    expect(directionFromBoardText('Models are evaluated using perplexity on the test set.')).toBe('LOWER_IS_BETTER');
    expect(directionFromBoardText('Models are evaluated based on accuracy.\nExample: ...')).toBe('HIGHER_IS_BETTER');
    expect(directionFromBoardText('Results are measured in bits per character.')).toBe('LOWER_IS_BETTER');
  });

  it('says nothing without such words, or when they disagree', () => {
    expect(directionFromBoardText(null)).toBeNull();
    expect(directionFromBoardText('A large reading comprehension dataset with 100k questions.')).toBeNull();
    expect(directionFromBoardText('Lower is better for the error, higher is better for the accuracy.')).toBeNull();
  });
});

const dated = (pairs: [string | null, number | null][]): TrendPoint[] =>
  pairs.map(([date, value]) => ({ date, value }));

describe('directionFromTrend', () => {
  it('reads values rising over time as higher-is-better', () => {
    const points = dated([
      ['2019-01-01', 70],
      ['2020-01-01', 75],
      ['2018-01-01', 60],
      ['2021-06-01', 80],
    ]);
    expect(directionFromTrend(points)).toBe('HIGHER_IS_BETTER');
  });

  it('reads values falling over time as lower-is-better', () => {
    const points = dated([
      ['2016-03-01', 30.1],
      ['2017-03-01', 25.3],
      ['2018-03-01', 26.0],
      ['2019-03-01', 20.2],
      ['2020-03-01', 18.7],
    ]);
    expect(directionFromTrend(points)).toBe('LOWER_IS_BETTER');
  });

  it('needs at least four dated values', () => {
    const points = dated([
      ['2018-01-01', 1],
      ['2019-01-01', 2],
      ['2020-01-01', 3],
      [null, 4],
      ['2021-01-01', null],
      ['not a date', 5],
    ]);
    expect(directionFromTrend(points)).toBeNull();
  });

  it('returns null when values do not move with time', () => {
    const noisy = dated([
      ['2018-01-01', 50],
      ['2019-01-01', 90],
      ['2020-01-01', 40],
      ['2021-01-01', 80],
      ['2022-01-01', 45],
    ]);
    expect(directionFromTrend(noisy)).toBeNull();
    const sameDay = dated([
      ['2020-01-01', 1],
      ['2020-01-01', 2],
      ['2020-01-01', 3],
      ['2020-01-01', 4],
    ]);
    expect(directionFromTrend(sameDay)).toBeNull();
  });

  it('compares timestamps by their calendar date', () => {
    const points = dated([
      ['2018-01-01T10:00:00Z', 1],
      ['2019-01-01', 2],
      ['2020-01-01T00:00:00.000Z', 3],
      ['2021-01-01', 4],
    ]);
    expect(directionFromTrend(points)).toBe('HIGHER_IS_BETTER');
  });
});

describe('inferMetricDirection', () => {
  const falling = dated([
    ['2018-01-01', 40],
    ['2019-01-01', 30],
    ['2020-01-01', 20],
    ['2021-01-01', 10],
  ]);

  it('prefers the metric name', () => {
    expect(inferMetricDirection('Top-1 Error', falling)).toEqual({
      direction: 'LOWER_IS_BETTER',
      source: 'METRIC_NAME',
      conflictsWithTrend: false,
    });
  });

  it('flags a name that contradicts a clear trend', () => {
    expect(inferMetricDirection('Accuracy', falling)).toEqual({
      direction: 'HIGHER_IS_BETTER',
      source: 'METRIC_NAME',
      conflictsWithTrend: true,
    });
  });

  it('falls back to the trend, then to higher-is-better', () => {
    expect(inferMetricDirection('Overall', falling)).toEqual({
      direction: 'LOWER_IS_BETTER',
      source: 'VALUE_TREND',
      conflictsWithTrend: false,
    });
    expect(inferMetricDirection('Overall', falling.slice(0, 3))).toEqual({
      direction: 'HIGHER_IS_BETTER',
      source: 'DEFAULT',
      conflictsWithTrend: false,
    });
    expect(inferMetricDirection('In-domain')).toEqual({
      direction: 'HIGHER_IS_BETTER',
      source: 'DEFAULT',
      conflictsWithTrend: false,
    });
  });

  it('uses the board text for names that say nothing, before the trend', () => {
    const rising = dated([
      ['2018-01-01', 1],
      ['2018-06-01', 2],
      ['2019-01-01', 3],
      ['2019-06-01', 4],
    ]);
    const text = 'Models are evaluated based on average cross-entropy (lower is better).';
    expect(inferMetricDirection('Test', [], text)).toEqual({
      direction: 'LOWER_IS_BETTER',
      source: 'BOARD_TEXT',
      conflictsWithTrend: false,
    });
    expect(inferMetricDirection('Test', rising, text).conflictsWithTrend).toBe(true);
    expect(inferMetricDirection('Accuracy', [], 'lower is better').source).toBe('METRIC_NAME');
  });
});
