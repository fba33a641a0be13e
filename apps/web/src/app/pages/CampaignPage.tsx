import { useParams } from 'react-router-dom';
import { useCurrentUser } from '../../modules/auth/hooks/useCurrentUser';
import { CampaignScreen } from '../campaign/CampaignScreen';

export function CampaignPage() {
  const { id = '' } = useParams();
  const { user } = useCurrentUser();
  return <CampaignScreen key={id} id={id} canManage={user?.role === 'ADMIN'} />;
}
