import type { Viewer } from './viewer';
import { splitAuthorized } from './scopes';

/**
 * What the one authorization rule decides for a caller and an operation's `@Authorized` entries:
 * no viewer → UNAUTHENTICATED; a viewer the entries do not admit → FORBIDDEN.
 */
export type AuthorizationDecision = 'ALLOWED' | 'UNAUTHENTICATED' | 'FORBIDDEN';

/**
 * The one rule, for GraphQL (authChecker) and the plain HTTP routes alike. Entries are roles and `scope(…)`s as in
 * `@Authorized(…)`: no role listed admits every signed-in user, listed roles admit those users only; an API token
 * is admitted only where a scope it carries is listed (roles never admit a token).
 */
export function authorize(viewer: Viewer | null, entries: readonly string[]): AuthorizationDecision {
  if (!viewer) return 'UNAUTHENTICATED';
  const { roles, scopes } = splitAuthorized(entries);
  if (viewer.tokenId) return scopes.some((needed) => viewer.scopes.includes(needed)) ? 'ALLOWED' : 'FORBIDDEN';
  return roles.length === 0 || (viewer.role !== null && roles.includes(viewer.role)) ? 'ALLOWED' : 'FORBIDDEN';
}

export function isAllowed(viewer: Viewer | null, entries: readonly string[]): boolean {
  return authorize(viewer, entries) === 'ALLOWED';
}
