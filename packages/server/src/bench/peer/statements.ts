import type { Client } from 'pg';
import type { GraphqlRequest } from './cases';
import { postGraphql } from './load';

const REQUESTS = 10;

/**
 * SQL statements one request costs a server, from pg_stat_statements (every statement a client
 * sends, BEGIN and COMMIT included): reset, send REQUESTS requests one after another, add the
 * calls up. Nothing else uses the database meanwhile; the benchmark's own queries are left out.
 */
export async function statementsPerRequest(admin: Client, url: string, request: GraphqlRequest): Promise<number> {
  await postGraphql(url, request); // warm: schema caches, prepared plans
  await admin.query('SELECT bench.pg_stat_statements_reset()');
  for (let i = 0; i < REQUESTS; i++) await postGraphql(url, request);
  const { rows } = await admin.query<{ calls: number }>(
    `SELECT coalesce(sum(calls), 0)::int AS calls FROM bench.pg_stat_statements
     WHERE dbid = (SELECT oid FROM pg_database WHERE datname = current_database())
       AND query NOT ILIKE '%pg_stat_statements%'`,
  );
  return (rows[0]?.calls ?? 0) / REQUESTS;
}
