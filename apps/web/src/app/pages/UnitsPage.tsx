import { useCurrentUser } from '../../modules/auth/hooks/useCurrentUser';
import { mayOpen } from '../access';
import { UnitsScreen } from '../../modules/units/components/UnitsScreen';

export function UnitsPage() {
  const { user } = useCurrentUser();
  return <UnitsScreen canManage={mayOpen(user?.role, 'manageUnits')} />;
}
