import { useMutation } from '@apollo/client/react';
import { useState, type FormEvent } from 'react';
import { Link, useLocation, useNavigate } from 'react-router';
import { SignUpMutation } from '../features/account/account-operations';
import { browserFormErrors, formErrorsOf, NO_ERRORS } from '../features/account/form-errors';
import { FormError, FormField } from '../features/account/FormField';
import { nextPath, useSessionChanged } from '../features/account/use-session';
import '../features/account/account.css';
import { usePageMeta } from '../ui/page-meta';

/** /signup — a name, an email and a password make a contributor account, signed in at once. */
export function SignUpPage() {
  usePageMeta({ title: 'Create an account', noindex: true });
  const { search } = useLocation();
  const navigate = useNavigate();
  const sessionChanged = useSessionChanged();
  const [signUp, { loading }] = useMutation(SignUpMutation);
  const [errors, setErrors] = useState(NO_ERRORS);

  const onSubmit = async (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const form = new FormData(event.currentTarget);
    const invalid = browserFormErrors(event.currentTarget);
    setErrors(invalid ?? NO_ERRORS);
    if (invalid) return;
    try {
      await signUp({
        variables: {
          name: String(form.get('name')),
          email: String(form.get('email')),
          password: String(form.get('password')),
        },
      });
      await sessionChanged();
      void navigate(nextPath(search));
    } catch (error) {
      setErrors(formErrorsOf(error));
    }
  };

  return (
    <div className="auth-page">
      <h1>Create an account</h1>
      <p className="auth-page__lead">
        Contribute results, papers and descriptions. Changes by new accounts are reviewed before they are published.
      </p>
      <form className="auth-form" onSubmit={onSubmit} noValidate>
        <FormError message={errors.form} />
        <FormField
          label="Name"
          name="name"
          autoComplete="name"
          required
          maxLength={80}
          hint="Shown beside your contributions."
          error={errors.fields.name}
        />
        <FormField label="Email" name="email" type="email" autoComplete="email" required error={errors.fields.email} />
        <FormField
          label="Password"
          name="password"
          type="password"
          autoComplete="new-password"
          required
          minLength={10}
          maxLength={200}
          hint="At least 10 characters; a few words make a good one."
          error={errors.fields.password}
        />
        <button type="submit" className="button" disabled={loading}>
          {loading ? 'Creating…' : 'Create account'}
        </button>
      </form>
      <p className="auth-page__switch">
        Have an account? <Link to={`/signin${search}`}>Sign in</Link>
      </p>
    </div>
  );
}
