import { useTranslation } from 'react-i18next';
import { useFormat } from '../../../foundation/i18n/useFormat';
import type { PublicRate } from '../utils/public-api';

/**
 * A rate and its target: ✓ and green when met, ✗ when not (a mark, not only a colour), said in words to screen
 * readers; blank with "no data" read out when there is no figure (never 0%).
 */
export function PublicRateCell({ rate }: { rate: PublicRate | undefined }) {
  const { t } = useTranslation();
  const format = useFormat();
  if (!rate || rate.rate === null) return <span className="visually-hidden">{t('rankings.cell.noData')}</span>;
  const state = rate.met === null ? 'none' : rate.met ? 'met' : 'not-met';
  return (
    <span className={`rate rate--${state}`}>
      <span className="rate__value">
        {state !== 'none' && (
          <span aria-hidden="true" className="rate__mark">
            {state === 'met' ? '✓' : '✗'}{' '}
          </span>
        )}
        {format.percent(rate.rate)}
      </span>
      {rate.target !== null && (
        <span className="rate__target">
          {' '}
          / {t('publicScoreboard.rateTarget', { target: format.percent(rate.target, rate.target % 1 === 0 ? 0 : 2) })}
        </span>
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
