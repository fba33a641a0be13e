import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import { useFormat } from '../../../foundation/i18n/useFormat';
import type { RankedCampaign } from '../utils/campaign-types';

/**
 * The as-of period and the target set of a ranking or a dashboard, and (when `onSearch` is given) a search of the
 * ranked units by name or code, without diacritics (the caller filters with the domain's `matchesSearch`).
 */
export function RankingFilters({
  campaign,
  period,
  targetSetKey,
  onPeriod,
  onTargetSet,
  search = '',
  onSearch,
}: {
  campaign: Pick<RankedCampaign, 'periods' | 'targetSets'>;
  period: number | null;
  targetSetKey: string | null;
  onPeriod: (period: number) => void;
  onTargetSet: (key: string) => void;
  search?: string;
  onSearch?: (text: string) => void;
}) {
  const { t } = useTranslation();
  const format = useFormat();
  const id = useId();
  return (
    <div className="ranking-filters">
      {onSearch && (
        <div className="field">
          <label htmlFor={`${id}-search`}>{t('rankings.search')}</label>
          <input
            id={`${id}-search`}
            type="search"
            autoComplete="off"
            placeholder={t('rankings.searchPlaceholder')}
            value={search}
            onChange={(event) => onSearch(event.target.value)}
          />
        </div>
      )}
      <div className="field">
        <label htmlFor={`${id}-period`}>{t('rankings.period')}</label>
        <select id={`${id}-period`} value={period ?? ''} onChange={(event) => onPeriod(Number(event.target.value))}>
          {period === null && <option value="" />}
          {campaign.periods.map((p) => (
            <option key={p.index} value={p.index}>
              {t('rankings.periodOption', {
                index: p.index,
                start: format.date(p.startDate),
                end: format.date(p.endDate),
              })}
            </option>
          ))}
        </select>
      </div>
      <div className="field">
        <label htmlFor={`${id}-set`}>{t('rankings.targetSet')}</label>
        <select id={`${id}-set`} value={targetSetKey ?? ''} onChange={(event) => onTargetSet(event.target.value)}>
          {campaign.targetSets.map((set) => (
            <option key={set.key} value={set.key}>
              {set.name} {set.primary ? t('rankings.primary') : ''}
            </option>
          ))}
        </select>
      </div>
    </div>
  );
}
