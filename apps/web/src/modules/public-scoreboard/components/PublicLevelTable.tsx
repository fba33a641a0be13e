import { useTranslation } from 'react-i18next';
import { Link } from 'react-router-dom';
import { useFormat } from '../../../foundation/i18n/useFormat';
import { MovementArrow } from '../../../foundation/ui/components/MovementArrow';
import { ScrollBox } from '../../../foundation/ui/components/ScrollBox';
import { ClassBadge, classTone } from '../../rankings';
import type { PublicIndicator, PublicLevel, PublicPeriod, PublicRow } from '../utils/public-api';
import { PublicRateCell } from './PublicRateCell';

/**
 * One published level: its name and size, then its units in rank order as a table in the order of the national
 * portal's (Hạng, Đơn vị, Điểm, Xếp loại, the indicators' rates, the movement). A table wider than the screen scrolls
 * in its own box, rank and unit staying in view.
 */
export function PublicLevelTable({
  level,
  period,
  indicators,
  legendCodes,
  unitHref,
}: {
  level: PublicLevel;
  period: PublicPeriod;
  indicators: readonly PublicIndicator[];
  legendCodes: readonly string[];
  unitHref: (row: PublicRow) => string;
}) {
  const { t } = useTranslation();
  const format = useFormat();
  const headingId = `public-level-${level.key}`;
  const caption = t('publicScoreboard.tableCaption', { level: level.name, index: period.index });
  return (
    <section className="public-level" aria-labelledby={headingId} data-level={level.key}>
      <h2 id={headingId} className="public-level__title">
        {level.name}{' '}
        <span className="public-level__count">{t('publicScoreboard.levelCount', { count: level.cohortSize })}</span>
      </h2>
      {level.rows.length === 0 ? (
        <p className="muted">{t('publicScoreboard.noRows')}</p>
      ) : (
        <ScrollBox className="public-scroll" label={caption}>
          <table className="data-table public-table">
            <caption className="visually-hidden">{caption}</caption>
            <thead>
              <tr>
                <th scope="col" className="num public-table__rank">
                  {t('rankings.columns.rank')}
                </th>
                <th scope="col" className="public-table__unit">
                  {t('rankings.columns.unit')}
                </th>
                <th scope="col" className="num">
                  {t('rankings.columns.score')}
                </th>
                <th scope="col">{t('rankings.columns.class')}</th>
                {indicators.map((indicator) => (
                  <th key={indicator.code} scope="col" className="num public-table__indicator">
                    {indicator.name}
                  </th>
                ))}
                <th scope="col" className="num">
                  {t('rankings.columns.movement')}
                </th>
              </tr>
            </thead>
            <tbody>
              {level.rows.map((row) => {
                const tone = row.class ? classTone(row.class.code, legendCodes) : null;
                return (
                  <tr key={row.unit.id} className={row.rank === null ? 'public-row public-row--no-data' : 'public-row'}>
                    <td className="num public-table__rank">{row.rank === null ? '' : format.number(row.rank)}</td>
                    <th scope="row" className="public-table__unit">
                      <Link to={unitHref(row)}>{row.unit.name}</Link>
                    </th>
                    <td className={`num public-table__score${tone === null ? '' : ` class-tone--${tone}`}`}>
                      {row.score === null
                        ? ''
                        : format.number(row.score, { minimumFractionDigits: 2, maximumFractionDigits: 2 })}
                    </td>
                    <td>{row.class && <ClassBadge unitClass={row.class} legendCodes={legendCodes} />}</td>
                    {indicators.map((indicator) => (
                      <td key={indicator.code} className="num">
                        <PublicRateCell rate={row.rates.find((rate) => rate.code === indicator.code)} />
                      </td>
                    ))}
                    <td className="num">
                      <MovementArrow movement={row.movement} />
                    </td>
                  </tr>
                );
              })}
            </tbody>
          </table>
        </ScrollBox>
      )}
    </section>
  );
}
