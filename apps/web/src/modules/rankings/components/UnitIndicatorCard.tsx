import { useTranslation } from 'react-i18next';
import { useFormat } from '../../../foundation/i18n/useFormat';
import type { ReportFieldsFragment } from '../../../generated/graphql';
import { TrendChart, TrendTable } from './TrendChart';
import { cumulativeRates, type TrendPoint } from '../utils/trend';
import { projectionSentence, shortfallSentence } from '../utils/plain-words';
import type { IndicatorResult } from '../utils/ranking-types';
import { RateCell } from './RateCell';

/** One indicator of a unit: the cumulative rate against target, what is missing in words, and the weekly trend. */
export function UnitIndicatorCard({
  unitName,
  indicator,
  result,
  reports,
  asOfPeriod,
}: {
  unitName: string;
  indicator: { code: string; name: string; numeratorLabel: string };
  result: IndicatorResult | undefined;
  reports: readonly ReportFieldsFragment[];
  asOfPeriod: number;
}) {
  const { t } = useTranslation();
  const format = useFormat();
  const periods = Array.from({ length: asOfPeriod }, (_, index) => index + 1);
  const counts = new Map<number, { numerator: number; denominator: number }>();
  for (const report of reports) {
    const value = report.values.find((candidate) => candidate.indicator.code === indicator.code);
    if (value) counts.set(report.period.index, { numerator: value.numerator, denominator: value.denominator });
  }
  const rates = cumulativeRates(periods, counts);
  const series = [{ key: 'rate', name: t('unitPage.rate') }];
  const points: TrendPoint[] = periods.map((period, index) => ({ period, rate: rates[index] }));
  const hasData = result !== undefined && result.rate !== null;
  const shortfall = result ? shortfallSentence(result, indicator.numeratorLabel, t, format.lang) : null;
  const projection = result ? projectionSentence(result, t, format.lang) : null;

  return (
    <article className="figure-card" aria-labelledby={`indicator-${indicator.code}`}>
      <h4 id={`indicator-${indicator.code}`}>{indicator.name}</h4>
      {hasData ? (
        <>
          <p className="figure-card__rate">
            <RateCell result={result} />
          </p>
          <p className="muted">
            {t('unitPage.counts', {
              numerator: format.number(result.numerator),
              denominator: format.number(result.denominator),
            })}
          </p>
          {shortfall && <p>{shortfall}</p>}
          {projection && <p>{projection}</p>}
          <TrendChart
            label={t('unitPage.trendChart', { indicator: indicator.name, unit: unitName })}
            series={series}
            points={points}
            target={result.target}
            height={180}
          />
          <details>
            <summary>{t('dashboard.showTable')}</summary>
            <TrendTable
              caption={t('unitPage.trendCaption', { indicator: indicator.name })}
              series={series}
              points={points}
            />
          </details>
        </>
      ) : (
        <p className="muted">{t('unitPage.noData')}</p>
      )}
    </article>
  );
}
