import type { RankableRow } from './ranking';
import { sotaHistory } from './sota-history';

const row = (id: string, date: string | null, value: number | null): RankableRow => ({
  id,
  date,
  values: { Error: value },
});

const ids = (points: { row: RankableRow }[]) => points.map((point) => point.row.id);

describe('sotaHistory', () => {
  it('keeps only strict improvements in date order (higher is better)', () => {
    const rows = [
      row('d', '2020-01-01', 85),
      row('a', '2017-01-01', 70),
      row('c', '2019-01-01', 75),
      row('b', '2018-01-01', 80),
      row('e', '2021-01-01', 85),
      row('f', '2022-01-01', 86),
    ];
    const history = sotaHistory(rows, 'Error', 'HIGHER_IS_BETTER');
    expect(ids(history)).toEqual(['a', 'b', 'd', 'f']);
    expect(history[1]).toEqual({ row: rows[3], value: 80, date: '2018-01-01' });
  });

  it('follows decreasing values when lower is better', () => {
    const rows = [
      row('a', '2016-01-01', 30),
      row('b', '2017-01-01', 32),
      row('c', '2018-01-01', 25),
      row('d', '2019-01-01', 25),
      row('e', '2020-01-01', 19.5),
    ];
    expect(ids(sotaHistory(rows, 'Error', 'LOWER_IS_BETTER'))).toEqual(['a', 'c', 'e']);
  });

  it('counts the better value on a shared date, and the first listed on an exact tie', () => {
    const rows = [
      row('weak', '2019-05-01', 60),
      row('strong', '2019-05-01', 65),
      row('twin', '2019-05-01', 65),
      row('first', '2018-01-01', 50),
    ];
    expect(ids(sotaHistory(rows, 'Error', 'HIGHER_IS_BETTER'))).toEqual(['first', 'strong']);
  });

  it('always counts the first dated row, even when undated rows are better', () => {
    const rows = [row('undated', null, 99), row('empty-date', '', 98), row('only', '2020-01-01', 1)];
    expect(ids(sotaHistory(rows, 'Error', 'HIGHER_IS_BETTER'))).toEqual(['only']);
  });

  it('excludes missing values and other metrics', () => {
    const rows: RankableRow[] = [
      row('null', '2017-01-01', null),
      { id: 'other', date: '2016-01-01', values: { Accuracy: 90 } },
      row('nan', '2018-01-01', NaN),
      row('ok', '2019-01-01', 5),
    ];
    expect(ids(sotaHistory(rows, 'Error', 'LOWER_IS_BETTER'))).toEqual(['ok']);
    expect(sotaHistory([], 'Error', 'LOWER_IS_BETTER')).toEqual([]);
  });
});
