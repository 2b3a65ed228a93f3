import { useMutation } from '@apollo/client/react';
import { useState, type FormEvent } from 'react';
import { ChangePasswordMutation } from './account-page-operations';
import { browserFormErrors, formErrorsOf, NO_ERRORS } from './form-errors';
import { FormError, FormField } from './FormField';

/** Current and new password; success signs out every other session of the account. */
export function ChangePasswordForm({ onChange }: { onChange: () => Promise<unknown> }) {
  const [changePassword, { loading }] = useMutation(ChangePasswordMutation);
  const [errors, setErrors] = useState(NO_ERRORS);
  const [done, setDone] = useState(false);

  const onSubmit = async (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const formElement = event.currentTarget;
    const form = new FormData(formElement);
    const invalid = browserFormErrors(formElement);
    setErrors(invalid ?? NO_ERRORS);
    if (invalid) return;
    setDone(false);
    try {
      await changePassword({
        variables: {
          currentPassword: String(form.get('currentPassword')),
          newPassword: String(form.get('newPassword')),
        },
      });
      formElement.reset();
      setDone(true);
      await onChange();
    } catch (error) {
      setErrors(formErrorsOf(error));
    }
  };

  return (
    <form className="account-form" onSubmit={onSubmit} noValidate>
      <FormError message={errors.form} />
      {done && (
        <p className="form-success" role="status">
          Password changed. Your other sessions were signed out.
        </p>
      )}
      <FormField
        label="Current password"
        name="currentPassword"
        type="password"
        autoComplete="current-password"
        required
        error={errors.fields.currentPassword}
      />
      <FormField
        label="New password"
        name="newPassword"
        type="password"
        autoComplete="new-password"
        required
        minLength={10}
        maxLength={200}
        hint="At least 10 characters."
        error={errors.fields.newPassword}
      />
      <button type="submit" className="button" disabled={loading}>
        {loading ? 'Changing…' : 'Change password'}
      </button>
    </form>
  );
}
