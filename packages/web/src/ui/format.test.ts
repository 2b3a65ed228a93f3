import { formatValue, plural, shortAuthorList } from './format';

describe('formatValue', () => {
  it('shows plain decimals without trailing zeros, as the old site did', () => {
    expect(formatValue(93.16, '93.160')).toBe('93.16');
    expect(formatValue(62, '62.0')).toBe('62');
  });

  it('keeps published text that is more than a number', () => {
    expect(formatValue(0.8428, '0.8428 ± 0.0014')).toBe('0.8428 ± 0.0014');
    expect(formatValue(85.1, '85.1%')).toBe('85.1%');
  });

  it('falls back to the number, or a dash when there is none', () => {
    expect(formatValue(12.5, null)).toBe('12.5');
    expect(formatValue(null, null)).toBe('—');
  });
});

describe('list helpers', () => {
  it('pluralizes counts', () => {
    expect(plural(1, 'paper')).toBe('1 paper');
    expect(plural(1200, 'paper')).toBe('1,200 papers');
  });

  it('shortens long author lists', () => {
    expect(shortAuthorList(['A', 'B', 'C', 'D', 'E'])).toBe('A, B, C, D et al.');
  });
});
