// PostGraphile v4 over the benchmark's database, as its own process (so that its memory and CPU
// are its own). Started by peer-bench.ts; DATABASE_URL, PORT and POOL_SIZE come from it.
import { createServer } from 'node:http';
import { Pool } from 'pg';
import { postgraphile } from 'postgraphile';

const pool = new Pool({ connectionString: process.env.DATABASE_URL, max: Number(process.env.POOL_SIZE ?? 20) });

// The production settings of PostGraphile's documentation, read-only (no mutations), with the
// plain lists next to the connections (`--simple-collections both`).
const handler = postgraphile(pool, 'public', {
  graphiql: false,
  watchPg: false,
  dynamicJson: true,
  setofFunctionsContainNulls: false,
  ignoreRBAC: false,
  disableQueryLog: true,
  disableDefaultMutations: true,
  legacyRelations: 'omit',
  simpleCollections: 'both',
  extendedErrors: ['errcode'],
  enableQueryBatching: false,
  retryOnInitFail: false,
});

const server = createServer((request, response) => void handler(request, response));
server.listen(Number(process.env.PORT), '127.0.0.1');

const stop = () => {
  server.close();
  void handler.release().finally(() => pool.end().finally(() => process.exit(0)));
};
process.once('SIGTERM', stop);
process.once('SIGINT', stop);
