import { lexicographicSortSchema, printSchema, type GraphQLSchema } from 'graphql';

export const SCHEMA_HEADER =
  '# Emitted by the API (apps/api/src/app/emit-schema.ts); do not edit. Refresh: npm run schema\n\n';

/** The SDL committed as apps/api/schema.graphql: sorted, so that a diff shows only real changes. */
export function emitSchema(schema: GraphQLSchema): string {
  return SCHEMA_HEADER + printSchema(lexicographicSortSchema(schema)) + '\n';
}
