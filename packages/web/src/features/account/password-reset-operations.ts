import { graphql } from '../../graphql';

/** Mails a reset link if the address has an account; answers the same either way. */
export const RequestPasswordResetMutation = graphql(`
  mutation RequestPasswordReset($email: String!) {
    requestPasswordReset(email: $email)
  }
`);

/** Sets the new password with the link's token; ends the account's other sessions and signs in. */
export const ResetPasswordMutation = graphql(`
  mutation ResetPassword($token: String!, $newPassword: String!) {
    resetPassword(token: $token, newPassword: $newPassword) {
      id
      name
      role
    }
  }
`);
