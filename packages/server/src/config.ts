import { resolve } from 'node:path';
import { z } from 'zod';

export const PROJECT_ROOT = resolve(__dirname, '../../..');

const booleanFlag = z
  .enum(['true', 'false', '1', '0', 'yes', 'no'])
  .transform((value) => value === 'true' || value === '1' || value === 'yes');

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
  NODE_ENV: z.enum(['development', 'production', 'test']).default('development'),
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
    production: c.NODE_ENV === 'production',
  };
}
