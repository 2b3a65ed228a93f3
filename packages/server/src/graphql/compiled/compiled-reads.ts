import { PrefixingKeyValueCache, type KeyValueCache } from '@apollo/utils.keyvaluecache';
import { getVariableValues, type GraphQLSchema, type ValidationRule } from 'graphql';
import Negotiator from 'negotiator';
import { createHash } from 'node:crypto';
import type { RateLimiterAbstract } from 'rate-limiter-flexible';
import type { DataSource } from 'typeorm';
import type { ResponseCacheOptions } from '../../cache/response-cache';
import { DEFAULT_DATABASE_LIMITS } from '../../config';
import { PipelinedStatementRunner } from '../../db/pipelined-statements';
import { PreparedStatementRunner, type SqlRunner } from '../../db/prepared-statements';
import type { Logger } from '../../logger';
import type { Deadline } from '../limits/deadline';
import { checkArgumentStrings } from '../limits/input-guard';
import type { CostEstimator } from '../limits/query-cost';
import { chargeOrReject } from '../limits/rate-limit';
import { graphqlParams, type GraphQLParams } from './http-params';
import { planFor, PreparedOperations, type OperationPlan, type PreparedOperation } from './prepared-operations';
import { objectReply } from './reply-shapes';
import { responseFields } from './response-fields';
import type { CompiledSchema } from './response-sql';
import type { CompiledContext, RootReader } from './root-reader';

export interface CompiledReadsOptions {
  schema: GraphQLSchema;
  dataSource: DataSource;
  /** The root query fields it can answer (from the modules' descriptors). */
  roots: Record<string, RootReader>;
  compiledSchema: CompiledSchema;
  /** The same document limits and rules as Apollo's. */
  document: { maxTokens: number; rules: readonly ValidationRule[] };
  estimateCost: CostEstimator;
  costBudget: number;
  costLimiter?: RateLimiterAbstract;
  /** Apollo's store: persisted queries are registered and found there under Apollo's keys. */
  store: KeyValueCache<string>;
  persistedQueryTtlSeconds: number;
  responseCache?: ResponseCacheOptions;
  logger: Logger;
  /** Connections in pg's pipeline mode for the statements (0: the pool's, one per statement). */
  pipelines?: number;
}

export interface HttpRequestIn {
  method: string;
  /** The parsed JSON body of a POST. */
  body: unknown;
  /** The query string, with its `?`. */
  search: string;
  accept: string | undefined;
  clientKey: string;
  requestId: string;
  deadline: Deadline;
}

export interface CompiledReply {
  body: string;
  contentType: string;
  cacheHit: boolean;
}

/** Apollo's media types for single replies, in Apollo's order of preference (ties go to the first). */
const MEDIA_TYPES = [
  'application/json; charset=utf-8',
  'application/graphql-response+json; charset=utf-8',
  'application/json; callbackSpec=1.0; charset=utf-8', // chosen only when asked for: left to Apollo
];
const COMPILED_MEDIA_TYPES = MEDIA_TYPES.slice(0, 2);

/**
 * The compiled read path: answers a query operation without graphql-js when every root field it
 * selects has a RootReader, with the same reply as Apollo would send (the parity test holds it
 * to that, byte for byte). It checks what Apollo's pipeline and our plugins check, in the same
 * order (persisted query, parse and validation, variables, argument strings, cost against the
 * budget, cost rate), and keeps its own entries in the response cache.
 *
 * `answer` returns null whenever it is not sure to answer exactly as Apollo would — an error of
 * any kind, a field it cannot plan — and the request then goes through Apollo, which answers it.
 */
export class CompiledReads {
  private readonly prepared: PreparedOperations;
  private readonly persisted: KeyValueCache<string>;
  private readonly queryType;
  private readonly db: SqlRunner & { close?(): Promise<void> };

  constructor(private readonly options: CompiledReadsOptions) {
    this.prepared = new PreparedOperations(options.schema, options.document);
    // Apollo keeps persisted queries under this prefix of its cache.
    this.persisted = new PrefixingKeyValueCache(options.store, 'apq:');
    this.queryType = options.schema.getQueryType()!;
    const pipelines = options.pipelines ?? DEFAULT_DATABASE_LIMITS.readPipelines;
    this.db =
      pipelines > 0
        ? PipelinedStatementRunner.of(options.dataSource, pipelines, (error) =>
            options.logger.warn({ err: error }, 'a pipelined read connection failed (it reopens on demand)'),
          )
        : PreparedStatementRunner.of(options.dataSource);
  }

  /** Closes the read path's own connections (the pool is the DataSource's). */
  async close(): Promise<void> {
    await this.db.close?.();
  }

