import { plural, shortAuthorList } from './format';

describe('list helpers', () => {
  it('pluralizes counts', () => {
    expect(plural(1, 'paper')).toBe('1 paper');
    expect(plural(1200, 'paper')).toBe('1,200 papers');
  });

  it('shortens long author lists', () => {
    expect(shortAuthorList(['A', 'B', 'C', 'D', 'E'])).toBe('A, B, C, D et al.');
  });
});
