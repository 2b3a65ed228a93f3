import { availableParallelism } from 'node:os';
import { resolve } from 'node:path';
import { z } from 'zod';
import { DEFAULT_COST_BUDGET } from './graphql/limits/cost-rules';
import { DEFAULT_MAIL_FROM, type MailSettings } from './modules/account/mailer';

export const PROJECT_ROOT = resolve(__dirname, '../../..');

const booleanFlag = z
  .enum(['true', 'false', '1', '0', 'yes', 'no'])
  .transform((value) => value === 'true' || value === '1' || value === 'yes');

export interface DatabaseLimits {
  poolSize: number;
  /** Postgres statement_timeout for every statement of the API. */
  statementTimeoutMs: number;
  /** How long a request waits for a free connection before it gets a 503. */
  poolWaitTimeoutMs: number;
  /**
   * Connections in pg's pipeline mode that the compiled read path sends its statements over,
   * beside the pool (db/pipelined-statements.ts); 0: the pool's, one statement per connection.
   */
  readPipelines: number;
}

export const DEFAULT_DATABASE_LIMITS: DatabaseLimits = {
  poolSize: 10,
  statementTimeoutMs: 5_000,
  poolWaitTimeoutMs: 3_000,
  // One per two cores: each keeps one Postgres backend (one core) busy.
  readPipelines: Math.max(1, Math.floor(availableParallelism() / 2)),
};

export interface RequestLimits {
  /** A request still running after this gets a TIMEOUT error and stops resolving fields. */
  requestTimeoutMs: number;
  /** The most one operation may cost (see graphql/limits/cost-rules.ts). */
  costBudget: number;
  maxBodyBytes: number;
  maxResponseBytes: number;
  /** Per client address and minute. */
  rateLimitRequests: number;
  /** Per client address and minute, in cost points of accepted operations. */
  rateLimitCost: number;
}

/** The limits of the public API when nothing is configured (tests raise some of them). */
export const DEFAULT_REQUEST_LIMITS: RequestLimits = {
  requestTimeoutMs: 10_000,
  costBudget: DEFAULT_COST_BUDGET,
  maxBodyBytes: 100_000,
  maxResponseBytes: 5_000_000,
  rateLimitRequests: 600,
  rateLimitCost: 40 * DEFAULT_COST_BUDGET,
};

export interface CacheSettings {
  /** A Redis shared by every API node for cached replies, persisted queries and rate limits; memory otherwise. */
  redisUrl: string | undefined;
  /** How long browsers and CDNs may reuse a successful GET reply (Cache-Control max-age). */
  httpMaxAgeSeconds: number;
  /** How much longer they may serve it while they revalidate it. */
  httpStaleWhileRevalidateSeconds: number;
  /** How long a reply stays in the server's own cache (0: none); a new data version retires it at once. */
  responseTtlSeconds: number;
  /** Size of the in-memory cache (without Redis). */
  memoryMegabytes: number;
}

export const DEFAULT_CACHE_SETTINGS: CacheSettings = {
  redisUrl: undefined,
  httpMaxAgeSeconds: 60,
  httpStaleWhileRevalidateSeconds: 300,
  responseTtlSeconds: 3600,
  memoryMegabytes: 64,
};

const positiveInt = (fallback: number) => z.coerce.number().int().min(1).default(fallback);
const nonNegativeInt = (fallback: number) => z.coerce.number().int().min(0).default(fallback);

