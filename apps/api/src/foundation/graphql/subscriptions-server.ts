import type http from 'node:http';
import type { Duplex } from 'node:stream';
import {
  GraphQLError,
  getOperationAST,
  Kind,
  parse,
  specifiedRules,
  validate,
  type DocumentNode,
  type ExecutionArgs,
  type FragmentDefinitionNode,
  type GraphQLFormattedError,
  type GraphQLSchema,
  type ValidationRule,
} from 'graphql';
import { useServer } from 'graphql-ws/use/ws';
import { WebSocketServer } from 'ws';
import type { Context } from './context';
import { languageOfHeader, msg, type Language } from '../i18n/message';
import { inLanguage, withMessage } from './localized-errors';
import { LIMITS, PARSE_LIMITS } from './limits';
import { costLimitError, operationCost } from './query-cost';
import { malformedInput, MALFORMED_INPUT_MESSAGES, malformedText } from './well-formed-input';

/** A WebSocket message larger than this closes the connection (a query has at most 5.000 tokens). */
const MAX_MESSAGE_BYTES = 256 * 1024;
const CLOSE_GRACE_MS = 1_000;

const SUBSCRIPTIONS_ONLY = msg(
  'Only subscriptions are served over WebSocket: send queries and mutations with POST /graphql.',
  'Qua WebSocket chỉ phục vụ subscription: hãy gửi query và mutation bằng POST /graphql.',
);

export interface SubscriptionsServerOptions {
  httpServer: http.Server;
  /** Where WebSocket upgrades are taken (the GraphQL endpoint's path); any other upgrade is refused. */
  path: string;
  schema: GraphQLSchema;
  /** The same validation rules as over HTTP (depth, aliases, directives: `queryLimits(…).validationRules`). */
  validationRules: readonly ValidationRule[];
  /**
   * One operation's Context, as an HTTP request's: `authorization` is the connection_init payload's
   * (`{ "authorization": "Bearer <token>" }`), `request` the upgrade request (address, Accept-Language).
   */
  contextOf(authorization: string | undefined, request: http.IncomingMessage): Promise<Context>;
  /** The GraphQL error formatter of the HTTP endpoint (codes mapped, unexpected failures masked). */
  formatError(formatted: GraphQLFormattedError, error: unknown): GraphQLFormattedError;
}

export interface SubscriptionsServer {
  /** Refuses new connections and closes the open ones (1001 Going away); their subscriptions end. */
  close(): Promise<void>;
}

/**
 * GraphQL subscriptions over WebSocket (the graphql-transport-ws protocol of graphql-ws) on the HTTP server's port
 * and path. Every operation passes the checks a POST does, before it runs: the parser's token limit, validation with
 * the depth, alias and directive limits, malformed text or variables, the cost limit; then the field's
 * `@Authorized` check, with the viewer of the connection's token. Queries and mutations are refused: they go over
 * HTTP. Errors are formatted as over HTTP, in the language of the upgrade request's Accept-Language.
 */
