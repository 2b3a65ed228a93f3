import type { NextFunction, Request, Response } from 'express';
import type { Logger } from '../logger';

/** A GraphQL-over-HTTP style error body: the same shape for every error the server sends; never cached. */
export function sendJsonError(
  res: Response,
  status: number,
  code: string,
  message: string,
  extra: Record<string, unknown> = {},
): void {
  res.setHeader('cache-control', 'no-store');
  res.status(status).json({ errors: [{ message, extensions: { code, ...extra } }] });
}

interface HttpErrorLike {
  type?: string;
  status?: number;
  limit?: number;
}

/** Body-parser failures are the client's: say what was wrong, with the fitting status. */
const BODY_ERRORS: Record<string, { status: number; message: (e: HttpErrorLike) => string }> = {
  'entity.parse.failed': { status: 400, message: () => 'The request body is not valid JSON' },
  'entity.too.large': { status: 413, message: (e) => `The request body is larger than ${e.limit} bytes` },
  'encoding.unsupported': { status: 415, message: () => 'Unsupported content encoding' },
  'charset.unsupported': { status: 415, message: () => 'Unsupported charset; send UTF-8' },
  'request.aborted': { status: 400, message: () => 'The request was aborted' },
  'request.size.invalid': { status: 400, message: () => 'The request body does not match its length' },
};

/**
 * The last handler: every error becomes a JSON reply, never Express's HTML page with a stack
 * trace. Unexpected ones are logged with the request id the client also receives.
 */
export function jsonErrorHandler(logger: Logger) {
  return (error: unknown, req: Request, res: Response, _next: NextFunction): void => {
    const known = BODY_ERRORS[(error as HttpErrorLike)?.type ?? ''];
    if (res.headersSent) {
      res.destroy();
      return;
    }
    if (known) return sendJsonError(res, known.status, 'BAD_REQUEST', known.message(error as HttpErrorLike));
    const status = (error as HttpErrorLike)?.status;
    if (typeof status === 'number' && status >= 400 && status < 500) {
      return sendJsonError(res, status, 'BAD_REQUEST', 'The request could not be understood');
    }
    logger.error({ err: error, requestId: req.requestId, url: req.originalUrl }, 'unhandled error in an HTTP request');
    sendJsonError(res, 500, 'INTERNAL_SERVER_ERROR', 'Internal server error', { requestId: req.requestId });
  };
}

/** For paths nothing serves (only when the web app is not built). */
export function jsonNotFound(_req: Request, res: Response): void {
  sendJsonError(res, 404, 'NOT_FOUND', 'Nothing is served at this path');
}
