import type { ReactNode } from 'react';
import { useCurrentUser } from '../modules/auth';
import { mayOpen, type Place } from './access';

/**
 * Shows its children only to the roles that may open `place` (access.ts): what a role cannot use is not offered.
 * Until `me` has answered nothing is shown, so a link never flashes and disappears.
 */
export function RoleOnly({
  place,
  children,
  fallback = null,
}: {
  place: Place;
  children: ReactNode;
  fallback?: ReactNode;
}) {
  const { user } = useCurrentUser();
  return <>{mayOpen(user?.role, place) ? children : fallback}</>;
}
