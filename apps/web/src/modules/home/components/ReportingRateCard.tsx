import { useTranslation } from 'react-i18next';
import type { HomeAdminQuery } from '../../../generated/graphql';
import { useFormat } from '../../../foundation/i18n/useFormat';
import { DueLine } from './DueLine';
import { HomeCard } from './HomeCard';

type Board = NonNullable<HomeAdminQuery['reportStatusBoard']>;

/** How many units have reported for the current period, in all and per level, and when it is due. */
export function ReportingRateCard({ board, timeZone, now }: { board: Board; timeZone: string; now: Date }) {
  const { t } = useTranslation();
  const format = useFormat();
  const reportedOf = (count: Board['levels'][number]) => count.onTime + count.late;
  const reported = board.levels.reduce((sum, count) => sum + reportedOf(count), 0);
  const late = board.levels.reduce((sum, count) => sum + count.late, 0);
  const total = board.levels.reduce((sum, count) => sum + count.total, 0);
  const share = total ? (reported / total) * 100 : null;
  return (
    <HomeCard titleId="home-rate-title" title={t('home.admin.rateTitle', { period: board.period.index })}>
      <DueLine period={board.period} timeZone={timeZone} now={now} />
      <p className="home-rate">
        <strong className="home-rate__value">{format.percent(share, 1)}</strong>{' '}
        <span>
          {t('home.admin.rate', { reported, total })}
          {late > 0 && <> ({t('home.admin.late', { count: late })})</>}
        </span>
      </p>
      {total > 0 && (
        <div
          className="home-meter"
          role="img"
          aria-label={t('home.admin.rate', { reported, total })}
          style={{ ['--share' as string]: `${share ?? 0}%` }}
        />
      )}
      <ul className="home-list home-list--plain">
        {board.levels.map((count) => (
          <li key={count.level.id}>
            {t('home.admin.rateLevel', { level: count.level.name, reported: reportedOf(count), total: count.total })}
          </li>
        ))}
      </ul>
    </HomeCard>
  );
}
