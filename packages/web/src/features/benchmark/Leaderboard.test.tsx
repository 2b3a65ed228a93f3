import { fireEvent, screen, within } from '@testing-library/react';
import { renderWithRouter } from '../../../test/render';
import { LeaderboardView, type LeaderboardViewProps } from './Leaderboard';
import { entry, ERROR_AND_ACCURACY } from './leaderboard-fixtures';
import type { SotaChartProps } from './SotaChart';

// The chart draws on a canvas, which jsdom lacks; show what it was asked to draw instead.
jest.mock('./SotaChart', () => ({
  SotaChart: ({ entries, metric, history }: SotaChartProps) => (
    <p data-testid="chart">
      {metric.name}: {entries.length} points, {history.length} steps
    </p>
  ),
}));

const [ERROR, ACCURACY] = ERROR_AND_ACCURACY;

// As the server answered: its order and ranks, deliberately not what sorting here would give.
const a = entry('a', { Error: 3.1, Accuracy: 80 });
const b = entry('b', { Error: 2.5, Accuracy: 85 }, { hasCode: true });
const c = entry('c', { Error: 4.0, Accuracy: 91 }, { hasCode: true });
const SERVER_ROWS = [
  { row: c, rank: 1 },
  { row: a, rank: 1 },
  { row: b, rank: 3 },
];

function renderView(overrides: Partial<LeaderboardViewProps> = {}, path = '/sota/x') {
  const update = jest.fn();
  const props: LeaderboardViewProps = {
    metrics: ERROR_AND_ACCURACY,
    metric: ERROR!,
    resultCount: 3,
    state: {
      rows: SERVER_ROWS,
      history: [{ row: b, value: 2.5, date: '2020-01-01' }],
      totalCount: 3,
      complete: true,
      stale: false,
    },
    filters: { withCode: false, noExtraData: false },
    highlight: null,
    update,
    caption: 'X leaderboard',
    ...overrides,
  };
  return { ...renderWithRouter(<LeaderboardView {...props} />, path), update };
}

function tableRows(): string[] {
  return within(screen.getByRole('table'))
    .getAllByRole('rowheader')
    .map((cell) => cell.closest('tr')?.textContent ?? '');
}

describe('LeaderboardView', () => {
  it('shows the rows in the order and with the ranks the server gave, never re-ranked', () => {
    renderView();
    const rows = tableRows();
    expect(rows.map((text) => /Model (\w)/.exec(text)?.[1])).toEqual(['c', 'a', 'b']);
    expect(rows.map((text) => /^\d+/.exec(text)?.[0])).toEqual(['1', '1', '3']);
    expect(screen.getByTestId('chart')).toHaveTextContent('Error: 3 points, 1 steps');
    expect(screen.getByText('3 results, ranked by Error.')).toBeInTheDocument();
  });

  it('says when the direction of the ranking metric is only assumed', () => {
    renderView({ metric: { ...ACCURACY!, directionSource: 'DEFAULT' } });
    expect(screen.getByText('(direction assumed: higher is better)', { exact: false })).toBeVisible();
  });

  it('asks for another ranking through the URL when a metric is chosen or a column header clicked', () => {
    const { update } = renderView();
    fireEvent.change(screen.getByLabelText('Rank and chart by'), { target: { value: 'Accuracy' } });
    expect(update).toHaveBeenLastCalledWith({ metric: 'Accuracy' });
    update.mockClear();
    fireEvent.click(screen.getByRole('button', { name: /^Accuracy/ }));
    expect(update).toHaveBeenLastCalledWith({ metric: 'Accuracy' });
  });

  it('asks for filtered rows through the URL and says how many match', () => {
    const { update } = renderView({
      filters: { withCode: true, noExtraData: false },
      state: {
        rows: [
          { row: b, rank: 1 },
          { row: c, rank: 2 },
        ],
        history: [],
        totalCount: 2,
        complete: true,
        stale: false,
      },
      metric: ACCURACY!,
    });
    expect(screen.getByText('2 of 3 results match the filters, ranked by Accuracy.')).toBeInTheDocument();
    fireEvent.click(screen.getByLabelText('Without extra training data'));
    // Only the filter that changed: the other may have changed in the URL since this render.
    expect(update).toHaveBeenLastCalledWith({ extra: '0' });
  });

  it('highlights the rows of a linked paper', () => {
    renderView({ highlight: 'paper-b' });
    expect(screen.getByRole('status')).toHaveTextContent('Highlighting 1 result of Paper b.');
    const row = screen.getAllByRole('row').find((r) => r.getAttribute('aria-current') === 'true');
    expect(row && within(row).getByRole('rowheader')).toHaveTextContent('Model b');
  });

  it('says when the linked paper has no rows under the filters', () => {
    renderView({ highlight: 'paper-z' });
    expect(screen.getByRole('status')).toHaveTextContent('The linked paper has no results on this leaderboard');
  });

  it('tells the reader while rows are loading or a new ranking is on its way', () => {
    renderView({ state: { rows: SERVER_ROWS, history: [], totalCount: 1200, complete: false, stale: false } });
    expect(screen.getByText('Loading rows: 3 of 1,200…')).toBeInTheDocument();
  });

  it('keeps the previous rows on screen while a new ranking loads', () => {
    renderView({ state: { rows: SERVER_ROWS, history: [], totalCount: 3, complete: false, stale: true } });
    expect(screen.getByText('Ranking…')).toBeInTheDocument();
    expect(tableRows()).toHaveLength(3);
  });
});
