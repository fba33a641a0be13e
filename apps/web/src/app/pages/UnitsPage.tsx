import { useCurrentUser } from '../../modules/auth/hooks/useCurrentUser';
import { UnitsScreen } from '../../modules/units/components/UnitsScreen';

export function UnitsPage() {
  const { user } = useCurrentUser();
  return <UnitsScreen canManage={user?.role === 'ADMIN'} />;
}
