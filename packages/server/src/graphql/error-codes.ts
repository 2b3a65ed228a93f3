/** Error codes this API sends; only these messages reach clients, anything else is masked. */
export const PUBLIC_ERROR_CODES = new Set([
  'BAD_USER_INPUT',
  'NOT_FOUND',
  // An edit based on an old version, or a revert over later changes (issue 12).
  'CONFLICT',
  'FORBIDDEN',
  'UNAUTHENTICATED',
  'GRAPHQL_PARSE_FAILED',
  'GRAPHQL_VALIDATION_FAILED',
  'BAD_REQUEST',
  'OPERATION_RESOLUTION_FAILURE',
  'PERSISTED_QUERY_NOT_FOUND',
  'PERSISTED_QUERY_NOT_SUPPORTED',
  'QUERY_TOO_COMPLEX',
  'RATE_LIMITED',
  'TIMEOUT',
  'SERVICE_UNAVAILABLE',
  'RESPONSE_TOO_LARGE',
]);

/** Codes after which a retry later may succeed: answered with HTTP 503 and Retry-After. */
export const UNAVAILABLE_CODES = new Set(['TIMEOUT', 'SERVICE_UNAVAILABLE']);

/** Seconds a client is asked to wait after a 503. */
export const RETRY_AFTER_SECONDS = 5;

interface DatabaseErrorLike {
  code?: unknown;
  message?: unknown;
  driverError?: { code?: unknown };
}

/**
 * What a database error means for the client: the database is down or busy, a statement ran
 * past its timeout, or (a safety net behind input validation) a value Postgres rejected.
 */
export function classifyDatabaseError(error: unknown): 'SERVICE_UNAVAILABLE' | 'TIMEOUT' | 'BAD_USER_INPUT' | null {
  if (!error || typeof error !== 'object') return null;
  const { code: ownCode, message, driverError } = error as DatabaseErrorLike;
  const code = String(driverError?.code ?? ownCode ?? '');
  const text = typeof message === 'string' ? message : '';
  if (code === '57014') return 'TIMEOUT'; // query_canceled: statement_timeout
  if (/^(08|57P)/.test(code) || CONNECTION_CODES.has(code)) return 'SERVICE_UNAVAILABLE';
  if (/timeout exceeded when trying to connect|Connection terminated|connection to the server/i.test(text)) {
    return 'SERVICE_UNAVAILABLE';
  }
  if (/^22/.test(code) || code === '54000') return 'BAD_USER_INPUT'; // data exception, program limit
  return null;
}

const CONNECTION_CODES = new Set(['ECONNREFUSED', 'ECONNRESET', 'EPIPE', 'ETIMEDOUT', 'ENOTFOUND', 'EHOSTUNREACH']);
