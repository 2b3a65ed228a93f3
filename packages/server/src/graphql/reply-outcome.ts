import type { ApolloServerPlugin } from '@apollo/server';
import type { Context } from './context';

/** What the HTTP layer needs to know about a GraphQL reply beyond its status and body. */
export interface ReplyOutcome {
  /** It carries errors (then no cache may keep it). */
  hasErrors: boolean;
  /** It came from the server's response cache. */
  cacheHit: boolean;
  /** It holds a field about the requesting account (or one that changes without a data version). */
  personalised: boolean;
}

/** Until the reply has been seen, it counts as one with errors: nothing may cache it. */
export function newReplyOutcome(): ReplyOutcome {
  return { hasErrors: true, cacheHit: false, personalised: false };
}

/**
 * Fills in the request's ReplyOutcome. (It is an object, not fields of the context, because
 * Apollo hands plugins a shallow copy of the context the HTTP handler made.)
 */
export function replyOutcomePlugin(): ApolloServerPlugin<Context> {
  return {
    async requestDidStart() {
      return {
        async willSendResponse({ response, metrics, contextValue }) {
          const { reply } = contextValue;
          reply.cacheHit = metrics.responseCacheHit === true;
          reply.hasErrors = response.body.kind !== 'single' || (response.body.singleResult.errors?.length ?? 0) > 0;
        },
      };
    },
  };
}
