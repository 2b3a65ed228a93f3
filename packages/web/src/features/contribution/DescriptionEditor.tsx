import { useMutation, useQuery } from '@apollo/client/react';
import { CombinedGraphQLErrors } from '@apollo/client/errors';
import { useState, type FormEvent } from 'react';
import type { DescribedType } from '../../graphql/graphql';
import { Markdown } from '../../ui/markdown/Markdown';
import { formErrorsOf, NO_ERRORS, type FormErrors } from '../account/form-errors';
import { FormError, TextAreaField } from '../account/FormField';
import '../account/account.css';
import { EditableDescriptionQuery, EditDescriptionMutation } from './content-operations';
import { PendingChangesQuery } from './contribution-operations';
import './contribution.css';
import { ReasonField } from './ReasonField';

interface Current {
  description: string | null;
  version: string;
}

/** The form: the stored markdown, Write/Preview, a reason; CONFLICT shows the text as it is now. */
export function DescriptionEditor({
  type,
  slug,
  onCancel,
  onSaved,
}: {
  type: DescribedType;
  slug: string;
  onCancel: () => void;
  onSaved: (status: string, text: string) => unknown;
}) {
  const { data, loading, error } = useQuery(EditableDescriptionQuery, {
    variables: { type, slug },
    fetchPolicy: 'network-only',
  });
  const [save, { loading: saving }] = useMutation(EditDescriptionMutation, {
    refetchQueries: [PendingChangesQuery],
  });
  const [text, setText] = useState<string | null>(null);
  const [base, setBase] = useState<string | null>(null);
  const [reason, setReason] = useState('');
  const [preview, setPreview] = useState(false);
  const [errors, setErrors] = useState<FormErrors>(NO_ERRORS);
  const [conflict, setConflict] = useState<Current | null>(null);
  if (error) throw error;
  const stored = data?.editableDescription;
  if (loading || !stored) return <p className="muted">Loading the description…</p>;
  const value = text ?? stored.description ?? '';
  const version = base ?? stored.version;

  const onSubmit = async (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const local: Record<string, string> = {};
    if (!value.trim()) local.description = 'Write the description.';
    if (reason.trim().length < 3) local.reason = 'Say why, in at least 3 characters.';
    setErrors({ fields: local, form: null });
    if (Object.keys(local).length > 0) return;
    try {
      const reply = await save({ variables: { type, slug, baseVersion: version, description: value, reason } });
      await onSaved(reply.data?.editDescription.status ?? 'PUBLISHED', value);
    } catch (failure) {
      const now = conflictOf(failure);
      if (now) {
        setConflict(now);
        setErrors({ fields: {}, form: null });
        return;
      }
      setErrors(formErrorsOf(failure));
    }
  };

  return (
    <form className="auth-form description-editor" onSubmit={onSubmit} noValidate aria-label="Edit the description">
      <h2 className="description-editor__title">Edit the description of {stored.name}</h2>
      <FormError message={errors.form ?? errors.fields.baseVersion ?? errors.fields.slug ?? null} />
      {conflict && (
        <div className="description-editor__conflict" role="alert">
          <p>
            <strong>Someone changed this description since you opened it.</strong> Here it is as it is now; start again
            from it, or keep your text and save it over theirs.
          </p>
          <pre className="description-editor__current">{conflict.description ?? '(no description)'}</pre>
          <p className="editable-description__actions">
            <button
              type="button"
              className="link-button"
              onClick={() => (setText(conflict.description ?? ''), setBase(conflict.version), setConflict(null))}
            >
              Start again from the current text
            </button>
            <button
              type="button"
              className="link-button"
              onClick={() => (setBase(conflict.version), setConflict(null))}
            >
              Keep my text
            </button>
          </p>
        </div>
      )}
      <div className="description-editor__tabs" role="group" aria-label="Write or preview">
        <button type="button" className="editor-tab" aria-pressed={!preview} onClick={() => setPreview(false)}>
          Write
        </button>
        <button type="button" className="editor-tab" aria-pressed={preview} onClick={() => setPreview(true)}>
          Preview
        </button>
      </div>
      {preview ? (
        <div className="description-editor__preview" aria-label="Preview">
          {value.trim() ? <Markdown className="description">{value}</Markdown> : <p className="muted">Nothing yet.</p>}
        </div>
      ) : (
        <TextAreaField
          label="Description (markdown; $LaTeX$ for math)"
          name="description"
          rows={14}
          maxLength={50000}
          value={value}
          onChange={(event) => setText(event.target.value)}
          error={errors.fields.description}
          hint="Shown sanitised: HTML tags and scripts are not rendered."
        />
      )}
      <ReasonField
        placeholder="e.g. fixed the update rule"
        value={reason}
        onChange={(event) => setReason(event.target.value)}
        error={errors.fields.reason}
        hint="Moderators read it; it is shown in the History."
      />
      <p className="editable-description__actions">
        <button type="submit" className="button" disabled={saving}>
          {saving ? 'Saving…' : 'Save'}
        </button>
        <button type="button" className="link-button" onClick={onCancel}>
          Cancel
        </button>
      </p>
    </form>
  );
}

/** The description as it is now, from a CONFLICT reply. */
function conflictOf(failure: unknown): Current | null {
  if (!CombinedGraphQLErrors.is(failure)) return null;
  const found = failure.errors.find((e) => e.extensions?.['code'] === 'CONFLICT');
  const current = found?.extensions?.['current'] as Partial<Current> | undefined;
  return current && typeof current.version === 'string'
    ? { description: current.description ?? null, version: current.version }
    : null;
}
