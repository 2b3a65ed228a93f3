import { Router, type Request, type RequestHandler, type Response } from 'express';
import { GraphQLError } from 'graphql';
import type { DataSource } from 'typeorm';
import { badgeSvg, paperBadge } from '../modules/benchmark/export/board-badge';
import { exportBoard, findBoard, paperBestRow } from '../modules/benchmark/export/board-export';
import {
  EXPORT_MEDIA_TYPES,
  exportContext,
  formatBoard,
  type ExportFormat,
} from '../modules/benchmark/export/export-formats';
import { paperBibtex } from '../modules/paper/bibtex';
import { sendWithHttpCaching, type HttpCachePolicy } from './http-caching';
import { sendJsonError } from './json-errors';

class BadParameter extends Error {}

/** A query-string parameter: absent, or one string of sane length. */
function textParameter(req: Request, name: string): string | undefined {
  const value = req.query[name];
  if (value === undefined) return undefined;
  if (typeof value !== 'string' || value.length > 1000 || value.includes('\0')) {
    throw new BadParameter(`"${name}" must be given once, as text of at most 1000 characters`);
  }
  return value;
}

/** `true` / `false`, or absent (no filter). */
function booleanParameter(req: Request, name: string): boolean | null {
  const value = textParameter(req, name);
  if (value === undefined) return null;
  if (value !== 'true' && value !== 'false') throw new BadParameter(`"${name}" must be true or false`);
  return value === 'true';
}

/**
 * Leaderboards and papers as files, at stable URLs beside their pages: /sota/:slug.csv (.json,
 * .md, .tex) with the page's `metric`, `hasCode` and `extraData` parameters, /paper/:slug.bib,
 * and README badges /badge/sota/:slug.svg?paper=…&metric=… (.json: shields.io's endpoint
 * format). Cacheable like GraphQL GETs: Cache-Control, a strong ETag, 304. Each request counts
 * against the client's request rate (`limit`), as GraphQL requests do: a file ranks a whole board.
 */
export function downloadRoutes(dataSource: DataSource, httpCache: HttpCachePolicy, limit: RequestHandler): Router {
  const router = Router();
  const origin = (req: Request) => `${req.protocol}://${req.get('host') ?? 'localhost'}`;

  const send = (req: Request, res: Response, body: string, type: string, status = 200) => {
    res.status(status).setHeader('content-type', type);
    res.setHeader('x-content-type-options', 'nosniff');
    // Files, not pages: nothing in them may run or load anything (an SVG opened on its own).
    res.setHeader('content-security-policy', "default-src 'none'; style-src 'unsafe-inline'");
    sendWithHttpCaching(req, res, body, { method: req.method, status, hasErrors: false }, httpCache);
  };

  const handle =
    (serve: (req: Request, res: Response) => Promise<void>) =>
    async (req: Request, res: Response, next: (error: unknown) => void) => {
      try {
        await serve(req, res);
      } catch (error) {
        if (error instanceof BadParameter) return sendJsonError(res, 400, 'BAD_USER_INPUT', error.message);
        if (error instanceof GraphQLError && error.extensions.code === 'BAD_USER_INPUT') {
          return sendJsonError(res, 400, 'BAD_USER_INPUT', error.message);
        }
        next(error);
      }
    };

  const boardRequest = (req: Request, slug: string) => ({
    slug,
    metric: textParameter(req, 'metric'),
    filters: { hasCode: booleanParameter(req, 'hasCode'), usesAdditionalData: booleanParameter(req, 'extraData') },
  });

  router.get(
    /^\/sota\/([^/]+)\.(csv|json|md|tex)$/,
    limit,
    handle(async (req, res) => {
      const [slug, format] = [req.params[0]!, req.params[1] as ExportFormat];
      const board = await exportBoard(dataSource, boardRequest(req, slug));
      if (!board) return sendJsonError(res, 404, 'NOT_FOUND', `No leaderboard ${JSON.stringify(slug)}`);
      res.setHeader('content-disposition', `inline; filename="${slug.replace(/[^\w.-]/g, '_')}.${format}"`);
      send(req, res, formatBoard(board, format, exportContext(origin(req), slug)), EXPORT_MEDIA_TYPES[format]);
    }),
  );

  router.get(
    /^\/paper\/([^/]+)\.bib$/,
    limit,
    handle(async (req, res) => {
      const slug = req.params[0]!;
      const entry = await paperBibtex(dataSource, slug, `${origin(req)}/paper/${encodeURIComponent(slug)}`);
      if (!entry) return sendJsonError(res, 404, 'NOT_FOUND', `No paper ${JSON.stringify(slug)}`);
      send(req, res, entry, 'application/x-bibtex; charset=utf-8');
    }),
  );

  router.get(
    /^\/badge\/sota\/([^/]+)\.(svg|json)$/,
    limit,
    handle(async (req, res) => {
      const [slug, kind] = [req.params[0]!, req.params[1]!];
      const paper = textParameter(req, 'paper');
      if (paper === undefined) throw new BadParameter('"paper" (the paper\'s slug) is required');
      const request = boardRequest(req, slug);
      const board = await findBoard(dataSource, request);
      if (!board) return sendJsonError(res, 404, 'NOT_FOUND', `No leaderboard ${JSON.stringify(slug)}`);
      const row = await paperBestRow(dataSource, board, paper, request.filters);
      const { content, found } = paperBadge(board, row);
      // A badge still renders when the paper is not on the board (grey), answered as 404.
      const status = found ? 200 : 404;
      if (kind === 'json') send(req, res, `${JSON.stringify(content)}\n`, 'application/json; charset=utf-8', status);
      else send(req, res, badgeSvg(content), 'image/svg+xml; charset=utf-8', status);
    }),
  );
  return router;
}
