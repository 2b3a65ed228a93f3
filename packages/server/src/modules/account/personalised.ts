import type { GraphQLResolveInfo } from 'graphql';
import type { Context } from '../../graphql/context';

interface CacheControlInfo {
  cacheControl?: { setCacheHint(hint: { maxAge: number; scope: 'PRIVATE' }): void };
}

/**
 * Marks the reply as personal or changing without a new data version (the viewer, profiles):
 * the response cache keeps no such reply (max-age 0, private) and the HTTP handler sends it with
 * `Cache-Control: private, no-store` and no ETag.
 */
export function markPersonalised(context: Context, info: GraphQLResolveInfo): void {
  context.reply.personalised = true;
  (info as GraphQLResolveInfo & CacheControlInfo).cacheControl?.setCacheHint({ maxAge: 0, scope: 'PRIVATE' });
}
