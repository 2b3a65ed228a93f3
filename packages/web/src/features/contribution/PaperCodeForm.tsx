import { useMutation, useQuery } from '@apollo/client/react';
import { useState, type FormEvent } from 'react';
import { Link, useLocation } from 'react-router';
import type { CodeFramework } from '../../graphql/graphql';
import { ViewerQuery } from '../account/account-operations';
import { submittedForm, formErrorsOf, NO_ERRORS, type FormErrors } from '../account/form-errors';
import { FormError, FormField } from '../account/FormField';
import '../account/account.css';
import { LinkCodeMutation, UnlinkCodeMutation } from './content-operations';
import { PendingChangesQuery } from './contribution-operations';
import { PendingOnSubject } from './PendingOnSubject';
import './contribution.css';
import { ReasonField } from './ReasonField';

const FRAMEWORK_LABELS: Record<CodeFramework, string> = {
  PYTORCH: 'PyTorch',
  TF: 'TensorFlow',
  JAX: 'JAX',
  MXNET: 'MXNet',
  PADDLE: 'PaddlePaddle',
  CAFFE2: 'Caffe2',
  TORCH: 'Torch (Lua)',
  MINDSPORE: 'MindSpore',
  NONE: 'Other or unknown',
};

/**
 * "Add code" on a paper page (issue 12): link a repository (official or not, its framework, its
 * stars), or remove a link. A contributor's change waits for review, marked for them only.
 */
export function PaperCodeForm({
  slug,
  linked,
  onPublished,
}: {
  slug: string;
  linked: readonly string[];
  /** Asks for the page again; resolves to the code URLs it lists then. */
  onPublished: () => Promise<readonly string[]>;
}) {
  const viewer = useQuery(ViewerQuery);
  const location = useLocation();
  const [open, setOpen] = useState<'link' | 'unlink' | null>(null);
  const [notice, setNotice] = useState<string | null>(null);
  const signedIn = Boolean(viewer.data?.viewer);
  const done = async (status: string | undefined, what: string) => {
    setOpen(null);
    setNotice(
      status === 'PENDING'
        ? `${what} waits for a moderator’s review: only you see that it is pending until it is approved.`
        : `${what} is published.`,
    );
    if (status !== 'PENDING') await untilChanged(linked, onPublished);
  };

  return (
    <div className="paper-code-contribution">
      <PendingOnSubject type="PAPER" slug={slug} kinds={['LINK_CODE', 'UNLINK_CODE']} />
      {notice && !open && (
        <p className="submit-outcome" role="status">
          {notice}
        </p>
      )}
      {!open && (
        <p className="editable-description__actions">
          {signedIn ? (
            <>
              <button type="button" className="link-button" onClick={() => (setNotice(null), setOpen('link'))}>
                Add code
              </button>
              {linked.length > 0 && (
                <button type="button" className="link-button" onClick={() => (setNotice(null), setOpen('unlink'))}>
                  Remove a code link
                </button>
              )}
            </>
          ) : (
            <Link to={`/signin?next=${encodeURIComponent(location.pathname)}`}>Add code</Link>
          )}
          <Link to={`/paper/${encodeURIComponent(slug)}/history`}>History</Link>
        </p>
      )}
      {open === 'link' && (
        <LinkForm slug={slug} onCancel={() => setOpen(null)} onDone={(status) => done(status, 'The code link')} />
      )}
      {open === 'unlink' && (
        <UnlinkForm
          slug={slug}
          linked={linked}
          onCancel={() => setOpen(null)}
          onDone={(status) => done(status, 'The removal of the link')}
        />
      )}
    </div>
  );
}

/**
 * Asks for the page until its code links differ from `before`: a reply cached before the change
 * may still be served for a moment after it is committed (until this server hears of the new
 * data version). At most about 5 seconds.
 */
async function untilChanged(before: readonly string[], read: () => Promise<readonly string[]>) {
  const key = (urls: readonly string[]) => [...urls].sort().join(' ');
  for (let attempt = 0; attempt < 20; attempt++) {
    if (key(await read()) !== key(before)) return;
    await new Promise((resolve) => setTimeout(resolve, 250));
  }
}

