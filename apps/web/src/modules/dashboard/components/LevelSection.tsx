import { useQuery } from '@apollo/client/react';
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { ClassBadge, legendCodesBestFirst, TrendTable, type RankedCampaign } from '../../rankings';
import { ListError } from '../../../foundation/ui/components/ListStates';
import { LevelStandingsQuery } from '../graphql/queries/level-standings';
import { biggestMovers } from '../utils/movers';
import { furthestFromTargets } from '../utils/target-gaps';
import { levelTrends, type PeriodSummary } from '../utils/trend-series';
import { unitLink } from '../utils/unit-link';
import { BehindList } from './BehindList';
import { IndicatorSparkChart } from './IndicatorSparkChart';
import { MoversList } from './MoversList';
import { Scorecard } from './Scorecard';

/**
 * One level: its indicators' trends against the level's target (small multiples), who is furthest from target, who
 * moved most since the period before, and the unit × indicator scorecard. Its ranking (this period and the one before)
 * is one request, sent alongside the other levels'.
 */
export function LevelSection({
  campaign,
  level,
  unitCount,
  trend,
  asOf,
  targetSetKey,
}: {
  campaign: RankedCampaign;
  level: { key: string; name: string };
  /** null while the summaries are on their way. */
  unitCount: number | null;
  trend: readonly PeriodSummary[] | null;
  asOf: number;
  targetSetKey: string | null;
}) {
  const { t } = useTranslation();
  const indicators = useMemo(() => campaign.indicators.map(({ indicator }) => indicator), [campaign.indicators]);
  const previousPeriod = asOf > 1 ? asOf - 1 : null;
  const { data, previousData, error, refetch } = useQuery(LevelStandingsQuery, {
    variables: {
      campaignId: campaign.id,
      levelKey: level.key,
      asOfPeriod: asOf,
      previousPeriod: previousPeriod ?? asOf,
      targetSetKey,
    },
  });
  const standings = data ?? previousData;
  const rows = standings?.current.rows;
  const gaps = useMemo(() => furthestFromTargets(rows ?? []), [rows]);
  const movers = useMemo(
    () => biggestMovers(rows ?? [], previousPeriod === null ? null : (standings?.previous.rows ?? null)),
    [rows, standings, previousPeriod],
  );
  const trends = useMemo(() => levelTrends(trend ?? [], level.key, indicators), [trend, level.key, indicators]);
  const legendCodes = useMemo(() => legendCodesBestFirst(campaign.legend), [campaign.legend]);
  const nameOf = (code: string) => indicators.find((indicator) => indicator.code === code)?.name ?? code;
  const linkOf = (unitId: string) => unitLink(campaign.id, unitId, asOf, targetSetKey);
  const id = `dash-level-${level.key}`;
  const series = trends.map((entry) => ({ key: entry.code, name: entry.name }));
  const points = (trend ?? []).map((period, index) => ({
    period: period.asOfPeriod,
    ...Object.fromEntries(trends.map((entry) => [entry.code, entry.points[index].rate])),
  }));

  return (
    <section className="dash-level" aria-labelledby={id}>
      <h3 id={id}>
        {unitCount === null ? level.name : t('dashboard.levelTitle', { level: level.name, count: unitCount })}
      </h3>
      {trend && (
        <>
          <p className="muted dash-level__hint">{t('dashboard.trendTitle')}</p>
          <div className="dash-sparks">
            {trends.map((entry) => (
              <IndicatorSparkChart key={entry.code} trend={entry} levelName={level.name} />
            ))}
          </div>
          <details className="dash-level__table">
            <summary>{t('dashboard.showTable')}</summary>
            <TrendTable caption={t('dashboard.trendTable', { level: level.name })} series={series} points={points} />
          </details>
        </>
      )}
      {!standings ? (
        error ? (
          <ListError error={error} onRetry={refetch} />
        ) : (
          <p className="muted" role="status">
            {t('dashboard.loadingLevel')}
          </p>
        )
      ) : (
        <>
          <div className="dash-level__lists">
            <BehindList gaps={gaps} indicatorName={nameOf} linkOf={linkOf} headingId={`${id}-behind`} />
            <MoversList
              movers={movers}
              previousPeriod={previousPeriod}
              indicatorName={nameOf}
              linkOf={linkOf}
              headingId={`${id}-movers`}
            />
          </div>
          <h4 className="dash-level__scorecard-title">{t('dashboard.scorecardTitle')}</h4>
          <p className="muted dash-heat__hint">
            {t('dashboard.scorecardHint')}{' '}
            <span className="dash-heat__legend">
              {[...campaign.legend]
                .sort((a, b) => b.minScore - a.minScore)
                .map((entry) => (
                  <ClassBadge key={entry.code} unitClass={entry} legendCodes={legendCodes} />
                ))}
            </span>
          </p>
          <Scorecard
            rows={standings.current.rows}
            indicators={indicators}
            legend={campaign.legend}
            legendCodes={legendCodes}
            caption={t('dashboard.scorecardCaption', { level: level.name, period: asOf })}
            linkOf={linkOf}
          />
        </>
      )}
    </section>
  );
}
