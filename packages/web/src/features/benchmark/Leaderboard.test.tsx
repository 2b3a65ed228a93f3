import { fireEvent, screen, within } from '@testing-library/react';
import { renderWithRouter } from '../../../test/render';
import type { FragmentType } from '../../graphql';
import { Leaderboard, type Leaderboard_benchmark } from './Leaderboard';
import { ERROR_AND_ACCURACY } from './leaderboard-fixtures';
import type { SotaChartProps } from './SotaChart';

// The chart draws on a canvas, which jsdom lacks; show what it was asked to draw instead.
jest.mock('./SotaChart', () => ({
  SotaChart: ({ entries, metric, history }: SotaChartProps) => (
    <p data-testid="chart">
      {metric.name}: {entries.length} points, {history.length} steps
    </p>
  ),
}));

function result(id: string, error: number, accuracy: number, extra: { hasCode?: boolean; date?: string } = {}) {
  return {
    __typename: 'Result',
    id,
    modelName: `Model ${id}`,
    evaluatedOn: extra.date ?? '2020-01-01',
    usesAdditionalData: id === 'c',
    hasCode: extra.hasCode ?? false,
    paperTitle: null,
    paperUrl: null,
    paper: { id: `p-${id}`, slug: `paper-${id}`, title: `Paper ${id}` },
    codeLinks: [],
    values: [
      { raw: String(error), value: error, metric: { id: 'm-err' } },
      { raw: String(accuracy), value: accuracy, metric: { id: 'm-acc' } },
      { raw: 'ResNet', value: null, metric: { id: 'm-bb' } },
    ],
  };
}

const benchmark = {
  metrics: ERROR_AND_ACCURACY,
  rows: {
    totalCount: 3,
    pageInfo: { hasNextPage: false, endCursor: 'c3' },
    edges: [
      result('a', 3.1, 80, { date: '2019-01-01' }),
      result('b', 2.5, 85, { hasCode: true, date: '2020-01-01' }),
      result('c', 4.0, 91, { hasCode: true, date: '2021-01-01' }),
    ].map((node, i) => ({ cursor: `c${i + 1}`, node: { result: node } })),
  },
} as unknown as FragmentType<typeof Leaderboard_benchmark>;

function models(): string[] {
  const table = screen.getByRole('table');
  return within(table)
    .getAllByRole('rowheader')
    .map((cell) => cell.textContent ?? '');
}

function renderLeaderboard(path = '/sota/x', complete = true) {
  return renderWithRouter(<Leaderboard benchmark={benchmark} complete={complete} caption="X leaderboard" />, path);
}

describe('Leaderboard', () => {
  it('ranks by the first numeric metric in its direction by default', () => {
    renderLeaderboard();
    expect(models()).toEqual(['Model b', 'Model a', 'Model c']);
    expect(screen.getByTestId('chart')).toHaveTextContent('Error: 3 points, 2 steps');
  });

  it('re-ranks the table and redraws the chart when another metric is chosen, and keeps it in the URL', () => {
    const { router } = renderLeaderboard();
    fireEvent.change(screen.getByLabelText('Rank and chart by'), { target: { value: 'Accuracy' } });
    expect(models()).toEqual(['Model c', 'Model b', 'Model a']);
    expect(screen.getByTestId('chart')).toHaveTextContent('Accuracy: 3 points, 3 steps');
    expect(router.state.location.search).toBe('?metric=Accuracy');
  });

  it('filters to rows with code and without extra training data', () => {
    renderLeaderboard();
    fireEvent.click(screen.getByLabelText('Only results with code'));
    expect(models()).toEqual(['Model b', 'Model c']);
    fireEvent.click(screen.getByLabelText('Without extra training data'));
    expect(models()).toEqual(['Model b']);
    expect(screen.getByText('1 of 3 results match the filters, ranked by Error.')).toBeInTheDocument();
  });

  it('opens on the metric and filters of a permalink and highlights the linked paper', () => {
    renderLeaderboard('/sota/x?metric=Accuracy&code=1&p=paper-b');
    expect(models()).toEqual(['Model c', 'Model b']);
    expect(screen.getByRole('status')).toHaveTextContent('Highlighting 1 result of Paper b.');
    const row = screen.getAllByRole('row').find((r) => r.getAttribute('aria-current') === 'true');
    expect(row && within(row).getByRole('rowheader')).toHaveTextContent('Model b');
  });

  it('says when the filters hide the linked paper', () => {
    renderLeaderboard('/sota/x?code=1&p=paper-a');
    expect(screen.getByRole('status')).toHaveTextContent('The filters hide the results of Paper a.');
  });

  it('tells the reader while further rows are still loading', () => {
    renderLeaderboard('/sota/x', false);
    expect(screen.getByText('Loading rows: 3 of 3…')).toBeInTheDocument();
  });
});
