/**
 * Password resets. Asking for one is a single statement whether or not the address has an
 * account (an INSERT … SELECT that finds none inserts nothing), so both cost the same work.
 */

export const INSERT_RESET = `
  INSERT INTO password_reset (user_id, token_hash, expires_at)
  SELECT id, $2, now() + make_interval(mins => $3) FROM app_user
  WHERE lower(email) = lower($1) AND NOT disabled
  RETURNING (SELECT email FROM app_user u WHERE u.id = user_id) AS email,
            (SELECT name FROM app_user u WHERE u.id = user_id) AS name`;

/**
 * Uses a link once: sets the password, ends every session of the account, and voids its other
 * links. Nothing when the token is unknown, used, expired, or its account disabled.
 */
export const USE_RESET = `
  WITH used AS (
    UPDATE password_reset SET used_at = now()
    WHERE token_hash = $1 AND used_at IS NULL AND expires_at > now()
    RETURNING user_id
  ), account AS (
    UPDATE app_user SET password_hash = $2
    WHERE id = (SELECT user_id FROM used) AND NOT disabled
    RETURNING id
  ), ended AS (
    DELETE FROM user_session WHERE user_id = (SELECT id FROM account)
  ), voided AS (
    UPDATE password_reset SET used_at = now()
    WHERE user_id = (SELECT id FROM account) AND used_at IS NULL AND token_hash <> $1
  )
  SELECT id FROM account`;
