import { useMutation, useQuery } from '@apollo/client/react';
import { useState, type FormEvent } from 'react';
import { Link } from 'react-router';
import { browserFormErrors, formErrorsOf, NO_ERRORS, type FormErrors } from '../features/account/form-errors';
import { FormError, FormField } from '../features/account/FormField';
import '../features/account/account.css';
import { DirectionChoice } from '../features/contribution/AddMetricForm';
import { CreateBenchmarkMutation } from '../features/contribution/board-edit-operations';
import { PendingChangesQuery } from '../features/contribution/contribution-operations';
import { PendingChangesList } from '../features/contribution/PendingChanges';
import { SubjectPicker, type Subject } from '../features/contribution/SubjectPicker';
import '../features/contribution/contribution.css';
import '../features/contribution/board-edit.css';
import { PageLoading } from '../ui/Loading';
import { Section } from '../ui/Section';
import { usePageMeta } from '../ui/page-meta';
import { ReasonField } from '../features/contribution/ReasonField';

/** The most metrics a new board is created with (the server's limit). */
const MAX_METRICS = 10;

/**
 * /submit/leaderboard — a new leaderboard for a task and dataset that have none: both picked by
 * typeahead, its metrics with their directions (the first ranks by default), and a reason. A
 * contributor's board waits for review; trusted accounts publish it at once.
 */
export function NewBoardPage() {
  usePageMeta({ title: 'Create a leaderboard', noindex: true });
  const pending = useQuery(PendingChangesQuery, { fetchPolicy: 'network-only' });
  if (pending.error) throw pending.error;
  if (pending.loading && !pending.data) return <PageLoading />;
  const viewer = pending.data?.viewer;
  return (
    <div className="submit-page">
      <header className="page-header">
        <h1>Create a leaderboard</h1>
        <p className="muted">
          For a task and a dataset that have no leaderboard yet. To add a result to an existing one,{' '}
          <Link to="/submit">submit a result</Link>.
        </p>
      </header>
      {!viewer ? (
        <p>
          <Link to="/signin?next=%2Fsubmit%2Fleaderboard">Sign in</Link> or{' '}
          <Link to="/signup?next=%2Fsubmit%2Fleaderboard">create an account</Link> to create leaderboards.
        </p>
      ) : (
        <>
          <NewBoardForm onDone={() => void pending.refetch()} />
          <Section id="pending" title="Your changes waiting for review" count={viewer.pendingChanges.length}>
            <PendingChangesList changes={viewer.pendingChanges} />
          </Section>
        </>
      )}
    </div>
  );
}

function NewBoardForm({ onDone }: { onDone: () => void }) {
  const [create, { loading }] = useMutation(CreateBenchmarkMutation);
  const [task, setTask] = useState<Subject | null>(null);
  const [dataset, setDataset] = useState<Subject | null>(null);
  // Keys, so that removing a metric's line keeps what was typed in the others.
  const [metricKeys, setMetricKeys] = useState([0]);
  const [nextKey, setNextKey] = useState(1);
  const [errors, setErrors] = useState<FormErrors>(NO_ERRORS);
  const [outcome, setOutcome] = useState<{ status: string; slug: string } | null>(null);

  const onSubmit = async (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const element = event.currentTarget;
    const invalid = browserFormErrors(element);
    const missing: Record<string, string> = {};
    if (!task) missing.task = 'Pick the task.';
    if (!dataset) missing.dataset = 'Pick the dataset.';
    const fields = { ...invalid?.fields, ...missing };
    setErrors({ fields, form: null });
    if (Object.keys(fields).length > 0 || !task || !dataset) return;
    const form = new FormData(element);
    const metrics = metricKeys.map((key) => ({
      name: String(form.get(`metric:${key}`) ?? '').trim(),
      direction: String(form.get(`direction:${key}`)) as 'HIGHER_IS_BETTER' | 'LOWER_IS_BETTER',
    }));
    try {
      const reply = await create({
        variables: { task: task.slug, dataset: dataset.slug, metrics, reason: String(form.get('reason')).trim() },
      });
      const made = reply.data?.createBenchmark;
      if (made?.benchmarkSlug) setOutcome({ status: made.status, slug: made.benchmarkSlug });
      onDone();
    } catch (failure) {
      const found = formErrorsOf(failure);
      // metrics[i].name → the line of the i-th metric.
      const named: Record<string, string> = {};
      for (const [argument, message] of Object.entries(found.fields)) {
        const line = /^metrics\[(\d+)\]\.(name|direction)$/.exec(argument);
        named[line ? `${line[2] === 'name' ? 'metric' : 'direction'}:${metricKeys[Number(line[1])]}` : argument] =
          message;
      }
      setErrors({ fields: named, form: found.form ?? (named.metrics ? `Metrics: ${named.metrics}` : null) });
    }
  };

  if (outcome)
    return (
      <p className={`submit-outcome submit-outcome--${outcome.status.toLowerCase()}`} role="status">
        {outcome.status === 'PENDING' ? (
          <>The leaderboard waits for a moderator’s review: it is listed below and only you can see it until then.</>
        ) : (
          <>
            The leaderboard is created: <Link to={`/sota/${encodeURIComponent(outcome.slug)}`}>open it</Link> to add
            results.
          </>
        )}
      </p>
    );

  return (
    <form className="auth-form submit-form board-form" onSubmit={onSubmit} noValidate aria-label="New leaderboard">
      <FormError message={errors.form} />
      <SubjectPicker type="TASK" label="Task" value={task} onChange={setTask} error={errors.fields.task} />
      <SubjectPicker
        type="DATASET"
        label="Dataset"
        value={dataset}
        onChange={setDataset}
        error={errors.fields.dataset}
      />
      <fieldset className="new-board-metrics">
        <legend>Metrics (the first ranks the board)</legend>
        {metricKeys.map((key, index) => (
          <div className="new-board-metric" key={key}>
            <FormField
              label={`Metric ${index + 1}`}
              name={`metric:${key}`}
              required
              maxLength={100}
              placeholder={index === 0 ? 'e.g. Accuracy' : 'e.g. F1'}
              error={errors.fields[`metric:${key}`]}
            />
            <DirectionChoice name={`direction:${key}`} error={errors.fields[`direction:${key}`]} />
            {metricKeys.length > 1 && (
              <button
                type="button"
                className="button button--quiet"
                onClick={() => setMetricKeys((keys) => keys.filter((k) => k !== key))}
                aria-label={`Remove metric ${index + 1}`}
              >
                Remove
              </button>
            )}
          </div>
        ))}
        {metricKeys.length < MAX_METRICS && (
          <button
            type="button"
            className="button button--secondary"
            onClick={() => {
              setMetricKeys((keys) => [...keys, nextKey]);
              setNextKey((key) => key + 1);
            }}
          >
            Add another metric
          </button>
        )}
      </fieldset>
      <ReasonField
        placeholder="e.g. the results of Table 2 of the dataset's paper"
        hint="Why this board is needed; moderators read it."
        error={errors.fields.reason}
      />
      <button type="submit" className="button" disabled={loading}>
        {loading ? 'Creating…' : 'Create the leaderboard'}
      </button>
    </form>
  );
}
