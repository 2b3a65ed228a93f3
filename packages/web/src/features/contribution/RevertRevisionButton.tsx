import { useMutation, useQuery } from '@apollo/client/react';
import { useId, useState, type FormEvent } from 'react';
import { ViewerQuery } from '../account/account-operations';
import { formErrorsOf } from '../account/form-errors';
import { RevertRevisionMutation } from './contribution-operations';
import './contribution.css';

const MODERATING = new Set(['MODERATOR', 'ADMIN']);

/**
 * Moderators, on a History: revert this revision — a new revision putting back what it changed
 * (rows, descriptions, papers, code links). The server refuses it, saying why, when later
 * revisions changed the same things. Nothing is shown to anyone else.
 */
export function RevertRevisionButton({
  id,
  status,
  onReverted,
}: {
  id: string;
  status: string;
  onReverted: () => unknown;
}) {
  const viewer = useQuery(ViewerQuery);
  const [revert, { loading }] = useMutation(RevertRevisionMutation);
  const [open, setOpen] = useState(false);
  const [reason, setReason] = useState('');
  const [problem, setProblem] = useState<string | null>(null);
  const reasonId = useId();
  const role = viewer.data?.viewer?.role;
  if (!role || !MODERATING.has(role) || status !== 'PUBLISHED') return null;

  const onSubmit = async (event: FormEvent) => {
    event.preventDefault();
    setProblem(null);
    try {
      await revert({ variables: { id, reason: reason.trim() || 'Reverted by a moderator' } });
      setOpen(false);
      await onReverted();
    } catch (failure) {
      const errors = formErrorsOf(failure);
      setProblem(errors.form ?? Object.values(errors.fields).join(' '));
    }
  };

  if (!open)
    return (
      <button type="button" className="link-button" onClick={() => setOpen(true)}>
        Revert
      </button>
    );
  return (
    <form className="revert-inline" onSubmit={onSubmit} aria-label={`Revert revision ${id}`}>
      <label htmlFor={reasonId}>Why</label>
      <input
        id={reasonId}
        type="text"
        value={reason}
        maxLength={1000}
        placeholder="Reverted by a moderator"
        onChange={(event) => setReason(event.target.value)}
      />
      <button type="submit" className="button button--danger" disabled={loading}>
        {loading ? 'Reverting…' : `Revert revision ${id}`}
      </button>
      <button type="button" className="link-button" onClick={() => setOpen(false)}>
        Cancel
      </button>
      {problem && (
        <p role="alert" className="form-field__error">
          {problem}
        </p>
      )}
    </form>
  );
}
