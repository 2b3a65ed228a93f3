import { compareMetricValues, rankRows, type RankableRow } from './ranking';

const row = (id: string, date: string | null, value?: number | null): RankableRow => ({
  id,
  date,
  values: value === undefined ? {} : { Accuracy: value },
});

const summary = (ranked: { row: RankableRow; rank: number | null }[]) =>
  ranked.map(({ row: { id }, rank }) => [id, rank]);

describe('compareMetricValues', () => {
  it('is negative when the first value is better', () => {
    expect(compareMetricValues(90, 80, 'HIGHER_IS_BETTER')).toBeLessThan(0);
    expect(compareMetricValues(80, 90, 'HIGHER_IS_BETTER')).toBeGreaterThan(0);
    expect(compareMetricValues(2.1, 3.4, 'LOWER_IS_BETTER')).toBeLessThan(0);
    expect(compareMetricValues(3.4, 2.1, 'LOWER_IS_BETTER')).toBeGreaterThan(0);
    expect(compareMetricValues(5, 5, 'LOWER_IS_BETTER')).toBe(0);
  });
});

describe('rankRows', () => {
  it('ranks higher-is-better rows best first', () => {
    const rows = [row('a', '2019-01-01', 80), row('b', '2020-01-01', 90), row('c', null, 85)];
    expect(summary(rankRows(rows, 'Accuracy', 'HIGHER_IS_BETTER'))).toEqual([
      ['b', 1],
      ['c', 2],
      ['a', 3],
    ]);
  });

  it('ranks lower-is-better rows smallest first, negative values included', () => {
    const rows = [row('a', null, 3.5), row('b', null, -1), row('c', null, 0)];
    expect(summary(rankRows(rows, 'Accuracy', 'LOWER_IS_BETTER'))).toEqual([
      ['b', 1],
      ['c', 2],
      ['a', 3],
    ]);
  });

  it('shares ranks on ties (1, 2, 2, 4), earlier date first, then undated, then input order', () => {
    const rows = [
      row('undated', null, 80),
      row('late', '2021-05-01', 80),
      row('best', '2022-01-01', 95),
      row('early', '2018-02-03', 80),
      row('undated-2', null, 80),
      row('worst', '2017-01-01', 70),
    ];
    expect(summary(rankRows(rows, 'Accuracy', 'HIGHER_IS_BETTER'))).toEqual([
      ['best', 1],
      ['early', 2],
      ['late', 2],
      ['undated', 2],
      ['undated-2', 2],
      ['worst', 6],
    ]);
  });

  it('puts rows without a finite value last with a null rank', () => {
    const rows: RankableRow[] = [
      row('missing', '2018-01-01'),
      row('null', '2017-01-01', null),
      row('nan', null, NaN),
      row('ok', '2020-01-01', 1),
      { id: 7, date: null, values: { Other: 3 } },
    ];
    expect(summary(rankRows(rows, 'Accuracy', 'LOWER_IS_BETTER'))).toEqual([
      ['ok', 1],
      ['null', null],
      ['missing', null],
      ['nan', null],
      [7, null],
    ]);
  });

  it('does not read inherited properties as metric values', () => {
    const rows = [row('a', null, 1)];
    expect(rankRows(rows, 'constructor', 'HIGHER_IS_BETTER')).toEqual([{ row: rows[0], rank: null }]);
  });

  it('returns a new array and leaves the input untouched', () => {
    const rows = [row('a', null, 1), row('b', null, 2)];
    const ranked = rankRows(rows, 'Accuracy', 'HIGHER_IS_BETTER');
    expect(rows.map((r) => r.id)).toEqual(['a', 'b']);
    expect(ranked[0]?.row).toBe(rows[1]);
    expect(rankRows([], 'Accuracy', 'HIGHER_IS_BETTER')).toEqual([]);
  });
});
