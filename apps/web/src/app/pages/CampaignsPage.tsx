import { useCurrentUser } from '../../modules/auth/hooks/useCurrentUser';
import { mayOpen } from '../access';
import { CampaignsScreen } from '../../modules/campaigns/components/CampaignsScreen';

export function CampaignsPage() {
  const { user } = useCurrentUser();
  return <CampaignsScreen canManage={mayOpen(user?.role, 'manageCampaigns')} />;
}
