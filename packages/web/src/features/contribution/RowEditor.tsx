import { CombinedGraphQLErrors } from '@apollo/client/errors';
import { useMutation, useQuery } from '@apollo/client/react';
import { useEffect, useId, useRef, useState, type FormEvent } from 'react';
import type { EditableRowQuery } from '../../graphql/graphql';
import { submittedForm, formErrorsOf, NO_ERRORS, type FormErrors } from '../account/form-errors';
import { FormError, FormField } from '../account/FormField';
import '../account/account.css';
import { EditableRowQuery as EditableRow, RemoveResultMutation, UpdateResultMutation } from './board-edit-operations';
import { SubmitBoardQuery } from './contribution-operations';
import './contribution.css';
import './board-edit.css';

type Row = NonNullable<EditableRowQuery['editableResult']>;
interface Metric {
  id: string;
  name: string;
  direction: string;
}

/**
 * Edit or remove one leaderboard row (issue 12), in a dialog over the board. The form starts
 * from the row as it stands and sends only what changed, based on the row's version: if someone
 * changed the row meanwhile the server refuses (CONFLICT) and the dialog shows the row as it is
 * now; saving again is then based on that version.
 */
export function RowEditor({
  id,
  slug,
  onClose,
  onDone,
}: {
  id: string;
  slug: string;
  onClose: () => void;
  /** A sentence for the board's status line, once the change is sent. */
  onDone: (outcome: string) => void;
}) {
  const dialog = useRef<HTMLDialogElement>(null);
  const titleId = useId();
  useEffect(() => {
    const element = dialog.current;
    if (!element || element.open) return;
    // Modal (focus kept inside, Escape closes) where supported; a plain open dialog elsewhere (jsdom).
    if (typeof element.showModal === 'function') element.showModal();
    else element.setAttribute('open', '');
  }, []);
  const row = useQuery(EditableRow, { variables: { id }, fetchPolicy: 'network-only' });
  const board = useQuery(SubmitBoardQuery, { variables: { slug } });
  const [conflict, setConflict] = useState<Row | null>(null);
  const base = conflict ?? row.data?.editableResult ?? null;
  const metrics = board.data?.benchmark?.metrics ?? [];
  const failed = row.error ?? board.error;

  return (
    <dialog ref={dialog} className="row-editor" aria-labelledby={titleId} onClose={onClose}>
      <div className="row-editor__header">
        <h2 id={titleId}>{base ? `Edit “${base.modelName}”` : 'Edit a row'}</h2>
        <button type="button" className="button button--quiet" onClick={onClose}>
          Close
        </button>
      </div>
      {failed ? (
        <p className="form-error" role="alert">
          {failed.message}
        </p>
      ) : !base || board.loading ? (
        <p className="muted">Loading the row…</p>
      ) : (
        <>
          {conflict && <ConflictNotice row={conflict} />}
          <EditRowForm id={id} row={base} metrics={metrics} onConflict={setConflict} onDone={onDone} />
          <RemoveRowForm id={id} row={base} onConflict={setConflict} onDone={onDone} />
        </>
      )}
    </dialog>
  );
}

/** The row as someone else left it: the edit was not saved. */
function ConflictNotice({ row }: { row: Row }) {
  return (
    <div className="row-editor__conflict" role="alert">
      <p>
        <strong>This row changed since you opened it</strong>, so your change was not saved. It now reads:
      </p>
      <dl>
        <dt>Model</dt>
        <dd>{row.modelName}</dd>
        {row.values.map((value) => (
          <div key={value.metric}>
            <dt>{value.metric}</dt>
            <dd>{value.value}</dd>
          </div>
        ))}
        <dt>Paper</dt>
        <dd>{row.paperTitle ?? row.paperUrl ?? '—'}</dd>
        <dt>Date</dt>
        <dd>{row.evaluatedOn ?? '—'}</dd>
        <dt>Extra training data</dt>
        <dd>{row.usesAdditionalData ? 'Yes' : 'No'}</dd>
      </dl>
      <p>The fields you did not change now show these values; saving again applies your changes to this version.</p>
    </div>
  );
}

