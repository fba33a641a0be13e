import { Navigate } from 'react-router-dom';
import { useCurrentUser } from '../../modules/auth/hooks/useCurrentUser';
import { ListLoading } from '../../foundation/ui/components/ListStates';

/** A reporter starts at the weekly report; everyone else at the units. */
export function HomePage() {
  const { user, loading } = useCurrentUser();
  if (loading) return <ListLoading />;
  return <Navigate to={user?.role === 'REPORTER' ? '/report' : '/units'} replace />;
}
