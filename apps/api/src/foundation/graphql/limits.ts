import { ApolloArmor } from '@escape.tech/graphql-armor';
import type { ApolloServerPlugin } from '@apollo/server';
import { GraphQLError, visit, type DocumentNode } from 'graphql';
import type { Context } from './context';
import type { RateBudgets } from '../rate-limit/rate-budget';
import { FIELD_COSTS, LIST_SIZES, queryCostLimit } from './query-cost';
import { malformedInput, MALFORMED_INPUT_MESSAGES, malformedText } from './well-formed-input';
import { msg } from '../i18n/message';
import { withMessage } from './localized-errors';

const SIGN_IN_TO_INTROSPECT = msg(
  'Sign in to introspect the schema.',
  'Hãy đăng nhập để xem lược đồ (schema) của API.',
);

/**
 * Limits that refuse an abusive query before it runs, in milliseconds and with a message naming the limit: depth,
 * aliases (`__typename` ones too) and directives (graphql-armor), tokens (graphql's parser), and cost weighted by
 * what each field really costs (query-cost.ts: FIELD_COSTS, LIST_SIZES, `first`); batched HTTP requests are refused
 * too. At 50.000 a request holds at most two weeklyReports, or six rankings, or a page of 500 reports with their
 * revisions (about 8.500).
 */
export const LIMITS = {
  maxDepth: 12,
  maxCost: 50_000,
  maxAliases: 20,
  maxTokens: 5_000,
  maxDirectives: 50,
  fieldCosts: FIELD_COSTS,
  listSizes: LIST_SIZES,
} as const;

/** Options of graphql's parser (ApolloServer `parseOptions`): a query of more tokens is refused as it is read. */
export const PARSE_LIMITS = { maxTokens: LIMITS.maxTokens } as const;

/** The limits as Apollo plugins and validation rules; `budgets` charges each caller's rate budget (none: null). */
export function queryLimits(budgets: RateBudgets | null = null) {
  const armor = new ApolloArmor({
    maxDepth: { n: LIMITS.maxDepth },
    // graphql-armor counts every field alike (20 aliased weeklyReports passed and took 5 s): queryCostLimit instead.
    costLimit: { enabled: false },
    // graphql-armor lets `__typename` aliases through by default; they count like any other.
    maxAliases: { n: LIMITS.maxAliases, allowList: [] },
    // Counted by graphql's own parser instead (PARSE_LIMITS): its refusal is a syntax error, answered 400, where
    // graphql-armor's is thrown before parsing and became a 500.
    maxTokens: { enabled: false },
    maxDirectives: { n: LIMITS.maxDirectives },
    blockFieldSuggestion: { enabled: true },
  }).protect();
  return { ...armor, plugins: [...armor.plugins, queryCostLimit({ maxCost: LIMITS.maxCost, budgets })] };
}

/** The schema is described only to signed-in callers (the contract is published as schema.graphql anyway). */
export const introspectionForViewersOnly: ApolloServerPlugin<Context> = {
  async requestDidStart() {
    return {
      async didResolveOperation({ contextValue, document }) {
        if (!contextValue.viewer && asksForSchema(document)) {
          throw withMessage(
            new GraphQLError(SIGN_IN_TO_INTROSPECT.en, {
              extensions: { code: 'UNAUTHENTICATED', http: { status: 401 } },
            }),
            SIGN_IN_TO_INTROSPECT,
          );
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

/**
 * Text that PostgreSQL cannot hold (NUL, lone UTF-16 surrogates) and values nested deeper than MAX_INPUT_DEPTH are
 * refused for every variable and in the query's own text, before anything runs: 400 with `extensions.reason`.
 */
export const refuseMalformedInput: ApolloServerPlugin<Context> = {
  async requestDidStart() {
    return {
      async didResolveOperation({ request }) {
        const query = request.query ?? '';
        const escapedNul = /\\u0000/i.test(query) ? 'NUL_CHARACTER' : null;
        const reason = escapedNul ?? malformedText(query) ?? malformedInput(request.variables);
        if (reason) {
          const message = MALFORMED_INPUT_MESSAGES[reason];
          throw withMessage(
            new GraphQLError(message.en, { extensions: { code: 'BAD_USER_INPUT', reason, http: { status: 400 } } }),
            message,
          );
        }
      },
    };
  },
};
