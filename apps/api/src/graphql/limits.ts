import { ApolloArmor } from '@escape.tech/graphql-armor';
import type { ApolloServerPlugin } from '@apollo/server';
import { GraphQLError, visit, type DocumentNode } from 'graphql';
import type { Context } from './context';

/**
 * Limits that refuse an abusive query at validation, in milliseconds and with a message naming the limit:
 * depth, cost, aliases, tokens and directives (graphql-armor); batched HTTP requests are refused too.
 */
export const LIMITS = { maxDepth: 12, maxCost: 50_000, maxAliases: 20, maxTokens: 5_000, maxDirectives: 50 } as const;

export function queryLimits() {
  return new ApolloArmor({
    maxDepth: { n: LIMITS.maxDepth },
    costLimit: { maxCost: LIMITS.maxCost },
    maxAliases: { n: LIMITS.maxAliases },
    maxTokens: { n: LIMITS.maxTokens },
    maxDirectives: { n: LIMITS.maxDirectives },
    blockFieldSuggestion: { enabled: true },
  }).protect();
}

/** The schema is described only to signed-in callers (the contract is published as schema.graphql anyway). */
export const introspectionForViewersOnly: ApolloServerPlugin<Context> = {
  async requestDidStart() {
    return {
      async didResolveOperation({ contextValue, document }) {
        if (!contextValue.viewer && asksForSchema(document)) {
          throw new GraphQLError('Sign in to introspect the schema.', {
            extensions: { code: 'UNAUTHENTICATED', http: { status: 401 } },
          });
        }
      },
    };
  },
};

function asksForSchema(document: DocumentNode): boolean {
  let found = false;
  visit(document, {
    Field(node) {
      if (node.name.value === '__schema' || node.name.value === '__type') found = true;
    },
  });
  return found;
}

/** PostgreSQL text cannot hold U+0000: refuse it up front as bad input rather than fail in the database. */
export const refuseNulCharacters: ApolloServerPlugin<Context> = {
  async requestDidStart() {
    return {
      async didResolveOperation({ request }) {
        if (
          containsNul(request.variables) ||
          /\\u0000/i.test(request.query ?? '') ||
          (request.query ?? '').includes('\u0000')
        ) {
          throw new GraphQLError('Text may not contain the NUL character (U+0000).', {
            extensions: { code: 'BAD_USER_INPUT' },
          });
        }
      },
    };
  },
};

function containsNul(value: unknown): boolean {
  if (typeof value === 'string') return value.includes('\u0000');
  if (Array.isArray(value)) return value.some(containsNul);
  if (value && typeof value === 'object') return Object.values(value).some(containsNul);
  return false;
}
