import { useState } from 'react';
import { useQuery } from '@apollo/client/react';
import { useTranslation } from 'react-i18next';
import { localeOf } from '../../../foundation/i18n/format';
import { useFormat } from '../../../foundation/i18n/useFormat';
import type { CampaignSettingsFragment } from '../../../generated/graphql';
import { IndicatorsQuery } from '../../indicators';
import { ListLoading } from '../../../foundation/ui/components/ListStates';
import { LevelsQuery } from '../../units';
import { campaignValuesOf } from '../utils/campaign-form';
import { CampaignForm } from './CampaignForm';
import { CampaignSettingsView } from './CampaignSettingsView';
import { CampaignStatusActions } from './CampaignStatusActions';

/**
 * Thông tin chung: the status and its actions, then the settings: the editor for an admin while the campaign is not
 * closed, else a plain view.
 */
export function CampaignSettingsPanel({
  campaign,
  canManage,
  onReload,
}: {
  campaign: CampaignSettingsFragment;
  canManage: boolean;
  onReload: () => void;
}) {
  const { t } = useTranslation();
  const { lang } = useFormat();
  const editable = canManage && campaign.status !== 'CLOSED';
  // The choices of the form; a reader's plain view needs none of them.
  const levels = useQuery(LevelsQuery, { skip: !editable });
  const indicators = useQuery(IndicatorsQuery, { skip: !editable });
  const [notice, setNotice] = useState('');

  return (
    <div className="settings-panel">
      <CampaignStatusActions campaign={campaign} canManage={canManage} onReload={onReload} />
      <section aria-labelledby="campaign-settings-title">
        <h2 id="campaign-settings-title">{t('campaigns.tabs.settings')}</h2>
        {canManage && campaign.status === 'CLOSED' && <p className="muted">{t('campaigns.closedNote')}</p>}
        <p className="notice" role="status">
          {notice}
        </p>
        {!editable ? (
          <CampaignSettingsView campaign={campaign} />
        ) : !levels.data || !indicators.data ? (
          <ListLoading />
        ) : (
          <CampaignForm
            // A new version (saved here, or reloaded) starts the form again from the server's values.
            key={`${campaign.id}-${campaign.version}-${lang}`}
            campaign={campaign}
            initial={campaignValuesOf(campaign, localeOf(lang))}
            levels={levels.data.levels}
            indicators={indicators.data.indicators}
            editable={editable}
            onSaved={() => setNotice(t('campaigns.saved'))}
            onReload={onReload}
          />
        )}
      </section>
    </div>
  );
}
