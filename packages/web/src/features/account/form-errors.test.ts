import { CombinedGraphQLErrors } from '@apollo/client/errors';
import { formErrorsOf } from './form-errors';

describe('formErrorsOf', () => {
  it('puts an argument error beside its field, without the prefix, and the rest above the form', () => {
    const error = new CombinedGraphQLErrors({
      errors: [
        {
          message: 'Invalid argument "email": must be an email address, such as ada@example.org',
          extensions: { code: 'BAD_USER_INPUT', argument: 'email' },
        },
        { message: 'Too many attempts; retry after 60 s', extensions: { code: 'RATE_LIMITED' } },
      ],
    });
    expect(formErrorsOf(error)).toEqual({
      fields: { email: 'must be an email address, such as ada@example.org' },
      form: 'Too many attempts; retry after 60 s',
    });
  });

  it('says when the server cannot be reached', () => {
    expect(formErrorsOf(new TypeError('Failed to fetch'))).toEqual({
      fields: {},
      form: 'The server could not be reached. Check your connection and try again.',
    });
  });
});
