import { useCurrentUser } from '../../modules/auth/hooks/useCurrentUser';
import { IndicatorsScreen } from '../../modules/indicators/components/IndicatorsScreen';

export function IndicatorsPage() {
  const { user } = useCurrentUser();
  return <IndicatorsScreen canManage={user?.role === 'ADMIN'} />;
}
