import { useTranslation } from 'react-i18next';
import { Link } from 'react-router-dom';
import { useFormat } from '../../../foundation/i18n/useFormat';
import { classTone } from '../../rankings';
import { indicatorClass, type LegendClassEntry } from '../utils/indicator-class';
import type { StandingRow } from '../utils/standing-row';

export type ScorecardRow = StandingRow & { class: { code: string; name: string } | null };

/**
 * The unit × indicator heat-map of one level, in ranking order: each indicator's rate coloured by the legend class its
 * achievement earns, the score by the unit's class — the colours of the rankings' badges. Each unit links to its
 * page. Scrolls inside its own box, its header and first column kept in view.
 */
export function Scorecard({
  rows,
  indicators,
  legend,
  legendCodes,
  caption,
  linkOf,
}: {
  rows: readonly ScorecardRow[];
  indicators: ReadonlyArray<{ code: string; name: string }>;
  legend: readonly LegendClassEntry[];
  /** The legend's codes, best class first (rankings' legendCodesBestFirst). */
  legendCodes: readonly string[];
  caption: string;
  linkOf: (unitId: string) => string;
}) {
  const { t } = useTranslation();
  const format = useFormat();
  const tone = (code: string | undefined) => {
    const value = code === undefined ? null : classTone(code, legendCodes);
    return value === null ? 'dash-heat__cell--none' : `class-tone--${value}`;
  };
  return (
    <div className="dash-heat" tabIndex={0} role="region" aria-label={caption}>
      <table className="dash-heat__table">
        <caption className="visually-hidden">{caption}</caption>
        <thead>
          <tr>
            <th scope="col" className="dash-heat__unit">
              {t('dashboard.unit')}
            </th>
            <th scope="col" className="num">
              {t('dashboard.score')}
            </th>
            {indicators.map((indicator) => (
              <th key={indicator.code} scope="col" className="num">
                {indicator.name}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {rows.map((row) => (
            <tr key={row.unit.id}>
              <th scope="row" className="dash-heat__unit">
                {row.rank !== null && <span className="dash-heat__rank">{row.rank}.</span>}
                <Link to={linkOf(row.unit.id)}>{row.unit.name}</Link>
              </th>
              <td className={`num ${tone(row.class?.code)}`}>
                {row.score === null ? (
                  <span className="visually-hidden">{t('dashboard.noData')}</span>
                ) : (
                  <>
                    {format.number(row.score, { minimumFractionDigits: 2, maximumFractionDigits: 2 })}
                    {row.class && <span className="visually-hidden">, {row.class.name}</span>}
                  </>
                )}
              </td>
              {indicators.map((indicator) => {
                const result = row.indicators.find((r) => r.indicator.code === indicator.code);
                const unitClass = indicatorClass(result?.achievement, legend);
                return (
                  <td key={indicator.code} className={`num ${tone(unitClass?.code)}`}>
                    {result?.rate === null || result?.rate === undefined ? (
                      <span className="visually-hidden">{t('dashboard.noData')}</span>
                    ) : (
                      <>
                        {format.percent(result.rate)}
                        {unitClass && <span className="visually-hidden">, {unitClass.name}</span>}
                      </>
                    )}
                  </td>
                );
              })}
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
