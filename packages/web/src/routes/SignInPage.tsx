import { useMutation } from '@apollo/client/react';
import { useState, type FormEvent } from 'react';
import { Link, useLocation, useNavigate } from 'react-router';
import { SignInMutation } from '../features/account/account-operations';
import { browserFormErrors, formErrorsOf, NO_ERRORS } from '../features/account/form-errors';
import { FormError, FormField } from '../features/account/FormField';
import { nextPath, useSessionChanged } from '../features/account/use-session';
import '../features/account/account.css';
import { usePageMeta } from '../ui/page-meta';

/** /signin — email and password; then back to the page that sent the reader here (?next=). */
export function SignInPage() {
  usePageMeta({ title: 'Sign in', noindex: true });
  const { search } = useLocation();
  const navigate = useNavigate();
  const sessionChanged = useSessionChanged();
  const [signIn, { loading }] = useMutation(SignInMutation);
  const [errors, setErrors] = useState(NO_ERRORS);

  const onSubmit = async (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const form = new FormData(event.currentTarget);
    const invalid = browserFormErrors(event.currentTarget);
    setErrors(invalid ?? NO_ERRORS);
    if (invalid) return;
    try {
      await signIn({ variables: { email: String(form.get('email')), password: String(form.get('password')) } });
      await sessionChanged();
      void navigate(nextPath(search));
    } catch (error) {
      setErrors(formErrorsOf(error));
    }
  };

  return (
    <div className="auth-page">
      <h1>Sign in</h1>
      <form className="auth-form" onSubmit={onSubmit} noValidate>
        <FormError message={errors.form} />
        <FormField
          label="Email"
          name="email"
          type="email"
          autoComplete="username"
          required
          error={errors.fields.email}
        />
        <FormField
          label="Password"
          name="password"
          type="password"
          autoComplete="current-password"
          required
          error={errors.fields.password}
        />
        <button type="submit" className="button" disabled={loading}>
          {loading ? 'Signing in…' : 'Sign in'}
        </button>
      </form>
      <p className="auth-page__switch">
        <Link to="/reset-password">Forgot password?</Link>
      </p>
      <p className="auth-page__switch">
        New here? <Link to={`/signup${search}`}>Create an account</Link>
      </p>
    </div>
  );
}
