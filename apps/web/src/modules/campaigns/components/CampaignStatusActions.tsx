import { useState } from 'react';
import { useMutation } from '@apollo/client/react';
import { useTranslation } from 'react-i18next';
import type { CampaignSettingsFragment, CampaignStatus } from '../../../generated/graphql';
import { FormErrors } from '../../../foundation/ui/components/FormErrors';
import { useDescribeUserError } from '../../../foundation/ui/hooks/useDescribeUserError';
import { describeRequestError } from '../../../foundation/ui/utils/user-errors';
import { UpdateCampaignMutation } from '../graphql/mutations/update-campaign';
import { CampaignStatusBadge } from './CampaignStatusBadge';
import { StaleAlert } from './StaleAlert';

/** DRAFT → ACTIVE → CLOSED; CLOSED → ACTIVE reopens; ACTIVE → DRAFT goes back to setting up. */
const ACTIONS: Record<
  CampaignStatus,
  Array<{ to: CampaignStatus; label: 'activate' | 'close' | 'reopen' | 'toDraft'; primary?: boolean }>
> = {
  DRAFT: [{ to: 'ACTIVE', label: 'activate', primary: true }],
  ACTIVE: [
    { to: 'CLOSED', label: 'close' },
    { to: 'DRAFT', label: 'toDraft' },
  ],
  CLOSED: [{ to: 'ACTIVE', label: 'reopen', primary: true }],
};

/** The campaign's status, what it means, and the changes an admin may make, with the reason when one is refused. */
export function CampaignStatusActions({
  campaign,
  canManage,
  onReload,
}: {
  campaign: CampaignSettingsFragment;
  canManage: boolean;
  onReload: () => void;
}) {
  const { t } = useTranslation();
  const describe = useDescribeUserError();
  const [updateCampaign, { loading }] = useMutation(UpdateCampaignMutation);
  const [errors, setErrors] = useState<string[]>([]);
  const [stale, setStale] = useState(false);
  const [notice, setNotice] = useState('');

  const change = async (status: CampaignStatus) => {
    setErrors([]);
    setStale(false);
    setNotice('');
    try {
      const { data } = await updateCampaign({
        variables: { input: { id: campaign.id, version: campaign.version, status } },
      });
      const userErrors = data?.updateCampaign.userErrors ?? [];
      if (userErrors.some((error) => error.code === 'STALE')) return setStale(true);
      if (userErrors.length) return setErrors(userErrors.map(describe));
      setNotice(t('campaigns.status.changed', { status: t(`campaignStatus.${status}`) }));
    } catch (error) {
      setErrors([describeRequestError(error, t)]);
    }
  };

  return (
    <section className="status-panel" aria-labelledby="campaign-status-title">
      <div className="status-panel__row">
        <div>
          <h2 id="campaign-status-title" className="status-panel__title">
            {t('campaigns.status.title')}: <CampaignStatusBadge campaign={campaign} />
          </h2>
          <p className="status-panel__hint">{t(`campaigns.status.${campaign.status}`)}</p>
        </div>
        {canManage && (
          <div className="status-panel__actions">
            {ACTIONS[campaign.status].map((action) => (
              <button
                key={action.to}
                type="button"
                className={action.primary ? 'button button--primary' : 'button'}
                disabled={loading}
                onClick={() => void change(action.to)}
              >
                {loading ? t('campaigns.status.working') : t(`campaigns.status.${action.label}`)}
              </button>
            ))}
          </div>
        )}
      </div>
      <p className="notice" role="status">
        {notice}
      </p>
      {stale && <StaleAlert message={t('campaigns.stale')} reloadLabel={t('campaigns.reload')} onReload={onReload} />}
      <FormErrors messages={errors} />
    </section>
  );
}
