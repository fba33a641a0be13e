import { HeaderMap, type ApolloServerPlugin, type GraphQLRequestContextResponseForOperation } from '@apollo/server';
import type { DocumentNode, ExecutionResult, GraphQLSchema, OperationDefinitionNode } from 'graphql';
import { compileQuery, isCompiledQuery, type CompiledQuery } from 'graphql-jit';
import type { Context } from '../../foundation/graphql/context';
import type { RankingResponseCache } from './ranking-cache';

/**
 * The ranking query executed by graphql-jit, a compiled executor: a 10.600-unit ranking asks for ≈ 480.000 fields,
 * and graphql-js spends most of the rows' time walking them one by one. Only queries whose every root field is
 * `ranking` take this path, through Apollo's documented `responseForOperation` hook (after parsing, validation,
 * the limits and the other plugins' checks); everything else executes as before.
 *
 * The same resolvers run (authorization included); the server has no root value (type-graphql's resolvers). A result
 * with errors (or a failure of the executor itself) is
 * not sent from here: the query reads only, so it is dropped and Apollo executes the operation again in the
 * ordinary way, which formats and logs the errors as for any other operation. Answers are kept a few seconds in
 * `cache` (see RankingResponseCache), which every mutation clears before its answer is sent.
 */
export function rankingExecutor(cache: RankingResponseCache): ApolloServerPlugin<Context> {
  return {
    async requestDidStart() {
      return {
        async responseForOperation(requestContext) {
          const compiled = compiledFor(requestContext);
          if (!compiled) return null;
          const key = cacheKeyOf(requestContext);
          const kept = key === null ? null : cache.get(key);
          if (kept) return answer(kept);
          const begun = cache.begin();
          let result: ExecutionResult;
          try {
            result = await compiled.query(
              undefined,
              requestContext.contextValue,
              requestContext.request.variables ?? {},
            );
          } catch {
            return null;
          }
          if (result.errors?.length) return null;
          const data = result.data as Record<string, unknown>;
          if (key !== null) cache.keep(key, data, begun);
          return answer(data);
        },
        async willSendResponse({ operation }) {
          if (operation?.operation === 'mutation') cache.clear();
        },
      };
    },
  };
}

function answer(data: Record<string, unknown>) {
  return { http: { headers: new HeaderMap() }, body: { kind: 'single' as const, singleResult: { data } } };
}

/** The query, its variables and what the resolvers' authorization looks at; null for no viewer (never kept). */
function cacheKeyOf({
  queryHash,
  operationName,
  request,
  contextValue,
}: GraphQLRequestContextResponseForOperation<Context>): string | null {
  const viewer = contextValue.viewer;
  if (!viewer) return null;
  return JSON.stringify([
    queryHash,
    operationName ?? null,
    request.variables ?? {},
    viewer.role,
    viewer.scopes,
    viewer.unitId,
  ]);
}

/** Compiled queries by document (Apollo keeps one parsed document per query text) and operation. */
const compiledByDocument = new WeakMap<DocumentNode, Map<string, CompiledQuery | null>>();

function compiledFor({
  document,
  operation,
  operationName,
  schema,
}: GraphQLRequestContextResponseForOperation<Context>): CompiledQuery | null {
  if (!rankingOnly(operation)) return null;
  let byOperation = compiledByDocument.get(document);
  if (!byOperation) compiledByDocument.set(document, (byOperation = new Map()));
  const key = operationName ?? '';
  let compiled = byOperation.get(key);
  if (compiled === undefined) {
    compiled = compile(schema, document, operationName);
    if (byOperation.size < 20) byOperation.set(key, compiled);
  }
  return compiled;
}

function compile(schema: GraphQLSchema, document: DocumentNode, operationName: string | null): CompiledQuery | null {
  try {
    const compiled = compileQuery(schema, document, operationName ?? undefined);
    return isCompiledQuery(compiled) ? compiled : null;
  } catch {
    return null; // not compiled: executed by graphql-js as usual
  }
}

/** A query selecting `ranking` and nothing else at its root (no fragments there, no directives on it). */
export function rankingOnly(operation: OperationDefinitionNode): boolean {
  if (operation.operation !== 'query' || operation.directives?.length) return false;
  const selections = operation.selectionSet.selections;
  return (
    selections.length > 0 &&
    selections.every(
      (selection) => selection.kind === 'Field' && selection.name.value === 'ranking' && !selection.directives?.length,
    )
  );
}
