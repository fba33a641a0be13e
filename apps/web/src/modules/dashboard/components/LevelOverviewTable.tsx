import { useTranslation } from 'react-i18next';
import { useFormat } from '../../../foundation/i18n/useFormat';
import { ScrollBox } from '../../../foundation/ui/components/ScrollBox';
import { RateCell } from '../../rankings';
import type { PeriodSummary } from '../utils/trend-series';

/** Every level's cumulative rate per indicator against its target (the last period of the trend), all units last. */
export function LevelOverviewTable({
  summary,
  indicators,
}: {
  summary: PeriodSummary;
  indicators: ReadonlyArray<{ code: string; name: string }>;
}) {
  const { t } = useTranslation();
  const format = useFormat();
  const caption = t('dashboard.overviewCaption', { period: summary.asOfPeriod });
  return (
    <div className="dash-overview">
      <p className="muted dash-overview__caption" aria-hidden="true">
        {caption}
      </p>
      <ScrollBox className="table-wrap" label={caption}>
        <table className="data-table data-table--compact">
          <caption className="visually-hidden">{caption}</caption>
          <thead>
            <tr>
              <th scope="col">{t('dashboard.levelCol')}</th>
              <th scope="col" className="num">
                {t('dashboard.units')}
              </th>
              {indicators.map((indicator) => (
                <th key={indicator.code} scope="col" className="num">
                  {indicator.name}
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {summary.levels.map((entry) => (
              <tr key={entry.level?.key ?? 'all'}>
                <th scope="row">{entry.level?.name ?? t('dashboard.all')}</th>
                <td className="num">{format.number(entry.unitCount)}</td>
                {indicators.map((indicator) => (
                  <td key={indicator.code} className="num">
                    <RateCell result={entry.indicators.find((result) => result.indicator.code === indicator.code)} />
                  </td>
                ))}
              </tr>
            ))}
          </tbody>
        </table>
      </ScrollBox>
    </div>
  );
}
