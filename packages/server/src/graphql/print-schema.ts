import { lexicographicSortSchema, printSchema, type GraphQLSchema } from 'graphql';

/** The SDL committed as schema.graphql: sorted, so diffs show real changes only. */
export function printSchemaFile(schema: GraphQLSchema): string {
  return `# Generated from the server code by \`pnpm schema:emit\`. Do not edit by hand.\n\n${printSchema(lexicographicSortSchema(schema))}\n`;
}
