import { useQuery } from '@apollo/client/react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router-dom';
import { CampaignPublicationQuery } from '../graphql/queries/campaign-publication';
import './publication-panel.css';

/** On a campaign's overview, for everyone: the address of its public scoreboard, while it is published. */
export function PublicScoreboardNotice({ campaignId }: { campaignId: string }) {
  const { t } = useTranslation();
  const { data } = useQuery(CampaignPublicationQuery, { variables: { id: campaignId } });
  const publication = data?.campaign?.publication;
  if (!publication?.published) return null;
  return (
    <p className="public-link-notice">
      {t('publicScoreboard.admin.readerLink')}{' '}
      <Link to={publication.path}>{`${window.location.origin}${publication.path}`}</Link>
    </p>
  );
}
