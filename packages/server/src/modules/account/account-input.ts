import { badInput } from '../../graphql/errors';

/**
 * Arguments of the account mutations, checked at the boundary. Messages name the argument and
 * never repeat a password or token back.
 */
export const PASSWORD_LENGTH = { min: 10, max: 200 };
export const NAME_MAX_LENGTH = 80;
export const TOKEN_NAME_MAX_LENGTH = 60;
const EMAIL_MAX_LENGTH = 254;

// Something@something.tld without spaces: the shape only; no mail is sent to check it.
const EMAIL_SHAPE = /^[^\s@]+@[^\s@.]+(\.[^\s@.]+)+$/;
// eslint-disable-next-line no-control-regex -- control characters are what is refused
const CONTROL_CHARACTERS = /[\u0000-\u001f\u007f]/;

export function checkEmail(email: string, argument = 'email'): string {
  const trimmed = email.trim();
  if (trimmed.length > EMAIL_MAX_LENGTH) throw badInput(argument, `must be at most ${EMAIL_MAX_LENGTH} characters`);
  if (!EMAIL_SHAPE.test(trimmed)) throw badInput(argument, 'must be an email address, such as ada@example.org');
  return trimmed;
}

export function checkPassword(password: string, argument = 'password'): string {
  if (password.length < PASSWORD_LENGTH.min) {
    throw badInput(argument, `must be at least ${PASSWORD_LENGTH.min} characters`);
  }
  if (password.length > PASSWORD_LENGTH.max) {
    throw badInput(argument, `must be at most ${PASSWORD_LENGTH.max} characters`);
  }
  return password;
}

/** A display name or a token's name: trimmed, not empty, bounded, without control characters. */
export function checkName(name: string, argument: string, maxLength: number): string {
  const trimmed = name.trim().replace(/\s+/g, ' ');
  if (trimmed === '') throw badInput(argument, 'must not be empty');
  if (trimmed.length > maxLength) throw badInput(argument, `must be at most ${maxLength} characters`);
  if (CONTROL_CHARACTERS.test(trimmed)) throw badInput(argument, 'must not contain control characters');
  return trimmed;
}
