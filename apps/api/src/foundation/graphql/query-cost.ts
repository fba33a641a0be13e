import type { ApolloServerPlugin } from '@apollo/server';
import {
  GraphQLError,
  getNamedType,
  isCompositeType,
  isInterfaceType,
  isListType,
  isNonNullType,
  isObjectType,
  Kind,
  type FragmentDefinitionNode,
  type GraphQLCompositeType,
  type GraphQLField,
  type GraphQLOutputType,
  type GraphQLSchema,
  type OperationDefinitionNode,
  type SelectionSetNode,
  type ValueNode,
} from 'graphql';
import { DEFAULT_PAGE_SIZE, MAX_PAGE_SIZE } from './connection';
import type { Context } from './context';
import { budgetKeyOf, type RateBudgets, type RateCharge } from '../rate-limit/rate-budget';
import { rateLimitHeaders } from '../rate-limit/rate-limit-headers';
import { msg, numberVi } from '../i18n/message';
import { withMessage } from './localized-errors';

/**
 * What a field costs on its own, beyond 1 for any object field (a leaf costs 0), by `Type.field`: the fields that
 * rank or read a whole campaign weigh what they do (a weeklyReport ranks every level, reads the report status of
 * every unit and sums the campaign: about three rankings). One point is about one object resolved.
 */
export const FIELD_COSTS: Readonly<Record<string, number>> = {
  'Query.weeklyReport': 20_000,
  'Query.previewRules': 20_000,
  'Query.ranking': 8_000,
  'Query.summary': 8_000,
  'Query.summaryTrend': 8_000,
  'Query.reportStatusBoard': 5_000,
  'Review.rankings': 2_000,
  'Review.proposals': 100,
  'Report.revisions': 2,
  'Campaign.periods': 5,
  'Mutation.createReview': 20_000,
  'Mutation.recomputeRecordFigures': 20_000,
  'Mutation.importReports': 5_000,
  'Mutation.importUnits': 5_000,
};

/**
 * How many elements a list field without `first` is counted for: its selection is paid that many times. Rows of a
 * ranking are counted as a province's level (a country's 10.600 communes are paid for in the ranking's own cost);
 * lists not named here count once.
 */
export const LIST_SIZES: Readonly<Record<string, number>> = {
  'Ranking.rows': 200,
  'WeeklyReportLevel.rows': 200,
  'ReportStatusBoard.rows': 200,
  'ReportStatusBoard.toRemind': 200,
  'WeeklyReport.lateUnits': 200,
  'WeeklyReport.missingUnits': 200,
  'WeeklyReport.zeroRateUnits': 200,
  'Query.previewRules': 200,
  'Review.proposals': 200,
  'Query.reviews': 20,
  'Report.revisions': 3,
  'Campaign.periods': 262,
  'Query.summaryTrend': 262,
};

export interface QueryCostOptions {
  maxCost: number;
  /** Each signed-in caller's rate budget, charged the operation's cost; null: none. */
  budgets?: RateBudgets | null;
}

/**
 * The cost of an operation: each field its own cost (FIELD_COSTS, else 1 for an object and 0 for a leaf) plus its
 * selection's cost times the elements it may have — `first` for a connection (the variable's value, or 50 when
 * absent, at most 500), LIST_SIZES for a known long list. Every alias is paid for; a fragment is costed once.
 */
export function operationCost(
  schema: GraphQLSchema,
  operation: OperationDefinitionNode,
  fragments: Readonly<Record<string, FragmentDefinitionNode>>,
  variables: Readonly<Record<string, unknown>> = {},
): number {
  const root =
    operation.operation === 'mutation'
      ? schema.getMutationType()
      : operation.operation === 'subscription'
        ? schema.getSubscriptionType()
        : schema.getQueryType();
  if (!root) return 0;
  const fragmentCosts = new Map<string, number>();
  const defaults = new Map(
    (operation.variableDefinitions ?? []).map((definition) => [
      definition.variable.name.value,
      definition.defaultValue,
    ]),
  );

  const pageSize = (field: GraphQLField<unknown, unknown>, value: ValueNode | undefined): number | null => {
    if (!field.args.some((arg) => arg.name === 'first')) return null;
    let size: unknown = DEFAULT_PAGE_SIZE;
    if (value?.kind === Kind.INT) size = Number(value.value);
    else if (value?.kind === Kind.VARIABLE) {
      const name = value.name.value;
      const fallback = defaults.get(name);
      size = variables[name] ?? (fallback?.kind === Kind.INT ? Number(fallback.value) : DEFAULT_PAGE_SIZE);
    }
    return typeof size === 'number' && Number.isFinite(size) ? Math.min(Math.max(size, 0), MAX_PAGE_SIZE) : 0;
  };

  const selectionCost = (selectionSet: SelectionSetNode, parent: GraphQLCompositeType): number => {
    let total = 0;
    for (const selection of selectionSet.selections) {
      if (selection.kind === Kind.FIELD) {
        const name = selection.name.value;
        const fields = isObjectType(parent) || isInterfaceType(parent) ? parent.getFields() : {};
        const field = name.startsWith('__') ? undefined : fields[name];
        if (!field) continue;
        const key = `${parent.name}.${name}`;
        const type = getNamedType(field.type);
        const children =
          selection.selectionSet && isCompositeType(type) ? selectionCost(selection.selectionSet, type) : 0;
        const first = pageSize(field, selection.arguments?.find((arg) => arg.name.value === 'first')?.value);
        const times = first ?? (isList(field.type) ? (LIST_SIZES[key] ?? 1) : 1);
        total += (FIELD_COSTS[key] ?? (selection.selectionSet ? 1 : 0)) + times * children;
      } else if (selection.kind === Kind.INLINE_FRAGMENT) {
        const condition = selection.typeCondition ? schema.getType(selection.typeCondition.name.value) : parent;
        total += isCompositeType(condition) ? selectionCost(selection.selectionSet, condition) : 0;
      } else {
        const name = selection.name.value;
        if (!fragmentCosts.has(name)) {
          fragmentCosts.set(name, 0); // a cycle (refused by validation anyway) costs nothing more
          const fragment = fragments[name];
          const condition = fragment ? schema.getType(fragment.typeCondition.name.value) : undefined;
          fragmentCosts.set(name, isCompositeType(condition) ? selectionCost(fragment.selectionSet, condition) : 0);
        }
        total += fragmentCosts.get(name) ?? 0;
      }
    }
    return total;
  };

  return selectionCost(operation.selectionSet, root);
}

