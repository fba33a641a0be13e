import { ApolloClient, ApolloLink, CombinedGraphQLErrors, HttpLink, InMemoryCache, ServerError } from '@apollo/client';
import { SetContextLink } from '@apollo/client/link/context';
import { ErrorLink } from '@apollo/client/link/error';
import { relayStylePagination } from '@apollo/client/utilities';
import { clearSessionToken, readSessionToken } from '../session/session-token';
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
    },
  });
}

export function isUnauthenticated(error: unknown): boolean {
  if (CombinedGraphQLErrors.is(error)) return error.errors.some((e) => e.extensions?.['code'] === 'UNAUTHENTICATED');
  return ServerError.is(error) && error.statusCode === 401;
}

/**
 * Every request carries the session token and the UI's language (`Accept-Language`: the server's messages come in
 * it); the first UNAUTHENTICATED answer ends the session (RequireAuth → /login).
 */
export function createApolloClient({
  uri = '/graphql',
  fetch,
}: { uri?: string; fetch?: typeof globalThis.fetch } = {}): ApolloClient {
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
  return new ApolloClient({
    link: ApolloLink.from([unauthenticated, auth, new HttpLink({ uri, fetch })]),
    cache: createCache(),
  });
}
