import { useTranslation } from 'react-i18next';
import { useFormat } from '../../../foundation/i18n/useFormat';
import './rankings.css';

/** A rate against its target, as a ranking row (signed in or public) gives it: 0–100, null when there is no data. */
export interface RateAgainstTarget {
  rate: number | null;
  target: number | null;
  met: boolean | null;
}

/**
 * A rate against its target: green with a tick when met, the text colour when not (the class colour says how a unit
 * stands), said in words to screen readers; blank with "no data" read out when there is no figure (never 0%).
 * `markMissed` adds a ✗ to a missed target (a mark, not only a colour: the public scoreboard, read without the
 * class column's context); `targetText` words the target (default: the bare figure after a slash).
 */
export function RateCell({
  result,
  markMissed = false,
  targetText,
}: {
  result: RateAgainstTarget | undefined;
  markMissed?: boolean;
  targetText?: (target: string) => string;
}) {
  const { t } = useTranslation();
  const format = useFormat();
  if (!result || result.rate === null) return <span className="visually-hidden">{t('rankings.cell.noData')}</span>;
  const state = result.met === null ? 'none' : result.met ? 'met' : 'not-met';
  const mark = state === 'met' ? '✓' : state === 'not-met' && markMissed ? '✗' : null;
  const target = result.target === null ? null : format.percent(result.target, result.target % 1 === 0 ? 0 : 2);
  return (
    <span className={`rate rate--${state}`}>
      <span className="rate__value">
        {mark && (
          <span aria-hidden="true" className="rate__mark">
            {mark}{' '}
          </span>
        )}
        {format.percent(result.rate)}
      </span>
      {target !== null && <span className="rate__target"> / {targetText ? targetText(target) : target}</span>}
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
