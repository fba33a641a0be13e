import { useState } from 'react';
import { useQuery } from '@apollo/client/react';
import { RANK_ORDER, nextRowOrder, type RowOrder } from '@thidua/domain';
import { useRankingChanges } from '../hooks/useRankingChanges';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router-dom';
import { ListEmpty, ListError, ListLoading } from '../../../foundation/ui/components/ListStates';
import { useDebouncedValue } from '../../../foundation/ui/hooks/useDebouncedValue';
import { RankingUnitQuery } from '../graphql/queries/ranking-unit';
import { useRankingParams } from '../hooks/useRankingParams';
import { useRankingRows } from '../hooks/useRankingRows';
import { childLevelKey, primarySetKey, type RankedCampaign } from '../utils/campaign-types';
import { legendCodesBestFirst } from '../utils/class-tone';
import { rowsHaveParts, scoringHasParts } from '../utils/score-parts';
import { ExportButtons } from './ExportButtons';
import { RankingFilters } from './RankingFilters';
import { RankingTable } from './RankingTable';
import './rankings.css';

/** How long the search waits after the last keystroke before asking the server. */
const SEARCH_DEBOUNCE_MS = 300;

/**
 * A campaign's rankings: a tab per level, the as-of period, the target set, drill-down to a unit's children, exports.
 * The rows come a page at a time, ordered and found by the server (a country's level is never sent whole).
 */
export function RankingsScreen({ campaign }: { campaign: RankedCampaign }) {
  const { t } = useTranslation();
  const [params, update] = useRankingParams();
  const levelKey = params.level ?? campaign.levels[0]?.key ?? '';
  const targetSetKey = params.set ?? primarySetKey(campaign.targetSets);
  const [order, setOrder] = useState<RowOrder>(RANK_ORDER);
  // A search by name narrows the rows shown; ranks stay those of the whole cohort.
  const [search, setSearch] = useState('');
  const searched = useDebouncedValue(search.trim(), SEARCH_DEBOUNCE_MS);
  // Under a unit, only its units' rows are asked for (the server ranks the whole level).
  const list = useRankingRows({
    campaignId: campaign.id,
    levelKey,
    asOfPeriod: params.period,
    targetSetKey,
    parentUnitId: params.parent,
    order,
    search: searched,
  });
  const { ranking, rows, error, refetch } = list;
  // Figures written by anyone, anywhere: the table follows without a reload.
  useRankingChanges(campaign.id, refetch);
  const parent = useQuery(RankingUnitQuery, { variables: { id: params.parent ?? '' }, skip: !params.parent });
  const childLevel = childLevelKey(campaign.levels, levelKey);
  const parentName = params.parent ? (parent.data?.unit?.name ?? '') : null;
  // The rows as ranked from the first (the whole level in rank order, or its first pages) name the unit ranked just
  // above in a tie-break note; in another order, found or under a parent, it says "the unit ranked just above".
  const asRanked = !params.parent && !searched && order.key.kind === 'rank' && order.direction === 'ascending';
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
        <div aria-busy={list.loading}>
          <p className="muted" role="status">
            {params.parent
              ? t('rankings.cohortUnder', { count: list.totalCount, ranked: ranking.cohortSize })
              : searched
                ? [
                    t('rankings.cohortRanked', { ranked: ranking.cohortSize }),
                    t('rankings.found', { count: list.totalCount }),
                  ].join(' · ')
                : t('rankings.cohort', { ranked: ranking.cohortSize, total: list.totalCount })}
          </p>
          {rows.length === 0 ? (
            searched ? (
              <ListEmpty title={t('rankings.noneFound', { search: searched })} />
            ) : (
              <ListEmpty title={t('rankings.noRows')} />
            )
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
                rows={rows}
                rowCount={list.totalCount}
                order={order}
                onOrder={(key) => setOrder((current) => nextRowOrder(current, key))}
                onNearEnd={list.hasMore ? list.loadMore : undefined}
                levelRows={asRanked ? rows : undefined}
                withParts={scoringHasParts(campaign.scoring) || rowsHaveParts(rows)}
                indicators={indicators}
                legendCodes={legendCodesBestFirst(campaign.legend)}
                unitHref={(row) =>
                  `/campaigns/${campaign.id}/units/${row.unit.id}?${new URLSearchParams({ period: String(ranking.asOfPeriod), set: ranking.targetSet.key }).toString()}`
                }
                onDrillDown={childLevel ? (row) => update({ level: childLevel, parent: row.unit.id }) : undefined}
              />
              {list.hasMore && (
                <p className="rankings__more">
                  <button
                    type="button"
                    className="button button--small"
                    onClick={list.loadMore}
                    disabled={list.loadingMore}
                  >
                    {list.loadingMore ? t('common.loading') : t('common.loadMore')}
                  </button>{' '}
                  <span className="muted">{t('common.shownOf', { shown: rows.length, total: list.totalCount })}</span>
                </p>
              )}
            </>
          )}
        </div>
      )}
    </section>
  );
}