  async answer(request: HttpRequestIn): Promise<CompiledReply | null> {
    const { options } = this;
    const params = graphqlParams(request.method, request.body, request.search);
    const contentType = chooseContentType(request.accept);
    if (!params || !contentType) return null;

    const query = await this.queryText(params);
    if (query === undefined) return null;
    const prepared = this.prepared.get(query, params.operationName);
    if (!prepared) return null;

    const plan = planFor(prepared, JSON.stringify(params.variables), () => this.plan(prepared, params));
    if (!plan) return null;
    const { cost } = plan;

    if (options.costLimiter) {
      try {
        await chargeOrReject(options.costLimiter, request.clientKey, cost, 'cost');
      } catch {
        return null; // Apollo charges again, and answers 429
      }
    }
    if (params.persistedHash !== undefined && params.query !== undefined) {
      // Registered once validated and priced within the budget, as Apollo registers it.
      const ttl = options.persistedQueryTtlSeconds;
      await this.persisted.set(params.persistedHash, query, { ttl }).catch(() => undefined);
    }

    const cacheKey = this.cacheKey(plan);
    if (cacheKey) {
      const cached = await options.store.get(cacheKey).catch(() => undefined);
      if (cached !== undefined) return { body: cached, contentType, cacheHit: true };
    }
    const data = await this.run(plan, request);
    if (data === null) return null;
    const body = JSON.stringify({ data, extensions: { cost: { requested: cost, budget: options.costBudget } } }) + '\n';
    if (cacheKey) {
      await options.store.set(cacheKey, body, { ttl: options.responseCache!.ttlSeconds }).catch(() => undefined);
    }
    return { body, contentType, cacheHit: false };
  }

  /** The document: sent, or found by its persisted-query hash (undefined: Apollo answers). */
  private async queryText(params: GraphQLParams): Promise<string | undefined> {
    const { query, persistedHash } = params;
    if (persistedHash === undefined) return query;
    if (query !== undefined) return sha256Hex(query) === persistedHash ? query : undefined;
    return this.persisted.get(persistedHash).catch(() => undefined);
  }

  /**
   * What Apollo would check before running the operation (variables, argument strings, cost
   * within the budget), and the fields to read; null when the compiled path leaves it to Apollo.
   */
  private plan(prepared: PreparedOperation, params: GraphQLParams): OperationPlan | null {
    const { options } = this;
    const coerced = getVariableValues(options.schema, prepared.operation.variableDefinitions ?? [], params.variables);
    if (coerced.errors) return null;
    let cost: number;
    try {
      checkArgumentStrings(prepared.document, params.variables);
      cost = options.estimateCost(prepared.document, params.variables, params.operationName);
    } catch {
      return null;
    }
    if (cost > options.costBudget) return null;
    const fields = responseFields({ fragments: prepared.fragments, variableValues: coerced.coerced }, this.queryType, [
      prepared.operation.selectionSet,
    ]);
    if (!fields) return null;
    const checked: unknown[] = [];
    try {
      for (const field of fields) {
        if (field.name === '__typename') {
          checked.push(undefined);
          continue;
        }
        const root = options.roots[field.name];
        if (!root) return null;
        checked.push(root.check(field, options.compiledSchema));
      }
    } catch {
      return null; // NotCompilable, or arguments the resolvers would reject
    }
    const replyKey = sha256Hex(JSON.stringify([prepared.text, params.operationName ?? null, params.variables]));
    return { cost, fields, checked, replyKey };
  }

  /** The reply's `data`, or null when a reader gave up or failed (Apollo then runs the operation). */
  private async run(
    { fields, checked }: OperationPlan,
    request: HttpRequestIn,
  ): Promise<Record<string, unknown> | null> {
    const { options } = this;
    const context: CompiledContext = {
      db: this.db,
      schema: options.compiledSchema,
      checkDeadline() {
        if (request.deadline.expired) throw new Error('the request passed its deadline');
      },
    };
    try {
      const values = await Promise.all(
        fields.map((field, i) =>
          field.name === '__typename' ? 'Query' : options.roots[field.name]!.read(field, checked[i], context),
        ),
      );
      return objectReply(fields, 'Query', (field) => values[fields.indexOf(field)]);
    } catch (error) {
      options.logger.debug({ err: error, requestId: request.requestId }, 'compiled read path gave up');
      return null;
    }
  }

  /**
   * The response cache's key of a reply: the operation, its variables and the data version (a
   * new version leaves older replies unreachable). Undefined without a cache, or while the
   * version is unknown.
   */
  private cacheKey(plan: OperationPlan) {
    const version = this.options.responseCache?.dataVersion.current();
    if (version === undefined) return undefined;
    return `compiled:${version}:${plan.replyKey}`;
  }
}

function sha256Hex(text: string): string {
  return createHash('sha256').update(text).digest('hex');
}

/** Content types chosen per Accept header: clients send a handful of distinct ones. */
const contentTypes = new Map<string, string | null>();

/** Apollo's choice of content type for a single reply; null when Accept allows neither JSON type. */
function chooseContentType(accept: string | undefined): string | null {
  if (!accept) return MEDIA_TYPES[0]!;
  let chosen = contentTypes.get(accept);
  if (chosen === undefined) {
    if (contentTypes.size >= 100) contentTypes.clear();
    contentTypes.set(accept, (chosen = negotiateContentType(accept)));
  }
  return chosen;
}

function negotiateContentType(accept: string): string | null {
  const preferred = new Negotiator({ headers: { accept } }).mediaType(MEDIA_TYPES);
  return preferred && COMPILED_MEDIA_TYPES.includes(preferred) ? preferred : null;
}
