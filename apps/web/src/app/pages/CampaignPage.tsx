import { useParams } from 'react-router-dom';
import { useCurrentUser } from '../../modules/auth/hooks/useCurrentUser';
import { mayOpen } from '../access';
import { CampaignScreen } from '../campaign/CampaignScreen';

export function CampaignPage() {
  const { id = '' } = useParams();
  const { user } = useCurrentUser();
  return <CampaignScreen key={id} id={id} canManage={mayOpen(user?.role, 'manageCampaigns')} />;
}
