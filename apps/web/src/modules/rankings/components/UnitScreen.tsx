import { useQuery } from '@apollo/client/react';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router-dom';
import { useFormat } from '../../../foundation/i18n/useFormat';
import { UnitReportsQuery } from '../../reports';
import { ListEmpty, ListError, ListLoading } from '../../../foundation/ui/components/ListStates';
import { RankingPlaceQuery } from '../graphql/queries/ranking-place';
import { RankingUnitQuery } from '../graphql/queries/ranking-unit';
import { useRankingParams } from '../hooks/useRankingParams';
import { primarySetKey, type RankedCampaign } from '../utils/campaign-types';
import { MovementArrow } from '../../../foundation/ui/components/MovementArrow';
import { explainPlace } from '../utils/explain-place';
import { rowsHaveParts, scoringHasParts } from '../utils/score-parts';
import { MissingReportMark } from './RowNotes';
import { UnitIndicatorCard } from './UnitIndicatorCard';
import { UnitReportHistory } from './UnitReportHistory';
import './rankings.css';

/**
 * One unit in a campaign: its rank and score, each indicator's weekly trend against its target with the shortfall and
 * projection in plain words, and its report history. Three requests: the unit, its place in its level's ranking (its
 * row and the rows above that explain it), its reports.
 */
export function UnitScreen({ campaign }: { campaign: RankedCampaign }) {
  const { t } = useTranslation();
  const format = useFormat();
  const { unitId = '' } = useParams();
  const [params] = useRankingParams();
  const targetSetKey = params.set ?? primarySetKey(campaign.targetSets);
  const unitQuery = useQuery(RankingUnitQuery, { variables: { id: unitId } });
  const unit = unitQuery.data?.unit;
  // The unit's row and the rows above it that its place is explained from, not the whole level.
  const rankingQuery = useQuery(RankingPlaceQuery, {
    variables: {
      campaignId: campaign.id,
      levelKey: unit?.level.key ?? '',
      asOfPeriod: params.period,
      targetSetKey,
      unitId,
    },
    skip: !unit,
  });
  const reportsQuery = useQuery(UnitReportsQuery, { variables: { campaignId: campaign.id, unitId, first: 100 } });

  if (!unitQuery.data)
    return unitQuery.error ? <ListError error={unitQuery.error} onRetry={unitQuery.refetch} /> : <ListLoading />;
  if (!unit) return <ListEmpty title={t('unitPage.notFound')} />;

  const ranking = rankingQuery.data?.ranking;
  const row = ranking?.rowsAbove.at(-1);
  const reports = reportsQuery.data?.reports.edges.map((edge) => edge.node) ?? [];
  const asOf = ranking?.asOfPeriod ?? 0;
  const explanation = ranking
    ? explainPlace(
        {
          rows: ranking.rowsAbove,
          unitId: unit.id,
          levelName: unit.level.name,
          asOfPeriod: ranking.asOfPeriod,
          withParts: scoringHasParts(campaign.scoring) || rowsHaveParts(ranking.rowsAbove),
          bonusMax: campaign.scoring.bonusMax,
        },
        t,
        format.lang,
      )
    : [];
  const backSearch = new URLSearchParams({
    level: unit.level.key,
    ...(asOf ? { period: String(asOf) } : {}),
    ...(targetSetKey ? { set: targetSetKey } : {}),
  });

  return (
    <section aria-labelledby="unit-title" className="unit-page">
      <p className="back-link">
        <Link to={`/campaigns/${campaign.id}/rankings?${backSearch.toString()}`}>
          {t('unitPage.back', { level: unit.level.name })}
        </Link>
      </p>
      <h2 id="unit-title">
        {unit.name} <span className="muted">({unit.code})</span>
      </h2>
      {!ranking ? (
        rankingQuery.error ? (
          <ListError error={rankingQuery.error} onRetry={rankingQuery.refetch} />
        ) : (
          <ListLoading />
        )
      ) : (
        <>
          <p className="muted">
            {t('dashboard.asOf', { period: ranking.asOfPeriod })} · {ranking.targetSet.name}
          </p>
          {row && row.rank !== null && row.rank !== undefined ? (
            <p className="unit-page__summary">
              {t('unitPage.summary', {
                rank: row.rank,
                cohort: ranking.cohortSize,
                level: unit.level.name,
                score: format.number(row.score ?? 0, { minimumFractionDigits: 2, maximumFractionDigits: 2 }),
                class: row.class?.name ?? '',
              })}{' '}
              <MovementArrow movement={row.movement} />
            </p>
          ) : (
            <p className="unit-page__summary">{t('unitPage.unranked', { period: ranking.asOfPeriod })}</p>
          )}
          {row?.latestReportMissing && (
            <p>
              <MissingReportMark />
            </p>
          )}
          {explanation.length > 0 && (
            <section className="unit-explain" aria-labelledby="unit-explain-title">
              <h3 id="unit-explain-title">{t('unitPage.explain.title')}</h3>
              <p>{explanation.join(' ')}</p>
            </section>
          )}
          <h3>{t('unitPage.indicators')}</h3>
          <div className="unit-figures">
            {campaign.indicators.map(({ indicator }) => (
              <UnitIndicatorCard
                key={indicator.code}
                unitName={unit.name}
                indicator={indicator}
                result={row?.indicators.find((result) => result.indicator.code === indicator.code)}
                reports={reports}
                asOfPeriod={ranking.asOfPeriod}
              />
            ))}
          </div>
        </>
      )}
      <h3>{t('unitPage.history')}</h3>
      {reportsQuery.data ? (
        <UnitReportHistory
          unitName={unit.name}
          reports={reports}
          periods={campaign.periods}
          timeZone={campaign.timeZone}
        />
      ) : reportsQuery.error ? (
        <ListError error={reportsQuery.error} onRetry={reportsQuery.refetch} />
      ) : (
        <ListLoading />
      )}
    </section>
  );
}
