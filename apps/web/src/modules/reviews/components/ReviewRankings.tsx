import { useState, type KeyboardEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { useFormat } from '../../../foundation/i18n/useFormat';
import { RowNotes, ScoreCell, rowsHaveParts } from '../../rankings';
import type { ReviewDetail } from './types';

/** The rankings frozen with the review: a tab per level, a compact table each. */
export function ReviewRankings({ review }: { review: ReviewDetail }) {
  const { t } = useTranslation();
  const format = useFormat();
  const [selected, setSelected] = useState(0);
  const rankings = review.rankings;
  if (!rankings.length) return null;
  const ranking = rankings[Math.min(selected, rankings.length - 1)];
  const indicators = ranking.rows[0]?.indicators.map((result) => result.indicator) ?? [];
  const withParts = rowsHaveParts(ranking.rows);

  const onKeyDown = (event: KeyboardEvent) => {
    if (event.key !== 'ArrowRight' && event.key !== 'ArrowLeft') return;
    event.preventDefault();
    const next = (selected + (event.key === 'ArrowRight' ? 1 : rankings.length - 1)) % rankings.length;
    setSelected(next);
    document.getElementById(`review-level-tab-${next}`)?.focus();
  };

  return (
    <section aria-labelledby="review-rankings" className="review-rankings">
      <h3 id="review-rankings">{t('reviews.screen.rankings')}</h3>
      <div role="tablist" aria-label={t('reviews.screen.levels')} className="level-tabs" onKeyDown={onKeyDown}>
        {rankings.map((item, index) => (
          <button
            key={item.level.key}
            id={`review-level-tab-${index}`}
            type="button"
            role="tab"
            aria-selected={index === selected}
            aria-controls="review-level-panel"
            tabIndex={index === selected ? 0 : -1}
            onClick={() => setSelected(index)}
          >
            {item.level.name}
          </button>
        ))}
      </div>
      <div
        id="review-level-panel"
        role="tabpanel"
        aria-labelledby={`review-level-tab-${selected}`}
        className="table-wrap"
      >
        <table className="data-table data-table--compact">
          <caption>
            {t('reviews.screen.rankingCaption', {
              level: ranking.level.name,
              period: review.asOfPeriod,
              count: ranking.cohortSize,
            })}
          </caption>
          <thead>
            <tr>
              <th scope="col">{t('reviews.columns2.rank')}</th>
              <th scope="col">{t('reviews.columns2.unit')}</th>
              <th scope="col" className="num">
                {t('reviews.columns2.score')}
              </th>
              <th scope="col">{t('reviews.columns2.class')}</th>
              {indicators.map((indicator) => (
                <th scope="col" className="num" key={indicator.code}>
                  {indicator.name}
                </th>
              ))}
              <th scope="col">{t('reviews.columns2.reports')}</th>
            </tr>
          </thead>
          <tbody>
            {ranking.rows.map((row) => (
              <tr key={row.unit.id}>
                <td>{row.rank ?? ''}</td>
                <th scope="row">
                  {row.unit.name}
                  <RowNotes row={row} />
                </th>
                <td className="num">
                  <ScoreCell row={row} withParts={withParts} />
                </td>
                <td>{row.class?.name ?? ''}</td>
                {row.indicators.map((result) => (
                  <td className={result.met === false ? 'num not-met' : 'num'} key={result.indicator.code}>
                    {format.percent(result.rate)}
                  </td>
                ))}
                <td>
                  {row.reports.onTime} / {row.reports.late} / {row.reports.missing}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </section>
  );
}
