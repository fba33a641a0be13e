import { useState } from 'react';
import { useQuery } from '@apollo/client/react';
import { useTranslation } from 'react-i18next';
import type { CurrentUserFragment } from '../../../generated/graphql';
import { CampaignQuery, CampaignsQuery } from '../../campaigns';
import { PageHeader } from '../../../foundation/ui/components/PageHeader';
import type { UnitOption } from '../../units';
import { ListEmpty, ListError, ListLoading } from '../../../foundation/ui/components/ListStates';
import { ReportUnitQuery } from '../graphql/queries/report-unit';
import { ReportUnitSelect } from './ReportUnitSelect';
import { UnitReportPanel } from './UnitReportPanel';
import './reports.css';

const CAMPAIGN_PAGE = 50;

/** The weekly report: pick the campaign (the active one first) and the unit, then its periods and figures. */
export function ReportScreen({ user }: { user: CurrentUserFragment }) {
  const { t } = useTranslation();
  const [campaignId, setCampaignId] = useState<string | null>(null);
  const [unit, setUnit] = useState<UnitOption | null>(null);
  const campaigns = useQuery(CampaignsQuery, { variables: { first: CAMPAIGN_PAGE } });
  const list = campaigns.data?.campaigns.edges.map((edge) => edge.node) ?? [];
  const currentCampaignId =
    campaignId ?? (list.find((campaign) => campaign.status === 'ACTIVE') ?? list[0])?.id ?? null;
  const unitId = unit?.id ?? (user.role === 'REPORTER' ? user.unit?.id : null) ?? null;

  const campaign = useQuery(CampaignQuery, { variables: { id: currentCampaignId ?? '' }, skip: !currentCampaignId });
  const reportUnit = useQuery(ReportUnitQuery, { variables: { id: unitId ?? '' }, skip: !unitId });

  const body = () => {
    if (!campaigns.data)
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
              onChange={(event) => setCampaignId(event.target.value)}
            >
              {list.map((option) => (
                <option key={option.id} value={option.id}>
                  {option.name} ({t(`campaignStatus.${option.status}`)})
                </option>
              ))}
            </select>
          </div>
        )}
        <ReportUnitSelect user={user} value={unit} onChange={setUnit} />
      </div>
      {body()}
    </section>
  );
}
