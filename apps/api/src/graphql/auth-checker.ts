import { AuthenticationError, AuthorizationError, type AuthCheckerFn } from 'type-graphql';
import { splitAuthorized } from '../modules/api-tokens/scopes';
import type { Context } from './context';

/**
 * The one guard. `@Authorized()` admits any signed-in user, `@Authorized(Role.ADMIN, …)` those roles only; an API
 * token is admitted only where a `scope(…)` it carries is listed. No viewer → UNAUTHENTICATED; otherwise a refusal
 * is FORBIDDEN (type-graphql's UNAUTHORIZED, renamed at the edge). Both are decided before any input is looked at.
 */
export const authChecker: AuthCheckerFn<Context> = ({ context }, entries) => {
  const viewer = context.viewer;
  if (!viewer) throw new AuthenticationError('Sign in first: send `Authorization: Bearer <token>`.');
  const { roles, scopes } = splitAuthorized(entries);
  if (viewer.tokenId) {
    // Thrown, not returned: for an operation open to every user type-graphql would otherwise say UNAUTHENTICATED.
    if (!scopes.some((needed) => viewer.scopes.includes(needed)))
      throw new AuthorizationError('This API token has no scope for this operation.');
    return true;
  }
  return roles.length === 0 || (viewer.role !== null && roles.includes(viewer.role));
};
