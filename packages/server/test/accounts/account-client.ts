import type { DataSource } from 'typeorm';
import { createAccount } from '../../src/modules/account/account-admin';
import type { Role } from '../../src/modules/account/role';

export interface Reply<T = any> {
  status: number;
  headers: Headers;
  text: string;
  body: { data?: T | null; errors?: { message: string; extensions?: { code?: string; argument?: string } }[] };
}

/** The first error's code of a reply, if any. */
export const errorCode = (reply: Reply) => reply.body.errors?.[0]?.extensions?.code;

/**
 * A client with a cookie jar, as a browser is: it keeps the cookies replies set and sends them
 * back, echoing the CSRF cookie in the x-pwc-csrf header (unless told not to), or sends a bearer
 * token instead.
 */
export class AccountClient {
  readonly cookies = new Map<string, string>();
  /** Every Set-Cookie header received, as sent. */
  readonly setCookieHeaders: string[] = [];
  bearer: string | undefined;

  constructor(private readonly serverUrl: string) {}

  async post<T = any>(
    query: string,
    variables?: Record<string, unknown>,
    options: { csrf?: boolean | string; headers?: Record<string, string> } = {},
  ): Promise<Reply<T>> {
    const headers: Record<string, string> = { 'content-type': 'application/json', ...this.credentialHeaders(options) };
    return this.send(
      await fetch(`${this.serverUrl}/graphql`, {
        method: 'POST',
        headers: { ...headers, ...options.headers },
        body: JSON.stringify({ query, variables }),
      }),
    );
  }

  async get<T = any>(query: string, variables?: Record<string, unknown>): Promise<Reply<T>> {
    const search = new URLSearchParams({ query });
    if (variables) search.set('variables', JSON.stringify(variables));
    return this.send(await fetch(`${this.serverUrl}/graphql?${search}`, { headers: this.credentialHeaders({}) }));
  }

  signUp(email: string, password: string, name = 'Ada Lovelace') {
    return this.post(
      `mutation($email: String!, $password: String!, $name: String!) {
        signUp(email: $email, password: $password, name: $name) { id email name role }
      }`,
      { email, password, name },
    );
  }

  signIn(email: string, password: string) {
    return this.post(
      `mutation($email: String!, $password: String!) { signIn(email: $email, password: $password) { id email name role } }`,
      { email, password },
    );
  }

  async viewer() {
    const reply = await this.post(`{ viewer { id email name role } }`);
    return reply.body.data?.viewer ?? null;
  }

  private credentialHeaders({ csrf = true }: { csrf?: boolean | string }): Record<string, string> {
    if (this.bearer) return { authorization: `Bearer ${this.bearer}` };
    const headers: Record<string, string> = {};
    if (this.cookies.size > 0) headers.cookie = [...this.cookies].map(([name, value]) => `${name}=${value}`).join('; ');
    const csrfCookie = this.cookies.get('pwc_csrf');
    if (typeof csrf === 'string') headers['x-pwc-csrf'] = csrf;
    else if (csrf && csrfCookie) headers['x-pwc-csrf'] = csrfCookie;
    return headers;
  }

  private async send<T>(response: Response): Promise<Reply<T>> {
    for (const header of response.headers.getSetCookie()) {
      this.setCookieHeaders.push(header);
      const [pair] = header.split(';');
      const [name, value] = pair!.split('=') as [string, string];
      if (value === '') this.cookies.delete(name);
      else this.cookies.set(name, value);
    }
    const text = await response.text();
    return { status: response.status, headers: response.headers, text, body: text ? JSON.parse(text) : {} };
  }
}

let accounts = 0;

/** A fresh email address for each account a test makes. */
export function newEmail(label = 'user'): string {
  accounts += 1;
  return `${label}-${accounts}-${process.pid}@example.org`;
}

export const PASSWORD = 'correct horse battery staple';

/** An account of the given role, made as `pwc user create` makes it, and a client signed in as it. */
export async function signedInAs(dataSource: DataSource, serverUrl: string, role: Role, name = `${role} user`) {
  const email = newEmail(role.toLowerCase());
  const id = await createAccount(dataSource, { email, name, password: PASSWORD, role });
  const client = new AccountClient(serverUrl);
  const reply = await client.signIn(email, PASSWORD);
  if (!reply.body.data?.signIn) throw new Error(`sign-in failed: ${reply.text}`);
  return { client, email, id, globalId: reply.body.data.signIn.id as string };
}