const schema = z.object({
  DATABASE_URL: z
    .string()
    .regex(/^postgres(ql)?:\/\//, 'must be a postgres:// connection string')
    .optional(),
  PORT: z.coerce.number().int().min(0).max(65535).default(4000),
  HOST: z.string().min(1).default('0.0.0.0'),
  PWC_DATA_DIR: z.string().min(1).default(resolve(PROJECT_ROOT, '.data')),
  PWC_IMPORT_SAMPLE: booleanFlag.default(true),
  PWC_WEB_DIST: z.string().min(1).default(resolve(PROJECT_ROOT, 'packages/web/dist')),
  LOG_LEVEL: z.enum(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent']).default('info'),
  // Production unless a developer says otherwise: no stack traces or paths in any response.
  NODE_ENV: z.enum(['development', 'production', 'test']).default('production'),
  PWC_DB_POOL_SIZE: positiveInt(DEFAULT_DATABASE_LIMITS.poolSize),
  PWC_STATEMENT_TIMEOUT_MS: positiveInt(DEFAULT_DATABASE_LIMITS.statementTimeoutMs),
  PWC_POOL_WAIT_TIMEOUT_MS: positiveInt(DEFAULT_DATABASE_LIMITS.poolWaitTimeoutMs),
  PWC_DB_PIPELINES: nonNegativeInt(DEFAULT_DATABASE_LIMITS.readPipelines),
  PWC_REQUEST_TIMEOUT_MS: positiveInt(DEFAULT_REQUEST_LIMITS.requestTimeoutMs),
  PWC_COST_BUDGET: positiveInt(DEFAULT_REQUEST_LIMITS.costBudget),
  PWC_MAX_BODY_BYTES: positiveInt(DEFAULT_REQUEST_LIMITS.maxBodyBytes),
  PWC_MAX_RESPONSE_BYTES: positiveInt(DEFAULT_REQUEST_LIMITS.maxResponseBytes),
  PWC_RATE_LIMIT_REQUESTS: positiveInt(DEFAULT_REQUEST_LIMITS.rateLimitRequests),
  PWC_RATE_LIMIT_COST: positiveInt(DEFAULT_REQUEST_LIMITS.rateLimitCost),
  PWC_TRUST_PROXY: z.string().min(1).optional(),
  PWC_COMPILED_READS: booleanFlag.default(true),
  PWC_SECURE_COOKIES: z
    .enum(['auto', 'true', 'false', '1', '0', 'yes', 'no'])
    .default('auto')
    .transform((value) => (value === 'auto' ? 'auto' : value === 'true' || value === '1' || value === 'yes')),
  SMTP_URL: z
    .string()
    .regex(/^smtps?:\/\/[^/]/, 'must be an smtp:// or smtps:// URL')
    .optional(),
  PWC_MAIL_FROM: z.string().min(3).default(DEFAULT_MAIL_FROM),
  PWC_PUBLIC_URL: z
    .string()
    .regex(/^https?:\/\/[^/]/, 'must be an http:// or https:// URL')
    .optional(),
  REDIS_URL: z
    .string()
    .regex(/^rediss?:\/\//, 'must be a redis:// or rediss:// URL')
    .optional(),
  PWC_CACHE_MAX_AGE: nonNegativeInt(DEFAULT_CACHE_SETTINGS.httpMaxAgeSeconds),
  PWC_CACHE_STALE_WHILE_REVALIDATE: nonNegativeInt(DEFAULT_CACHE_SETTINGS.httpStaleWhileRevalidateSeconds),
  PWC_CACHE_TTL: nonNegativeInt(DEFAULT_CACHE_SETTINGS.responseTtlSeconds),
  PWC_CACHE_MEMORY_MB: positiveInt(DEFAULT_CACHE_SETTINGS.memoryMegabytes),
});

export type Config = {
  databaseUrl: string | undefined;
  port: number;
  host: string;
  dataDir: string;
  importSampleWhenEmpty: boolean;
  webDist: string;
  logLevel: z.infer<typeof schema>['LOG_LEVEL'];
  production: boolean;
  database: DatabaseLimits;
  limits: RequestLimits;
  cache: CacheSettings;
  /** Express's `trust proxy` setting, when the server runs behind a reverse proxy. */
  trustProxy: string | undefined;
  /** Queries the compiled read path can answer skip graphql-js (see graphql/compiled). */
  compiledReads: boolean;
  /** Session cookies marked Secure: always, never, or `auto` (not for http://localhost). */
  secureCookies: boolean | 'auto';
  /** Password-reset mail: SMTP, or the development outbox folder in the data folder. */
  mail: MailSettings;
  /** The site's address in links sent by mail. */
  publicUrl: string;
};

/** Reads and validates the configuration once; lists every invalid variable in one error. */
export function loadConfig(env: NodeJS.ProcessEnv = process.env): Config {
  const parsed = schema.safeParse(env);
  if (!parsed.success) {
    const problems = parsed.error.issues.map((issue) => `  ${issue.path.join('.')}: ${issue.message}`);
    throw new Error(`Invalid configuration:\n${problems.join('\n')}`);
  }
  const c = parsed.data;
  return {
    databaseUrl: c.DATABASE_URL,
    port: c.PORT,
    host: c.HOST,
    dataDir: resolve(c.PWC_DATA_DIR),
    importSampleWhenEmpty: c.PWC_IMPORT_SAMPLE,
    webDist: resolve(c.PWC_WEB_DIST),
    logLevel: c.LOG_LEVEL,
    production: c.NODE_ENV !== 'development',
    database: {
      poolSize: c.PWC_DB_POOL_SIZE,
      statementTimeoutMs: c.PWC_STATEMENT_TIMEOUT_MS,
      poolWaitTimeoutMs: c.PWC_POOL_WAIT_TIMEOUT_MS,
      readPipelines: c.PWC_DB_PIPELINES,
    },
    limits: {
      requestTimeoutMs: c.PWC_REQUEST_TIMEOUT_MS,
      costBudget: c.PWC_COST_BUDGET,
      maxBodyBytes: c.PWC_MAX_BODY_BYTES,
      maxResponseBytes: c.PWC_MAX_RESPONSE_BYTES,
      rateLimitRequests: c.PWC_RATE_LIMIT_REQUESTS,
      rateLimitCost: c.PWC_RATE_LIMIT_COST,
    },
    cache: {
      redisUrl: c.REDIS_URL,
      httpMaxAgeSeconds: c.PWC_CACHE_MAX_AGE,
      httpStaleWhileRevalidateSeconds: c.PWC_CACHE_STALE_WHILE_REVALIDATE,
      responseTtlSeconds: c.PWC_CACHE_TTL,
      memoryMegabytes: c.PWC_CACHE_MEMORY_MB,
    },
    trustProxy: c.PWC_TRUST_PROXY,
    compiledReads: c.PWC_COMPILED_READS,
    secureCookies: c.PWC_SECURE_COOKIES,
    mail: { smtpUrl: c.SMTP_URL, from: c.PWC_MAIL_FROM, outboxDir: resolve(c.PWC_DATA_DIR, 'outbox') },
    publicUrl: c.PWC_PUBLIC_URL ?? `http://localhost:${c.PORT}`,
  };
}
