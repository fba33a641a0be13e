import { useQuery } from '@apollo/client/react';
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { RankingFilters, useRankingParams, primarySetKey, type RankedCampaign } from '../../rankings';
import { ListEmpty, ListError, ListLoading } from '../../../foundation/ui/components/ListStates';
import { SummaryTrendQuery } from '../graphql/queries/summary-trend';
import { campaignProgress, lastDuePeriod } from '../utils/campaign-progress';
import { levelFigures } from '../utils/trend-series';
import { CampaignProgressCard } from './CampaignProgressCard';
import { LevelOverviewTable } from './LevelOverviewTable';
import { LevelSection } from './LevelSection';
import { MissingReportsCard } from './MissingReportsCard';
import './dashboard.css';

/**
 * The campaign overview: time elapsed, the period's missing reports by district, every level's rates against its
 * targets, then per level its trends, who is behind, who moved and the scorecard. The summaries of all periods come
 * in one request; each level's ranking in one more, sent together.
 */
export function DashboardScreen({ campaign, now = new Date() }: { campaign: RankedCampaign; now?: Date }) {
  const { t } = useTranslation();
  const [params, update] = useRankingParams();
  const progress = useMemo(() => campaignProgress(campaign, now), [campaign, now]);
  const asOf = params.period ?? lastDuePeriod(campaign.periods, now);
  const targetSetKey = params.set ?? primarySetKey(campaign.targetSets);
  const { data, previousData, error, refetch } = useQuery(SummaryTrendQuery, {
    variables: { campaignId: campaign.id, throughPeriod: asOf, targetSetKey },
    skip: asOf === null,
  });
  const trend = (data ?? previousData)?.summaryTrend;
  const latest = trend?.at(-1);
  const hasData = latest?.levels.some((level) => level.indicators.some((result) => result.rate !== null)) ?? false;
  const indicators = campaign.indicators.map(({ indicator }) => indicator);
  const levels = [...campaign.levels].sort((a, b) => a.depth - b.depth);

  return (
    <section aria-labelledby="dashboard-title" className="dashboard">
      <h2 id="dashboard-title">{t('dashboard.title')}</h2>
      <div className="dash-cards">
        <CampaignProgressCard progress={progress} periodCount={campaign.periods.length} />
        {asOf !== null && <MissingReportsCard campaignId={campaign.id} period={asOf} timeZone={campaign.timeZone} />}
      </div>
      {asOf === null ? (
        <ListEmpty title={t('dashboard.noReports')} />
      ) : (
        <>
          <div className="dash-toolbar">
            <h3>{t('dashboard.resultsTitle')}</h3>
            <RankingFilters
              campaign={campaign}
              period={asOf}
              targetSetKey={targetSetKey}
              onPeriod={(period) => update({ period })}
              onTargetSet={(set) => update({ set })}
            />
          </div>
          <p className="muted">{t('dashboard.asOf', { period: asOf })}</p>
          {!trend || !latest ? (
            error ? (
              <ListError error={error} onRetry={refetch} />
            ) : (
              <ListLoading />
            )
          ) : !hasData ? (
            <ListEmpty title={t('dashboard.noReports')} />
          ) : (
            <LevelOverviewTable summary={latest} indicators={indicators} />
          )}
          {/* Each level asks for its ranking at once, alongside the summaries: not after them. */}
          {(!trend || hasData) &&
            levels.map((level) => {
              const unitCount = latest ? (levelFigures(latest, level.key)?.unitCount ?? 0) : null;
              return unitCount === 0 ? null : (
                <LevelSection
                  key={level.key}
                  campaign={campaign}
                  level={level}
                  unitCount={unitCount}
                  trend={trend ?? null}
                  asOf={asOf}
                  targetSetKey={targetSetKey}
                />
              );
            })}
        </>
      )}
    </section>
  );
}
