import { HeaderMap, type ApolloServer, type HTTPGraphQLRequest } from '@apollo/server';
import type { NextFunction, Request, Response } from 'express';
import type { DataSource } from 'typeorm';
import type { RequestLimits } from '../config';
import { createContext, type Context } from '../graphql/context';
import type { PasswordResetWiring } from '../modules/account/password-reset';
import type { AccountLimiters } from '../modules/account/account-limits';
import { credentialsOf } from '../modules/account/actor';
import { RequestAuth } from '../modules/account/request-auth';
import { cookiesSecure, type SecureCookiesSetting } from '../modules/account/secure-cookies';
import { RETRY_AFTER_SECONDS } from '../graphql/error-codes';
import { Deadline } from '../graphql/limits/deadline';
import { searchOf } from './graphql-front';
import { sendWithHttpCaching, type HttpCachePolicy } from './http-caching';
import { sendJsonError } from './json-errors';
import { clientKey } from './rate-limit-requests';

export interface GraphQLHandlerOptions {
  graphql: ApolloServer<Context>;
  dataSource: DataSource;
  limits: Pick<RequestLimits, 'requestTimeoutMs' | 'maxResponseBytes'>;
  httpCache: HttpCachePolicy;
  isDatabaseAvailable?: () => boolean;
  accounts: AccountWiring;
}

/** What requests need of the accounts module: its rate limiters and the cookies' Secure flag. */
export interface AccountWiring {
  limiters: AccountLimiters;
  secureCookies: SecureCookiesSetting;
  passwordReset: PasswordResetWiring;
}

/**
 * Runs GraphQL over HTTP (GET and POST) through Apollo — what the GraphQL front (graphql-front.ts)
 * did not answer on the compiled read path — with a deadline per request, a cap on
 * the size of the reply, and HTTP caching of successful GETs: Cache-Control, a strong ETag and
 * 304 for a matching If-None-Match. (A thin adapter of our own rather than Apollo's Express
 * middleware, so that the reply can be measured and hashed before it is sent.)
 */
export function graphqlHandler(options: GraphQLHandlerOptions) {
  const { graphql, dataSource, limits, httpCache, isDatabaseAvailable, accounts } = options;

  /** The reply, unless it is over the size cap; HTTP caching for successful GETs. */
  const send = (
    req: Request,
    res: Response,
    body: string,
    status: number,
    hasErrors: boolean,
    personalised: boolean,
  ) => {
    const bytes = Buffer.byteLength(body);
    if (bytes > limits.maxResponseBytes) {
      return sendJsonError(
        res,
        400,
        'RESPONSE_TOO_LARGE',
        `The reply would be ${bytes} bytes, more than the limit of ${limits.maxResponseBytes}; ` +
          'ask for smaller pages or fewer fields',
      );
    }
    sendWithHttpCaching(req, res, body, { method: req.method, status, hasErrors, personalised }, httpCache);
  };

  return async (req: Request, res: Response, next: NextFunction) => {
    if (isDatabaseAvailable && !isDatabaseAvailable()) {
      res.setHeader('retry-after', String(RETRY_AFTER_SECONDS));
      return sendJsonError(res, 503, 'SERVICE_UNAVAILABLE', 'The database is unavailable; try again shortly');
    }
    if (req.method === 'POST' && !req.is('application/json')) {
      return sendJsonError(res, 415, 'BAD_REQUEST', 'POST bodies must be JSON (Content-Type: application/json)');
    }
    const deadline = new Deadline(limits.requestTimeoutMs);
    const started = performance.now();
    let context: Context | undefined;
    try {
      const response = await graphql.executeHTTPGraphQLRequest({
        httpGraphQLRequest: toApolloRequest(req),
        context: async () =>
          (context = createContext(dataSource, {
            requestId: req.requestId,
            clientKey: clientKey(req),
            deadline,
            origin: `${req.protocol}://${req.get('host') ?? 'localhost'}`,
            auth: new RequestAuth(
              dataSource,
              credentialsOf(req.headers),
              cookiesSecure(accounts.secureCookies, req),
              req.get('user-agent'),
            ),
            accountLimiters: accounts.limiters,
            passwordReset: accounts.passwordReset,
          })),
      });
      for (const [name, value] of response.headers) {
        // The response cache's Age counts from when the server cached the reply, but a reply of
        // the current data version is as fresh as a new one; Age would shorten HTTP caches' max-age.
        if (name !== 'age') res.setHeader(name, value);
      }
      // Sign-in, sign-up and sign-out set or clear the session cookies.
      if (context?.auth.setCookies.length) res.append('set-cookie', context.auth.setCookies);
      res.setHeader('server-timing', `graphql;dur=${(performance.now() - started).toFixed(1)}`);
      if (context) res.setHeader('x-cache', context.reply.cacheHit ? 'HIT' : 'MISS');
      // Apollo picks the content type from Accept; compression adds Accept-Encoding.
      res.vary('Accept');
      const status = response.status ?? 200;
      res.status(status);
      if (response.body.kind === 'chunked') {
        res.setHeader('cache-control', 'no-store');
        for await (const chunk of response.body.asyncIterator) res.write(chunk);
        return void res.end();
      }
      // Without a context Apollo refused the request before running it: an error.
      send(
        req,
        res,
        response.body.string,
        status,
        context?.reply.hasErrors ?? true,
        context?.reply.personalised ?? false,
      );
    } catch (error) {
      next(error);
    }
  };
}

function toApolloRequest(req: Request): HTTPGraphQLRequest {
  const headers = new HeaderMap();
  for (const [name, value] of Object.entries(req.headers)) {
    if (value !== undefined) headers.set(name, Array.isArray(value) ? value.join(', ') : value);
  }
  return { method: req.method.toUpperCase(), headers, search: searchOf(req.originalUrl), body: req.body };
}
