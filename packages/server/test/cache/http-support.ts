import type { QueryRunner } from 'typeorm';
import type { DataSource } from 'typeorm';
import { bumpDataVersionIfChanged } from '../../src/cache/data-version';

export interface Reply {
  status: number;
  headers: Headers;
  text: string;
  json<T = any>(): T;
}

async function reply(response: Response): Promise<Reply> {
  const text = await response.text();
  return { status: response.status, headers: response.headers, text, json: () => JSON.parse(text) };
}

/** GET /graphql with the operation in the query string, as a browser, CDN or embed would. */
export async function getGraphQL(
  serverUrl: string,
  params: { query?: string; variables?: object; extensions?: object },
  headers: Record<string, string> = {},
): Promise<Reply> {
  const search = new URLSearchParams();
  if (params.query !== undefined) search.set('query', params.query);
  if (params.variables) search.set('variables', JSON.stringify(params.variables));
  if (params.extensions) search.set('extensions', JSON.stringify(params.extensions));
  return reply(await fetch(`${serverUrl}/graphql?${search}`, { headers }));
}

export async function postGraphQL(
  serverUrl: string,
  body: { query?: string; variables?: object; extensions?: object },
  headers: Record<string, string> = {},
): Promise<Reply> {
  return reply(
    await fetch(`${serverUrl}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', ...headers },
      body: JSON.stringify(body),
    }),
  );
}

/**
 * Changes data in one transaction that ends the way an import's does (the importer's own
 * bumpDataVersionIfChanged before COMMIT); returns the new data version.
 */
export async function changeDataAsTheImporterDoes(
  dataSource: DataSource,
  change: (runner: QueryRunner) => Promise<unknown>,
): Promise<string | undefined> {
  const runner = dataSource.createQueryRunner();
  await runner.connect();
  try {
    await runner.startTransaction();
    await change(runner);
    const version = await bumpDataVersionIfChanged({ query: (text, params) => runner.query(text, params) });
    await runner.commitTransaction();
    return version;
  } catch (error) {
    await runner.rollbackTransaction();
    throw error;
  } finally {
    await runner.release();
  }
}
