import { formatDate, formatMetricValue, repoNameFromUrl } from './format';

describe('formatMetricValue', () => {
  it('prefers the published text', () => {
    expect(formatMetricValue(85.1, ' 85.1% ')).toBe('85.1%');
    expect(formatMetricValue(null, '0.8428 ± 0.0014')).toBe('0.8428 ± 0.0014');
  });

  it('formats the number compactly when there is no text', () => {
    expect(formatMetricValue(85.1)).toBe('85.1');
    expect(formatMetricValue(85.10000000001, '')).toBe('85.1');
    expect(formatMetricValue(91.23456, '  ')).toBe('91.2346');
    expect(formatMetricValue(12000000)).toBe('12000000');
    expect(formatMetricValue(0.000123456)).toBe('0.0001235');
    expect(formatMetricValue(-0.5)).toBe('-0.5');
    expect(formatMetricValue(-0)).toBe('0');
  });

  it('shows a dash when there is nothing', () => {
    expect(formatMetricValue(null)).toBe('—');
    expect(formatMetricValue(null, null)).toBe('—');
    expect(formatMetricValue(NaN, '')).toBe('—');
  });
});

describe('formatMetricValue for display', () => {
  it('shows plain decimals without trailing zeros, as the old site did', () => {
    expect(formatMetricValue(93.16, '93.160')).toBe('93.16');
    expect(formatMetricValue(62, '62.0')).toBe('62');
  });

  it('keeps published text that is more than a number', () => {
    expect(formatMetricValue(0.8428, '0.8428 ± 0.0014')).toBe('0.8428 ± 0.0014');
    expect(formatMetricValue(85.1, '85.1%')).toBe('85.1%');
  });

  it('falls back to the number, or a dash when there is none', () => {
    expect(formatMetricValue(12.5, null)).toBe('12.5');
    expect(formatMetricValue(null, null)).toBe('—');
  });
});

describe('formatDate', () => {
  it('keeps the ISO calendar date only', () => {
    expect(formatDate('2018-10-11')).toBe('2018-10-11');
    expect(formatDate('2018-10-11T08:30:00.000Z')).toBe('2018-10-11');
    expect(formatDate('2018-10')).toBe('2018-10');
    expect(formatDate(null)).toBe('');
    expect(formatDate('October 2018')).toBe('');
    expect(formatDate('20181011')).toBe('');
  });
});

describe('repoNameFromUrl', () => {
  it.each([
    ['https://github.com/google-research/bert', 'github.com', 'google-research', 'bert'],
    ['https://github.com/google-research/bert/', 'github.com', 'google-research', 'bert'],
    ['https://www.github.com/huggingface/transformers.git', 'github.com', 'huggingface', 'transformers'],
    [
      'https://github.com/facebookresearch/detectron2/tree/master/projects',
      'github.com',
      'facebookresearch',
      'detectron2',
    ],
    ['github.com/openai/CLIP?tab=readme', 'github.com', 'openai', 'CLIP'],
    ['git@github.com:pytorch/vision.git', 'github.com', 'pytorch', 'vision'],
    ['https://gitlab.com/group/subgroup/project/-/tree/main/src', 'gitlab.com', 'group/subgroup', 'project'],
    ['https://gitlab.com/owner/repo', 'gitlab.com', 'owner', 'repo'],
    ['https://bitbucket.org/team/repo/src/master', 'bitbucket.org', 'team', 'repo'],
  ])('%s', (url, host, owner, name) => {
    expect(repoNameFromUrl(url)).toEqual({ host, owner, name });
  });

  it('leaves owner or name null when the URL does not say', () => {
    expect(repoNameFromUrl('https://github.com/google-research')).toEqual({
      host: 'github.com',
      owner: 'google-research',
      name: null,
    });
    expect(repoNameFromUrl('https://example.org')).toEqual({
      host: 'example.org',
      owner: null,
      name: null,
    });
    expect(repoNameFromUrl('')).toEqual({ host: '', owner: null, name: null });
  });
});
