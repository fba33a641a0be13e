import { AuthenticationError, AuthorizationError, type AuthCheckerFn } from 'type-graphql';
import { authorize } from '../access/authorization';
import type { Context } from './context';

/**
 * The GraphQL adapter of the one authorization rule (`authorize`, shared with the HTTP routes). No viewer →
 * UNAUTHENTICATED; a refusal → FORBIDDEN (type-graphql's UNAUTHORIZED, renamed at the edge). Both are decided
 * before any input is looked at. Refusals are thrown, not returned: for an operation open to every user,
 * type-graphql would otherwise call a refused API token UNAUTHENTICATED.
 */
export const authChecker: AuthCheckerFn<Context> = ({ context }, entries) => {
  const viewer = context.viewer;
  switch (authorize(viewer, entries)) {
    case 'ALLOWED':
      return true;
    case 'UNAUTHENTICATED':
      throw new AuthenticationError('Sign in first: send `Authorization: Bearer <token>`.');
    case 'FORBIDDEN':
      throw new AuthorizationError(viewer?.tokenId ? 'This API token has no scope for this operation.' : undefined);
  }
};
