import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import {
  getNamedType,
  getNullableType,
  isEnumType,
  isInputObjectType,
  isListType,
  isNonNullType,
  Kind,
  parse,
  TypeInfo,
  typeFromAST,
  visit,
  visitWithTypeInfo,
  type DocumentNode,
  type GraphQLInputType,
  type GraphQLSchema,
  type OperationDefinitionNode,
} from 'graphql';
import { pageSizeLimits } from '../../src/graphql/limits/query-cost';

const WEB = join(__dirname, '../../../web/src');
const GENERATED = join(WEB, 'graphql/graphql.ts');
const PLAYGROUND_EXAMPLES = join(WEB, 'features/playground/examples.ts');

/** Every operation the web app sends, from its generated documents (fragments included). */
export function webOperations(): { name: string; document: DocumentNode }[] {
  const source = readFileSync(GENERATED, 'utf8');
  const documents = [...source.matchAll(/^export const (\w+)Document = (\{.*\}) as unknown as DocumentNode/gm)];
  return documents
    .map(([, name, json]) => ({ name: name!, document: JSON.parse(json!) as DocumentNode }))
    .filter(({ document }) => document.definitions.some((d) => d.kind === Kind.OPERATION_DEFINITION));
}

/** The ready-made queries of the playground (template literals in examples.ts). */
export function playgroundExamples(): { name: string; document: DocumentNode }[] {
  const source = readFileSync(PLAYGROUND_EXAMPLES, 'utf8');
  return [...source.matchAll(/^const (\w+) = `([^`]*)`;/gm)].map(([, name, query]) => ({
    name: name!,
    document: parse(query!),
  }));
}

/**
 * Variables that make an operation as large as it can be: every variable used as a page size
 * set to that field's maximum; the others given any valid value of their type.
 */
export function largestVariables(schema: GraphQLSchema, document: DocumentNode): Record<string, unknown> {
  const operation = document.definitions.find(
    (d): d is OperationDefinitionNode => d.kind === Kind.OPERATION_DEFINITION,
  );
  const variables: Record<string, unknown> = {};
  for (const definition of operation?.variableDefinitions ?? []) {
    const type = typeFromAST(schema, definition.type as never) as GraphQLInputType | undefined;
    variables[definition.variable.name.value] = type ? anyValueOf(type) : null;
  }
  const typeInfo = new TypeInfo(schema);
  visit(
    document,
    visitWithTypeInfo(typeInfo, {
      Argument(node) {
        const parent = typeInfo.getParentType();
        const field = typeInfo.getFieldDef();
        if (node.name.value === 'first' && node.value.kind === Kind.VARIABLE && parent && field) {
          variables[node.value.name.value] = pageSizeLimits(parent.name, field.name).max;
        }
      },
    }),
  );
  return variables;
}

function anyValueOf(type: GraphQLInputType): unknown {
  const nullable = getNullableType(type);
  if (isListType(nullable)) return [];
  const named = getNamedType(nullable);
  if (isEnumType(named)) return named.getValues()[0]?.value;
  if (isInputObjectType(named)) {
    // Its required fields given, e.g. RevisionSubject's type.
    const fields = Object.values(named.getFields()).filter((field) => isNonNullType(field.type));
    return Object.fromEntries(fields.map((field) => [field.name, anyValueOf(field.type)]));
  }
  return { Int: 1, Float: 1, Boolean: true, DateTime: '2020-01-01T00:00:00Z' }[named.name] ?? 'x';
}
