import { useCurrentUser } from '../../modules/auth/hooks/useCurrentUser';
import { mayOpen } from '../access';
import { IndicatorsScreen } from '../../modules/indicators/components/IndicatorsScreen';

export function IndicatorsPage() {
  const { user } = useCurrentUser();
  return <IndicatorsScreen canManage={mayOpen(user?.role, 'manageIndicators')} />;
}
