import type { CodegenConfig } from '@graphql-codegen/cli';

/**
 * Typed documents for every operation and fragment written with `graphql(...)` in src/,
 * generated from the committed API contract. Run `pnpm --filter @pwc/web codegen` after
 * changing a query or the schema; the output in src/graphql/ is committed.
 */
const config: CodegenConfig = {
  schema: '../server/schema.graphql',
  documents: ['src/**/*.{ts,tsx}', '!src/graphql/**'],
  ignoreNoDocuments: true,
  generates: {
    'src/graphql/': {
      preset: 'client',
      presetConfig: {
        fragmentMasking: { unmaskFunctionName: 'getFragmentData' },
      },
      config: {
        enumsAsTypes: true,
        useTypeImports: true,
        avoidOptionals: { field: true, inputValue: false },
        skipTypename: false,
      },
    },
  },
};

export default config;
