import { ApolloClient, ApolloLink, CombinedGraphQLErrors, HttpLink, InMemoryCache, ServerError } from '@apollo/client';
import { SetContextLink } from '@apollo/client/link/context';
import { ErrorLink } from '@apollo/client/link/error';
import { GraphQLWsLink } from '@apollo/client/link/subscriptions';
import { getMainDefinition, relayStylePagination } from '@apollo/client/utilities';
import { Kind, OperationTypeNode } from 'graphql';
import { createClient } from 'graphql-ws';
import { clearSessionToken, readSessionToken, subscribeSessionToken } from '../session/session-token';
import { requestLanguage } from '../i18n/request-language';

/** `units` pages are kept per filter; `first`/`after` only page through them. */
const UNIT_LIST_KEY_ARGS = ['levelKey', 'parentId', 'rootsOnly', 'search', 'includeArchived'];

export function createCache(): InMemoryCache {
  return new InMemoryCache({
    typePolicies: {
      Query: {
        fields: {
          units: relayStylePagination(UNIT_LIST_KEY_ARGS),
          campaigns: relayStylePagination([]),
          users: relayStylePagination([]),
          auditEntries: relayStylePagination(['entityType', 'entityId']),
        },
      },
      Campaign: {
        fields: {
          targetChanges: relayStylePagination(['targetSetKey']),
          // Lists without ids: the server's answer replaces them whole.
          indicators: { merge: false },
          legend: { merge: false },
          periods: { merge: false },
        },
      },
      // A ranking has no id: kept under its query's arguments, its pages merged (one list per order and search).
      Ranking: {
        merge: true,
        fields: { rowsConnection: relayStylePagination(['orderBy', 'search']) },
      },
      WebhookEndpoint: {
        fields: {
          deliveries: relayStylePagination(['status']),
        },
      },
    },
  });
}

export function isUnauthenticated(error: unknown): boolean {
  if (CombinedGraphQLErrors.is(error)) return error.errors.some((e) => e.extensions?.['code'] === 'UNAUTHENTICATED');
  return ServerError.is(error) && error.statusCode === 401;
}

/** The WebSocket address of the GraphQL endpoint: same host and path, ws: or wss: as the page is http: or https:. */
export function webSocketUrl(uri: string, location: Pick<Location, 'href'> = window.location): string {
  const url = new URL(uri, location.href);
  url.protocol = url.protocol === 'https:' ? 'wss:' : 'ws:';
  return url.toString();
}

/**
 * Every request carries the session token and the UI's language (`Accept-Language`: the server's messages come in
 * it); the first UNAUTHENTICATED answer ends the session (RequireAuth → /login). Subscriptions go over one WebSocket
 * (graphql-ws), opened with the first and closed a moment after the last, the token in its connection_init payload;
 * a new session (sign-in, sign-out, another tab) opens it again with the new token, and so does a lost connection,
 * after which the queries on screen are asked again (events are not replayed). Everything else goes over HTTP.
 */
export function createApolloClient({
  uri = '/graphql',
  fetch,
  webSocketImpl,
}: { uri?: string; fetch?: typeof globalThis.fetch; webSocketImpl?: unknown } = {}): ApolloClient {
  const auth = new SetContextLink((previous) => {
    const token = readSessionToken();
    const language = { 'accept-language': requestLanguage() };
    return {
      headers: { ...previous.headers, ...language, ...(token ? { authorization: `Bearer ${token}` } : {}) },
    };
  });
  const unauthenticated = new ErrorLink(({ error }) => {
    if (isUnauthenticated(error)) clearSessionToken();
  });
  const sockets = createClient({
    url: () => webSocketUrl(uri),
    webSocketImpl,
    lazy: true,
    connectionParams: () => {
      const token = readSessionToken();
      return token ? { authorization: `Bearer ${token}` } : {};
    },
    // A server restarting, a laptop waking: try again, waiting longer each time (graphql-ws's backoff).
    retryAttempts: Infinity,
    shouldRetry: () => true,
  });
  subscribeSessionToken(() => sockets.terminate());
  const isSubscription = ({ query }: ApolloLink.Operation) => {
    const definition = getMainDefinition(query);
    return definition.kind === Kind.OPERATION_DEFINITION && definition.operation === OperationTypeNode.SUBSCRIPTION;
  };
  const transport = ApolloLink.split(
    isSubscription,
    new GraphQLWsLink(sockets),
    ApolloLink.from([auth, new HttpLink({ uri, fetch })]),
  );
  const client = new ApolloClient({
    link: ApolloLink.from([unauthenticated, transport]),
    cache: createCache(),
  });
  // Events sent while the connection was down are not sent again: once it is back, what is shown is asked again.
  sockets.on('connected', (_socket, _payload, wasRetry) => {
    if (wasRetry) void client.refetchObservableQueries().catch(() => undefined);
  });
  return client;
}
