import type { ApolloServerPlugin, GraphQLRequestContextWillSendResponse } from '@apollo/server';
import { GraphQLError } from 'graphql';
import type { RateLimiterAbstract } from 'rate-limiter-flexible';
import type { Logger } from '../../logger';
import type { Context } from '../context';
import { PUBLIC_ERROR_CODES, RETRY_AFTER_SECONDS, UNAVAILABLE_CODES } from '../error-codes';
import { checkArgumentStrings } from './input-guard';
import type { CostEstimator } from './query-cost';
import { chargeOrReject } from './rate-limit';

export interface RequestLimitsOptions {
  estimateCost: CostEstimator;
  costBudget: number;
  /** Cost points per client and minute; absent in tools that run operations locally. */
  costLimiter?: RateLimiterAbstract;
  logger: Logger;
}

/**
 * Bounds every operation before and while it runs: argument strings checked, cost priced and
 * held to the budget (and to the client's cost rate), fields stop resolving after the request's
 * deadline. Also reports the cost in `extensions`, turns outages into 503 with Retry-After, and
 * logs internal errors with the request id the client receives.
 */
export function requestLimitsPlugin({ estimateCost, costBudget, costLimiter, logger }: RequestLimitsOptions) {
  const plugin: ApolloServerPlugin<Context> = {
    async requestDidStart() {
      return {
        async didResolveOperation({ request, document, operationName, contextValue }) {
          const variables = request.variables ?? {};
          const cost = asClientError(() => {
            checkArgumentStrings(document, variables);
            return priceOperation(estimateCost, document, variables, operationName ?? undefined);
          });
          if (cost > costBudget) throw tooComplex(cost, costBudget);
          if (costLimiter) await chargeOrReject(costLimiter, contextValue.clientKey, cost, 'cost');
          contextValue.cost = cost;
        },
        async executionDidStart() {
          return {
            willResolveField({ contextValue }) {
              if (contextValue.deadline.expired) throw deadlinePassed(contextValue.deadline.milliseconds);
            },
          };
        },
        async didEncounterErrors({ errors, contextValue }) {
          for (const error of errors) {
            const code = error.extensions?.code;
            if (typeof code === 'string' && PUBLIC_ERROR_CODES.has(code)) continue; // the client's mistake
            logger.error(
              { err: error.originalError ?? error, path: error.path, requestId: contextValue.requestId },
              'error while resolving a GraphQL request',
            );
          }
        },
        async willSendResponse(requestContext) {
          finishResponse(requestContext, costBudget);
        },
      };
    },
  };
  return plugin;
}

function priceOperation(estimateCost: CostEstimator, ...args: Parameters<CostEstimator>): number {
  try {
    return estimateCost(...args);
  } catch (error) {
    if (error instanceof GraphQLError && error.extensions.code) throw error;
    // Pricing coerces the variables first: a bad variable is the client's mistake.
    const message = error instanceof Error ? error.message : String(error);
    throw new GraphQLError(message, { extensions: { code: 'BAD_USER_INPUT', http: { status: 400 } } });
  }
}

/** Errors raised before execution are answered with HTTP 400 (Apollo would say 500). */
function asClientError<T>(check: () => T): T {
  try {
    return check();
  } catch (error) {
    if (!(error instanceof GraphQLError) || error.extensions.http) throw error;
    throw new GraphQLError(error.message, { extensions: { ...error.extensions, http: { status: 400 } } });
  }
}

function tooComplex(cost: number, budget: number): GraphQLError {
  return new GraphQLError(
    `This query costs ${cost}, more than the budget of ${budget} per operation. ` +
      'Ask for smaller pages (first), fewer nested lists or fewer aliases.',
    { extensions: { code: 'QUERY_TOO_COMPLEX', cost, budget, http: { status: 400 } } },
  );
}

function deadlinePassed(milliseconds: number): GraphQLError {
  return new GraphQLError(`The request ran past its deadline of ${milliseconds} ms and was stopped`, {
    extensions: { code: 'TIMEOUT' },
  });
}

/** Cost in extensions; request ids on server-side errors; 503 with Retry-After for outages. */
function finishResponse({ response, contextValue }: GraphQLRequestContextWillSendResponse<Context>, budget: number) {
  if (response.body.kind !== 'single') return;
  const result = response.body.singleResult;
  if (contextValue.cost !== undefined) {
    result.extensions = { ...result.extensions, cost: { requested: contextValue.cost, budget } };
  }
  let unavailable = false;
  result.errors = result.errors?.map((error) => {
    const code = String(error.extensions?.code ?? '');
    if (code === 'INTERNAL_SERVER_ERROR' || UNAVAILABLE_CODES.has(code)) {
      unavailable ||= UNAVAILABLE_CODES.has(code);
      return { ...error, extensions: { ...error.extensions, requestId: contextValue.requestId } };
    }
    return error;
  });
  if (unavailable) {
    response.http.status = 503;
    response.http.headers.set('retry-after', String(RETRY_AFTER_SECONDS));
  }
}
