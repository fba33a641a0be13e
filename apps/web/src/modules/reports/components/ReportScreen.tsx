import { useState } from 'react';
import { useQuery } from '@apollo/client/react';
import { campaignPhase } from '@thidua/domain';
import { useTranslation } from 'react-i18next';
import { useSearchParams } from 'react-router-dom';
import type { CurrentUserFragment } from '../../../generated/graphql';
import { CampaignQuery, useCurrentCampaign } from '../../campaigns';
import { PageHeader } from '../../../foundation/ui/components/PageHeader';
import type { UnitOption } from '../../units';
import { ListEmpty, ListError, ListLoading } from '../../../foundation/ui/components/ListStates';
import { ReportUnitQuery } from '../graphql/queries/report-unit';
import { readReportAddress } from '../utils/report-address';
import { ReportUnitSelect } from './ReportUnitSelect';
import { UnitReportPanel } from './UnitReportPanel';
import './reports.css';

/** The weekly report: pick the campaign (the current one first, remembered) and the unit, then its periods and figures. */
export function ReportScreen({ user }: { user: CurrentUserFragment }) {
  const { t } = useTranslation();
  const [unit, setUnit] = useState<UnitOption | null>(null);
  const campaigns = useCurrentCampaign(user.id);
  const list = campaigns.campaigns;
  // A link (from the home page) may name the campaign, unit and period; what is picked here then wins.
  const [params, setParams] = useSearchParams();
  const asked = readReportAddress(params);
  const askedCampaignId = list.some((option) => option.id === asked.campaignId) ? asked.campaignId : null;
  const currentCampaignId = askedCampaignId ?? campaigns.campaign?.id ?? null;
  const unitId = unit?.id ?? asked.unitId ?? (user.role === 'REPORTER' ? user.unit?.id : null) ?? null;

  const campaign = useQuery(CampaignQuery, { variables: { id: currentCampaignId ?? '' }, skip: !currentCampaignId });
  const reportUnit = useQuery(ReportUnitQuery, { variables: { id: unitId ?? '' }, skip: !unitId });

  const body = () => {
    if (campaigns.loading || campaigns.error)
      return campaigns.error ? <ListError error={campaigns.error} onRetry={campaigns.refetch} /> : <ListLoading />;
    if (!list.length) return <ListEmpty title={t('reports.noCampaigns')} />;
    if (!unitId) return user.role === 'REPORTER' ? null : <ListEmpty title={t('reports.pickUnit')} />;
    const error = campaign.error ?? reportUnit.error;
    if (error)
      return <ListError error={error} onRetry={() => Promise.all([campaign.refetch(), reportUnit.refetch()])} />;
    const loadedCampaign = campaign.data?.campaign;
    const loadedUnit = reportUnit.data?.unit;
    if (!loadedCampaign || !loadedUnit) return <ListLoading />;
    return (
      <UnitReportPanel
        key={`${loadedCampaign.id}-${loadedUnit.id}`}
        campaign={loadedCampaign}
        unit={loadedUnit}
        initialPeriod={unit ? null : asked.period}
        canSubmit={user.role === 'ADMIN' || user.role === 'REPORTER'}
      />
    );
  };

  return (
    <section aria-labelledby="report-title" className="report-screen">
      <PageHeader titleId="report-title" title={t('reports.title')} intro={t('reports.intro')} />
      <div className="report-pickers">
        {list.length > 0 && (
          <div className="field report-pickers__campaign">
            <label htmlFor="report-campaign">{t('reports.campaign')}</label>
            <select
              id="report-campaign"
              value={currentCampaignId ?? ''}
              onChange={(event) => {
                campaigns.choose(event.target.value);
                setParams({}, { replace: true });
              }}
            >
              {list.map((option) => (
                <option key={option.id} value={option.id}>
                  {option.name} ({t(`campaignPhase.${campaignPhase(option, campaigns.today)}`)})
                </option>
              ))}
            </select>
          </div>
        )}
        <ReportUnitSelect
          user={user}
          value={unit ?? (asked.unitId ? (reportUnit.data?.unit ?? null) : null)}
          onChange={setUnit}
        />
      </div>
      {body()}
    </section>
  );
}
