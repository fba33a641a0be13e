import { useTranslation } from 'react-i18next';
import { Navigate } from 'react-router-dom';
import { useCurrentUser } from '../../auth';
import { useCurrentCampaign } from '../../campaigns';
import { ListEmpty, ListError, ListLoading } from '../../../foundation/ui/components/ListStates';

/** The main navigation's "Xếp hạng": the rankings of the current campaign (the one picked last, else running). */
export function RankingsEntry() {
  const { t } = useTranslation();
  const { user } = useCurrentUser();
  const { campaign, loading, error, refetch } = useCurrentCampaign(user?.id);
  if (!user || loading) return <ListLoading />;
  if (error) return <ListError error={error} onRetry={refetch} />;
  if (!campaign) return <ListEmpty title={t('rankings.pickCampaign')} />;
  return <Navigate to={`/campaigns/${campaign.id}/rankings`} replace />;
}
