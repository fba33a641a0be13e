import { useQuery } from '@apollo/client/react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router-dom';
import { useFormat } from '../../../foundation/i18n/useFormat';
import { ReportStatusBoardQuery } from '../../reports';
import { ListError, ListLoading } from '../../../foundation/ui/components/ListStates';

const SHOWN_MISSING = 8;

/** Reports due for a period: how many were due, came in, and which units are missing (from the status board). */
export function ReportsDueCard({
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
  const { data, error, refetch } = useQuery(ReportStatusBoardQuery, { variables: { campaignId, period } });
  const board = data?.reportStatusBoard;
  const totals = (board?.levels ?? []).reduce(
    (sum, level) => ({
      due: sum.due + level.total - level.notDue,
      in: sum.in + level.onTime + level.late,
      missing: sum.missing + level.missing,
    }),
    { due: 0, in: 0, missing: 0 },
  );
  return (
    <section className="dash-card" aria-labelledby="dash-reports">
      <h3 id="dash-reports">
        {board
          ? t('dashboard.reportsTitle', { period, due: format.dateTime(board.period.dueAt, timeZone) })
          : t('dashboard.reportsTitle', { period, due: '' })}
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
          {board && board.toRemind.length > 0 && (
            <p className="dash-missing">
              <span className="dash-missing__label">{t('dashboard.missingUnits')}: </span>
              {board.toRemind
                .slice(0, SHOWN_MISSING)
                .map((unit) => unit.name)
                .join(', ')}
              {board.toRemind.length > SHOWN_MISSING &&
                ` ${t('dashboard.andMore', { count: board.toRemind.length - SHOWN_MISSING })}`}
            </p>
          )}
          <p>
            <Link to={`/campaigns/${campaignId}/reports`}>{t('dashboard.openBoard')}</Link>
          </p>
        </>
      )}
    </section>
  );
}
