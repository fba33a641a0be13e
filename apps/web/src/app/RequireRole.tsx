import type { ReactNode } from 'react';
import { Outlet } from 'react-router-dom';
import { ListLoading } from '../foundation/ui/components/ListStates';
import { useCurrentUser } from '../modules/auth';
import { mayOpen, type Place } from './access';
import { NotForYourRolePage } from './pages/NotForYourRolePage';

/**
 * Routes behind it open only for the roles access.ts allows at `place`; another role gets a plain "not for your
 * role" page instead of a screen whose queries would be refused.
 */
export function RequireRole({ place, children }: { place: Place; children?: ReactNode }) {
  const { user } = useCurrentUser();
  if (!user) return <ListLoading />;
  if (!mayOpen(user.role, place)) return <NotForYourRolePage role={user.role} place={place} />;
  return children ?? <Outlet />;
}
