import { useTranslation } from 'react-i18next';
import { Link } from 'react-router-dom';
import { DEFAULT_TIME_ZONE } from '../../../foundation/i18n/format';
import type { HomeReporterPeriodQuery } from '../../../generated/graphql';
import { hasNotReported } from '../utils/not-reported';
import { reportLink } from '../utils/report-link';
import { DueLine } from './DueLine';
import { CardEmpty, HomeCard } from './HomeCard';

type Board = HomeReporterPeriodQuery['reportStatusBoard'];
interface ReporterUnit {
  id: string;
  name: string;
}

/**
 * The current period of the reporter's units: when it is due, which units have not reported (each with its link to
 * the report form for that unit and period) and which have. The first unit without a report gets the main button.
 */
export function ReporterPeriodCard({
  campaignId,
  units,
  board,
  timeZone,
  now,
}: {
  campaignId: string;
  units: readonly ReporterUnit[];
  board: Board;
  timeZone: string | undefined;
  now: Date;
}) {
  const { t } = useTranslation();
  if (!board) return null;
  const { period } = board;
  const statusOf = new Map(board.rows.map((row) => [row.unit.id, row.status]));
  // Units of a level the campaign does not rank have no row: they have nothing to report in it.
  const taking = units.filter((unit) => statusOf.has(unit.id));
  const missing = taking.filter((unit) => hasNotReported({ status: statusOf.get(unit.id) ?? 'NOT_DUE' }));
  const reported = taking.filter((unit) => !missing.includes(unit));
  const first = missing[0] ?? taking[0];
  const link = (unit: ReporterUnit) => reportLink(campaignId, unit.id, period.index);

  return (
    <HomeCard titleId="home-period-title" title={t('home.reporter.periodTitle')}>
      <DueLine period={period} timeZone={timeZone ?? DEFAULT_TIME_ZONE} now={now} />
      {first && (
        <p>
          <Link className="button button--primary home-cta" to={link(first)}>
            {missing.length
              ? t('home.reporter.reportFor', { period: period.index, unit: first.name })
              : t('home.reporter.openFor', { period: period.index, unit: first.name })}
          </Link>
        </p>
      )}
      <h3>{t('home.reporter.notReportedTitle', { count: missing.length })}</h3>
      {missing.length ? (
        <ul className="home-list">
          {missing.map((unit) => (
            <li key={unit.id} className="home-list__row">
              <span className="home-list__name">{unit.name}</span>
              <Link
                to={link(unit)}
                aria-label={t('home.reporter.reportFor', { period: period.index, unit: unit.name })}
              >
                {t('home.reporter.report')}
              </Link>
            </li>
          ))}
        </ul>
      ) : (
        <CardEmpty>{t('home.reporter.allReported')}</CardEmpty>
      )}
      {reported.length > 0 && (
        <details className="home-details">
          <summary>{t('home.reporter.reportedTitle', { count: reported.length })}</summary>
          <ul className="home-list">
            {reported.map((unit) => (
              <li key={unit.id} className="home-list__row">
                <span className="home-list__name">
                  {unit.name} <span className="muted">· {t(`reportStatus.${statusOf.get(unit.id) ?? 'ON_TIME'}`)}</span>
                </span>
                <Link
                  to={link(unit)}
                  aria-label={t('home.reporter.openFor', { period: period.index, unit: unit.name })}
                >
                  {t('home.reporter.open')}
                </Link>
              </li>
            ))}
          </ul>
        </details>
      )}
    </HomeCard>
  );
}
