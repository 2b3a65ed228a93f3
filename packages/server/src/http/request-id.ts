import type { NextFunction, Request, Response } from 'express';
import { randomUUID } from 'node:crypto';

declare module 'http' {
  interface IncomingMessage {
    /** Set for every request; echoed in X-Request-Id and in server-side errors. */
    requestId: string;
  }
}

/** Gives every request an id of our own (a client-sent one could be forged or reused). */
export function assignRequestId(req: Request, res: Response, next: NextFunction): void {
  req.requestId ??= randomUUID(); // the GraphQL front may have given it one already
  res.setHeader('x-request-id', req.requestId);
  next();
}
