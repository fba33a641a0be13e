import { useCurrentUser } from '../../modules/auth/hooks/useCurrentUser';
import { CampaignsScreen } from '../../modules/campaigns/components/CampaignsScreen';

export function CampaignsPage() {
  const { user } = useCurrentUser();
  return <CampaignsScreen canManage={user?.role === 'ADMIN'} />;
}