function isList(type: GraphQLOutputType): boolean {
  return isListType(isNonNullType(type) ? type.ofType : type);
}

/** The refusal of an operation costing more than `maxCost` (400 GRAPHQL_VALIDATION_FAILED), over HTTP or WebSocket. */
export function costLimitError(maxCost: number, cost: number): GraphQLError {
  const message = msg(
    `Query cost limit of ${maxCost} exceeded, found ${cost}: ask for fewer or smaller fields ` +
      '(a weeklyReport costs 20000, a ranking 8000; see the API guide).',
    `Truy vấn vượt quá giới hạn chi phí ${numberVi(maxCost)}: chi phí là ${numberVi(cost)}. Hãy yêu cầu ` +
      'ít trường hơn hoặc trang nhỏ hơn (một weeklyReport tốn 20.000, một ranking 8.000; xem hướng dẫn API).',
  );
  return withMessage(
    new GraphQLError(message.en, { extensions: { code: 'GRAPHQL_VALIDATION_FAILED', http: { status: 400 } } }),
    message,
  );
}

/**
 * Refuses an operation costing more than `maxCost` (see operationCost) before it runs, with the variables' values:
 * 400 GRAPHQL_VALIDATION_FAILED naming the limit and the cost found. Then charges the cost to the caller's rate
 * budget, when there is one: over it, 429 RATE_LIMITED with Retry-After, nothing run. Every answer tells its cost
 * (`extensions.cost`) and, for a caller with a budget, what is left (`extensions.rateLimit`, `RateLimit-*` headers).
 */
export function queryCostLimit(options: QueryCostOptions): ApolloServerPlugin<Context> {
  return {
    async requestDidStart() {
      let cost: number | null = null;
      let charge: RateCharge | null = null;
      return {
        async didResolveOperation({ schema, document, operation, request, contextValue }) {
          if (!operation) return;
          const fragments: Record<string, FragmentDefinitionNode> = {};
          for (const definition of document.definitions) {
            if (definition.kind === Kind.FRAGMENT_DEFINITION) fragments[definition.name.value] = definition;
          }
          cost = operationCost(schema, operation, fragments, request.variables ?? {});
          if (cost > options.maxCost) throw costLimitError(options.maxCost, cost);
          const key = contextValue.viewer ? budgetKeyOf(contextValue.viewer) : null;
          if (!options.budgets || !key) return;
          charge = await options.budgets.charge(key, Math.max(cost, 1));
          if (!charge.admitted) {
            const message = msg(
              `Rate limit exceeded: this query costs ${cost} and ${charge.remaining} of ${charge.limit} points are ` +
                `left; try again in ${charge.retryAfterSeconds} s (see the API guide, "Limits").`,
              `Vượt quá hạn mức yêu cầu: truy vấn này tốn ${numberVi(cost)} điểm, chỉ còn ${numberVi(charge.remaining)} ` +
                `trên ${numberVi(charge.limit)} điểm; hãy thử lại sau ${charge.retryAfterSeconds} giây (xem hướng dẫn ` +
                'API, mục "Giới hạn").',
            );
            const error = new GraphQLError(message.en, {
              extensions: {
                code: 'RATE_LIMITED',
                retryAfterSeconds: charge.retryAfterSeconds,
                http: { status: 429, headers: new Map(Object.entries(rateLimitHeaders(charge))) },
              },
            });
            throw withMessage(error, message);
          }
        },
        async willSendResponse({ response }) {
          if (charge)
            for (const [name, value] of Object.entries(rateLimitHeaders(charge))) {
              response.http.headers.set(name, value);
            }
          if (cost === null || response.body.kind !== 'single') return;
          const result = response.body.singleResult;
          const rateLimit = charge && {
            limit: charge.limit,
            remaining: charge.remaining,
            resetSeconds: charge.resetSeconds,
          };
          result.extensions = { ...result.extensions, cost, ...(rateLimit ? { rateLimit } : {}) };
        },
      };
    },
  };
}
