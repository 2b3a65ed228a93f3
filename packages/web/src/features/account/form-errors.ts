import type { FormEvent } from 'react';
import { CombinedGraphQLErrors } from '@apollo/client/errors';
import { describeError } from '../../app/errors';

/** What a form shows after a failed mutation: messages by field, and one for the whole form. */
export interface FormErrors {
  fields: Record<string, string>;
  form: string | null;
}

export const NO_ERRORS: FormErrors = { fields: {}, form: null };

/**
 * The server names the argument at fault (BAD_USER_INPUT with `argument`): its message goes
 * beside that field, without the "Invalid argument" prefix; anything else above the form.
 */
export function formErrorsOf(error: unknown): FormErrors {
  if (!CombinedGraphQLErrors.is(error)) return { fields: {}, form: describeError(error) };
  const fields: Record<string, string> = {};
  const general: string[] = [];
  for (const e of error.errors) {
    const argument = e.extensions?.['argument'];
    if (e.extensions?.['code'] === 'BAD_USER_INPUT' && typeof argument === 'string') {
      fields[argument] ??= e.message.replace(/^Invalid argument "[^"]+": /, '');
    } else {
      general.push(e.message);
    }
  }
  return { fields, form: general.length ? general.join(' ') : null };
}

/**
 * The browser's own checks of a form's inputs (required, type="email", minLength, maxLength),
 * every problem at once and before any request; the server checks everything again.
 */
export function browserFormErrors(form: HTMLFormElement): FormErrors | null {
  const fields: Record<string, string> = {};
  for (const element of Array.from(form.elements)) {
    if (element instanceof HTMLInputElement && !element.validity.valid)
      fields[element.name] = element.validationMessage;
  }
  return Object.keys(fields).length > 0 ? { fields, form: null } : null;
}

/**
 * A submitted form's data once the browser's own checks pass; otherwise null, with their errors
 * set. Either way the page does not reload.
 */
export function submittedForm(
  event: FormEvent<HTMLFormElement>,
  setErrors: (errors: FormErrors) => void,
): FormData | null {
  event.preventDefault();
  const invalid = browserFormErrors(event.currentTarget);
  setErrors(invalid ?? NO_ERRORS);
  return invalid ? null : new FormData(event.currentTarget);
}
