import { useMutation } from '@apollo/client/react';
import { useState, type FormEvent } from 'react';
import type { MetricDirection } from '../../graphql/graphql';
import { submittedForm, formErrorsOf, NO_ERRORS, type FormErrors } from '../account/form-errors';
import { FormError, FormField } from '../account/FormField';
import '../account/account.css';
import { AddMetricMutation } from './board-edit-operations';
import './contribution.css';
import './board-edit.css';
import { ReasonField } from './ReasonField';

/** Adds a column to a leaderboard: its name and which way is better (issue 12). */
export function AddMetricForm({
  slug,
  onDone,
  onCancel,
}: {
  slug: string;
  onDone: (outcome: string) => void;
  onCancel: () => void;
}) {
  const [addMetric, { loading }] = useMutation(AddMetricMutation);
  const [errors, setErrors] = useState<FormErrors>(NO_ERRORS);

  const onSubmit = async (event: FormEvent<HTMLFormElement>) => {
    const form = submittedForm(event, setErrors);
    if (!form) return;
    const name = String(form.get('metricName') ?? '').trim();
    try {
      const reply = await addMetric({
        variables: {
          benchmark: slug,
          metric: { name, direction: form.get('direction') as MetricDirection },
          reason: String(form.get('reason') ?? '').trim(),
        },
      });
      onDone(
        reply.data?.addMetric.status === 'PENDING'
          ? `The metric “${name}” waits for a moderator’s review; only you see it, listed above the board.`
          : `The metric “${name}” is added: rows can now be given a value for it.`,
      );
    } catch (failure) {
      const found = formErrorsOf(failure);
      const fields = Object.fromEntries(
        Object.entries(found.fields).map(([argument, message]) => [argument.replace(/^metric\./, 'metric:'), message]),
      );
      setErrors({ fields, form: found.form ?? fields.benchmark ?? null });
    }
  };

  return (
    <form className="auth-form board-form" onSubmit={onSubmit} noValidate aria-label="Add a metric">
      <h2 className="board-form__title">Add a metric</h2>
      <FormError message={errors.form} />
      <FormField
        label="Metric name"
        name="metricName"
        required
        maxLength={100}
        placeholder="e.g. F1"
        error={errors.fields['metric:name']}
      />
      <DirectionChoice name="direction" error={errors.fields['metric:direction']} />
      <ReasonField placeholder="e.g. the papers on this board also report F1" error={errors.fields.reason} />
      <div className="board-form__actions">
        <button type="submit" className="button" disabled={loading}>
          {loading ? 'Adding…' : 'Add the metric'}
        </button>
        <button type="button" className="button button--quiet" onClick={onCancel}>
          Cancel
        </button>
      </div>
    </form>
  );
}

/** Which way is better: a choice of two, higher first (most metrics are scores). */
export function DirectionChoice({
  name,
  legend = 'Which is better?',
  error,
}: {
  name: string;
  legend?: string;
  error?: string | undefined;
}) {
  return (
    <fieldset className={error ? 'direction-choice has-error' : 'direction-choice'}>
      <legend>{legend}</legend>
      <label>
        <input type="radio" name={name} value="HIGHER_IS_BETTER" defaultChecked /> Higher is better
      </label>
      <label>
        <input type="radio" name={name} value="LOWER_IS_BETTER" /> Lower is better
      </label>
      {error && <p className="form-field__error">{error}</p>}
    </fieldset>
  );
}
