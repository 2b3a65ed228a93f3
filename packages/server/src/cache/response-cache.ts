import type { ApolloServerPlugin, GraphQLRequestContext } from '@apollo/server';
import { ApolloServerPluginCacheControl } from '@apollo/server/plugin/cacheControl';
import ApolloServerPluginResponseCache from '@apollo/server-plugin-response-cache';
import type { Context } from '../graphql/context';
import type { DataVersionSource } from './data-version-watcher';

export interface ResponseCacheOptions {
  /** Part of every key: a new version leaves every reply cached before it unreachable. */
  dataVersion: DataVersionSource;
  /** How long a reply is kept (its store may evict it sooner). */
  ttlSeconds: number;
}

/**
 * Whole replies of queries, cached in the server's store (memory or Redis) and keyed by the
 * operation, its variables and the data version. Everything the API serves is public, so every
 * reply without errors is cached. Without options, only Apollo's cache-control bookkeeping is
 * kept (the HTTP handler writes the Cache-Control header itself: Apollo would ignore the method).
 *
 * The cache answers in `responseForOperation`, after every `didResolveOperation`: a cached reply
 * has still been priced and charged to the client's cost allowance.
 */
export function responseCachePlugins(options?: ResponseCacheOptions): ApolloServerPlugin<Context>[] {
  const cacheControl = ApolloServerPluginCacheControl({
    calculateHttpHeaders: false,
    defaultMaxAge: options?.ttlSeconds ?? 0,
  });
  if (!options) return [cacheControl];

  // The version a request's key was made with; while it is unknown (the listener reconnects),
  // the cache is neither read nor written, as stale entries could not be told from fresh ones.
  const versionOfRequest = new WeakMap<GraphQLRequestContext<Context>, string | undefined>();
  const versionKnown = async (request: GraphQLRequestContext<Context>) => versionOfRequest.get(request) !== undefined;
  const responseCache = ApolloServerPluginResponseCache<Context>({
    extraCacheKeyData: async (request) => {
      const version = options.dataVersion.current();
      versionOfRequest.set(request, version);
      return version;
    },
    shouldReadFromCache: versionKnown,
    shouldWriteToCache: versionKnown,
  });
  return [cacheControl, responseCache];
}
