import type { CodegenConfig } from '@graphql-codegen/cli';

/** Typed documents for the web app from the API's committed schema. Run `npx nx run web:codegen`. */
const config: CodegenConfig = {
  schema: 'apps/api/schema.graphql',
  documents: ['apps/web/src/**/*.{ts,tsx}', '!apps/web/src/generated/**', '!apps/web/src/**/*.spec.{ts,tsx}'],
  ignoreNoDocuments: false,
  generates: {
    'apps/web/src/generated/': {
      preset: 'client',
      presetConfig: { fragmentMasking: false },
      config: {
        useTypeImports: true,
        enumsAsTypes: true,
        avoidOptionals: { field: true, inputValue: false, object: false, defaultValue: false },
        scalars: { DateTime: 'string', Date: 'string', JSON: 'unknown', SafeInt: 'number' },
      },
    },
  },
};

export default config;