/** The row as the server has it now, from a CONFLICT error; null for any other error. */
function conflictRow(error: unknown): Row | null {
  if (!CombinedGraphQLErrors.is(error)) return null;
  const found = error.errors.find((e) => e.extensions?.['code'] === 'CONFLICT');
  const current = found?.extensions?.['current'] as Row | undefined;
  return current ?? null;
}

/** A row's fields as the form's inputs hold them, by input name (a checkbox: 'on' or ''). */
function fieldTexts(row: Row): Record<string, string> {
  const texts: Record<string, string> = {
    modelName: row.modelName,
    paperTitle: row.paperTitle ?? '',
    paperUrl: row.paperUrl ?? '',
    evaluatedOn: row.evaluatedOn ?? '',
    usesAdditionalData: row.usesAdditionalData ? 'on' : '',
  };
  for (const value of row.values) texts[`value:${value.metric}`] = value.value;
  return texts;
}

const statusSentence = (status: string, published: string, pending: string) =>
  status === 'PENDING' ? pending : published;

function EditRowForm({
  id,
  row,
  metrics,
  onConflict,
  onDone,
}: {
  id: string;
  row: Row;
  metrics: readonly Metric[];
  onConflict: (row: Row) => void;
  onDone: (outcome: string) => void;
}) {
  const [update, { loading }] = useMutation(UpdateResultMutation);
  const [errors, setErrors] = useState<FormErrors>(NO_ERRORS);
  const valueOf = new Map(row.values.map((v) => [v.metric, v.value]));
  const formRef = useRef<HTMLFormElement>(null);
  const shown = useRef(row);
  // After a conflict the row is another version: fields the reader did not touch take its
  // values, so saving again changes only what the reader changed.
  useEffect(() => {
    const previous = shown.current;
    shown.current = row;
    const form = formRef.current;
    if (!form || previous === row) return;
    const [before, after] = [fieldTexts(previous), fieldTexts(row)];
    for (const element of Array.from(form.elements)) {
      if (!(element instanceof HTMLInputElement)) continue;
      if (!(element.name in after) && !element.name.startsWith('value:')) continue;
      if (element.type === 'checkbox') {
        if (element.checked === (before[element.name] === 'on')) element.checked = after[element.name] === 'on';
      } else if (element.value === (before[element.name] ?? '')) element.value = after[element.name] ?? '';
    }
  }, [row]);

  const onSubmit = async (event: FormEvent<HTMLFormElement>) => {
    const form = submittedForm(event, setErrors);
    if (!form) return;
    const text = (name: string) => String(form.get(name) ?? '').trim();
    const orNull = (name: string) => text(name) || null;
    const values = metrics
      .map((metric) => ({ metric: metric.name, value: text(`value:${metric.name}`) }))
      .filter((cell) => cell.value !== '');
    const result: Record<string, unknown> = {};
    if (text('modelName') !== row.modelName) result.modelName = text('modelName');
    if (orNull('paperTitle') !== row.paperTitle) result.paperTitle = orNull('paperTitle');
    if (orNull('paperUrl') !== row.paperUrl) result.paperUrl = orNull('paperUrl');
    if (orNull('evaluatedOn') !== row.evaluatedOn) result.evaluatedOn = orNull('evaluatedOn');
    const extra = form.get('usesAdditionalData') === 'on';
    if (extra !== row.usesAdditionalData) result.usesAdditionalData = extra;
    const valuesChanged =
      values.length !== row.values.length || values.some((cell) => valueOf.get(cell.metric) !== cell.value);
    if (valuesChanged) result.values = values;
    if (Object.keys(result).length === 0) {
      setErrors({ fields: {}, form: 'Nothing changed yet: edit a field, then save.' });
      return;
    }
    try {
      const reply = await update({
        variables: { id, baseVersion: row.version, result, reason: text('reason') },
      });
      const saved = reply.data?.updateResult;
      onDone(
        statusSentence(
          saved?.status ?? 'PUBLISHED',
          `“${saved?.modelName ?? row.modelName}” is updated on the leaderboard.`,
          `Your edit of “${row.modelName}” waits for a moderator’s review; only you see it, listed above the board.`,
        ),
      );
    } catch (failure) {
      const current = conflictRow(failure);
      if (current) {
        onConflict(current);
        setErrors(NO_ERRORS);
        return;
      }
      const found = formErrorsOf(failure);
      const fields: Record<string, string> = {};
      for (const [argument, message] of Object.entries(found.fields)) {
        const cell = /^result\.values\[(\d+)\]/.exec(argument);
        fields[cell ? `value:${values[Number(cell[1])]?.metric}` : argument.replace(/^result\./, '')] = message;
      }
      setErrors({ fields, form: found.form ?? (fields.values ? `Values: ${fields.values}` : null) });
    }
  };

  return (
    <form ref={formRef} className="auth-form row-editor__form" onSubmit={onSubmit} noValidate aria-label="Edit the row">
      <FormError message={errors.form} />
      <FormField
        label="Model name"
        name="modelName"
        required
        maxLength={300}
        defaultValue={row.modelName}
        error={errors.fields.modelName}
      />
      <fieldset className="submit-values">
        <legend>Values (as published; empty removes one)</legend>
        {metrics.map((metric) => (
          <FormField
            key={metric.id}
            label={`${metric.name} (${metric.direction === 'LOWER_IS_BETTER' ? 'lower' : 'higher'} is better)`}
            name={`value:${metric.name}`}
            inputMode="decimal"
            maxLength={100}
            defaultValue={valueOf.get(metric.name) ?? ''}
            error={errors.fields[`value:${metric.name}`]}
          />
        ))}
      </fieldset>
      <FormField
        label="Paper title"
        name="paperTitle"
        maxLength={300}
        defaultValue={row.paperTitle ?? ''}
        error={errors.fields.paperTitle}
      />
      <FormField
        label="Paper URL"
        name="paperUrl"
        type="url"
        defaultValue={row.paperUrl ?? ''}
        error={errors.fields.paperUrl}
      />
      <FormField
        label="Published on"
        name="evaluatedOn"
        type="date"
        defaultValue={row.evaluatedOn ?? ''}
        error={errors.fields.evaluatedOn}
      />
      <label className="submit-check">
        <input type="checkbox" name="usesAdditionalData" defaultChecked={row.usesAdditionalData} /> Uses extra training
        data
      </label>
      <FormField
        label="Reason for the edit"
        name="reason"
        required
        minLength={3}
        maxLength={1000}
        placeholder="e.g. Table 3 of the camera-ready version"
        error={errors.fields.reason}
      />
      <button type="submit" className="button" disabled={loading}>
        {loading ? 'Saving…' : 'Save changes'}
      </button>
    </form>
  );
}

