import type { Viewer } from './viewer';
import { splitAuthorized } from './scopes';

/**
 * What the one authorization rule decides for a caller and an operation's `@Authorized` entries:
 * `ANYONE` admits all; no viewer → UNAUTHENTICATED; a viewer the entries do not admit → FORBIDDEN.
 */
export type AuthorizationDecision = 'ALLOWED' | 'UNAUTHENTICATED' | 'FORBIDDEN';

/**
 * The entry that admits every caller, signed in or not: only the public scoreboard's routes carry it, and they read
 * nothing but what an admin published (the authorization matrix proves an anonymous caller reaches nothing else).
 */
export const ANYONE = 'anyone';

/**
 * The one rule, for GraphQL (authChecker) and the plain HTTP routes alike. Entries are roles and `scope(…)`s as in
 * `@Authorized(…)`: no role listed admits every signed-in user, listed roles admit those users only; an API token
 * is admitted only where a scope it carries is listed (roles never admit a token).
 */
export function authorize(viewer: Viewer | null, entries: readonly string[]): AuthorizationDecision {
  if (entries.includes(ANYONE)) return 'ALLOWED';
  if (!viewer) return 'UNAUTHENTICATED';
  const { roles, scopes } = splitAuthorized(entries);
  if (viewer.tokenId) return scopes.some((needed) => viewer.scopes.includes(needed)) ? 'ALLOWED' : 'FORBIDDEN';
  return roles.length === 0 || (viewer.role !== null && roles.includes(viewer.role)) ? 'ALLOWED' : 'FORBIDDEN';
}

export function isAllowed(viewer: Viewer | null, entries: readonly string[]): boolean {
  return authorize(viewer, entries) === 'ALLOWED';
}
