import { useQuery } from '@apollo/client/react';
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { RankingFilters, useRankingParams, primarySetKey, type RankedCampaign } from '../../rankings';
import { ListEmpty, ListError, ListLoading } from '../../../foundation/ui/components/ListStates';
import { SummaryQuery } from '../graphql/queries/summary';
import { useSummaryTrend } from '../hooks/useSummaryTrend';
import { campaignProgress, lastDuePeriod } from '../utils/campaign-progress';
import { CampaignProgressCard } from './CampaignProgressCard';
import { IndicatorOverview } from './IndicatorOverview';
import { ReportsDueCard } from './ReportsDueCard';
import './dashboard.css';

/** The campaign overview: time elapsed, reports due and missing, and every indicator's rates and trend by level. */
export function DashboardScreen({ campaign, now = new Date() }: { campaign: RankedCampaign; now?: Date }) {
  const { t } = useTranslation();
  const [params, update] = useRankingParams();
  const progress = useMemo(() => campaignProgress(campaign, now), [campaign, now]);
  const asOf = params.period ?? lastDuePeriod(campaign.periods, now);
  const targetSetKey = params.set ?? primarySetKey(campaign.targetSets);
  const { data, previousData, error, refetch } = useQuery(SummaryQuery, {
    variables: { campaignId: campaign.id, asOfPeriod: asOf, targetSetKey },
    skip: asOf === null,
  });
  const trend = useSummaryTrend(campaign.id, asOf, targetSetKey);
  const summary = (data ?? previousData)?.summary;
  const hasData = summary?.some((level) => level.indicators.some((result) => result.rate !== null)) ?? false;

  return (
    <section aria-labelledby="dashboard-title" className="dashboard">
      <h2 id="dashboard-title">{t('dashboard.title')}</h2>
      <div className="dash-cards">
        <CampaignProgressCard progress={progress} periodCount={campaign.periods.length} />
        {asOf !== null && <ReportsDueCard campaignId={campaign.id} period={asOf} timeZone={campaign.timeZone} />}
      </div>
      {asOf === null ? (
        <ListEmpty title={t('dashboard.noReports')} />
      ) : (
        <>
          <div className="dash-toolbar">
            <h3>{t('dashboard.indicatorsTitle')}</h3>
            <RankingFilters
              campaign={campaign}
              period={asOf}
              targetSetKey={targetSetKey}
              onPeriod={(period) => update({ period })}
              onTargetSet={(set) => update({ set })}
            />
          </div>
          <p className="muted">{t('dashboard.asOf', { period: asOf })}</p>
          {!summary ? (
            error ? (
              <ListError error={error} onRetry={refetch} />
            ) : (
              <ListLoading />
            )
          ) : !hasData ? (
            <ListEmpty title={t('dashboard.noReports')} />
          ) : (
            <div className="dash-indicators">
              {campaign.indicators.map(({ indicator }) => (
                <IndicatorOverview
                  key={indicator.code}
                  indicator={indicator}
                  summary={summary}
                  trend={trend.summaries}
                />
              ))}
            </div>
          )}
        </>
      )}
    </section>
  );
}
