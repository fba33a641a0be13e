import { useQuery } from '@apollo/client/react';
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router-dom';
import { useFormat } from '../../../foundation/i18n/useFormat';
import { ListError, ListLoading } from '../../../foundation/ui/components/ListStates';
import { useReportStatusChanges } from '../../reports';
import { MissingReportsQuery } from '../graphql/queries/missing-reports';
import { groupByParent } from '../utils/missing-by-parent';

/** A period's reports: how many were due and came in, and the units still missing grouped by their district. */
export function MissingReportsCard({
  campaignId,
  period,
  timeZone,
}: {
  campaignId: string;
  period: number;
  timeZone: string;
}) {
  const { t } = useTranslation();
  const format = useFormat();
  const { data, error, refetch } = useQuery(MissingReportsQuery, { variables: { campaignId, period } });
  // Who is still missing follows the reports as they come in, without a reload.
  useReportStatusChanges(campaignId, () => void refetch().catch(() => undefined));
  const board = data?.reportStatusBoard;
  const totals = (board?.levels ?? []).reduce(
    (sum, level) => ({
      due: sum.due + level.total - level.notDue,
      in: sum.in + level.onTime + level.late,
      missing: sum.missing + level.missing,
    }),
    { due: 0, in: 0, missing: 0 },
  );
  const groups = useMemo(
    () => groupByParent(board?.toRemind ?? [], new Intl.Collator(format.lang).compare),
    [board, format.lang],
  );
  return (
    <section className="dash-card dash-missing" aria-labelledby="dash-reports">
      <h3 id="dash-reports">
        {t('dashboard.reportsTitle', { period, due: board ? format.dateTime(board.period.dueAt, timeZone) : '' })}
      </h3>
      {!data ? (
        error ? (
          <ListError error={error} onRetry={refetch} />
        ) : (
          <ListLoading />
        )
      ) : (
        <>
          <dl className="dash-counts">
            <div>
              <dt>{t('dashboard.reportsDue')}</dt>
              <dd>{format.number(totals.due)}</dd>
            </div>
            <div>
              <dt>{t('dashboard.reportsIn')}</dt>
              <dd>{format.number(totals.in)}</dd>
            </div>
            <div className={totals.missing > 0 ? 'dash-counts__bad' : undefined}>
              <dt>{t('dashboard.reportsMissing')}</dt>
              <dd>{format.number(totals.missing)}</dd>
            </div>
          </dl>
          {groups.length === 0 ? (
            <p className="muted">{t('dashboard.allIn')}</p>
          ) : (
            <>
              <h4 className="dash-missing__title">{t('dashboard.missingTitle')}</h4>
              <ul className="dash-missing__groups">
                {groups.map((group) => (
                  <li key={group.parent?.id ?? 'none'}>
                    <span className="dash-missing__parent">
                      {t('dashboard.missingGroup', {
                        parent: group.parent?.name ?? t('dashboard.noParent'),
                        count: group.units.length,
                      })}
                    </span>
                    <ul className="dash-missing__units">
                      {group.units.map((unit) => (
                        <li key={unit.id}>{unit.name}</li>
                      ))}
                    </ul>
                  </li>
                ))}
              </ul>
            </>
          )}
          <p>
            <Link to={`/campaigns/${campaignId}/reports`}>{t('dashboard.openBoard')}</Link>
          </p>
        </>
      )}
    </section>
  );
}
