import { useApolloClient, useQuery } from '@apollo/client/react';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate } from 'react-router-dom';
import { IndicatorsQuery } from '../../indicators';
import { ListLoading } from '../../../foundation/ui/components/ListStates';
import { LevelsQuery } from '../../units';
import { localeOf } from '../../../foundation/i18n/format';
import { useFormat } from '../../../foundation/i18n/useFormat';
import { newCampaignValues } from '../utils/campaign-form';
import { CampaignForm } from './CampaignForm';
import './campaigns.css';

/** A new campaign: every level takes part and the default classes apply until changed. */
export function NewCampaignScreen() {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const { lang } = useFormat();
  const client = useApolloClient();
  const levels = useQuery(LevelsQuery);
  const indicators = useQuery(IndicatorsQuery);
  const ready = levels.data && indicators.data;

  return (
    <section aria-labelledby="new-campaign-title">
      <p className="back-link">
        <Link to="/campaigns">← {t('campaigns.back')}</Link>
      </p>
      <h1 id="new-campaign-title">{t('campaigns.newTitle')}</h1>
      {!ready ? (
        <ListLoading />
      ) : (
        <CampaignForm
          initial={newCampaignValues(
            levels.data.levels.map((level) => level.key),
            localeOf(lang),
          )}
          levels={levels.data.levels}
          indicators={indicators.data.indicators}
          editable
          onSaved={(campaign) => {
            // The list is read again next time it is shown.
            client.cache.evict({ fieldName: 'campaigns' });
            navigate(`/campaigns/${campaign.id}/targets`, {
              state: { notice: t('campaigns.created', { name: campaign.name }) },
            });
          }}
        />
      )}
    </section>
  );
}
