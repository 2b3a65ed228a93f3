import { rankRows } from '@pwc/shared';
import { fireEvent, screen, within } from '@testing-library/react';
import { renderWithRouter } from '../../../test/render';
import { entry, ERROR_AND_ACCURACY } from './leaderboard-fixtures';
import type { LeaderboardEntry } from './leaderboard-rows';
import { LeaderboardTable, VIRTUALIZE_FROM } from './LeaderboardTable';

const entries: LeaderboardEntry[] = [
  entry('a', { Error: 3.1, Accuracy: 80 }),
  entry('b', { Error: 2.5, Accuracy: 78 }),
  entry('c', { Error: 4.0, Accuracy: 91 }),
  entry('d', { Error: null, Accuracy: 85 }),
];

function modelsInOrder(): string[] {
  return screen
    .getAllByRole('row')
    .slice(1)
    .map((row) => within(row).getByRole('rowheader').textContent ?? '');
}

function renderTable(metric: 'Error' | 'Accuracy', highlightPaper: string | null = null, onRankBy = jest.fn()) {
  const column = ERROR_AND_ACCURACY.find((m) => m.name === metric)!;
  renderWithRouter(
    <LeaderboardTable
      metrics={ERROR_AND_ACCURACY}
      rows={rankRows(entries, column.name, column.direction)}
      rankingMetric={metric}
      onRankBy={onRankBy}
      highlightPaper={highlightPaper}
      caption="Test leaderboard"
    />,
  );
  return onRankBy;
}

describe('LeaderboardTable', () => {
  it('ranks a lower-is-better metric smallest first, rows without a value last', () => {
    renderTable('Error');
    expect(modelsInOrder()).toEqual(['Model b', 'Model a', 'Model c', 'Model d']);
    const ranks = screen
      .getAllByRole('row')
      .slice(1)
      .map((row) => within(row).getAllByRole('cell')[0]?.textContent);
    expect(ranks).toEqual(['1', '2', '3', '—']);
    expect(screen.getByRole('columnheader', { name: /Error/ })).toHaveAttribute('aria-sort', 'ascending');
  });

  it('ranks a higher-is-better metric largest first', () => {
    renderTable('Accuracy');
    expect(modelsInOrder()).toEqual(['Model c', 'Model d', 'Model a', 'Model b']);
    expect(screen.getByRole('columnheader', { name: /Accuracy/ })).toHaveAttribute('aria-sort', 'descending');
  });

  it('shows every metric column and ranks by a numeric one when its header is pressed', () => {
    const onRankBy = renderTable('Error');
    expect(screen.getByRole('columnheader', { name: 'Backbone' })).toBeInTheDocument();
    expect(within(screen.getByRole('columnheader', { name: 'Backbone' })).queryByRole('button')).toBeNull();
    fireEvent.click(screen.getByRole('button', { name: /Accuracy/ }));
    expect(onRankBy).toHaveBeenCalledWith('Accuracy');
  });

  it("highlights the linked paper's rows", () => {
    renderTable('Error', 'paper-c');
    const highlighted = screen.getAllByRole('row').filter((row) => row.getAttribute('aria-current') === 'true');
    expect(highlighted).toHaveLength(1);
    expect(within(highlighted[0]!).getByRole('rowheader')).toHaveTextContent('Model c');
    expect(within(highlighted[0]!).getByRole('link', { name: 'Paper c' })).toHaveAttribute('href', '/paper/paper-c');
  });

  it('links a row’s paper and code only when their addresses are http(s)', () => {
    renderWithRouter(
      <LeaderboardTable
        metrics={ERROR_AND_ACCURACY}
        rows={rankRows(
          [
            entry(
              'safe',
              { Error: 1 },
              {
                paper: null,
                paperTitle: 'A safe paper',
                paperUrl: 'https://arxiv.org/abs/2001.00001',
                codeLinks: [{ title: 'safe/code', url: 'https://github.com/safe/code' }],
              },
            ),
            entry(
              'trap',
              { Error: 2 },
              {
                paper: null,
                paperTitle: 'A trap',
                paperUrl: 'javascript:alert(1)',
                codeLinks: [{ title: 'trap/code', url: ' JaVaScRiPt:alert(1)' }],
              },
            ),
          ],
          'Error',
          'LOWER_IS_BETTER',
        )}
        rankingMetric="Error"
        onRankBy={jest.fn()}
        highlightPaper={null}
        caption="Links"
      />,
    );
    const [safe, trap] = screen.getAllByRole('row').slice(1);
    expect(within(safe!).getByRole('link', { name: /^A safe paper/ })).toHaveAttribute(
      'href',
      'https://arxiv.org/abs/2001.00001',
    );
    expect(within(safe!).getByRole('link', { name: /^Code/ })).toHaveAttribute('href', 'https://github.com/safe/code');
    expect(within(trap!).queryByRole('link')).toBeNull();
    expect(within(trap!).getByText('A trap')).toHaveClass('inert-link');
  });

  it('keeps a 2,000-row leaderboard light: only rows near the viewport are in the page', () => {
    const many = Array.from({ length: 2000 }, (_, i) => entry(String(i), { Error: i / 10, Accuracy: 100 - i / 20 }));
    expect(many.length).toBeGreaterThanOrEqual(VIRTUALIZE_FROM);
    renderWithRouter(
      <LeaderboardTable
        metrics={ERROR_AND_ACCURACY}
        rows={rankRows(many, 'Error', 'LOWER_IS_BETTER')}
        rankingMetric="Error"
        onRankBy={jest.fn()}
        highlightPaper={null}
        caption="Big leaderboard"
      />,
    );
    const bodyRows = screen.getAllByRole('row').filter((row) => row.getAttribute('data-index') !== null);
    expect(bodyRows.length).toBeGreaterThan(0);
    expect(bodyRows.length).toBeLessThan(100);
    expect(screen.getByRole('table')).toHaveAttribute('aria-rowcount', '2001');
    expect(within(bodyRows[0]!).getByRole('rowheader')).toHaveTextContent('Model 0');
  });
});
