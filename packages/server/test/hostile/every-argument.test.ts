import {
  getNamedType,
  isEnumType,
  isInputObjectType,
  isLeafType,
  isNonNullType,
  type GraphQLArgument,
  type GraphQLField,
  type GraphQLInputType,
} from 'graphql';
import { createSchema } from '../../src/graphql/schema';
import { useApiFixture } from '../support/api-fixture';
import { Role } from '../../src/modules/account/role';
import { signedInAs } from '../accounts/account-client';
import { errorCodes, LEAKS, postJson } from './support';

const api = useApiFixture();

const HOSTILE: Record<string, unknown[]> = {
  String: [
    '',
    '\u0000',
    'x\u0000y',
    "'; DROP TABLE paper; --",
    '<img src=x onerror=alert(1)>',
    'z'.repeat(5_000),
    '\ud800',
  ],
  ID: [
    '',
    '\u0000',
    'not-base64!',
    Buffer.from('Paper:').toString('base64url'),
    Buffer.from('Task:x'.repeat(300)).toString('base64url'),
  ],
  Int: [-1, 0, 2_147_483_647, -2_147_483_648],
  Boolean: [true, false],
};

/** Valid values for required arguments, so that each hostile value is the only problem. */
const REQUIRED: Record<string, unknown> = {
  slug: 'question-answering-on-squad11',
  id: Buffer.from('Paper:bert-pre-training-of-deep-bidirectional').toString('base64url'),
};

interface Case {
  field: string;
  path: string;
  query: string;
  variables: Record<string, unknown>;
}

/** Every argument of every root field (and every field of an input argument), each hostile value. */
function cases(fields: GraphQLField<unknown, unknown>[], operation: 'query' | 'mutation' = 'query'): Case[] {
  const out: Case[] = [];
  for (const field of fields) {
    for (const arg of field.args) {
      for (const [path, type, wrap] of argumentPaths(arg)) {
        for (const value of hostileValues(type)) {
          const definitions = [`$v: ${String(arg.type).replace(/!$/, '')}`];
          const variables: Record<string, unknown> = { v: wrap(value) };
          const others = field.args.filter((a) => a !== arg && isNonNullType(a.type));
          others.forEach((other, i) => {
            definitions.push(`$r${i}: ${String(other.type)}`);
            variables[`r${i}`] = REQUIRED[other.name] ?? 'x';
          });
          const args = [`${arg.name}: $v`, ...others.map((other, i) => `${other.name}: $r${i}`)].join(', ');
          const selection = getNamedType(field.type).name.endsWith('Connection')
            ? '{ totalCount edges { cursor } }'
            : isLeafType(getNamedType(field.type))
              ? ''
              : '{ __typename }';
          out.push({
            field: field.name,
            path,
            query: `${operation}(${definitions.join(', ')}) { ${field.name}(${args}) ${selection} }`,
            variables,
          });
        }
      }
    }
  }
  return out;
}

function argumentPaths(arg: GraphQLArgument): [string, GraphQLInputType, (v: unknown) => unknown][] {
  const named = getNamedType(arg.type);
  if (!isInputObjectType(named)) return [[arg.name, arg.type, (v) => v]];
  return Object.values(named.getFields()).map((field) => [
    `${arg.name}.${field.name}`,
    field.type,
    (v: unknown) => ({ [field.name]: v }),
  ]);
}

function hostileValues(type: GraphQLInputType): unknown[] {
  const named = getNamedType(type);
  if (isEnumType(named)) return [...named.getValues().map((v) => v.name), 'NOT_A_VALUE'];
  return [...(HOSTILE[named.name] ?? HOSTILE.String!), null];
}

it('answers hostile values in every argument of every root field as client errors, never 5xx', async () => {
  const schema = await createSchema();
  const all = cases(Object.values(schema.getQueryType()!.getFields()));
  const failures: string[] = [];
  for (const { path, field, query, variables } of all) {
    const response = await postJson(api.server.url, { query, variables });
    const codes = errorCodes(response);
    if (response.status >= 500 || codes.includes('INTERNAL_SERVER_ERROR') || LEAKS.test(response.text)) {
      failures.push(
        `${field}(${path}) ${JSON.stringify(variables.v).slice(0, 40)}: ${response.status} ${response.text.slice(0, 200)}`,
      );
    }
  }
  expect(failures).toEqual([]);
  expect(all.length).toBeGreaterThan(200);
});

it('answers hostile values in every argument of every mutation as client errors, anonymous or as an admin', async () => {
  const schema = await createSchema();
  const all = cases(Object.values(schema.getMutationType()!.getFields()), 'mutation');
  // Signed in by cookie (with its CSRF token), so that each argument gets past authorisation.
  const { client: admin } = await signedInAs(api.db.dataSource, api.server.url, Role.ADMIN);
  const failures: string[] = [];
  for (const { path, field, query, variables } of all) {
    const anonymous = await postJson(api.server.url, { query, variables });
    const asAdmin = await admin.post(query, variables);
    const replies = [
      { status: anonymous.status, text: anonymous.text, codes: errorCodes(anonymous) },
      { status: asAdmin.status, text: asAdmin.text, codes: (asAdmin.body.errors ?? []).map((e) => e.extensions?.code) },
    ];
    for (const { status, text, codes } of replies) {
      if (status >= 500 || codes.includes('INTERNAL_SERVER_ERROR') || LEAKS.test(text)) {
        failures.push(`${field}(${path}) ${JSON.stringify(variables.v).slice(0, 40)}: ${status} ${text.slice(0, 200)}`);
      }
    }
  }
  expect(failures).toEqual([]);
  expect(all.length).toBeGreaterThan(50);
});
