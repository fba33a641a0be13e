import { useTranslation } from 'react-i18next';
import { useFormat } from '../../../foundation/i18n/useFormat';
import type { IndicatorResult } from '../utils/ranking-types';
import './rankings.css';

/**
 * A rate against its target: green with a tick when met, the text colour when not (the class colour says how a unit
 * stands); blank when there is no data (never 0%).
 */
export function RateCell({ result }: { result: IndicatorResult | undefined }) {
  const { t } = useTranslation();
  const format = useFormat();
  if (!result || result.rate === null) return <span className="visually-hidden">{t('rankings.cell.noData')}</span>;
  const state = result.met === null ? 'none' : result.met ? 'met' : 'not-met';
  return (
    <span className={`rate rate--${state}`}>
      <span className="rate__value">
        {state === 'met' && (
          <span aria-hidden="true" className="rate__mark">
            ✓{' '}
          </span>
        )}
        {format.percent(result.rate)}
      </span>
      {result.target !== null && (
        <span className="rate__target"> / {format.percent(result.target, result.target % 1 === 0 ? 0 : 2)}</span>
      )}
      <span className="visually-hidden">
        {' '}
        {state === 'met'
          ? t('rankings.cell.met')
          : state === 'not-met'
            ? t('rankings.cell.notMet')
            : t('rankings.cell.noTarget')}
      </span>
    </span>
  );
}
