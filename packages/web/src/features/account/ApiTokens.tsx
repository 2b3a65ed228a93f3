import { useMutation } from '@apollo/client/react';
import { useState, type FormEvent } from 'react';
import { CopyBox } from '../share/SharePanel';
import { CreateApiTokenMutation, RevokeApiTokenMutation } from './account-page-operations';
import { formatDateTime } from './account-format';
import { browserFormErrors, formErrorsOf, NO_ERRORS } from './form-errors';
import { FormError, FormField } from './FormField';

interface Token {
  id: string;
  name: string;
  prefix: string;
  createdAt: unknown;
  lastUsedAt: unknown;
}

/** Personal API tokens: make one (its secret shown this once), list them, revoke one. */
export function ApiTokens({ tokens, onChange }: { tokens: readonly Token[]; onChange: () => Promise<unknown> }) {
  const [create, { loading }] = useMutation(CreateApiTokenMutation);
  const [revoke] = useMutation(RevokeApiTokenMutation);
  const [errors, setErrors] = useState(NO_ERRORS);
  const [created, setCreated] = useState<{ name: string; token: string } | null>(null);

  const onCreate = async (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const formElement = event.currentTarget;
    const name = String(new FormData(formElement).get('name'));
    const invalid = browserFormErrors(formElement);
    setErrors(invalid ?? NO_ERRORS);
    if (invalid) return;
    try {
      const { data } = await create({ variables: { name } });
      if (data) setCreated({ name: data.createApiToken.apiToken.name, token: data.createApiToken.token });
      formElement.reset();
      await onChange();
    } catch (error) {
      setErrors(formErrorsOf(error));
    }
  };

  const onRevoke = async (token: Token) => {
    if (!window.confirm(`Revoke the token "${token.name}"? Scripts using it stop working at once.`)) return;
    try {
      await revoke({ variables: { id: token.id } });
      await onChange();
    } catch (error) {
      setErrors(formErrorsOf(error));
    }
  };

  return (
    <div className="account-tokens">
      <p>
        For scripts: send a token as <code>Authorization: Bearer pwc_…</code> with requests to <code>/graphql</code>. A
        token acts as you; it cannot change your password or make other tokens.
      </p>
      {created && (
        <div className="token-created" role="status">
          <p>
            <strong>Token “{created.name}” made.</strong> Copy it now: it is not shown again.
          </p>
          <CopyBox label="Your new API token" text={created.token} />
          <button type="button" className="button button--quiet" onClick={() => setCreated(null)}>
            I have copied it
          </button>
        </div>
      )}
      <form className="inline-form" onSubmit={onCreate} noValidate>
        <FormError message={errors.form} />
        <FormField
          label="Token name"
          name="name"
          required
          maxLength={60}
          placeholder="e.g. nightly results upload"
          error={errors.fields.name}
        />
        <button type="submit" className="button" disabled={loading}>
          {loading ? 'Making…' : 'Make token'}
        </button>
      </form>
      {tokens.length === 0 ? (
        <p className="muted">No tokens yet.</p>
      ) : (
        <ul className="credential-list" aria-label="Your API tokens">
          {tokens.map((token) => (
            <li key={token.id}>
              <div>
                <strong>{token.name}</strong> <code>{token.prefix}…</code>
                <div className="muted">
                  Made {formatDateTime(token.createdAt)} ·{' '}
                  {token.lastUsedAt ? `last used ${formatDateTime(token.lastUsedAt)}` : 'never used'}
                </div>
              </div>
              <button
                type="button"
                className="button button--quiet button--danger"
                onClick={() => onRevoke(token)}
                aria-label={`Revoke the token ${token.name}`}
              >
                Revoke
              </button>
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}
