import { useTranslation } from 'react-i18next';
import { useFormat } from '../../../foundation/i18n/useFormat';
import type { SummaryQuery } from '../../../generated/graphql';
import { RateCell, type TrendPoint, type TrendSeries, TrendChart, TrendTable } from '../../rankings';
import type { Summaries } from '../hooks/useSummaryTrend';

type LevelSummary = SummaryQuery['summary'][number];

const seriesKey = (summary: Pick<LevelSummary, 'level'>) => summary.level?.key ?? 'all';

/** One indicator: the province-wide and per-level rates against targets, and their cumulative trend by period. */
export function IndicatorOverview({
  indicator,
  summary,
  trend,
}: {
  indicator: { code: string; name: string };
  summary: SummaryQuery['summary'];
  trend: Summaries | null;
}) {
  const { t } = useTranslation();
  const format = useFormat();
  const levelName = (s: Pick<LevelSummary, 'level'>) => s.level?.name ?? t('dashboard.all');
  // The whole province first, then the levels in the server's order.
  const ordered = [...summary].sort((a, b) => (a.level === null ? -1 : b.level === null ? 1 : 0));
  const series: TrendSeries[] = ordered.map((s) => ({ key: seriesKey(s), name: levelName(s) }));
  const points: TrendPoint[] = (trend ?? []).map((levels, index) => {
    const point: TrendPoint = { period: index + 1 };
    for (const level of levels)
      point[seriesKey(level)] = level.indicators.find((r) => r.indicator.code === indicator.code)?.rate ?? null;
    return point;
  });
  const last = points.at(-1);
  const chartSummary = last
    ? series
        .map((s) =>
          t('dashboard.trendSummaryItem', {
            series: s.name,
            period: last.period,
            rate: format.percent(last[s.key]) || '–',
          }),
        )
        .join('; ')
    : '';
  const headingId = `dash-indicator-${indicator.code}`;
  return (
    <section className="dash-indicator" aria-labelledby={headingId}>
      <h4 id={headingId}>{indicator.name}</h4>
      <div className="table-wrap">
        <table className="data-table data-table--compact">
          <caption className="visually-hidden">{t('dashboard.figuresCaption', { indicator: indicator.name })}</caption>
          <thead>
            <tr>
              <th scope="col">{t('dashboard.levelCol')}</th>
              <th scope="col" className="num">
                {t('dashboard.units')}
              </th>
              <th scope="col" className="num">
                {t('dashboard.numerator')}
              </th>
              <th scope="col" className="num">
                {t('dashboard.denominator')}
              </th>
              <th scope="col" className="num">
                {t('dashboard.rate')}
              </th>
            </tr>
          </thead>
          <tbody>
            {ordered.map((s) => {
              const result = s.indicators.find((r) => r.indicator.code === indicator.code);
              return (
                <tr key={seriesKey(s)}>
                  <th scope="row">{levelName(s)}</th>
                  <td className="num">{format.number(s.unitCount)}</td>
                  <td className="num">{result && result.denominator > 0 ? format.number(result.numerator) : ''}</td>
                  <td className="num">{result && result.denominator > 0 ? format.number(result.denominator) : ''}</td>
                  <td className="num">
                    <RateCell result={result} />
                  </td>
                </tr>
              );
            })}
          </tbody>
        </table>
      </div>
      {trend === null ? (
        <p className="muted" role="status">
          {t('dashboard.loadingTrend')}
        </p>
      ) : (
        <>
          <h5 className="dash-indicator__trend">{t('dashboard.trendTitle')}</h5>
          <TrendChart
            label={t('dashboard.trendChart', { indicator: indicator.name, summary: chartSummary })}
            series={series}
            points={points}
          />
          <details>
            <summary>{t('dashboard.showTable')}</summary>
            <TrendTable
              caption={t('dashboard.trendTable', { indicator: indicator.name })}
              series={series}
              points={points}
            />
          </details>
        </>
      )}
    </section>
  );
}
