import { useMutation, useQuery } from '@apollo/client/react';
import { useState, type FormEvent } from 'react';
import { Link, useSearchParams } from 'react-router';
import { browserFormErrors, formErrorsOf, NO_ERRORS, type FormErrors } from '../features/account/form-errors';
import { FormError, FormField } from '../features/account/FormField';
import '../features/account/account.css';
import {
  AddResultMutation,
  PendingChangesQuery,
  SubmitBoardQuery,
  SubmitBoardSearchQuery,
} from '../features/contribution/contribution-operations';
import { PendingChangesList } from '../features/contribution/PendingChanges';
import '../features/contribution/contribution.css';
import { PageLoading } from '../ui/Loading';
import { Section } from '../ui/Section';
import { usePageMeta } from '../ui/page-meta';
import { ReasonField } from '../features/contribution/ReasonField';

/**
 * /submit — add a result to a leaderboard: the board picked by search (?board=<slug>), a value
 * per metric, the paper, and a reason. A contributor's result waits for review and is shown
 * here as pending; trusted accounts publish at once.
 */
export function SubmitPage() {
  usePageMeta({ title: 'Submit a result', noindex: true });
  const [params, setParams] = useSearchParams();
  const board = params.get('board');
  const pending = useQuery(PendingChangesQuery, { fetchPolicy: 'network-only' });
  if (pending.error) throw pending.error;
  if (pending.loading && !pending.data) return <PageLoading />;
  const viewer = pending.data?.viewer;

  return (
    <div className="submit-page">
      <header className="page-header">
        <h1>Submit a result</h1>
        <p className="muted">
          Add a model’s published result to a leaderboard. Every change is recorded with its reason and can be reverted.
        </p>
        <p>
          Or <Link to="/submit/paper">add a paper</Link> the site does not have yet.
        </p>
      </header>
      {!viewer ? (
        <p>
          <Link to="/signin?next=%2Fsubmit">Sign in</Link> or <Link to="/signup?next=%2Fsubmit">create an account</Link>{' '}
          to submit results.
        </p>
      ) : (
        <>
          <p className="muted">
            {viewer.role === 'CONTRIBUTOR'
              ? 'Your results wait for a moderator’s review before they appear on the public leaderboard.'
              : 'Your account publishes directly: the result appears on the leaderboard at once.'}
          </p>
          {board ? (
            <ResultForm slug={board} onChangeBoard={() => setParams({})} onDone={() => pending.refetch()} />
          ) : (
            <BoardPicker onPick={(slug) => setParams({ board: slug })} />
          )}
          <Section id="pending" title="Your changes waiting for review" count={viewer.pendingChanges.length}>
            <PendingChangesList changes={viewer.pendingChanges} />
          </Section>
        </>
      )}
    </div>
  );
}

function BoardPicker({ onPick }: { onPick: (slug: string) => void }) {
  const [text, setText] = useState('');
  const query = text.trim();
  const { data, loading } = useQuery(SubmitBoardSearchQuery, { variables: { query }, skip: query.length < 2 });
  const boards = data?.benchmarks.edges.map((edge) => edge.node) ?? [];
  return (
    <Section id="board" title="1. Pick the leaderboard">
      <FormField
        label="Task or dataset"
        name="board-search"
        type="search"
        placeholder="e.g. SQuAD"
        value={text}
        onChange={(event) => setText(event.target.value)}
        hint="Type at least two letters of the task or the dataset."
      />
      {query.length >= 2 && !loading && boards.length === 0 && <p className="muted">No leaderboard matches.</p>}
      <p className="muted">
        No leaderboard for your task and dataset yet? <Link to="/submit/leaderboard">Create one</Link>.
      </p>
      <ul className="board-choices">
        {boards.map((b) => (
          <li key={b.slug}>
            <button type="button" className="board-choice" onClick={() => onPick(b.slug)}>
              <strong>{b.task.name}</strong> on <strong>{b.dataset.name}</strong>
              <span className="muted"> · {b.resultCount.toLocaleString('en-US')} results</span>
            </button>
          </li>
        ))}
      </ul>
    </Section>
  );
}

