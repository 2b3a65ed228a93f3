import { useMutation } from '@apollo/client/react';
import { useState, type FormEvent } from 'react';
import { Link, useNavigate, useSearchParams } from 'react-router';
import { browserFormErrors, formErrorsOf, NO_ERRORS } from '../features/account/form-errors';
import { FormError, FormField } from '../features/account/FormField';
import { RequestPasswordResetMutation, ResetPasswordMutation } from '../features/account/password-reset-operations';
import { useSessionChanged } from '../features/account/use-session';
import '../features/account/account.css';
import { usePageMeta } from '../ui/page-meta';

/**
 * /reset-password — "Forgot password?": without a token, the email a link is mailed to (the
 * answer never says whether the address has an account); with ?token= from that link, the new
 * password, which signs the browser in and ends the account's other sessions.
 */
export function ResetPasswordPage() {
  usePageMeta({ title: 'Reset your password', noindex: true });
  const [params] = useSearchParams();
  const token = params.get('token');
  return (
    <div className="auth-page">
      <h1>Reset your password</h1>
      {token ? <NewPasswordForm token={token} /> : <RequestLinkForm />}
      <p className="auth-page__switch">
        Remembered it? <Link to="/signin">Sign in</Link>
      </p>
    </div>
  );
}

function RequestLinkForm() {
  const [request, { loading }] = useMutation(RequestPasswordResetMutation);
  const [errors, setErrors] = useState(NO_ERRORS);
  const [sentTo, setSentTo] = useState<string | null>(null);

  const onSubmit = async (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const invalid = browserFormErrors(event.currentTarget);
    setErrors(invalid ?? NO_ERRORS);
    if (invalid) return;
    const email = String(new FormData(event.currentTarget).get('email')).trim();
    try {
      await request({ variables: { email } });
      setSentTo(email);
    } catch (error) {
      setErrors(formErrorsOf(error));
    }
  };

  if (sentTo)
    return (
      <p className="form-success" role="status">
        If {sentTo} belongs to an account, a link to reset its password is on its way. It works once, within an hour.
      </p>
    );
  return (
    <form className="auth-form" onSubmit={onSubmit} noValidate>
      <p className="muted">Give the email address of your account: we mail it a link to choose a new password.</p>
      <FormError message={errors.form} />
      <FormField label="Email" name="email" type="email" autoComplete="username" required error={errors.fields.email} />
      <button type="submit" className="button" disabled={loading}>
        {loading ? 'Sending…' : 'Send the link'}
      </button>
    </form>
  );
}

function NewPasswordForm({ token }: { token: string }) {
  const navigate = useNavigate();
  const sessionChanged = useSessionChanged();
  const [reset, { loading }] = useMutation(ResetPasswordMutation);
  const [errors, setErrors] = useState(NO_ERRORS);

  const onSubmit = async (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const invalid = browserFormErrors(event.currentTarget);
    setErrors(invalid ?? NO_ERRORS);
    if (invalid) return;
    try {
      await reset({ variables: { token, newPassword: String(new FormData(event.currentTarget).get('newPassword')) } });
      await sessionChanged();
      void navigate('/account?passwordReset=1');
    } catch (error) {
      setErrors(formErrorsOf(error));
    }
  };

  return (
    <form className="auth-form" onSubmit={onSubmit} noValidate>
      <FormError message={errors.form} />
      {errors.fields.token && (
        <p className="form-error" role="alert">
          {errors.fields.token.replace(/^./, (first) => first.toUpperCase())}:{' '}
          <Link to="/reset-password">ask for a new link</Link>.
        </p>
      )}
      <FormField
        label="New password"
        name="newPassword"
        type="password"
        autoComplete="new-password"
        required
        minLength={10}
        maxLength={200}
        hint="At least 10 characters. Every session of the account is signed out."
        error={errors.fields.newPassword}
      />
      <button type="submit" className="button" disabled={loading}>
        {loading ? 'Saving…' : 'Set the new password'}
      </button>
    </form>
  );
}
