import { useState } from 'react';
import { useQuery } from '@apollo/client/react';
import { useRankingChanges } from '../hooks/useRankingChanges';
import { matchesSearch } from '@thidua/domain';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router-dom';
import { ListEmpty, ListError, ListLoading } from '../../../foundation/ui/components/ListStates';
import { RankingQuery } from '../graphql/queries/ranking';
import { RankingUnitQuery } from '../graphql/queries/ranking-unit';
import { useRankingParams } from '../hooks/useRankingParams';
import { childLevelKey, primarySetKey, type RankedCampaign } from '../utils/campaign-types';
import { legendCodesBestFirst } from '../utils/class-tone';
import { rowsHaveParts, scoringHasParts } from '../utils/score-parts';
import { ExportButtons } from './ExportButtons';
import { RankingFilters } from './RankingFilters';
import { RankingTable } from './RankingTable';
import './rankings.css';

/**
 * A campaign's rankings: a tab per level, the as-of period, the target set, drill-down to a unit's children, exports.
 */
export function RankingsScreen({ campaign }: { campaign: RankedCampaign }) {
  const { t } = useTranslation();
  const [params, update] = useRankingParams();
  const levelKey = params.level ?? campaign.levels[0]?.key ?? '';
  const targetSetKey = params.set ?? primarySetKey(campaign.targetSets);
  const { data, previousData, error, refetch, loading } = useQuery(RankingQuery, {
    // Under a unit, only its units' rows are asked for (the server ranks the whole level).
    variables: {
      campaignId: campaign.id,
      levelKey,
      asOfPeriod: params.period,
      targetSetKey,
      parentUnitId: params.parent,
    },
    skip: !levelKey,
  });
  // Figures written by anyone, anywhere: the table follows without a reload.
  useRankingChanges(campaign.id, () => void refetch());
  const parent = useQuery(RankingUnitQuery, { variables: { id: params.parent ?? '' }, skip: !params.parent });
  const ranking = (data ?? previousData)?.ranking;
  const childLevel = childLevelKey(campaign.levels, levelKey);
  const parentName = params.parent ? (parent.data?.unit?.name ?? '') : null;
  const rows = ranking?.rows ?? [];
  // A search by name narrows the rows shown; ranks stay those of the whole cohort.
  const [search, setSearch] = useState('');
  const searched = search ? rows.filter((row) => matchesSearch(search, row.unit.code, row.unit.name)) : rows;
  const indicators = campaign.indicators.map(({ indicator }) => ({ code: indicator.code, name: indicator.name }));
  const asOf = ranking?.asOfPeriod ?? params.period;

  return (
    <section aria-labelledby="rankings-title" className="rankings">
      <h2 id="rankings-title">{t('rankings.title')}</h2>
      <nav className="level-tabs" aria-label={t('rankings.levels')}>
        <ul>
          {campaign.levels.map((level) => (
            <li key={level.key}>
              <Link
                to={`?${new URLSearchParams({ level: level.key, ...(params.period ? { period: String(params.period) } : {}), ...(params.set ? { set: params.set } : {}) }).toString()}`}
                aria-current={level.key === levelKey ? 'page' : undefined}
              >
                {level.name}
              </Link>
            </li>
          ))}
        </ul>
      </nav>
      <div className="rankings__toolbar">
        <RankingFilters
          campaign={campaign}
          period={asOf ?? null}
          targetSetKey={targetSetKey}
          onPeriod={(period) => update({ period })}
          onTargetSet={(set) => update({ set })}
          search={search}
          onSearch={setSearch}
        />
        {ranking && targetSetKey && (
          <ExportButtons
            campaignId={campaign.id}
            levelKey={levelKey}
            asOfPeriod={ranking.asOfPeriod}
            targetSetKey={ranking.targetSet.key}
          />
        )}
      </div>
      {parentName !== null && (
        <p className="notice notice--info">
          {t('rankings.parentFilter', { name: parentName })}{' '}
          <button type="button" className="button button--small" onClick={() => update({ parent: null })}>
            {t('rankings.clearParent')}
          </button>
        </p>
      )}
      {!ranking ? (
        error ? (
          <ListError error={error} onRetry={refetch} />
        ) : (
          <ListLoading />
        )
      ) : (
        <div aria-busy={loading}>
          <p className="muted" role="status">
            {params.parent
              ? t('rankings.cohortUnder', { count: rows.length, ranked: ranking.cohortSize })
              : t('rankings.cohort', { ranked: ranking.cohortSize, total: rows.length })}
            {search && ` · ${t('common.shownOf', { shown: searched.length, total: rows.length })}`}
          </p>
          {rows.length === 0 ? (
            <ListEmpty title={t('rankings.noRows')} />
          ) : (
            <>
              {ranking.cohortSize === 0 && <ListEmpty title={t('rankings.noData', { period: ranking.asOfPeriod })} />}
              <RankingTable
                key={`${levelKey}:${params.parent ?? ''}`}
                caption={
                  parentName !== null
                    ? t('rankings.captionParent', {
                        level: ranking.level.name,
                        parent: parentName,
                        period: ranking.asOfPeriod,
                        targetSet: ranking.targetSet.name,
                      })
                    : t('rankings.caption', {
                        level: ranking.level.name,
                        period: ranking.asOfPeriod,
                        targetSet: ranking.targetSet.name,
                      })
                }
                rows={searched}
                levelRows={params.parent ? undefined : rows}
                withParts={scoringHasParts(campaign.scoring) || rowsHaveParts(ranking.rows)}
                indicators={indicators}
                legendCodes={legendCodesBestFirst(campaign.legend)}
                unitHref={(row) =>
                  `/campaigns/${campaign.id}/units/${row.unit.id}?${new URLSearchParams({ period: String(ranking.asOfPeriod), set: ranking.targetSet.key }).toString()}`
                }
                onDrillDown={childLevel ? (row) => update({ level: childLevel, parent: row.unit.id }) : undefined}
              />
            </>
          )}
        </div>
      )}
    </section>
  );
}
