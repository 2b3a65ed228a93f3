/**
 * The statements of accounts, sessions and API tokens. Tokens are looked up by their SHA-256
 * (a unique index); a lookup also notes when the session or token was last used, at most once a
 * minute, in the same statement.
 */

const ACTOR_COLUMNS = `u.id AS "userId", u.name, u.role`;

export const SESSION_ACTOR = `
  WITH found AS (
    SELECT s.id AS "credentialId", ${ACTOR_COLUMNS}
    FROM user_session s JOIN app_user u ON u.id = s.user_id
    WHERE s.token_hash = $1 AND s.expires_at > now() AND NOT u.disabled
  ), touched AS (
    UPDATE user_session SET last_seen_at = now()
    WHERE id = (SELECT "credentialId" FROM found) AND last_seen_at < now() - interval '1 minute'
  )
  SELECT * FROM found`;

export const TOKEN_ACTOR = `
  WITH found AS (
    SELECT t.id AS "credentialId", ${ACTOR_COLUMNS}
    FROM api_token t JOIN app_user u ON u.id = t.user_id
    WHERE t.token_hash = $1 AND NOT u.disabled
  ), touched AS (
    UPDATE api_token SET last_used_at = now()
    WHERE id = (SELECT "credentialId" FROM found)
      AND (last_used_at IS NULL OR last_used_at < now() - interval '1 minute')
  )
  SELECT * FROM found`;

export const USER_BY_EMAIL = `
  SELECT id, name, role, password_hash AS "passwordHash", disabled
  FROM app_user WHERE lower(email) = lower($1)`;

export const INSERT_USER = `
  INSERT INTO app_user (email, name, role, password_hash) VALUES ($1, $2, $3, $4)
  ON CONFLICT ((lower(email))) DO NOTHING
  RETURNING id`;

export const USER_BY_ID = `
  SELECT id, email, name, role, created_at AS "createdAt", disabled FROM app_user WHERE id = $1`;

export const PASSWORD_HASH_OF = `SELECT password_hash AS "passwordHash" FROM app_user WHERE id = $1`;

export const SET_PASSWORD_HASH = `UPDATE app_user SET password_hash = $2 WHERE id = $1`;

export const SET_ROLE = `
  UPDATE app_user SET role = $2 WHERE id = $1
  RETURNING id, email, name, role, created_at AS "createdAt", disabled`;

/** Disabling ends the account's sessions at once (its API tokens stop working while it is disabled). */
export const SET_DISABLED = `
  WITH account AS (
    UPDATE app_user SET disabled = $2 WHERE id = $1
    RETURNING id, email, name, role, created_at AS "createdAt", disabled
  ), ended AS (
    DELETE FROM user_session WHERE $2 AND user_id = (SELECT id FROM account)
  )
  SELECT * FROM account`;

export const INSERT_SESSION = `
  INSERT INTO user_session (user_id, token_hash, expires_at, last_seen_at, user_agent)
  VALUES ($1, $2, now() + make_interval(days => $3), now(), $4)
  RETURNING id, expires_at AS "expiresAt"`;

export const DELETE_SESSION_BY_HASH = `DELETE FROM user_session WHERE token_hash = $1`;

export const DELETE_SESSION = `DELETE FROM user_session WHERE id = $1 AND user_id = $2`;

export const DELETE_OTHER_SESSIONS = `DELETE FROM user_session WHERE user_id = $1 AND id <> $2`;

/** Expired sessions of one account are dropped whenever it signs in. */
export const DELETE_EXPIRED_SESSIONS = `DELETE FROM user_session WHERE user_id = $1 AND expires_at <= now()`;

export const SESSIONS_OF_USER = `
  SELECT id, created_at AS "createdAt", last_seen_at AS "lastSeenAt", expires_at AS "expiresAt",
         user_agent AS "userAgent"
  FROM user_session WHERE user_id = $1 AND expires_at > now()
  ORDER BY last_seen_at DESC, id DESC LIMIT $2`;

export const COUNT_TOKENS = `SELECT count(*)::int AS n FROM api_token WHERE user_id = $1`;

export const INSERT_TOKEN = `
  INSERT INTO api_token (user_id, name, token_hash, prefix) VALUES ($1, $2, $3, $4)
  RETURNING id, name, prefix, created_at AS "createdAt", last_used_at AS "lastUsedAt"`;

export const TOKENS_OF_USER = `
  SELECT id, name, prefix, created_at AS "createdAt", last_used_at AS "lastUsedAt"
  FROM api_token WHERE user_id = $1 ORDER BY created_at DESC, id DESC LIMIT $2`;

export const DELETE_TOKEN = `DELETE FROM api_token WHERE id = $1 AND user_id = $2`;
