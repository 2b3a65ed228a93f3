import { fireEvent, screen, within } from '@testing-library/react';
import { renderWithRouter } from '../../../test/render';
import { paperResultLines, type PaperResultInput } from './paper-results';
import { ResultsTable } from './ResultsTable';

const squad = {
  slug: 'question-answering-on-squad11',
  task: { slug: 'question-answering', name: 'Question Answering' },
  dataset: { slug: 'squad11', name: 'SQuAD1.1' },
};

function metric(id: string, name: string, position: number, isNumeric = true) {
  return { id, name, position, isNumeric };
}

const results: PaperResultInput[] = [
  {
    id: 'r1',
    modelName: 'BERT (ensemble)',
    benchmark: squad,
    values: [
      { raw: '93.160', value: 93.16, metric: metric('f1', 'F1', 1) },
      { raw: '87.433', value: 87.433, metric: metric('em', 'EM', 0) },
      { raw: 'BERT-large', value: null, metric: metric('bb', 'Backbone', 2, false) },
    ],
  },
  {
    id: 'r2',
    modelName: 'BERT-LARGE',
    benchmark: {
      slug: 'sentiment-analysis-on-sst-2-binary',
      task: { slug: 'sentiment-analysis', name: 'Sentiment Analysis' },
      dataset: { slug: 'sst-2-binary', name: 'SST-2 Binary classification' },
    },
    values: [{ raw: '94.9', value: 94.9, metric: metric('acc', 'Accuracy', 0) }],
  },
];

describe('ResultsTable', () => {
  it('lists task, dataset, metric, value and model for every numeric value, in column order', () => {
    renderWithRouter(<ResultsTable lines={paperResultLines('bert-pre-training-of-deep-bidirectional', results)} />);
    const rows = screen.getAllByRole('row').slice(1);
    expect(
      rows.map((row) =>
        within(row)
          .getAllByRole('cell')
          .slice(0, 5)
          .map((cell) => cell.textContent),
      ),
    ).toEqual([
      ['Question Answering', 'SQuAD1.1', 'EM', '87.433', 'BERT (ensemble)'],
      ['Question Answering', 'SQuAD1.1', 'F1', '93.16', 'BERT (ensemble)'],
      ['Sentiment Analysis', 'SST-2 Binary classification', 'Accuracy', '94.9', 'BERT-LARGE'],
    ]);
  });

  it("links each value to its leaderboard with this paper's row highlighted", () => {
    renderWithRouter(<ResultsTable lines={paperResultLines('bert-pre-training-of-deep-bidirectional', results)} />);
    const link = screen.getByRole('link', { name: /F1 93\.16 by BERT \(ensemble\)/ });
    expect(link).toHaveAttribute(
      'href',
      '/sota/question-answering-on-squad11?p=bert-pre-training-of-deep-bidirectional',
    );
    expect(screen.getAllByRole('link', { name: 'Question Answering' })[0]).toHaveAttribute(
      'href',
      '/task/question-answering',
    );
  });

  it('filters long tables by any word of task, dataset, metric or model', () => {
    const many: PaperResultInput[] = Array.from({ length: 12 }, (_, i) => ({
      ...results[1]!,
      id: `x${i}`,
      modelName: i === 3 ? 'Special model' : `Model ${i}`,
    }));
    renderWithRouter(<ResultsTable lines={paperResultLines('p', many)} />);
    fireEvent.change(screen.getByLabelText('Filter results'), { target: { value: 'special' } });
    expect(screen.getAllByRole('row')).toHaveLength(2);
    expect(screen.getByText('1 of 12')).toBeInTheDocument();
  });

  it('says so when the paper has no results', () => {
    renderWithRouter(<ResultsTable lines={[]} />);
    expect(screen.getByText('This paper has no leaderboard results.')).toBeInTheDocument();
  });
});
