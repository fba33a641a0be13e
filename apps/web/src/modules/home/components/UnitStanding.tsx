import { useTranslation } from 'react-i18next';
import type { HomeUnitStandingFragment } from '../../../generated/graphql';
import { useFormat } from '../../../foundation/i18n/useFormat';
import { targetGaps } from '../utils/target-gap';

export type StandingRow = HomeUnitStandingFragment['rows'][number];

/**
 * One unit's place ("Hạng 3/9 (Cấp huyện) · 78,50 điểm · Tốt") and, per target it has not met, the rate against the
 * target and the gap in percentage points. Open, or folded behind its place line.
 */
export function UnitStanding({
  name,
  row,
  ranking,
  open = false,
}: {
  name: string;
  row: StandingRow;
  ranking: HomeUnitStandingFragment;
  open?: boolean;
}) {
  const { t } = useTranslation();
  const format = useFormat();
  const place =
    row.rank === null || row.rank === undefined
      ? t('home.reporter.unranked')
      : [
          t('home.reporter.rank', { rank: row.rank, cohort: ranking.cohortSize, level: ranking.level.name }),
          row.score === null || row.score === undefined
            ? null
            : t('home.reporter.score', {
                score: format.number(row.score, { minimumFractionDigits: 2, maximumFractionDigits: 2 }),
              }),
          row.class?.name ?? null,
        ]
          .filter(Boolean)
          .join(' · ');
  const gaps = targetGaps(row.indicators);
  const met = gaps.filter((gap) => gap.kind === 'met').map((gap) => gap.result.indicator.name);
  const percent = (value: number) => format.percent(value, value % 1 === 0 ? 0 : 2);

  const details = (
    <ul className="home-gaps">
      {gaps.map((gap) => {
        if (gap.kind === 'met') return null;
        const indicator = gap.result.indicator.name;
        return (
          <li key={gap.result.indicator.id} className={`home-gap home-gap--${gap.kind}`}>
            {gap.kind === 'noData'
              ? t('home.reporter.noData', { indicator, target: percent(gap.target) })
              : t('home.reporter.gap', {
                  indicator,
                  rate: format.percent(gap.rate),
                  target: percent(gap.target),
                  gap: format.number(gap.points, { minimumFractionDigits: 2, maximumFractionDigits: 2 }),
                })}
            {gap.kind === 'short' && gap.result.shortfall ? (
              <> {t('home.reporter.gapDossiers', { count: gap.result.shortfall })}</>
            ) : null}
          </li>
        );
      })}
      {met.length > 0 && (
        <li className="home-gap home-gap--met">
          {met.length === gaps.length
            ? t('home.reporter.allMet')
            : t('home.reporter.met', { indicators: met.join(', ') })}
        </li>
      )}
    </ul>
  );

  if (open) {
    return (
      <article className="home-unit">
        <h3>{name}</h3>
        <p className="home-unit__place">{place}</p>
        {details}
      </article>
    );
  }
  return (
    <details className="home-details home-unit">
      <summary>
        <span className="home-unit__name">{name}</span> <span className="home-unit__place">{place}</span>
      </summary>
      {details}
    </details>
  );
}
