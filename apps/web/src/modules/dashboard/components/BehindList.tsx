import { useTranslation } from 'react-i18next';
import { Link } from 'react-router-dom';
import { useFormat } from '../../../foundation/i18n/useFormat';
import type { TargetGap } from '../utils/target-gaps';

/** The units furthest from their targets: each one's widest gap, in points, and how many other targets it misses. */
export function BehindList({
  gaps,
  indicatorName,
  linkOf,
  headingId,
}: {
  gaps: readonly TargetGap[];
  indicatorName: (code: string) => string;
  linkOf: (unitId: string) => string;
  headingId: string;
}) {
  const { t } = useTranslation();
  const format = useFormat();
  const points = (value: number) => format.number(value, { minimumFractionDigits: 2, maximumFractionDigits: 2 });
  return (
    <section className="dash-list" aria-labelledby={headingId}>
      <h4 id={headingId}>{t('dashboard.behindTitle')}</h4>
      {gaps.length === 0 ? (
        <p className="muted">{t('dashboard.behindNone')}</p>
      ) : (
        <ol className="dash-list__items">
          {gaps.map((gap) => (
            <li key={gap.row.unit.id}>
              <Link to={linkOf(gap.row.unit.id)} className="dash-list__unit dash-list__unit--block">
                {gap.row.unit.name}
              </Link>
              <span className="dash-list__detail">
                <span className="dash-list__figure dash-list__figure--bad">
                  {t('dashboard.behindGap', { gap: points(gap.gap) })}
                </span>
                {' · '}
                {t('dashboard.behindItem', {
                  indicator: indicatorName(gap.indicatorCode),
                  rate: format.percent(gap.rate),
                  target: format.percent(gap.target, gap.target % 1 === 0 ? 0 : 2),
                })}
                {gap.missed > 1 && ` ${t('dashboard.behindOthers', { count: gap.missed - 1 })}`}
              </span>
            </li>
          ))}
        </ol>
      )}
    </section>
  );
}
