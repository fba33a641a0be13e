import { AuthenticationError, type AuthCheckerFn } from 'type-graphql';
import type { Context } from './context';

/**
 * The one guard: `@Authorized()` admits any signed-in caller, `@Authorized(Role.ADMIN, …)` those roles only.
 * No viewer → UNAUTHENTICATED; a role not listed → FORBIDDEN (type-graphql's UNAUTHORIZED, renamed at the edge).
 * Both are decided before any input is looked at.
 */
export const authChecker: AuthCheckerFn<Context> = ({ context }, roles) => {
  const viewer = context.viewer;
  // Without a viewer the answer is UNAUTHENTICATED even where roles are listed (type-graphql would say FORBIDDEN).
  if (!viewer) throw new AuthenticationError('Sign in first: send `Authorization: Bearer <token>`.');
  return roles.length === 0 || roles.includes(viewer.role);
};
