import { MockedProvider } from '@apollo/client/testing/react';
import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import { GraphQLError } from 'graphql';
import { renderWithRouter } from '../../../test/render';
import { createCache } from '../../app/cache';
import { EditableRowDocument, SubmitBoardDocument, UpdateResultDocument } from '../../graphql/graphql';
import { RowEditor } from './RowEditor';

const ID = 'UmVzdWx0OjQy';
const SLUG = 'question-answering-on-squad11';
const ROW = {
  __typename: 'EditableResult',
  benchmarkSlug: SLUG,
  modelName: 'BERT (single model)',
  paperTitle: null,
  paperUrl: 'https://example.org/bert',
  evaluatedOn: '2018-10-11',
  usesAdditionalData: false,
  values: [
    { __typename: 'ProposedValue', metric: 'EM', value: '84.1' },
    { __typename: 'ProposedValue', metric: 'F1', value: '90.9' },
  ],
  version: '1',
};
const BOARD = {
  __typename: 'Benchmark',
  id: 'QmVuY2htYXJr',
  slug: SLUG,
  task: { __typename: 'Task', id: 'VGFzaw', name: 'Question Answering' },
  dataset: { __typename: 'Dataset', id: 'RGF0YXNldA', name: 'SQuAD1.1' },
  metrics: [
    { __typename: 'Metric', id: 'TWV0cmljOjE', name: 'EM', direction: 'HIGHER_IS_BETTER' },
    { __typename: 'Metric', id: 'TWV0cmljOjI', name: 'F1', direction: 'HIGHER_IS_BETTER' },
  ],
};
/** The row as someone else left it meanwhile. */
const NOW = { ...ROW, modelName: 'BERT-base (single model)', usesAdditionalData: true, version: '2' };
const update = (baseVersion: string, result: Record<string, unknown>) => ({
  query: UpdateResultDocument,
  variables: { id: ID, baseVersion, result, reason: 'Table 2 of the paper' },
});

function renderEditor(mocks: ConstructorParameters<typeof MockedProvider>[0]['mocks']) {
  const onDone = jest.fn();
  renderWithRouter(
    <MockedProvider
      cache={createCache()}
      mocks={[
        { request: { query: EditableRowDocument, variables: { id: ID } }, result: { data: { editableResult: ROW } } },
        { request: { query: SubmitBoardDocument, variables: { slug: SLUG } }, result: { data: { benchmark: BOARD } } },
        ...(mocks ?? []),
      ]}
    >
      <RowEditor id={ID} slug={SLUG} onClose={() => {}} onDone={onDone} />
    </MockedProvider>,
  );
  return onDone;
}

const editForm = () => screen.getByRole('form', { name: 'Edit the row' });
const field = (label: string | RegExp) => within(editForm()).getByLabelText(label);

describe('RowEditor', () => {
  it('starts from the row as it stands and sends only what changed; a conflict shows the row now, and the next save is based on it', async () => {
    const onDone = renderEditor([
      {
        request: update('1', {
          values: [
            { metric: 'EM', value: '85.0' },
            { metric: 'F1', value: '90.9' },
          ],
        }),
        result: {
          errors: [
            new GraphQLError('The row changed since version 1', {
              extensions: { code: 'CONFLICT', argument: 'baseVersion', current: NOW },
            }),
          ],
        },
      },
      {
        request: update('2', {
          values: [
            { metric: 'EM', value: '85.0' },
            { metric: 'F1', value: '90.9' },
          ],
        }),
        result: {
          data: {
            updateResult: {
              __typename: 'Contribution',
              id: 'Q29udHJpYnV0aW9uOjE',
              status: 'PUBLISHED',
              modelName: 'x',
            },
          },
        },
      },
    ]);
    expect(await screen.findByRole('heading', { name: 'Edit “BERT (single model)”' })).toBeInTheDocument();
    await screen.findByRole('form', { name: 'Edit the row' });
    expect(field(/^EM/)).toHaveValue('84.1');
    expect(field('Paper URL')).toHaveValue('https://example.org/bert');

    fireEvent.change(field(/^EM/), { target: { value: '85.0' } });
    fireEvent.change(field('Reason for the edit'), { target: { value: 'Table 2 of the paper' } });
    fireEvent.submit(editForm());
    const conflict = await screen.findByText(/This row changed since you opened it/);
    const notice = conflict.closest('[role="alert"]') as HTMLElement;
    expect(within(notice).getByText('BERT-base (single model)')).toBeInTheDocument();
    expect(within(notice).getByText('Yes')).toBeInTheDocument();
    // What the reader typed stays; the fields they left take the row's values now, so saving
    // again (based on version 2) sends only the reader's change.
    expect(field(/^EM/)).toHaveValue('85.0');
    expect(field('Model name')).toHaveValue(NOW.modelName);
    expect(field('Uses extra training data')).toBeChecked();
    expect(onDone).not.toHaveBeenCalled();
    fireEvent.submit(editForm());
    await waitFor(() => expect(onDone).toHaveBeenCalledWith('“x” is updated on the leaderboard.'));
  });

  it('shows the server’s field errors beside their fields, values beside their metric', async () => {
    renderEditor([
      {
        request: update('1', {
          paperUrl: 'ftp://example.org/bert',
          values: [
            { metric: 'EM', value: '84.1' },
            { metric: 'F1', value: 'ninety' },
          ],
        }),
        result: {
          errors: [
            new GraphQLError('Invalid argument "result.values[1].value": is not a number', {
              extensions: { code: 'BAD_USER_INPUT', argument: 'result.values[1].value' },
            }),
            new GraphQLError('Invalid argument "result.paperUrl": must be an http(s) URL', {
              extensions: { code: 'BAD_USER_INPUT', argument: 'result.paperUrl' },
            }),
          ],
        },
      },
    ]);
    await screen.findByRole('heading', { name: 'Edit “BERT (single model)”' });
    // The form comes with the board's metrics, a second query: wait for it, not only the heading.
    await screen.findByRole('form', { name: 'Edit the row' });
    fireEvent.change(field(/^F1/), { target: { value: 'ninety' } });
    fireEvent.change(field('Paper URL'), { target: { value: 'ftp://example.org/bert' } });
    fireEvent.change(field('Reason for the edit'), { target: { value: 'Table 2 of the paper' } });
    fireEvent.submit(editForm());
    expect(await screen.findByText('is not a number')).toBeInTheDocument();
    expect(field(/^F1/)).toHaveAttribute('aria-invalid', 'true');
    expect(field('Paper URL')).toHaveAccessibleDescription('must be an http(s) URL');
  });

  it('says so when nothing changed, without asking the server', async () => {
    const onDone = renderEditor([]);
    await screen.findByRole('heading', { name: 'Edit “BERT (single model)”' });
    // The form comes with the board's metrics, a second query: wait for it, not only the heading.
    await screen.findByRole('form', { name: 'Edit the row' });
    fireEvent.change(field('Reason for the edit'), { target: { value: 'no change' } });
    fireEvent.submit(editForm());
    expect(await within(editForm()).findByRole('alert')).toHaveTextContent('Nothing changed yet');
    expect(onDone).not.toHaveBeenCalled();
  });
});
