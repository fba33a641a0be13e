import { useState } from 'react';
import { NetworkStatus } from '@apollo/client';
import { useQuery } from '@apollo/client/react';
import { useTranslation } from 'react-i18next';
import { useFormat } from '../../../foundation/i18n/useFormat';
import { ListError } from '../../../foundation/ui/components/ListStates';
import { TargetChangesQuery } from '../graphql/queries/target-changes';

const PAGE_SIZE = 50;

export interface TargetChangeHistoryProps {
  campaignId: string;
  timeZone: string;
  sets: ReadonlyArray<{ id: string; key: string; name: string }>;
}

/** Every change of a target, latest first: when, who, which set, indicator and level or unit, old → new. */
export function TargetChangeHistory({ campaignId, timeZone, sets }: TargetChangeHistoryProps) {
  const { t } = useTranslation();
  const format = useFormat();
  const [setKey, setSetKey] = useState('');
  const { data, error, networkStatus, fetchMore, refetch } = useQuery(TargetChangesQuery, {
    variables: { campaignId, targetSetKey: setKey || undefined, first: PAGE_SIZE },
    // Saving the grid adds changes: the history is read again whenever it is shown.
    fetchPolicy: 'cache-and-network',
    notifyOnNetworkStatusChange: true,
  });
  const connection = data?.campaign?.targetChanges;
  const changes = connection?.edges.map((edge) => edge.node) ?? [];
  const value = (v: number | null) =>
    v === null ? t('history.none') : `${format.number(v, { maximumFractionDigits: 2 })}%`;

  return (
    <section aria-labelledby="history-title">
      <h2 id="history-title">{t('history.title')}</h2>
      <div className="history-filter field">
        <label htmlFor="history-set">{t('history.filterSet')}</label>
        <select id="history-set" value={setKey} onChange={(event) => setSetKey(event.target.value)}>
          <option value="">{t('history.allSets')}</option>
          {sets.map((set) => (
            <option key={set.id} value={set.key}>
              {set.name}
            </option>
          ))}
        </select>
      </div>
      {error && !connection ? (
        <ListError error={error} onRetry={refetch} />
      ) : !connection ? (
        <p className="state" role="status">
          {t('common.loading')}
        </p>
      ) : !changes.length ? (
        <p className="state">{t('history.empty')}</p>
      ) : (
        <div className="table-wrap">
          <table className="data-table history-table">
            <caption className="visually-hidden">{t('history.caption')}</caption>
            <thead>
              <tr>
                <th scope="col">{t('history.columns.time')}</th>
                <th scope="col">{t('history.columns.who')}</th>
                <th scope="col">{t('history.columns.set')}</th>
                <th scope="col">{t('history.columns.indicator')}</th>
                <th scope="col">{t('history.columns.scope')}</th>
                <th scope="col">{t('history.columns.change')}</th>
              </tr>
            </thead>
            <tbody>
              {changes.map((change) => (
                <tr key={change.id}>
                  <td className="nowrap">{format.dateTime(change.changedAt, timeZone)}</td>
                  <td>{change.changedBy?.name ?? t('history.unknownUser')}</td>
                  <td>{change.targetSet.name}</td>
                  <td>{change.indicator.name}</td>
                  <td>{change.unit ? `${change.unit.name} (${change.unit.code})` : change.level?.name}</td>
                  <td className="nowrap">
                    {value(change.oldValue)} → <strong>{value(change.newValue)}</strong>
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
      {connection?.pageInfo.hasNextPage && (
        <p className="target-section__more">
          <button
            type="button"
            className="button button--small"
            disabled={networkStatus === NetworkStatus.fetchMore}
            onClick={() =>
              void fetchMore({ variables: { after: connection.pageInfo.endCursor } }).catch(() => undefined)
            }
          >
            {networkStatus === NetworkStatus.fetchMore ? t('common.loading') : t('common.loadMore')}
          </button>{' '}
          <span className="muted">{t('common.shownOf', { shown: changes.length, total: connection.totalCount })}</span>
        </p>
      )}
    </section>
  );
}