function ResultForm({ slug, onChangeBoard, onDone }: { slug: string; onChangeBoard: () => void; onDone: () => void }) {
  const { data, loading, error } = useQuery(SubmitBoardQuery, { variables: { slug } });
  const [addResult, { loading: sending }] = useMutation(AddResultMutation);
  const [errors, setErrors] = useState<FormErrors>(NO_ERRORS);
  const [outcome, setOutcome] = useState<{ status: string; modelName: string | null } | null>(null);
  if (error) throw error;
  if (loading && !data) return <PageLoading />;
  const benchmark = data?.benchmark;
  if (!benchmark)
    return (
      <p>
        No leaderboard has the slug “{slug}”.{' '}
        <button type="button" className="link-button" onClick={onChangeBoard}>
          Pick another
        </button>
      </p>
    );

  const onSubmit = async (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const formElement = event.currentTarget;
    const invalid = browserFormErrors(formElement);
    setErrors(invalid ?? NO_ERRORS);
    if (invalid) return;
    const form = new FormData(formElement);
    const text = (name: string) => String(form.get(name) ?? '').trim();
    const values = benchmark.metrics
      .map((metric) => ({ metric: metric.name, value: text(`value:${metric.name}`) }))
      .filter((cell) => cell.value !== '');
    const code = text('code');
    try {
      const reply = await addResult({
        variables: {
          benchmark: slug,
          reason: text('reason'),
          result: {
            modelName: text('modelName'),
            paper: text('paper') || null,
            paperTitle: text('paperTitle') || null,
            paperUrl: text('paperUrl') || null,
            evaluatedOn: text('evaluatedOn') || null,
            usesAdditionalData: form.get('usesAdditionalData') === 'on',
            values,
            codeLinks: code ? [{ title: code.replace(/^https?:\/\/(www\.)?github\.com\//, ''), url: code }] : [],
          },
        },
      });
      setOutcome(reply.data?.addResult ?? null);
      formElement.reset();
      onDone();
    } catch (failure) {
      const found = formErrorsOf(failure);
      // The server names values by position among those sent: show each beside its metric.
      const fields: Record<string, string> = {};
      for (const [argument, message] of Object.entries(found.fields)) {
        const cell = /^result\.values\[(\d+)\]/.exec(argument);
        const key = cell ? `value:${values[Number(cell[1])]?.metric}` : argument.replace(/^result\./, '');
        fields[key] = message;
      }
      setErrors({ fields, form: found.form });
    }
  };

  return (
    <Section id="result" title="2. The result">
      <p className="submit-board">
        On{' '}
        <Link to={`/sota/${benchmark.slug}`}>
          {benchmark.task.name} on {benchmark.dataset.name}
        </Link>{' '}
        <button type="button" className="link-button" onClick={onChangeBoard}>
          Change
        </button>
      </p>
      {outcome && (
        <p className={`submit-outcome submit-outcome--${outcome.status.toLowerCase()}`} role="status">
          {outcome.status === 'PENDING'
            ? `“${outcome.modelName}” is waiting for review: it is listed below and only you can see it until a moderator approves it.`
            : `“${outcome.modelName}” is published on the leaderboard.`}
        </p>
      )}
      <form className="auth-form submit-form" onSubmit={onSubmit} noValidate>
        <FormError message={errors.form ?? (errors.fields.values ? `Values: ${errors.fields.values}` : null)} />
        <FormField label="Model name" name="modelName" required maxLength={300} error={errors.fields.modelName} />
        <fieldset className="submit-values">
          <legend>Values (as published)</legend>
          {benchmark.metrics.map((metric) => (
            <FormField
              key={metric.id}
              label={`${metric.name} (${metric.direction === 'LOWER_IS_BETTER' ? 'lower' : 'higher'} is better)`}
              name={`value:${metric.name}`}
              inputMode="decimal"
              maxLength={100}
              error={errors.fields[`value:${metric.name}`]}
            />
          ))}
        </fieldset>
        <FormField
          label="Paper (slug or arXiv id)"
          name="paper"
          placeholder="e.g. 1810.04805"
          hint="Or give its title and URL below."
          error={errors.fields.paper}
        />
        <FormField label="Paper title" name="paperTitle" maxLength={300} error={errors.fields.paperTitle} />
        <FormField label="Paper URL" name="paperUrl" type="url" error={errors.fields.paperUrl} />
        <FormField label="Published on" name="evaluatedOn" type="date" error={errors.fields.evaluatedOn} />
        <FormField label="Code repository URL" name="code" type="url" error={errors.fields['codeLinks[0].url']} />
        <label className="submit-check">
          <input type="checkbox" name="usesAdditionalData" /> Uses extra training data
        </label>
        <ReasonField
          placeholder="e.g. Table 2 of the paper"
          hint="Where the numbers are published; moderators read it."
          error={errors.fields.reason}
        />
        <button type="submit" className="button" disabled={sending}>
          {sending ? 'Sending…' : 'Submit result'}
        </button>
      </form>
    </Section>
  );
}
