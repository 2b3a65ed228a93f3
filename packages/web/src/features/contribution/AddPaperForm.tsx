import { CombinedGraphQLErrors } from '@apollo/client/errors';
import { useMutation } from '@apollo/client/react';
import { useState, type FormEvent } from 'react';
import { Link } from 'react-router';
import { submittedForm, formErrorsOf, NO_ERRORS, type FormErrors } from '../account/form-errors';
import { FormError, FormField } from '../account/FormField';
import '../account/account.css';
import { AddPaperMutation } from './content-operations';
import { PendingChangesQuery } from './contribution-operations';
import { TextAreaField } from '../account/FormField';
import './contribution.css';
import { ReasonField } from './ReasonField';

interface Existing {
  slug: string;
  title: string;
}

/**
 * "Add a paper" on /submit (issue 12): by arXiv id or URL, or the paper's URL elsewhere, with its
 * title, authors, date and abstract typed or pasted (nothing is fetched). A paper the site has
 * already is refused with a link to it.
 */
export function AddPaperForm({ onDone }: { onDone: () => unknown }) {
  const [addPaper, { loading }] = useMutation(AddPaperMutation, { refetchQueries: [PendingChangesQuery] });
  const [errors, setErrors] = useState<FormErrors>(NO_ERRORS);
  const [existing, setExisting] = useState<{ field: string; paper: Existing } | null>(null);
  const [outcome, setOutcome] = useState<{ status: string; slug: string | null; title: string | null } | null>(null);

  const onSubmit = async (event: FormEvent<HTMLFormElement>) => {
    const element = event.currentTarget;
    setExisting(null);
    const form = submittedForm(event, setErrors);
    if (!form) return;
    const text = (name: string) => String(form.get(name) ?? '').trim();
    const authors = text('authors')
      .split(/\n|;/)
      .map((name) => name.trim())
      .filter(Boolean);
    try {
      const reply = await addPaper({
        variables: {
          reason: text('reason'),
          paper: {
            reference: text('reference'),
            title: text('title'),
            authors,
            published: text('published') || null,
            abstract: text('abstract') || null,
          },
        },
      });
      const added = reply.data?.addPaper;
      setOutcome(added ? { status: added.status, slug: added.subjectSlug, title: added.subjectName } : null);
      element.reset();
      await onDone();
    } catch (failure) {
      const found = formErrorsOf(failure);
      const fields: Record<string, string> = {};
      for (const [argument, message] of Object.entries(found.fields)) {
        // An author is named by position: shown beside the authors box.
        const key = argument.replace(/^paper\./, '').replace(/^authors\[\d+\]$/, 'authors');
        fields[key] ??= message;
      }
      const duplicate = existingOf(failure);
      // The paper it duplicates is linked beside its field instead of named in text.
      if (duplicate) delete fields[duplicate.field.replace(/^paper\./, '')];
      setErrors({ fields, form: found.form });
      setExisting(duplicate);
    }
  };

  const duplicateNote = (field: string) =>
    existing?.field === field ? (
      <p className="form-field__error">
        Already on the site:{' '}
        <Link to={`/paper/${encodeURIComponent(existing.paper.slug)}`}>{existing.paper.title}</Link>
      </p>
    ) : null;

  return (
    <>
      {outcome && (
        <p className={`submit-outcome submit-outcome--${outcome.status.toLowerCase()}`} role="status">
          {outcome.status === 'PENDING' ? (
            `“${outcome.title}” is waiting for review: it is listed below and only you can see it until a moderator approves it.`
          ) : (
            <>
              “{outcome.title}” is added: <Link to={`/paper/${encodeURIComponent(outcome.slug ?? '')}`}>its page</Link>.
            </>
          )}
        </p>
      )}
      <form className="auth-form submit-form" onSubmit={onSubmit} noValidate aria-label="Add a paper">
        <FormError message={errors.form} />
        <FormField
          label="arXiv id or URL"
          name="reference"
          required
          maxLength={1000}
          placeholder="e.g. 2101.01234v2, hep-th/9901001 or https://arxiv.org/abs/2101.01234"
          hint="Or the paper’s URL on another site (then give its date)."
          error={errors.fields.reference}
        />
        {duplicateNote('paper.reference')}
        <FormField label="Title" name="title" required maxLength={500} error={errors.fields.title} />
        {duplicateNote('paper.title')}
        <TextAreaField
          label="Authors, one per line"
          name="authors"
          required
          rows={4}
          maxLength={20000}
          error={errors.fields.authors}
        />
        <FormField
          label="Published on"
          name="published"
          type="date"
          hint="For an arXiv paper, the first day of its id’s month when left empty."
          error={errors.fields.published}
        />
        <TextAreaField label="Abstract" name="abstract" rows={6} maxLength={10000} error={errors.fields.abstract} />
        <ReasonField placeholder="e.g. missing from the site; has results on SQuAD" error={errors.fields.reason} />
        <button type="submit" className="button" disabled={loading}>
          {loading ? 'Sending…' : 'Add paper'}
        </button>
      </form>
    </>
  );
}

/** The paper a refused addition duplicates, and the field it was found by. */
function existingOf(failure: unknown): { field: string; paper: Existing } | null {
  if (!CombinedGraphQLErrors.is(failure)) return null;
  for (const e of failure.errors) {
    const paper = e.extensions?.['existing'] as Existing | undefined;
    const field = e.extensions?.['argument'];
    if (paper && typeof paper.slug === 'string' && typeof field === 'string') return { field, paper };
  }
  return null;
}