export function serveSubscriptions(options: SubscriptionsServerOptions): SubscriptionsServer {
  const { schema, httpServer } = options;
  const rules = [...specifiedRules, ...options.validationRules];
  const wss = new WebSocketServer({ noServer: true, maxPayload: MAX_MESSAGE_BYTES });
  let closing = false;

  const onUpgrade = (request: http.IncomingMessage, socket: Duplex, head: Buffer) => {
    const { pathname } = new URL(request.url ?? '/', 'http://localhost');
    if (closing || pathname !== options.path) {
      socket.end(`HTTP/1.1 ${closing ? '503 Service Unavailable' : '404 Not Found'}\r\nConnection: close\r\n\r\n`);
      return;
    }
    wss.handleUpgrade(request, socket, head, (ws) => wss.emit('connection', ws, request));
  };
  httpServer.on('upgrade', onUpgrade);

  const languageOf = (request: http.IncomingMessage): Language => languageOfHeader(request.headers['accept-language']);
  const formatted = (errors: readonly GraphQLError[], language: Language) =>
    errors.map((error) => inLanguage(options.formatError(error.toJSON(), error), language));

  const server = useServer(
    {
      schema,
      async onSubscribe(ctx, _id, payload): Promise<ExecutionArgs | readonly GraphQLError[]> {
        let document: DocumentNode;
        try {
          document = parse(payload.query, PARSE_LIMITS);
        } catch (error) {
          if (error instanceof GraphQLError) return [withCode(error, 'GRAPHQL_PARSE_FAILED')];
          throw error;
        }
        const validationErrors = validate(schema, document, rules);
        if (validationErrors.length)
          return validationErrors.map((error) => withCode(error, 'GRAPHQL_VALIDATION_FAILED'));
        const operation = getOperationAST(document, payload.operationName);
        if (!operation) return [new GraphQLError('Unable to identify operation')];
        if (operation.operation !== 'subscription') {
          return [
            withMessage(
              new GraphQLError(SUBSCRIPTIONS_ONLY.en, { extensions: { code: 'BAD_REQUEST' } }),
              SUBSCRIPTIONS_ONLY,
            ),
          ];
        }
        const variables = payload.variables ?? {};
        const malformed =
          (/\\u0000/i.test(payload.query) ? 'NUL_CHARACTER' : null) ??
          malformedText(payload.query) ??
          malformedInput(variables);
        if (malformed) {
          const message = MALFORMED_INPUT_MESSAGES[malformed];
          return [
            withMessage(
              new GraphQLError(message.en, { extensions: { code: 'BAD_USER_INPUT', reason: malformed } }),
              message,
            ),
          ];
        }
        const fragments: Record<string, FragmentDefinitionNode> = {};
        for (const definition of document.definitions) {
          if (definition.kind === Kind.FRAGMENT_DEFINITION) fragments[definition.name.value] = definition;
        }
        const cost = operationCost(schema, operation, fragments, variables);
        if (cost > LIMITS.maxCost) return [costLimitError(LIMITS.maxCost, cost)];
        const authorization = ctx.connectionParams?.authorization;
        return {
          schema,
          document,
          operationName: payload.operationName,
          variableValues: variables,
          contextValue: await options.contextOf(
            typeof authorization === 'string' ? authorization : undefined,
            ctx.extra.request,
          ),
        };
      },
      onError(ctx, _id, _payload, errors) {
        return formatted(errors, languageOf(ctx.extra.request));
      },
      onNext(ctx, _id, _payload, _args, result) {
        if (!result.errors?.length) return;
        return { ...result, errors: formatted(result.errors, languageOf(ctx.extra.request)) };
      },
    },
    wss,
  );

  return {
    async close() {
      closing = true;
      httpServer.off('upgrade', onUpgrade);
      // A client that does not answer the close within a second is cut off: the HTTP server waits for its socket.
      const closed = Promise.all(
        [...wss.clients].map(
          (socket) =>
            new Promise<void>((resolve) => {
              if (socket.readyState === socket.CLOSED) return resolve();
              const timer = setTimeout(() => socket.terminate(), CLOSE_GRACE_MS);
              socket.once('close', () => {
                clearTimeout(timer);
                resolve();
              });
            }),
        ),
      );
      await Promise.all([server.dispose(), closed]);
    },
  };
}

/** A parse or validation error with the code Apollo gives it over HTTP (graphql-js gives none). */
function withCode(error: GraphQLError, code: 'GRAPHQL_PARSE_FAILED' | 'GRAPHQL_VALIDATION_FAILED'): GraphQLError {
  return new GraphQLError(error.message, {
    nodes: error.nodes,
    source: error.source,
    positions: error.positions,
    originalError: error.originalError ?? error,
    extensions: { ...error.extensions, code },
  });
}
