import { useTranslation } from 'react-i18next';
import { Link } from 'react-router-dom';
import type { HomeAdminQuery } from '../../../generated/graphql';
import { notReportedByParent } from '../utils/not-reported';
import { CardEmpty, HomeCard } from './HomeCard';

type Board = NonNullable<HomeAdminQuery['reportStatusBoard']>;

/** Up to this many units the groups show their units; above it (early in the week) they fold to their counts. */
const OPEN_UP_TO = 40;

/**
 * The units without a report for the current period, grouped by the unit above them (a district for communes). When
 * most units have not reported yet, each group folds behind its name and count.
 */
export function NotReportedCard({ campaignId, board }: { campaignId: string; board: Board }) {
  const { t } = useTranslation();
  const groups = notReportedByParent(board.rows);
  const count = groups.reduce((sum, group) => sum + group.rows.length, 0);
  const folded = count > OPEN_UP_TO;
  return (
    <HomeCard
      titleId="home-not-reported-title"
      title={t('home.admin.notReportedTitle', { period: board.period.index, count })}
      wide
      action={<Link to={`/campaigns/${campaignId}/reports`}>{t('home.admin.statusBoard')}</Link>}
    >
      {groups.length ? (
        <div className="home-groups">
          {groups.map((group) => {
            const key = group.parent?.id ?? 'root';
            const name = group.parent?.name ?? t('home.admin.noParent');
            const units = (
              <ul className="home-chips">
                {group.rows.map((row) => (
                  <li key={row.unit.id}>{row.unit.name}</li>
                ))}
              </ul>
            );
            const count = <span className="home-group__count">({group.rows.length})</span>;
            if (folded) {
              return (
                <details key={key} className="home-group">
                  <summary>
                    {name} {count}
                  </summary>
                  {units}
                </details>
              );
            }
            return (
              <section key={key} className="home-group" aria-labelledby={`home-group-${key}`}>
                <h3 id={`home-group-${key}`}>
                  {name} {count}
                </h3>
                {units}
              </section>
            );
          })}
        </div>
      ) : (
        <CardEmpty>{t('home.admin.allReported')}</CardEmpty>
      )}
    </HomeCard>
  );
}
