import { useTranslation } from 'react-i18next';
import { Link } from 'react-router-dom';
import type { HomeStandingRowFragment, HomeStandingsQuery } from '../../../generated/graphql';
import { useFormat } from '../../../foundation/i18n/useFormat';
import { ListError, ListLoading } from '../../../foundation/ui/components/ListStates';
import { isRefusal } from '../utils/refused';
import { topAndBottom } from '../utils/standings';
import { CardEmpty, HomeCard } from './HomeCard';

type Report = NonNullable<HomeStandingsQuery['weeklyReport']>;

/**
 * Each level's first three and last three units with their scores, as of the last period due (the weekly report's
 * lists). A campaign that cannot be ranked yet (no target set) says so instead.
 */
export function StandingsCard({
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
  const title = report ? t('home.standings.title', { period: report.period.index }) : t('home.standings.titleNoPeriod');
  const body = () => {
    if (!report && error && isRefusal(error)) return <CardEmpty>{t('home.standings.unavailable')}</CardEmpty>;
    if (!report && error) return <ListError error={error} onRetry={onRetry} />;
    if (!report) return <ListLoading />;
    return (
      <div className="home-levels">
        {report.levels.map((level) => {
          const { head, tail } = topAndBottom(level);
          const headingId = `home-level-${level.level.id}`;
          return (
            <section key={level.level.id} className="home-level" aria-labelledby={headingId}>
              <h3 id={headingId}>
                {level.level.name}{' '}
                <span className="home-level__cohort">{t('home.standings.cohort', { count: level.cohortSize })}</span>
              </h3>
              {head.length ? (
                <>
                  <StandingList label={t('home.standings.top')} rows={head} />
                  {tail.length > 0 && <StandingList label={t('home.standings.bottom')} rows={tail} />}
                </>
              ) : (
                <CardEmpty>{t('home.standings.empty')}</CardEmpty>
              )}
            </section>
          );
        })}
      </div>
    );
  };
  return (
    <HomeCard
      titleId="home-standings-title"
      title={title}
      wide
      action={<Link to={`/campaigns/${campaignId}/rankings`}>{t('home.standings.full')}</Link>}
    >
      {body()}
    </HomeCard>
  );
}

function StandingList({ label, rows }: { label: string; rows: readonly HomeStandingRowFragment[] }) {
  const { t } = useTranslation();
  const format = useFormat();
  return (
    <div className="home-standing">
      <p className="home-standing__label">{label}</p>
      <ol className="home-standing__rows">
        {rows.map((row) => (
          <li key={row.unit.id} className="home-standing__row">
            <span className="home-standing__rank" aria-label={t('home.standings.row', { rank: row.rank })}>
              {row.rank}
            </span>
            <span className="home-standing__name">{row.unit.name}</span>
            <span className="home-standing__score">
              {row.score === null || row.score === undefined
                ? ''
                : t('home.standings.score', {
                    score: format.number(row.score, { minimumFractionDigits: 2, maximumFractionDigits: 2 }),
                  })}
            </span>
          </li>
        ))}
      </ol>
    </div>
  );
}
