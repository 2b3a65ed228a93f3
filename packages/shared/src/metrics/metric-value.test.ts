import { isMissingMetricValue, isNumericMetric, isUnparsedMetricValue, parseMetricValue } from './metric-value';

describe('parseMetricValue', () => {
  it.each<[unknown, number]>([
    [85.1, 85.1],
    [0, 0],
    ['85.1%', 85.1],
    ['49.02', 49.02],
    ['0.8428 ± 0.0014', 0.8428],
    ['12M', 12_000_000],
    ['1.5B', 1.5e9],
    ['3.2k', 3200],
    ['3.2K', 3200],
    ['4.1 G', 4.1e9],
    ['60.2/71.4', 60.2],
    ['1,234.5', 1234.5],
    ['1,234,567', 1234567],
    ['+2.3', 2.3],
    ['-0.5', -0.5],
    ['\u22120.5', -0.5],
    ['.85', 0.85],
    ['1e-3', 0.001],
    ['2.5E2', 250],
    [' 91.2 (dev)', 91.2],
    ['91.2*', 91.2],
    ['12.3 ms', 12.3],
    ['12.3ms', 12.3],
    ['**70.3**', 70.3],
    ['(32.76 32.07 26.26 22.74)', 32.76],
    ['91.2†', 91.2],
    ['~85', 85],
    ['12MB', 12e6],
    ['1.5GB', 1.5e9],
    ['12Mb/s', 12e6],
  ])('%j -> %d', (raw, expected) => {
    expect(parseMetricValue(raw)).toBe(expected);
  });

  it.each<[unknown]>([
    ['-'],
    ['N/A'],
    [''],
    ['   '],
    [null],
    [undefined],
    ['n.a.'],
    ['—'],
    ['NaN'],
    ['Infinity'],
    [NaN],
    [Infinity],
    [-Infinity],
    ['1e400'],
    [true],
    [{ value: 1 }],
    [[1]],
    ['ResNet-50'],
    ['3D CNN'],
    ['2x'],
    ['2nd'],
    ['<0.1'],
    ['**-**'],
    ['Yes'],
  ])('%j -> null', (raw) => {
    expect(parseMetricValue(raw)).toBeNull();
  });
});

describe('isMissingMetricValue', () => {
  it('recognises placeholders but not values or labels', () => {
    expect(['', ' - ', '—', 'N/A', 'n.a.', null, undefined].map(isMissingMetricValue)).toEqual(Array(7).fill(true));
    expect([0, '0', 'No', 'ResNet-50'].map(isMissingMetricValue)).toEqual(Array(4).fill(false));
  });
});

describe('isNumericMetric', () => {
  it('accepts columns of numbers with placeholders and the odd label', () => {
    expect(isNumericMetric([85.1, '84.3%', '-', null, '83.0'])).toBe(true);
    expect(isNumericMetric(['81.2', 'see paper'])).toBe(true);
  });

  it('is numeric when any value parses: unparsed values never veto a column (issue 9)', () => {
    expect(isNumericMetric(['see paper'])).toBe(false);
    expect(isNumericMetric(['see paper', 'tbd', '70.3'])).toBe(true);
    expect(isNumericMetric(['**70.3**'])).toBe(true);
  });

  it('rejects columns where nothing parses', () => {
    expect(isNumericMetric(['ResNet-50', 'ViT-B/16', 'Swin-L'])).toBe(false);
    expect(isNumericMetric(['Yes', 'No', 'No'])).toBe(false);
    expect(isNumericMetric(['ImageNet-22k', 'JFT-300M'])).toBe(false);
  });

  it('rejects columns with no values', () => {
    expect(isNumericMetric([])).toBe(false);
    expect(isNumericMetric([null, '', '-', 'N/A'])).toBe(false);
  });

  it('rejects known label column names whatever the values', () => {
    expect(isNumericMetric(['50', '101'], 'Backbone')).toBe(false);
    expect(isNumericMetric(['1', '0'], 'Ext. data')).toBe(false);
    expect(isNumericMetric(['1', '0'], 'extra  DATA')).toBe(false);
    expect(isNumericMetric(['25M', '86M'], 'Params')).toBe(true);
  });
});

describe('isUnparsedMetricValue', () => {
  it('is true for published text without a number, false for numbers and placeholders', () => {
    expect(['see paper', 'ResNet-50', '<0.1'].map(isUnparsedMetricValue)).toEqual([true, true, true]);
    expect(['85.1', 85.1, '-', null, ''].map(isUnparsedMetricValue)).toEqual(Array(5).fill(false));
  });
});
