import type { NextFunction, Request, Response } from 'express';

/**
 * The Content-Security-Policy of every page: scripts only from this origin (no inline script, no
 * eval), data only from this API. Styles may be inline because the libraries the app uses
 * (GraphiQL, KaTeX, chart.js) set them; images may come from any https site (repository and
 * author avatars).
 */
const POLICY = [
  "default-src 'self'",
  "script-src 'self'",
  "style-src 'self' 'unsafe-inline'",
  "img-src 'self' data: https:",
  "font-src 'self' data:",
  "connect-src 'self'",
  "worker-src 'self' blob:",
  "object-src 'none'",
  "base-uri 'self'",
  "form-action 'self'",
].join('; ');

/** Only the embed pages may be shown in another site's frame. */
export const isEmbedPath = (path: string): boolean => path.startsWith('/embed/');

/**
 * Security headers for everything Express serves after /graphql (the API's replies are JSON and
 * keep their own headers): the CSP above, framing forbidden except for /embed/*, no MIME sniffing,
 * and no full URLs in the Referer sent to other sites.
 */
export function securityHeaders(req: Request, res: Response, next: NextFunction): void {
  const embed = isEmbedPath(req.path);
  res.setHeader('content-security-policy', `${POLICY}; frame-ancestors ${embed ? '*' : "'none'"}`);
  // For browsers that predate frame-ancestors; an embed page sends none, so any site may frame it.
  if (!embed) res.setHeader('x-frame-options', 'DENY');
  res.setHeader('x-content-type-options', 'nosniff');
  res.setHeader('referrer-policy', 'strict-origin-when-cross-origin');
  next();
}
