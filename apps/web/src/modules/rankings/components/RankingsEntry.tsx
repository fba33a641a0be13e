import { useQuery } from '@apollo/client/react';
import { useTranslation } from 'react-i18next';
import { Navigate } from 'react-router-dom';
import { CampaignsQuery } from '../../campaigns';
import { ListEmpty, ListError, ListLoading } from '../../../foundation/ui/components/ListStates';

/** The main navigation's "Xếp hạng": the rankings of the running campaign (else the latest closed one). */
export function RankingsEntry() {
  const { t } = useTranslation();
  const { data, error, refetch } = useQuery(CampaignsQuery, { variables: { first: 50 } });
  if (!data) return error ? <ListError error={error} onRetry={refetch} /> : <ListLoading />;
  const campaigns = data.campaigns.edges.map((edge) => edge.node);
  const campaign = campaigns.find((c) => c.status === 'ACTIVE') ?? campaigns.find((c) => c.status === 'CLOSED');
  if (!campaign) return <ListEmpty title={t('rankings.pickCampaign')} />;
  return <Navigate to={`/campaigns/${campaign.id}/rankings`} replace />;
}
