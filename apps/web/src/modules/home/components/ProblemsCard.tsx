import { useTranslation } from 'react-i18next';
import { Link } from 'react-router-dom';
import type { HomeProblemsQuery } from '../../../generated/graphql';
import { ListError, ListLoading } from '../../../foundation/ui/components/ListStates';
import { isRefusal } from '../utils/refused';
import { CardEmpty, HomeCard } from './HomeCard';

type Report = NonNullable<HomeProblemsQuery['weeklyReport']>;
type ZeroRate = Report['zeroRateUnits'][number];

/** The first few are listed; the others fold behind "Xem thêm". */
const SHOWN = 5;

/**
 * What needs an admin's look: the units at 0 % on an indicator although dossiers came in (as of the last period
 * due). Refused imports are not kept by the API, so they cannot be listed here.
 */
export function ProblemsCard({
  campaignId,
  report,
  error,
  onRetry,
}: {
  campaignId: string;
  report: Report | null | undefined;
  error: unknown;
  onRetry: () => unknown;
}) {
  const { t } = useTranslation();
  const body = () => {
    if (!report && error && isRefusal(error)) return <CardEmpty>{t('home.admin.problemsUnavailable')}</CardEmpty>;
    if (!report && error) return <ListError error={error} onRetry={onRetry} />;
    if (!report) return <ListLoading />;
    return (
      <>
        <h3>{t('home.admin.zeroRateTitle', { period: report.period.index })}</h3>
        {report.zeroRateUnits.length ? (
          <>
            <ZeroRateList entries={report.zeroRateUnits.slice(0, SHOWN)} />
            {report.zeroRateUnits.length > SHOWN && (
              <details className="home-details">
                <summary>{t('home.admin.more', { count: report.zeroRateUnits.length - SHOWN })}</summary>
                <ZeroRateList entries={report.zeroRateUnits.slice(SHOWN)} />
              </details>
            )}
          </>
        ) : (
          <CardEmpty>{t('home.admin.noProblems')}</CardEmpty>
        )}
      </>
    );
  };
  return (
    <HomeCard
      titleId="home-problems-title"
      title={t('home.admin.problemsTitle')}
      action={<Link to={`/campaigns/${campaignId}/weekly-report`}>{t('home.admin.weeklyReport')}</Link>}
    >
      {body()}
    </HomeCard>
  );
}

function ZeroRateList({ entries }: { entries: readonly ZeroRate[] }) {
  const { t } = useTranslation();
  return (
    <ul className="home-list">
      {entries.map((entry) => (
        <li key={`${entry.unit.id}-${entry.indicator.id}`} className="home-list__row">
          <span className="home-list__name">
            {entry.unit.name}
            {entry.unit.parent && <span className="muted"> ({entry.unit.parent.name})</span>}
            <span className="home-review__meta">
              {t('home.admin.zeroRate', { indicator: entry.indicator.name, count: entry.denominator })}
            </span>
          </span>
        </li>
      ))}
    </ul>
  );
}
