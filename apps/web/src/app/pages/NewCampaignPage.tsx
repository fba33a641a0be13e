import { Navigate } from 'react-router-dom';
import { useCurrentUser } from '../../modules/auth/hooks/useCurrentUser';
import { NewCampaignScreen } from '../../modules/campaigns/components/NewCampaignScreen';

export function NewCampaignPage() {
  const { user, loading } = useCurrentUser();
  if (loading) return null;
  return user?.role === 'ADMIN' ? <NewCampaignScreen /> : <Navigate to="/campaigns" replace />;
}