function RemoveRowForm({
  id,
  row,
  onConflict,
  onDone,
}: {
  id: string;
  row: Row;
  onConflict: (row: Row) => void;
  onDone: (outcome: string) => void;
}) {
  const [remove, { loading }] = useMutation(RemoveResultMutation);
  const [errors, setErrors] = useState<FormErrors>(NO_ERRORS);

  const onSubmit = async (event: FormEvent<HTMLFormElement>) => {
    const form = submittedForm(event, setErrors);
    if (!form) return;
    const reason = String(form.get('reason') ?? '').trim();
    try {
      const reply = await remove({ variables: { id, baseVersion: row.version, reason } });
      onDone(
        statusSentence(
          reply.data?.removeResult.status ?? 'PUBLISHED',
          `“${row.modelName}” is removed. A moderator can restore it from the board’s History.`,
          `Your removal of “${row.modelName}” waits for a moderator’s review; the row stays until then.`,
        ),
      );
    } catch (failure) {
      const current = conflictRow(failure);
      if (current) return onConflict(current);
      setErrors(formErrorsOf(failure));
    }
  };

  return (
    <form className="auth-form row-editor__remove" onSubmit={onSubmit} noValidate aria-label="Remove the row">
      <h3>Remove this row</h3>
      <FormError message={errors.form} />
      <FormField
        label="Reason for removing it"
        name="reason"
        required
        minLength={3}
        maxLength={1000}
        placeholder="e.g. a duplicate of another row"
        error={errors.fields.reason}
      />
      <button type="submit" className="button button--danger" disabled={loading}>
        {loading ? 'Removing…' : 'Remove this row'}
      </button>
    </form>
  );
}