function LinkForm({
  slug,
  onCancel,
  onDone,
}: {
  slug: string;
  onCancel: () => void;
  onDone: (status: string | undefined) => unknown;
}) {
  const [link, { loading }] = useMutation(LinkCodeMutation, { refetchQueries: [PendingChangesQuery] });
  const [errors, setErrors] = useState<FormErrors>(NO_ERRORS);
  const onSubmit = async (event: FormEvent<HTMLFormElement>) => {
    const form = submittedForm(event, setErrors);
    if (!form) return;
    const text = (name: string) => String(form.get(name) ?? '').trim();
    try {
      const reply = await link({
        variables: {
          paper: slug,
          reason: text('reason'),
          repository: {
            url: text('url'),
            official: form.get('official') === 'on',
            framework: text('framework') as CodeFramework,
            stars: text('stars') === '' ? null : Number(text('stars')),
          },
        },
      });
      await onDone(reply.data?.linkCode.status);
    } catch (failure) {
      const found = formErrorsOf(failure);
      const fields: Record<string, string> = {};
      for (const [argument, message] of Object.entries(found.fields))
        fields[argument.replace(/^repository\./, '')] = message;
      setErrors({ fields, form: found.form ?? fields.paper ?? null });
    }
  };
  return (
    <form className="auth-form submit-form" onSubmit={onSubmit} noValidate aria-label="Add code">
      <FormError message={errors.form} />
      <FormField
        label="Repository URL"
        name="url"
        type="url"
        required
        maxLength={1000}
        placeholder="https://github.com/owner/name"
        hint="https (http only for GitHub, GitLab and other known code hosts)."
        error={errors.fields.url}
      />
      <label className="submit-check">
        <input type="checkbox" name="official" /> Official: written by the paper’s authors
      </label>
      <div className="form-field">
        <label htmlFor="code-framework">Framework</label>
        <select id="code-framework" name="framework" defaultValue="NONE">
          {Object.entries(FRAMEWORK_LABELS).map(([value, label]) => (
            <option key={value} value={value}>
              {label}
            </option>
          ))}
        </select>
      </div>
      <FormField
        label="Stars (optional)"
        name="stars"
        type="number"
        min={0}
        inputMode="numeric"
        error={errors.fields.stars}
      />
      <ReasonField placeholder="e.g. the authors' code, linked from the paper" error={errors.fields.reason} />
      <p className="editable-description__actions">
        <button type="submit" className="button" disabled={loading}>
          {loading ? 'Sending…' : 'Add code'}
        </button>
        <button type="button" className="link-button" onClick={onCancel}>
          Cancel
        </button>
      </p>
    </form>
  );
}

function UnlinkForm({
  slug,
  linked,
  onCancel,
  onDone,
}: {
  slug: string;
  linked: readonly string[];
  onCancel: () => void;
  onDone: (status: string | undefined) => unknown;
}) {
  const [unlink, { loading }] = useMutation(UnlinkCodeMutation, { refetchQueries: [PendingChangesQuery] });
  const [errors, setErrors] = useState<FormErrors>(NO_ERRORS);
  const onSubmit = async (event: FormEvent<HTMLFormElement>) => {
    const form = submittedForm(event, setErrors);
    if (!form) return;
    try {
      const reply = await unlink({
        variables: { paper: slug, url: String(form.get('url')), reason: String(form.get('reason') ?? '').trim() },
      });
      await onDone(reply.data?.unlinkCode.status);
    } catch (failure) {
      setErrors(formErrorsOf(failure));
    }
  };
  return (
    <form className="auth-form submit-form" onSubmit={onSubmit} noValidate aria-label="Remove a code link">
      <FormError message={errors.form} />
      <div className={errors.fields.url ? 'form-field has-error' : 'form-field'}>
        <label htmlFor="unlink-url">Repository</label>
        <select id="unlink-url" name="url">
          {linked.map((url) => (
            <option key={url} value={url}>
              {url}
            </option>
          ))}
        </select>
        {errors.fields.url && <p className="form-field__error">{errors.fields.url}</p>}
      </div>
      <ReasonField placeholder="e.g. not an implementation of this paper" error={errors.fields.reason} />
      <p className="editable-description__actions">
        <button type="submit" className="button button--danger" disabled={loading}>
          {loading ? 'Sending…' : 'Remove the link'}
        </button>
        <button type="button" className="link-button" onClick={onCancel}>
          Cancel
        </button>
      </p>
    </form>
  );
}
