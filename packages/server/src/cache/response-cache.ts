import type { ApolloServerPlugin, GraphQLRequestContext } from '@apollo/server';
import { ApolloServerPluginCacheControl } from '@apollo/server/plugin/cacheControl';
import ApolloServerPluginResponseCache from '@apollo/server-plugin-response-cache';
import type { Context } from '../graphql/context';
import { readDataVersion } from './data-version';
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
  return [cacheControl, responseCache, readYourWritesPlugin(options.dataVersion)];
}

/** The longest a mutation's reply waits for the server to learn of the version it committed. */
export const WRITE_VISIBLE_WAIT_MS = 2_000;

/**
 * Read your writes: the reply of a mutation waits until this server's data version includes
 * what the mutation committed (announced on a LISTEN connection, so usually within a
 * millisecond, but not before the commit returns), so that the client's next read is not
 * answered from a reply cached before the change. It waits at most WRITE_VISIBLE_WAIT_MS (the
 * listener may be reconnecting, when the cache is bypassed anyway). Other API nodes learn the
 * version from their own listeners.
 */
function readYourWritesPlugin(dataVersion: DataVersionSource): ApolloServerPlugin<Context> {
  return {
    async requestDidStart() {
      return {
        async willSendResponse({ operation, contextValue }) {
          if (operation?.operation !== 'mutation' || !dataVersion.reached || dataVersion.current() === undefined)
            return;
          const committed = await readDataVersion({
            query: (text, params) => contextValue.dataSource.query(text, params),
          }).catch(() => undefined);
          if (committed === undefined) return;
          let timer: NodeJS.Timeout | undefined;
          const givenUp = new Promise<void>((resolve) => (timer = setTimeout(resolve, WRITE_VISIBLE_WAIT_MS)));
          await Promise.race([dataVersion.reached(committed), givenUp]);
          clearTimeout(timer);
        },
      };
    },
  };
}
