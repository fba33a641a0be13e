import type { CodegenConfig } from '@graphql-codegen/cli';

/**
 * Typed documents for the example client, from the API's committed schema. Run from the repository's root:
 * `npx graphql-codegen --config tools/api-client-example/codegen.ts`. The output is committed; the api-guide test
 * generates it again (into API_CLIENT_CODEGEN_OUT) and fails when the two differ.
 */
const config: CodegenConfig = {
  schema: 'apps/api/schema.graphql',
  documents: ['tools/api-client-example/src/**/*.ts', '!tools/api-client-example/src/generated/**'],
  ignoreNoDocuments: false,
  generates: {
    [process.env.API_CLIENT_CODEGEN_OUT ?? 'tools/api-client-example/src/generated/']: {
      preset: 'client',
      // Documents as strings (TypedDocumentString): sent as they are with fetch, no GraphQL client library needed.
      presetConfig: { fragmentMasking: false },
      config: {
        documentMode: 'string',
        useTypeImports: true,
        enumsAsTypes: true,
        avoidOptionals: { field: true, inputValue: false, object: false, defaultValue: false },
        scalars: { DateTime: 'string', Date: 'string', JSON: 'unknown', SafeInt: 'number' },
      },
    },
  },
};

export default config;
